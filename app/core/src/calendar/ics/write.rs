//! Writing appointments as an iCalendar file.

use super::lex::{escape, push_folded};
use crate::calendar::recur::{date_from_day_number, day_number};
use crate::calendar::{weekday_code, Appointment, Freq, Override, RepeatEnd, When};
use jiff::civil::{Date, DateTime};
use jiff::Timestamp;

pub(crate) const PRODID: &str = "-//Willkommensmappe//Kalender 1.0//DE";

/// Europe/Berlin as RFC 5545 describes zones (the EU rule since 1996).
const BERLIN_VTIMEZONE: &[&str] = &[
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Berlin",
    "X-LIC-LOCATION:Europe/Berlin",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

fn date_str(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

fn local_str(dt: DateTime) -> String {
    format!("{}T{:02}{:02}{:02}", date_str(dt.date()), dt.hour(), dt.minute(), dt.second())
}

fn utc_str(ts: Timestamp) -> String {
    format!("{}Z", local_str(jiff::tz::Offset::UTC.to_datetime(ts)))
}

/// `DTSTART;TZID=Europe/Berlin:20260302T100000` or `DTSTART;VALUE=DATE:20260302`.
fn time_prop(name: &str, dt: DateTime, all_day: bool) -> String {
    if all_day {
        format!("{name};VALUE=DATE:{}", date_str(dt.date()))
    } else {
        format!("{name};TZID=Europe/Berlin:{}", local_str(dt))
    }
}

fn when_props(lines: &mut Vec<String>, when: &When) {
    match *when {
        When::Timed { start, end } => {
            lines.push(time_prop("DTSTART", start, false));
            lines.push(time_prop("DTEND", end, false));
        }
        When::AllDay { first, last } => {
            lines.push(format!("DTSTART;VALUE=DATE:{}", date_str(first)));
            lines.push(format!("DTEND;VALUE=DATE:{}", date_str(date_from_day_number(day_number(last) + 1))));
        }
    }
}

fn text_prop(lines: &mut Vec<String>, name: &str, value: &str) {
    if !value.is_empty() {
        lines.push(format!("{name}:{}", escape(value)));
    }
}

fn rrule(a: &Appointment) -> Option<String> {
    let r = a.repeat.as_ref()?;
    let mut s = String::from("RRULE:FREQ=");
    match &r.freq {
        Freq::Daily => s.push_str("DAILY"),
        Freq::Weekly { days } => {
            s.push_str("WEEKLY");
            if !days.is_empty() {
                let codes: Vec<&str> = days.iter().map(|d| weekday_code(*d)).collect();
                s.push_str(&format!(";BYDAY={}", codes.join(",")));
            }
        }
        Freq::MonthlyByDate => s.push_str(&format!("MONTHLY;BYMONTHDAY={}", a.when.first_date().day())),
        Freq::MonthlyByWeekday { nth, day } => s.push_str(&format!("MONTHLY;BYDAY={nth}{}", weekday_code(*day))),
        Freq::Yearly => s.push_str("YEARLY"),
        Freq::YearlyByWeekday { month, nth, day } => {
            s.push_str(&format!("YEARLY;BYMONTH={month};BYDAY={nth}{}", weekday_code(*day)))
        }
    }
    if r.interval > 1 {
        s.push_str(&format!(";INTERVAL={}", r.interval));
    }
    match r.end {
        RepeatEnd::Never => {}
        RepeatEnd::Count(n) => s.push_str(&format!(";COUNT={n}")),
        RepeatEnd::Until(d) => match a.when {
            When::AllDay { .. } => s.push_str(&format!(";UNTIL={}", date_str(d))),
            When::Timed { start, .. } => {
                let last_start = d.to_datetime(start.time());
                let ts = crate::hours::berlin().to_timestamp(last_start).unwrap_or(Timestamp::MAX);
                s.push_str(&format!(";UNTIL={}", utc_str(ts)));
            }
        },
    }
    Some(s)
}

fn alarm(lines: &mut Vec<String>, minutes: u32, title: &str) {
    lines.push("BEGIN:VALARM".into());
    lines.push("ACTION:DISPLAY".into());
    text_prop(lines, "DESCRIPTION", title);
    if minutes > 0 && minutes % 1440 == 0 {
        lines.push(format!("TRIGGER:-P{}D", minutes / 1440));
    } else {
        lines.push(format!("TRIGGER:-PT{minutes}M"));
    }
    lines.push("END:VALARM".into());
}

fn event(lines: &mut Vec<String>, a: &Appointment) {
    let all_day = a.when.is_all_day();
    lines.push("BEGIN:VEVENT".into());
    lines.push(format!("UID:{}", escape(&a.uid)));
    lines.push(format!("DTSTAMP:{}", utc_str(a.updated)));
    lines.push(format!("LAST-MODIFIED:{}", utc_str(a.updated)));
    lines.push(format!("SEQUENCE:{}", a.sequence));
    when_props(lines, &a.when);
    text_prop(lines, "SUMMARY", &a.title);
    text_prop(lines, "LOCATION", &a.place);
    text_prop(lines, "DESCRIPTION", &a.note);
    if let Some(contact) = &a.contact {
        lines.push(format!("X-WM-CONTACT:{}", escape(contact)));
    }
    lines.extend(rrule(a));
    if !a.exdates.is_empty() {
        let values: Vec<String> =
            a.exdates.iter().map(|d| if all_day { date_str(d.date()) } else { local_str(*d) }).collect();
        let kind = if all_day { "VALUE=DATE" } else { "TZID=Europe/Berlin" };
        lines.push(format!("EXDATE;{kind}:{}", values.join(",")));
    }
    for &m in &a.reminders {
        alarm(lines, m, &a.title);
    }
    lines.push("END:VEVENT".into());
    for o in &a.overrides {
        changed_event(lines, a, o);
    }
}

fn changed_event(lines: &mut Vec<String>, a: &Appointment, o: &Override) {
    lines.push("BEGIN:VEVENT".into());
    lines.push(format!("UID:{}", escape(&a.uid)));
    lines.push(format!("DTSTAMP:{}", utc_str(a.updated)));
    lines.push(format!("SEQUENCE:{}", a.sequence));
    lines.push(time_prop("RECURRENCE-ID", o.original, a.when.is_all_day()));
    when_props(lines, &o.when);
    text_prop(lines, "SUMMARY", &o.title);
    text_prop(lines, "LOCATION", &o.place);
    text_prop(lines, "DESCRIPTION", &o.note);
    lines.push("END:VEVENT".into());
}

/// The appointments as one iCalendar file (CRLF line ends, folded lines).
pub fn export(appointments: &[Appointment]) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    let timed = appointments.iter().any(|a| !a.when.is_all_day() || a.overrides.iter().any(|o| !o.when.is_all_day()));
    if timed {
        lines.extend(BERLIN_VTIMEZONE.iter().map(|l| l.to_string()));
    }
    for a in appointments {
        event(&mut lines, a);
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::with_capacity(lines.iter().map(|l| l.len() + 4).sum());
    for l in &lines {
        push_folded(&mut out, l);
    }
    out
}
