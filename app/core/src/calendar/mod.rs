//! The personal calendar: appointments, repeating series and iCalendar files. No UI, no storage.
//!
//! # Time
//!
//! Everything civic happens in Europe/Berlin ([`crate::hours::berlin`]). An appointment keeps its
//! local wall-clock times ([`When::Timed`]) or dates ([`When::AllDay`]); instants (UTC
//! [`Timestamp`]s) are derived when occurrences are computed. Series repeat in local time, so
//! "every Monday 10:00" is 10:00 on the Rathaus clock in winter and in summer. A local time is
//! turned into an instant with jiff's "compatible" disambiguation: a time in the spring gap
//! (02:30 on the last Sunday of March) moves forward by the gap (03:30 CEST); a time in the autumn
//! repeat (02:30 on the last Sunday of October) means the first of the two (02:30 CEST). If that
//! makes an occurrence end no later than it starts, it ends its local length after the start.
//! An occurrence ends at its local end time: an appointment 01:00–04:00 during the spring switch
//! lasts two hours, because the clock on the wall says 04:00.
//!
//! All-day appointments are dates, never instants: their occurrences carry the dates
//! ([`Occurrence::all_day`]) so a UI never shifts them; the instants given alongside are local
//! midnight to midnight, only for sorting and for choosing a window.
//!
//! # Series
//!
//! [`Repeat`] covers what people set up by hand and what calendar programs commonly send: daily,
//! weekly on some weekdays, monthly on the start's day of month or on the nth/last weekday, yearly
//! on the start's date or on the nth/last weekday of a month; every n periods; ending never, on a
//! date (inclusive) or after a number of occurrences. The start is always the first occurrence and
//! must fit the pattern ([`CalendarError::StartNotInPattern`]). Months without the start's day
//! (the 31st, 29 February) are skipped, as RFC 5545 says. Cancelled occurrences are `exdates`,
//! changed ones are [`Override`]s; a count counts occurrences before cancellations, as in RFC 5545.
//! Expansion is in [`recur`]; reading and writing iCalendar files in [`ics`].
//!
//! Errors are enums without user-facing text; the UI maps each variant to a translated message.

pub mod city;
pub mod ics;
pub mod recur;
pub mod remind;

use jiff::civil::{Date, DateTime, Weekday};
use jiff::Timestamp;
use serde::{Deserialize, Serialize};

pub use recur::{occurrences_of, Occurrence};

/// Longest title, in characters.
pub const MAX_TITLE_CHARS: usize = 200;
/// Longest place, in characters.
pub const MAX_PLACE_CHARS: usize = 500;
/// Longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 20_000;
/// Most reminders per appointment.
pub const MAX_REMINDERS: usize = 5;
/// Earliest reminder: four weeks before the start, in minutes.
pub const MAX_REMINDER_MINUTES: u32 = 4 * 7 * 24 * 60;
/// Most cancelled plus changed occurrences per series.
pub const MAX_EXCEPTIONS: usize = 1000;
/// Longest single occurrence, in days.
pub const MAX_LENGTH_DAYS: i64 = 366;
/// Years an appointment may touch.
pub const YEARS: std::ops::RangeInclusive<i16> = 1900..=2200;

/// One appointment, possibly repeating.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appointment {
    /// RFC 5545 UID, kept across export and import. New ones come from [`new_uid`].
    pub uid: String,
    pub title: String,
    pub when: When,
    /// Free text (LOCATION).
    pub place: String,
    /// Id of a contact in the content pack (X-WM-CONTACT in iCalendar files).
    pub contact: Option<String>,
    /// Free text (DESCRIPTION).
    pub note: String,
    /// Minutes before the start, e.g. `[1440, 60]`.
    pub reminders: Vec<u32>,
    pub repeat: Option<Repeat>,
    /// Local start of each cancelled occurrence (for all-day series: midnight of the date).
    pub exdates: Vec<DateTime>,
    /// Changed single occurrences.
    pub overrides: Vec<Override>,
    /// RFC 5545 SEQUENCE: raised by each edit.
    pub sequence: u32,
    /// Last change (DTSTAMP and LAST-MODIFIED; whole seconds in iCalendar files).
    pub updated: Timestamp,
}

/// When an appointment (or one occurrence) takes place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum When {
    /// Local wall-clock times in Europe/Berlin; `end` after `start`.
    Timed { start: DateTime, end: DateTime },
    /// Whole days, `last` inclusive (an iCalendar DTEND is the day after `last`).
    AllDay { first: Date, last: Date },
}

impl When {
    /// The local start: the start time, or midnight of the first day.
    pub fn local_start(&self) -> DateTime {
        match *self {
            When::Timed { start, .. } => start,
            When::AllDay { first, .. } => first.to_datetime(jiff::civil::Time::midnight()),
        }
    }

    /// The first day.
    pub fn first_date(&self) -> Date {
        self.local_start().date()
    }

    pub fn is_all_day(&self) -> bool {
        matches!(self, When::AllDay { .. })
    }

    /// The same length and kind, starting on `date` (at the same time of day if timed).
    pub fn moved_to(&self, date: Date) -> When {
        match *self {
            When::Timed { start, end } => {
                let new_start = date.to_datetime(start.time());
                let len = start.duration_until(end);
                When::Timed { start: new_start, end: new_start.checked_add(len).unwrap_or(new_start) }
            }
            When::AllDay { first, last } => {
                let days = recur::day_number(last) - recur::day_number(first);
                When::AllDay { first: date, last: recur::date_from_day_number(recur::day_number(date) + days) }
            }
        }
    }

    fn check(&self) -> Result<(), CalendarError> {
        match *self {
            When::Timed { start, end } => {
                if !YEARS.contains(&start.year()) || !YEARS.contains(&end.year()) {
                    return Err(CalendarError::YearOutOfRange);
                }
                if start.subsec_nanosecond() != 0 || end.subsec_nanosecond() != 0 {
                    return Err(CalendarError::SubSecond);
                }
                if end <= start {
                    return Err(CalendarError::EndNotAfterStart);
                }
                if start.duration_until(end).as_secs() > MAX_LENGTH_DAYS * 86_400 {
                    return Err(CalendarError::TooLong);
                }
            }
            When::AllDay { first, last } => {
                if !YEARS.contains(&first.year()) || !YEARS.contains(&last.year()) {
                    return Err(CalendarError::YearOutOfRange);
                }
                if last < first {
                    return Err(CalendarError::EndNotAfterStart);
                }
                if recur::day_number(last) - recur::day_number(first) >= MAX_LENGTH_DAYS as i32 {
                    return Err(CalendarError::TooLong);
                }
            }
        }
        Ok(())
    }
}

/// How a series repeats.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Repeat {
    pub freq: Freq,
    /// Every `interval` days, weeks, months or years: 1..=999.
    pub interval: u16,
    pub end: RepeatEnd,
}

/// The pattern of a series. Weeks start on Monday.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Freq {
    Daily,
    /// On these weekdays (empty: the start's weekday).
    Weekly {
        #[serde(with = "weekdays_serde")]
        days: Vec<Weekday>,
    },
    /// On the start's day of the month; months without that day are skipped.
    MonthlyByDate,
    /// On the `nth` (1..=4, or -1 for the last) `day` of the month.
    MonthlyByWeekday {
        nth: i8,
        #[serde(with = "weekday_serde")]
        day: Weekday,
    },
    /// On the start's month and day; 29 February only in leap years.
    Yearly,
    /// On the `nth` (1..=4, or -1 for the last) `day` of `month` (1..=12).
    YearlyByWeekday {
        month: i8,
        nth: i8,
        #[serde(with = "weekday_serde")]
        day: Weekday,
    },
}

/// When a series stops.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RepeatEnd {
    Never,
    /// The last day an occurrence may start on (local, inclusive).
    Until(Date),
    /// This many occurrences (1..=1000), cancelled ones included.
    Count(u32),
}

/// One changed occurrence of a series (an iCalendar RECURRENCE-ID).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Override {
    /// The local start the occurrence would have had.
    pub original: DateTime,
    pub when: When,
    pub title: String,
    pub place: String,
    pub note: String,
}

/// Why an appointment is not acceptable. The UI shows a translated message for each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CalendarError {
    EmptyTitle,
    TitleTooLong,
    PlaceTooLong,
    NoteTooLong,
    /// Empty, longer than 255 bytes, or with control characters or spaces.
    BadUid,
    EndNotAfterStart,
    /// One occurrence lasts longer than [`MAX_LENGTH_DAYS`].
    TooLong,
    /// A date outside [`YEARS`].
    YearOutOfRange,
    /// Times are whole seconds.
    SubSecond,
    BadInterval,
    BadCount,
    UntilBeforeStart,
    /// `nth` not in 1..=4 or -1.
    BadNth,
    BadMonth,
    /// The start is not one of the pattern's days (e.g. a Tuesday start for "Mondays").
    StartNotInPattern,
    TooManyReminders,
    ReminderTooEarly,
    /// The same reminder twice.
    DuplicateReminder,
    TooManyExceptions,
    /// Cancelled or changed occurrences on an appointment that does not repeat.
    ExceptionWithoutRepeat,
    /// A cancelled or changed occurrence that the series does not have.
    NotAnOccurrence,
    /// Two changes of one occurrence.
    DuplicateOverride,
    /// A changed occurrence's own problem.
    Override(OverrideError),
}

/// What is wrong with one changed occurrence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OverrideError {
    EmptyTitle,
    TitleTooLong,
    PlaceTooLong,
    NoteTooLong,
    EndNotAfterStart,
    TooLong,
    YearOutOfRange,
    SubSecond,
}

impl std::fmt::Display for CalendarError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid appointment: {self:?}")
    }
}

impl std::error::Error for CalendarError {}

fn check_text(title: &str, place: &str, note: &str) -> Result<(), CalendarError> {
    if title.trim().is_empty() {
        return Err(CalendarError::EmptyTitle);
    }
    if title.chars().count() > MAX_TITLE_CHARS {
        return Err(CalendarError::TitleTooLong);
    }
    if place.chars().count() > MAX_PLACE_CHARS {
        return Err(CalendarError::PlaceTooLong);
    }
    if note.chars().count() > MAX_NOTE_CHARS {
        return Err(CalendarError::NoteTooLong);
    }
    Ok(())
}

impl Appointment {
    /// A new one-off appointment with a fresh UID and no reminders.
    pub fn new(title: impl Into<String>, when: When, now: Timestamp) -> Appointment {
        Appointment {
            uid: new_uid(),
            title: title.into(),
            when,
            place: String::new(),
            contact: None,
            note: String::new(),
            reminders: Vec::new(),
            repeat: None,
            exdates: Vec::new(),
            overrides: Vec::new(),
            sequence: 0,
            updated: now,
        }
    }

    /// Whether the appointment may be stored (the rules are the constants of this module).
    pub fn check(&self) -> Result<(), CalendarError> {
        let uid_ok = !self.uid.is_empty()
            && self.uid.len() <= 255
            && !self.uid.chars().any(|c| c.is_control() || c.is_whitespace());
        if !uid_ok {
            return Err(CalendarError::BadUid);
        }
        check_text(&self.title, &self.place, &self.note)?;
        self.when.check()?;
        if self.reminders.len() > MAX_REMINDERS {
            return Err(CalendarError::TooManyReminders);
        }
        if self.reminders.iter().any(|&m| m > MAX_REMINDER_MINUTES) {
            return Err(CalendarError::ReminderTooEarly);
        }
        for (i, m) in self.reminders.iter().enumerate() {
            if self.reminders[..i].contains(m) {
                return Err(CalendarError::DuplicateReminder);
            }
        }
        let Some(repeat) = &self.repeat else {
            if self.exdates.is_empty() && self.overrides.is_empty() {
                return Ok(());
            }
            return Err(CalendarError::ExceptionWithoutRepeat);
        };
        repeat.check(self.when.first_date())?;
        if self.exdates.len() + self.overrides.len() > MAX_EXCEPTIONS {
            return Err(CalendarError::TooManyExceptions);
        }
        for (i, o) in self.overrides.iter().enumerate() {
            check_text(&o.title, &o.place, &o.note).map_err(|e| {
                CalendarError::Override(match e {
                    CalendarError::EmptyTitle => OverrideError::EmptyTitle,
                    CalendarError::TitleTooLong => OverrideError::TitleTooLong,
                    CalendarError::PlaceTooLong => OverrideError::PlaceTooLong,
                    _ => OverrideError::NoteTooLong,
                })
            })?;
            o.when.check().map_err(|e| {
                CalendarError::Override(match e {
                    CalendarError::TooLong => OverrideError::TooLong,
                    CalendarError::YearOutOfRange => OverrideError::YearOutOfRange,
                    CalendarError::SubSecond => OverrideError::SubSecond,
                    _ => OverrideError::EndNotAfterStart,
                })
            })?;
            if self.overrides[..i].iter().any(|p| p.original == o.original) {
                return Err(CalendarError::DuplicateOverride);
            }
            if !self.is_occurrence(o.original) || self.exdates.contains(&o.original) {
                return Err(CalendarError::NotAnOccurrence);
            }
        }
        for (i, &d) in self.exdates.iter().enumerate() {
            if self.exdates[..i].contains(&d) || !self.is_occurrence(d) {
                return Err(CalendarError::NotAnOccurrence);
            }
        }
        Ok(())
    }
}

impl Repeat {
    fn check(&self, start: Date) -> Result<(), CalendarError> {
        if !(1..=999).contains(&self.interval) {
            return Err(CalendarError::BadInterval);
        }
        match self.end {
            RepeatEnd::Never => {}
            RepeatEnd::Count(n) if !(1..=1000).contains(&n) => return Err(CalendarError::BadCount),
            RepeatEnd::Count(_) => {}
            RepeatEnd::Until(d) if d < start => return Err(CalendarError::UntilBeforeStart),
            RepeatEnd::Until(d) if !YEARS.contains(&d.year()) => return Err(CalendarError::YearOutOfRange),
            RepeatEnd::Until(_) => {}
        }
        let nth_ok = |nth: i8| (1..=4).contains(&nth) || nth == -1;
        match &self.freq {
            Freq::Daily | Freq::MonthlyByDate | Freq::Yearly => Ok(()),
            Freq::Weekly { days } if days.is_empty() || days.contains(&start.weekday()) => Ok(()),
            Freq::Weekly { .. } => Err(CalendarError::StartNotInPattern),
            Freq::MonthlyByWeekday { nth, .. } | Freq::YearlyByWeekday { nth, .. } if !nth_ok(*nth) => {
                Err(CalendarError::BadNth)
            }
            Freq::YearlyByWeekday { month, .. } if !(1..=12).contains(month) => Err(CalendarError::BadMonth),
            Freq::MonthlyByWeekday { nth, day } => {
                if recur::nth_weekday(start.year(), start.month(), *nth, *day) == Some(start) {
                    Ok(())
                } else {
                    Err(CalendarError::StartNotInPattern)
                }
            }
            Freq::YearlyByWeekday { month, nth, day } => {
                if start.month() == *month && recur::nth_weekday(start.year(), *month, *nth, *day) == Some(start) {
                    Ok(())
                } else {
                    Err(CalendarError::StartNotInPattern)
                }
            }
        }
    }
}

/// A fresh UID: 128 random bits in hex, `@willkommensmappe`.
pub fn new_uid() -> String {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).expect("the platform has a random source");
    let mut uid: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    uid.push_str("@willkommensmappe");
    uid
}

/// The iCalendar two-letter code of a weekday.
pub fn weekday_code(day: Weekday) -> &'static str {
    ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][day.to_monday_zero_offset() as usize]
}

/// The weekday of an iCalendar two-letter code (case-insensitive).
pub fn weekday_from_code(code: &str) -> Option<Weekday> {
    let i = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"].iter().position(|c| c.eq_ignore_ascii_case(code))?;
    Weekday::from_monday_zero_offset(i as i8).ok()
}

/// Weekdays are stored as their iCalendar codes ("MO").
pub(crate) mod weekday_serde {
    use jiff::civil::Weekday;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(day: &Weekday, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(super::weekday_code(*day))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Weekday, D::Error> {
        let code = String::deserialize(d)?;
        super::weekday_from_code(&code).ok_or_else(|| serde::de::Error::custom("unknown weekday"))
    }
}

mod weekdays_serde {
    use jiff::civil::Weekday;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(days: &[Weekday], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(days.iter().map(|d| super::weekday_code(*d)))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Weekday>, D::Error> {
        let codes = Vec::<String>::deserialize(d)?;
        codes
            .iter()
            .map(|c| super::weekday_from_code(c).ok_or_else(|| serde::de::Error::custom("unknown weekday")))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn sample() -> Appointment {
        let start = date(2026, 3, 2).at(10, 0, 0, 0);
        let mut a = Appointment::new(
            "Deutschkurs",
            When::Timed { start, end: start.checked_add(jiff::SignedDuration::from_hours(2)).unwrap() },
            Timestamp::from_second(1_770_000_000).unwrap(),
        );
        a.repeat = Some(Repeat {
            freq: Freq::Weekly { days: vec![Weekday::Monday, Weekday::Thursday] },
            interval: 1,
            end: RepeatEnd::Count(20),
        });
        a.reminders = vec![1440, 60];
        a
    }

    #[test]
    fn uid_is_random_and_well_formed() {
        let (a, b) = (new_uid(), new_uid());
        assert_ne!(a, b);
        assert!(a.ends_with("@willkommensmappe") && a.len() == 32 + 17);
    }

    #[test]
    fn json_round_trip() {
        let a = sample();
        let json = serde_json::to_string(&a).unwrap();
        assert!(json.contains("\"MO\"") && json.contains("2026-03-02T10:00:00"), "{json}");
        let back: Appointment = serde_json::from_str(&json).unwrap();
        assert_eq!(back, a);
    }

    #[test]
    fn check_accepts_sample_and_rejects_each_problem() {
        let a = sample();
        assert_eq!(a.check(), Ok(()));
        let bad = |f: &dyn Fn(&mut Appointment), e: CalendarError| {
            let mut b = a.clone();
            f(&mut b);
            assert_eq!(b.check(), Err(e));
        };
        bad(&|b| b.title = "  ".into(), CalendarError::EmptyTitle);
        bad(&|b| b.title = "x".repeat(201), CalendarError::TitleTooLong);
        bad(&|b| b.place = "x".repeat(501), CalendarError::PlaceTooLong);
        bad(&|b| b.note = "x".repeat(20_001), CalendarError::NoteTooLong);
        bad(&|b| b.uid = "a b".into(), CalendarError::BadUid);
        bad(&|b| b.uid = String::new(), CalendarError::BadUid);
        bad(
            &|b| {
                b.when = When::Timed { start: date(2026, 3, 2).at(10, 0, 0, 0), end: date(2026, 3, 2).at(10, 0, 0, 0) }
            },
            CalendarError::EndNotAfterStart,
        );
        bad(&|b| b.when = When::AllDay { first: date(2026, 3, 2), last: date(2027, 3, 3) }, CalendarError::TooLong);
        bad(
            &|b| b.when = When::AllDay { first: date(2226, 3, 2), last: date(2226, 3, 2) },
            CalendarError::YearOutOfRange,
        );
        bad(&|b| b.repeat.as_mut().unwrap().interval = 0, CalendarError::BadInterval);
        bad(&|b| b.repeat.as_mut().unwrap().interval = 1000, CalendarError::BadInterval);
        bad(&|b| b.repeat.as_mut().unwrap().end = RepeatEnd::Count(0), CalendarError::BadCount);
        bad(&|b| b.repeat.as_mut().unwrap().end = RepeatEnd::Count(1001), CalendarError::BadCount);
        bad(&|b| b.repeat.as_mut().unwrap().end = RepeatEnd::Until(date(2026, 3, 1)), CalendarError::UntilBeforeStart);
        bad(
            &|b| b.repeat.as_mut().unwrap().freq = Freq::Weekly { days: vec![Weekday::Tuesday] },
            CalendarError::StartNotInPattern,
        );
        bad(
            &|b| b.repeat.as_mut().unwrap().freq = Freq::MonthlyByWeekday { nth: 5, day: Weekday::Monday },
            CalendarError::BadNth,
        );
        bad(
            &|b| b.repeat.as_mut().unwrap().freq = Freq::MonthlyByWeekday { nth: 2, day: Weekday::Monday },
            CalendarError::StartNotInPattern,
        );
        bad(
            &|b| b.repeat.as_mut().unwrap().freq = Freq::YearlyByWeekday { month: 13, nth: 1, day: Weekday::Monday },
            CalendarError::BadMonth,
        );
        bad(&|b| b.reminders = vec![1, 2, 3, 4, 5, 6], CalendarError::TooManyReminders);
        bad(&|b| b.reminders = vec![MAX_REMINDER_MINUTES + 1], CalendarError::ReminderTooEarly);
        bad(&|b| b.reminders = vec![60, 60], CalendarError::DuplicateReminder);
        bad(&|b| b.exdates = vec![date(2026, 3, 3).at(10, 0, 0, 0)], CalendarError::NotAnOccurrence);
        bad(
            &|b| {
                b.repeat = None;
                b.exdates = vec![date(2026, 3, 2).at(10, 0, 0, 0)];
            },
            CalendarError::ExceptionWithoutRepeat,
        );
        let o = Override {
            original: date(2026, 3, 5).at(10, 0, 0, 0),
            when: When::Timed { start: date(2026, 3, 6).at(9, 0, 0, 0), end: date(2026, 3, 6).at(10, 0, 0, 0) },
            title: "Deutschkurs (verlegt)".into(),
            place: String::new(),
            note: String::new(),
        };
        let mut ok = a.clone();
        ok.overrides.push(o.clone());
        assert_eq!(ok.check(), Ok(()));
        bad(&|b| b.overrides = vec![o.clone(), o.clone()], CalendarError::DuplicateOverride);
        bad(
            &|b| b.overrides = vec![Override { title: String::new(), ..o.clone() }],
            CalendarError::Override(OverrideError::EmptyTitle),
        );
        bad(
            &|b| b.overrides = vec![Override { original: date(2026, 3, 4).at(10, 0, 0, 0), ..o.clone() }],
            CalendarError::NotAnOccurrence,
        );
        bad(
            &|b| b.overrides = vec![Override { original: date(2026, 3, 5).at(11, 0, 0, 0), ..o.clone() }],
            CalendarError::NotAnOccurrence,
        );
    }
}
