//! Reading an iCalendar file into appointments (the rules are in the module documentation of
//! [`super`]).

use super::lex::{self, unescape, Component, Prop};
use super::values::{
    instant, keeps_berlin_time, parse_duration, parse_raw, parse_rrule, resolve, to_berlin, tzid, RRule, Raw,
    VTimeZone, Zone,
};
use super::{Cancelled, IcsError, Import, Kept, SkipReason, Skipped};
use crate::calendar::recur::{date_from_day_number, day_number};
use crate::calendar::{
    Appointment, Freq, Override, Repeat, RepeatEnd, When, MAX_LENGTH_DAYS, MAX_NOTE_CHARS, MAX_PLACE_CHARS,
    MAX_REMINDERS, MAX_REMINDER_MINUTES, MAX_TITLE_CHARS, YEARS,
};
use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use std::collections::{HashMap, HashSet};

/// One VEVENT as read, before series and their changes are put together.
struct Event {
    appt: Appointment,
    /// RECURRENCE-ID as Berlin local time, and whether it was a bare date.
    recurrence_id: Option<(DateTime, bool)>,
    cancelled: bool,
    title_given: bool,
}

struct Reader {
    berlin: TimeZone,
    masters: Vec<Event>,
    changes: Vec<Event>,
    out: Import,
}

/// Reads an iCalendar file. See the module documentation for what is accepted.
pub fn import(bytes: &[u8]) -> Result<Import, IcsError> {
    let text = lex::decode(bytes)?;
    let calendars = lex::parse(text)?;
    let mut reader =
        Reader { berlin: crate::hours::berlin(), masters: Vec::new(), changes: Vec::new(), out: Import::default() };
    for cal in &calendars {
        let cancel = cal.prop("METHOD").is_some_and(|p| p.value.trim().eq_ignore_ascii_case("CANCEL"));
        let tables: Vec<VTimeZone> = cal.children("VTIMEZONE").filter_map(VTimeZone::parse).collect();
        for ev in cal.children("VEVENT") {
            reader.event(ev, &tables, cancel)?;
        }
    }
    Ok(reader.finish())
}

fn truncate(s: String, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => s[..i].to_owned(),
        None => s,
    }
}

fn text(ev: &Component, name: &str, max: usize) -> Option<String> {
    ev.prop(name).map(|p| truncate(unescape(&p.value), max))
}

/// A UID the app accepts: control characters and spaces become `_`, at most 255 bytes.
fn clean_uid(raw: &str) -> String {
    let mut uid: String =
        raw.trim().chars().map(|c| if c.is_control() || c.is_whitespace() { '_' } else { c }).collect();
    while uid.len() > 255 {
        uid.pop();
    }
    uid
}

fn year_ok(raw: Raw) -> bool {
    YEARS.contains(&raw.date().year())
}

fn add_days(d: Date, days: i32) -> Date {
    date_from_day_number(day_number(d) + days)
}

impl Reader {
    fn skip(&mut self, reason: SkipReason, kept: Kept, summary: &str, uid: &str) {
        self.out.skipped.push(Skipped { reason, summary: summary.to_owned(), uid: uid.to_owned(), kept });
    }

    /// Parses a DATE/DATE-TIME property into Berlin local time. `Ok(None)`: unreadable or in
    /// an unknown zone.
    fn local(&self, p: &Prop, tables: &[VTimeZone], fallback: Zone<'_>) -> Result<Option<(Raw, DateTime)>, IcsError> {
        let Some(raw) = parse_raw(&p.value) else { return Ok(None) };
        if !year_ok(raw) {
            return Err(IcsError::DateOutOfRange { line: p.line });
        }
        let zone = match (raw, tzid(p)) {
            (Raw::Date(_) | Raw::Utc(_), _) => Some(Zone::Utc),
            (Raw::Local(_), Some(_)) => resolve(tzid(p), tables),
            (Raw::Local(_), None) => Some(fallback),
        };
        let Some(zone) = zone else { return Ok(None) };
        let Some(local) = to_berlin(raw, zone, &self.berlin) else { return Ok(None) };
        if !YEARS.contains(&local.year()) {
            return Err(IcsError::DateOutOfRange { line: p.line });
        }
        Ok(Some((raw, local)))
    }

    fn event(&mut self, ev: &Component, tables: &[VTimeZone], method_cancel: bool) -> Result<(), IcsError> {
        let uid = clean_uid(&ev.prop("UID").map(|p| unescape(&p.value)).unwrap_or_default());
        let uid = if uid.is_empty() { crate::calendar::new_uid() } else { uid };
        let summary = text(ev, "SUMMARY", MAX_TITLE_CHARS).map(|s| s.replace(['\n', '\t'], " "));
        let title_given = summary.as_deref().is_some_and(|s| !s.trim().is_empty());
        let title = summary.unwrap_or_default();

        let Some(start_prop) = ev.prop("DTSTART") else {
            self.skip(SkipReason::NoStart, Kept::Nothing, &title, &uid);
            return Ok(());
        };
        let Some(start_raw) = parse_raw(&start_prop.value) else {
            self.skip(SkipReason::NoStart, Kept::Nothing, &title, &uid);
            return Ok(());
        };
        let zone = match start_raw {
            Raw::Date(_) => Zone::Floating,
            Raw::Utc(_) => Zone::Utc,
            Raw::Local(_) => match resolve(tzid(start_prop), tables) {
                Some(z) => z,
                None => {
                    self.skip(SkipReason::UnknownTimeZone, Kept::Nothing, &title, &uid);
                    return Ok(());
                }
            },
        };
        let Some((_, start)) = self.local(start_prop, tables, zone)? else {
            self.skip(SkipReason::NoStart, Kept::Nothing, &title, &uid);
            return Ok(());
        };
        // Outlook marks all-day events with midnight times and X-MICROSOFT-CDO-ALLDAYEVENT.
        let said_all_day = start_prop.param("VALUE").is_some_and(|v| v.eq_ignore_ascii_case("DATE"))
            || ev.prop("X-MICROSOFT-CDO-ALLDAYEVENT").is_some_and(|p| p.value.trim().eq_ignore_ascii_case("TRUE"));
        let all_day = matches!(start_raw, Raw::Date(_)) || (said_all_day && start.time() == Time::midnight());

        let end = match ev.prop("DTEND") {
            Some(p) => self.local(p, tables, zone)?,
            None => None,
        };
        let duration = ev.prop("DURATION").and_then(|p| parse_duration(&p.value)).filter(|d| d.is_positive());
        let when = if all_day {
            let first = start.date();
            let last = match (end, duration) {
                (Some((Raw::Date(d), _)), _) => add_days(d, -1),
                (Some((_, e)), _) if e.time() == Time::midnight() => add_days(e.date(), -1),
                (Some((_, e)), _) => e.date(),
                (None, Some(d)) => add_days(first, ((d.as_secs() + 86_399) / 86_400).clamp(1, 1000) as i32 - 1),
                (None, None) => first,
            };
            When::AllDay { first, last: last.max(first) }
        } else {
            let mut end = match (end, duration) {
                (Some((_, e)), _) => Some(e),
                (None, Some(d)) if d.as_secs() % 86_400 == 0 => start.checked_add(d).ok(),
                (None, Some(d)) => instant(start_raw, zone, &self.berlin)
                    .and_then(|s| s.checked_add(d).ok())
                    .map(|e| self.berlin.to_datetime(e)),
                (None, None) => None,
            };
            end = end.filter(|e| *e > start && YEARS.contains(&e.year()));
            let end = end.unwrap_or_else(|| start.saturating_add(SignedDuration::from_hours(1)));
            When::Timed { start, end }
        };
        let too_long = match when {
            When::Timed { start, end } => start.duration_until(end).as_secs() > MAX_LENGTH_DAYS * 86_400,
            When::AllDay { first, last } => day_number(last) - day_number(first) >= MAX_LENGTH_DAYS as i32,
        };
        if too_long {
            self.skip(SkipReason::TooLong, Kept::Nothing, &title, &uid);
            return Ok(());
        }

        let recurrence_id = match ev.prop("RECURRENCE-ID") {
            Some(p) => match self.local(p, tables, zone)? {
                Some((raw, local)) => Some((local, matches!(raw, Raw::Date(_)))),
                None => {
                    self.skip(SkipReason::NoStart, Kept::Nothing, &title, &uid);
                    return Ok(());
                }
            },
            None => None,
        };
        let cancelled =
            method_cancel || ev.prop("STATUS").is_some_and(|p| p.value.trim().eq_ignore_ascii_case("CANCELLED"));

        let mut reports = Vec::new();
        let mut repeat = None;
        let rrules: Vec<&Prop> = ev.props("RRULE").collect();
        if recurrence_id.is_none() && !rrules.is_empty() {
            let extra = rrules.len() > 1 || ev.prop("RDATE").is_some() || ev.prop("EXRULE").is_some();
            let rule = parse_rrule(&rrules[0].value);
            match (extra, self.map_rrule(&rule, start, zone)) {
                (false, Ok(Some((r, shortened)))) => {
                    if shortened {
                        reports.push((SkipReason::CountShortened, Kept::Partly));
                    }
                    if !keeps_berlin_time(start_raw, zone, &self.berlin) {
                        reports.push((SkipReason::OtherTimeZoneRules, Kept::All));
                    }
                    repeat = Some(r);
                }
                (false, Ok(None)) => {}
                _ => reports.push((SkipReason::UnsupportedRepeat, Kept::FirstOnly)),
            }
        }

        let mut exdates = Vec::new();
        if repeat.is_some() {
            for p in ev.props("EXDATE") {
                for v in p.value.split(',') {
                    let one = Prop { value: v.to_owned(), ..p.clone() };
                    let Some((raw, local)) = self.local(&one, tables, zone)? else { continue };
                    let local = match (raw, all_day) {
                        (Raw::Date(d), false) => d.to_datetime(start.time()),
                        (_, true) => local.date().to_datetime(Time::midnight()),
                        _ => local,
                    };
                    if !exdates.contains(&local) {
                        exdates.push(local);
                    }
                }
            }
        }

        let stamp = ["LAST-MODIFIED", "DTSTAMP", "CREATED"].iter().find_map(|n| {
            let p = ev.prop(n)?;
            instant(parse_raw(&p.value)?, Zone::Utc, &self.berlin)
        });
        let appt = Appointment {
            uid,
            title,
            when,
            place: text(ev, "LOCATION", MAX_PLACE_CHARS).unwrap_or_default(),
            contact: text(ev, "X-WM-CONTACT", 200).filter(|c| !c.is_empty()),
            note: text(ev, "DESCRIPTION", MAX_NOTE_CHARS).unwrap_or_default(),
            reminders: reminders(ev),
            repeat,
            exdates,
            overrides: Vec::new(),
            sequence: ev.prop("SEQUENCE").and_then(|p| p.value.trim().parse().ok()).unwrap_or(0),
            updated: stamp.unwrap_or(Timestamp::UNIX_EPOCH),
        };
        for (reason, kept) in reports {
            self.skip(reason, kept, &appt.title, &appt.uid);
        }
        let event = Event { appt, recurrence_id, cancelled, title_given };
        if event.recurrence_id.is_some() {
            self.changes.push(event);
        } else {
            self.masters.push(event);
        }
        Ok(())
    }

    /// The app's repeat for an RRULE: `Ok(None)` if it ends before it starts (a single
    /// appointment), `Err` if the app cannot express it; `true` if the count was shortened.
    fn map_rrule(&self, r: &RRule, start: DateTime, zone: Zone<'_>) -> Result<Option<(Repeat, bool)>, ()> {
        if r.unsupported || !(1..=999).contains(&r.interval) {
            return Err(());
        }
        let d0 = start.date();
        let mut shortened = false;
        let end = match (r.count, r.until) {
            (Some(_), Some(_)) | (Some(0), None) => return Err(()),
            (Some(n), None) if n > 1000 => {
                shortened = true;
                RepeatEnd::Count(1000)
            }
            (Some(n), None) => RepeatEnd::Count(n),
            (None, None) => RepeatEnd::Never,
            (None, Some(raw)) if raw.date().year() > *YEARS.end() => RepeatEnd::Never,
            (None, Some(raw)) => {
                let zone = if matches!(raw, Raw::Local(_)) { zone } else { Zone::Utc };
                let local = to_berlin(raw, zone, &self.berlin).ok_or(())?;
                let last = if matches!(raw, Raw::Date(_)) || local.time() >= start.time() {
                    local.date()
                } else {
                    add_days(local.date(), -1)
                };
                if last < d0 {
                    return Ok(None);
                }
                RepeatEnd::Until(last)
            }
        };
        let plain_days = || {
            let mut days = Vec::new();
            for &(nth, d) in &r.byday {
                if nth != 0 {
                    return None;
                }
                if !days.contains(&d) {
                    days.push(d);
                }
            }
            Some(days)
        };
        // One nth weekday, as `2SA` or as `SA` with BYSETPOS=2.
        let nth_day = || match (r.byday.as_slice(), r.bysetpos.as_slice(), r.bymonthday.is_empty()) {
            ([(nth, day)], [], true) if *nth != 0 => Some((*nth, *day)),
            ([(0, day)], [pos], true) => i8::try_from(*pos).ok().map(|p| (p, *day)),
            _ => None,
        };
        let only_start_day = || r.bymonthday.is_empty() || r.bymonthday == [d0.day()];
        let freq = match r.freq.as_str() {
            "DAILY" if !r.bymonth.is_empty() || !r.bymonthday.is_empty() || !r.bysetpos.is_empty() => return Err(()),
            "DAILY" if r.byday.is_empty() => Freq::Daily,
            "DAILY" if r.interval == 1 => Freq::Weekly { days: plain_days().ok_or(())? },
            "WEEKLY" if r.bymonth.is_empty() && r.bymonthday.is_empty() && r.bysetpos.is_empty() => {
                let days = plain_days().ok_or(())?;
                let wkst_matters = r.interval > 1 && days.len() > 1;
                if wkst_matters && r.wkst.is_some_and(|w| w != jiff::civil::Weekday::Monday) {
                    return Err(());
                }
                Freq::Weekly { days }
            }
            "MONTHLY" if !r.bymonth.is_empty() => return Err(()),
            "MONTHLY" if r.byday.is_empty() && r.bysetpos.is_empty() && only_start_day() => Freq::MonthlyByDate,
            "MONTHLY" => {
                let (nth, day) = nth_day().ok_or(())?;
                Freq::MonthlyByWeekday { nth, day }
            }
            "YEARLY" if r.bymonth.len() > 1 => return Err(()),
            "YEARLY" if r.byday.is_empty() && r.bysetpos.is_empty() => {
                if r.bymonth.iter().any(|&m| m != d0.month()) || !only_start_day() {
                    return Err(());
                }
                Freq::Yearly
            }
            "YEARLY" => {
                let month = *r.bymonth.first().ok_or(())?;
                let (nth, day) = nth_day().ok_or(())?;
                Freq::YearlyByWeekday { month, nth, day }
            }
            _ => return Err(()),
        };
        let repeat = Repeat { freq, interval: r.interval as u16, end };
        repeat.check(d0).map_err(|_| ())?;
        Ok(Some((repeat, shortened)))
    }

    /// Puts series and their changed occurrences together and checks every appointment.
    fn finish(mut self) -> Import {
        let mut appts: Vec<Appointment> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut titled: Vec<bool> = Vec::new();
        let masters = std::mem::take(&mut self.masters);
        for ev in masters {
            let a = ev.appt;
            if ev.cancelled {
                self.out.cancelled.push(Cancelled { uid: a.uid, original: None, summary: a.title });
                continue;
            }
            match index.get(&a.uid) {
                Some(&i) if a.sequence >= appts[i].sequence => {
                    self.skip(SkipReason::Duplicate, Kept::Nothing, &appts[i].title, &a.uid);
                    appts[i] = a;
                    titled[i] = ev.title_given;
                }
                Some(_) => self.skip(SkipReason::Duplicate, Kept::Nothing, &a.title, &a.uid),
                None => {
                    index.insert(a.uid.clone(), appts.len());
                    appts.push(a);
                    titled.push(ev.title_given);
                }
            }
        }
        let mut used: HashSet<String> = index.keys().cloned().collect();
        let changes = std::mem::take(&mut self.changes);
        for ev in changes {
            let (mut original, was_date) = ev.recurrence_id.expect("a change has a RECURRENCE-ID");
            let master = index.get(&ev.appt.uid).map(|&i| &mut appts[i]);
            if let Some(m) = master {
                if was_date && !m.when.is_all_day() {
                    original = original.date().to_datetime(m.when.local_start().time());
                }
                if m.repeat.is_some() && m.is_occurrence(original) {
                    m.overrides.retain(|o| o.original != original);
                    if ev.cancelled {
                        if !m.exdates.contains(&original) {
                            m.exdates.push(original);
                        }
                    } else if !m.exdates.contains(&original) {
                        let title = if ev.title_given { ev.appt.title } else { m.title.clone() };
                        let o =
                            Override { original, when: ev.appt.when, title, place: ev.appt.place, note: ev.appt.note };
                        m.overrides.push(o);
                    }
                    continue;
                }
            }
            let mut a = ev.appt;
            if ev.cancelled {
                self.out.cancelled.push(Cancelled { uid: a.uid, original: Some(original), summary: a.title });
                continue;
            }
            if used.contains(&a.uid) {
                // Formatted by hand: jiff's strftime would add its whole formatter to the web build.
                let stamp = format!(
                    "{:04}{:02}{:02}T{:02}{:02}{:02}",
                    original.year(),
                    original.month(),
                    original.day(),
                    original.hour(),
                    original.minute(),
                    original.second()
                );
                a.uid = clean_uid(&format!("{}-{stamp}", a.uid));
            }
            used.insert(a.uid.clone());
            appts.push(a);
            titled.push(ev.title_given);
        }
        for (mut a, titled) in appts.into_iter().zip(titled) {
            let exdates = std::mem::take(&mut a.exdates);
            a.exdates = exdates.into_iter().filter(|d| a.is_occurrence(*d)).collect();
            let exdates = a.exdates.clone();
            a.overrides.retain(|o| !exdates.contains(&o.original));
            if !titled {
                self.skip(SkipReason::NoTitle, Kept::Nothing, &a.title, &a.uid);
                continue;
            }
            if a.reminders.len() > MAX_REMINDERS {
                a.reminders.truncate(MAX_REMINDERS);
            }
            match a.check() {
                Ok(()) => self.out.appointments.push(a),
                Err(e) => self.skip(SkipReason::Invalid(e), Kept::Nothing, &a.title, &a.uid),
            }
        }
        self.out
    }
}

/// Reminders from VALARMs with a relative trigger at or before the start.
fn reminders(ev: &Component) -> Vec<u32> {
    let mut out = Vec::new();
    for alarm in ev.children("VALARM") {
        if alarm.prop("ACTION").is_some_and(|p| p.value.trim().eq_ignore_ascii_case("NONE")) {
            continue;
        }
        let Some(trigger) = alarm.prop("TRIGGER") else { continue };
        if trigger.param("VALUE").is_some_and(|v| v.eq_ignore_ascii_case("DATE-TIME"))
            || trigger.param("RELATED").is_some_and(|v| v.eq_ignore_ascii_case("END"))
        {
            continue;
        }
        let Some(d) = parse_duration(&trigger.value) else { continue };
        if d.is_positive() {
            continue;
        }
        let minutes = (-d.as_secs() / 60) as u32;
        if minutes <= MAX_REMINDER_MINUTES && !out.contains(&minutes) && out.len() < MAX_REMINDERS {
            out.push(minutes);
        }
    }
    out
}
