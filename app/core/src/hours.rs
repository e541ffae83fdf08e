//! Opening hours: OSM `opening_hours` syntax, evaluated in Europe/Berlin with NRW public holidays.
//!
//! Instants are UTC ([`jiff::Timestamp`]); rules speak local wall-clock time. Evaluation happens
//! on the local civil time, so a rule like "Mo 10:00-12:00" means 10:00 on the Rathaus clock in
//! winter and in summer. Changes found in local time are turned back into instants with jiff's
//! "compatible" disambiguation (a time in the spring gap moves forward; in the autumn repeat the
//! first occurrence counts).
//!
//! Public holidays (`PH`) are the statutory holidays of North Rhine-Westphalia
//! ([`nrw_public_holidays`]); a rule applies to them only when it says so (`PH off`, `PH 10:00-12:00`).
//! Dated exceptions use the ordinary syntax, e.g. `2026 Dec 24 off`.

use chrono::{NaiveDate, NaiveDateTime};
use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use jiff::Timestamp;
use opening_hours::{Context, ContextHolidays, OpeningHours, RuleKind};
use std::sync::{Arc, OnceLock};

/// Years for which NRW holidays are known to the evaluator.
const HOLIDAY_YEARS: std::ops::RangeInclusive<i16> = 2020..=2045;

/// Europe/Berlin's rule since 1996 (EU summer time), as the tz database itself states it in the
/// footer of its Europe/Berlin entry. Only current and future times matter for opening hours
/// and appointments, and one rule is a few bytes where the whole database would be hundreds of
/// kilobytes in the web build. If the EU changes its rule, this string changes with an update.
pub const BERLIN_POSIX_TZ: &str = "CET-1CEST,M3.5.0,M10.5.0/3";

/// The civic time zone of everything in the app.
pub fn berlin() -> TimeZone {
    static TZ: OnceLock<TimeZone> = OnceLock::new();
    TZ.get_or_init(|| TimeZone::posix(BERLIN_POSIX_TZ).expect("valid POSIX TZ string")).clone()
}

/// Easter Sunday (Gregorian calendar; anonymous Gregorian algorithm).
pub fn easter_sunday(year: i16) -> Date {
    let y = i32::from(year);
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, month as i8, day as i8).expect("computus yields a valid date")
}

/// The statutory public holidays of North Rhine-Westphalia in `year`, with their German names.
pub fn nrw_public_holidays(year: i16) -> Vec<(Date, &'static str)> {
    let easter = easter_sunday(year);
    let from_easter = |days: i64| easter.checked_add(jiff::Span::new().days(days)).expect("date in range");
    let fixed = |m: i8, d: i8| Date::new(year, m, d).expect("valid fixed holiday");
    let mut days = vec![
        (fixed(1, 1), "Neujahr"),
        (from_easter(-2), "Karfreitag"),
        (from_easter(1), "Ostermontag"),
        (fixed(5, 1), "Tag der Arbeit"),
        (from_easter(39), "Christi Himmelfahrt"),
        (from_easter(50), "Pfingstmontag"),
        (from_easter(60), "Fronleichnam"),
        (fixed(10, 3), "Tag der Deutschen Einheit"),
        (fixed(11, 1), "Allerheiligen"),
        (fixed(12, 25), "1. Weihnachtstag"),
        (fixed(12, 26), "2. Weihnachtstag"),
    ];
    days.sort();
    days
}

fn holidays() -> ContextHolidays {
    static CAL: OnceLock<ContextHolidays> = OnceLock::new();
    CAL.get_or_init(|| {
        let mut public = compact_calendar::CompactCalendar::default();
        for year in HOLIDAY_YEARS {
            for (date, _) in nrw_public_holidays(year) {
                public.insert(to_chrono_date(date));
            }
        }
        ContextHolidays::new(Arc::new(public), Arc::new(compact_calendar::CompactCalendar::default()))
    })
    .clone()
}

fn to_chrono_date(d: Date) -> NaiveDate {
    NaiveDate::from_ymd_opt(i32::from(d.year()), d.month() as u32, d.day() as u32).expect("valid date")
}

fn to_chrono(dt: DateTime) -> NaiveDateTime {
    to_chrono_date(dt.date()).and_hms_opt(dt.hour() as u32, dt.minute() as u32, dt.second() as u32).expect("valid time")
}

fn from_chrono(dt: NaiveDateTime) -> Option<DateTime> {
    use chrono::{Datelike, Timelike};
    DateTime::new(
        i16::try_from(dt.year()).ok()?,
        dt.month() as i8,
        dt.day() as i8,
        dt.hour() as i8,
        dt.minute() as i8,
        dt.second() as i8,
        0,
    )
    .ok()
}

/// A moment when the state changes: the local wall-clock time (for display) and the instant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub local: DateTime,
    pub at: Timestamp,
}

/// Whether a place is open at a given instant, and what happens next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// Open now; `closes` is when (None: no closing in the foreseeable future).
    Open { closes: Option<Change> },
    /// Closed now; `opens` is the next opening (None: no opening in the foreseeable future).
    Closed { opens: Option<Change> },
    /// The rules say the state is unknown now (e.g. "by appointment").
    Unknown { comment: String },
}

/// Parsed opening hours, ready to evaluate.
#[derive(Clone)]
pub struct Hours {
    source: String,
    rules: OpeningHours,
}

impl std::fmt::Debug for Hours {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Hours({:?})", self.source)
    }
}

impl Hours {
    /// Parses OSM `opening_hours` syntax; the error says what is wrong in words an editor
    /// can act on.
    pub fn parse(source: &str) -> Result<Hours, String> {
        let rules =
            source.parse::<OpeningHours>().map_err(|e| format!("opening hours {source:?} cannot be read: {e}"))?;
        let rules = rules.with_context(Context::default().with_holidays(holidays()));
        Ok(Hours { source: source.to_string(), rules })
    }

    pub fn source(&self) -> &str {
        &self.source
    }

    /// The state at `now`, evaluated on the Rathaus clock.
    pub fn status_at(&self, now: Timestamp) -> Status {
        let tz = berlin();
        let local = tz.to_datetime(now);
        let naive = to_chrono(local);
        let (kind, comment) = self.rules.state(naive);
        let next = self.rules.next_change(naive).and_then(from_chrono).and_then(|local| {
            let at = tz.to_ambiguous_timestamp(local).compatible().ok()?;
            Some(Change { local, at })
        });
        match kind {
            RuleKind::Open => Status::Open { closes: next },
            RuleKind::Closed => Status::Closed { opens: self.next_opening(naive) },
            RuleKind::Unknown => Status::Unknown { comment: comment.to_string() },
        }
    }

    /// The next time the place opens after `from` (skipping closed-to-unknown changes).
    fn next_opening(&self, from: NaiveDateTime) -> Option<Change> {
        let tz = berlin();
        let mut t = from;
        for _ in 0..64 {
            let change = self.rules.next_change(t)?;
            if self.rules.state(change).0 == RuleKind::Open {
                let local = from_chrono(change)?;
                let at = tz.to_ambiguous_timestamp(local).compatible().ok()?;
                return Some(Change { local, at });
            }
            t = change;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    /// The MEB-Büro's consultation hours as the seed gives them.
    const MEB: &str = "Mo 10:00-12:00; Th 13:00-15:00; PH off";

    /// An instant given as Berlin wall-clock time.
    fn berlin_at(y: i16, m: i8, d: i8, h: i8, min: i8) -> Timestamp {
        berlin().to_ambiguous_timestamp(date(y, m, d).at(h, min, 0, 0)).compatible().unwrap()
    }

    fn opens_at(status: &Status) -> DateTime {
        match status {
            Status::Closed { opens: Some(c) } => c.local,
            other => panic!("expected closed with a next opening, got {other:?}"),
        }
    }

    fn closes_at(status: &Status) -> DateTime {
        match status {
            Status::Open { closes: Some(c) } => c.local,
            other => panic!("expected open with a closing time, got {other:?}"),
        }
    }

    #[test]
    fn berlin_rule_matches_the_tz_database_hour_by_hour_2000_to_2045() {
        let tzdb = TimeZone::get("Europe/Berlin").unwrap();
        let ours = berlin();
        let mut t: Timestamp = "2000-01-01T00:00:00Z".parse().unwrap();
        let end: Timestamp = "2046-01-01T00:00:00Z".parse().unwrap();
        let mut checked = 0;
        while t < end {
            assert_eq!(ours.to_offset(t), tzdb.to_offset(t), "at {t}");
            t = t.checked_add(jiff::SignedDuration::from_mins(30)).unwrap();
            checked += 1;
        }
        assert!(checked > 800_000);
    }

    #[test]
    fn easter_and_nrw_holidays() {
        assert_eq!(easter_sunday(2025), date(2025, 4, 20));
        assert_eq!(easter_sunday(2026), date(2026, 4, 5));
        assert_eq!(easter_sunday(2027), date(2027, 3, 28));
        assert_eq!(easter_sunday(2038), date(2038, 4, 25));
        let h: Vec<Date> = nrw_public_holidays(2026).into_iter().map(|(d, _)| d).collect();
        for d in [
            date(2026, 1, 1),
            date(2026, 4, 3),
            date(2026, 4, 6),
            date(2026, 5, 1),
            date(2026, 5, 14),
            date(2026, 5, 25),
            date(2026, 6, 4),
            date(2026, 10, 3),
            date(2026, 11, 1),
            date(2026, 12, 25),
            date(2026, 12, 26),
        ] {
            assert!(h.contains(&d), "{d} missing");
        }
        assert_eq!(h.len(), 11);
        // Not statutory in NRW: Heilige Drei Könige, Reformationstag, Buß- und Bettag.
        for d in [date(2026, 1, 6), date(2026, 10, 31), date(2026, 11, 18)] {
            assert!(!h.contains(&d), "{d} is not an NRW holiday");
        }
    }

    #[test]
    fn monday_boundaries() {
        let hours = Hours::parse(MEB).unwrap();
        // Monday 2026-11-23.
        let s = hours.status_at(berlin_at(2026, 11, 23, 9, 59));
        assert_eq!(opens_at(&s), date(2026, 11, 23).at(10, 0, 0, 0));
        let s = hours.status_at(berlin_at(2026, 11, 23, 10, 0));
        assert_eq!(closes_at(&s), date(2026, 11, 23).at(12, 0, 0, 0));
        let s = hours.status_at(berlin_at(2026, 11, 23, 11, 59));
        assert_eq!(closes_at(&s), date(2026, 11, 23).at(12, 0, 0, 0));
        // At 12:00 it is closed and next opens Thursday 13:00.
        let s = hours.status_at(berlin_at(2026, 11, 23, 12, 0));
        assert_eq!(opens_at(&s), date(2026, 11, 26).at(13, 0, 0, 0));
        assert_eq!(opens_at(&s).date().weekday(), jiff::civil::Weekday::Thursday);
    }

    #[test]
    fn public_holiday_monday_is_closed_and_next_opening_skips_it() {
        let hours = Hours::parse(MEB).unwrap();
        // Ostermontag 2026-04-06, 10:30: closed; Thursday 2026-04-09 13:00 is next.
        let s = hours.status_at(berlin_at(2026, 4, 6, 10, 30));
        assert_eq!(opens_at(&s), date(2026, 4, 9).at(13, 0, 0, 0));
        // Pfingstmontag 2026-05-25 seen from the Thursday before (Christi Himmelfahrt, 14 May, is
        // a Thursday holiday too): from Thursday 2026-05-21 15:00 the next opening skips Monday 25th.
        let s = hours.status_at(berlin_at(2026, 5, 21, 15, 0));
        assert_eq!(opens_at(&s), date(2026, 5, 28).at(13, 0, 0, 0));
        // Christi Himmelfahrt, Thursday 2026-05-14 at 13:30: closed.
        let s = hours.status_at(berlin_at(2026, 5, 14, 13, 30));
        assert!(matches!(s, Status::Closed { .. }), "{s:?}");
        assert_eq!(opens_at(&s), date(2026, 5, 18).at(10, 0, 0, 0));
    }

    #[test]
    fn daylight_saving_switch_weekends() {
        let hours = Hours::parse(MEB).unwrap();
        // Spring: clocks go 02:00 → 03:00 on Sunday 2026-03-29. Monday 10:00 is 08:00 UTC.
        let s = hours.status_at(berlin_at(2026, 3, 28, 12, 0));
        let Status::Closed { opens: Some(c) } = s else { panic!("{s:?}") };
        assert_eq!(c.local, date(2026, 3, 30).at(10, 0, 0, 0));
        assert_eq!(c.at, "2026-03-30T08:00:00Z".parse::<Timestamp>().unwrap());
        // Autumn: clocks go 03:00 → 02:00 on Sunday 2026-10-25. Monday 10:00 is 09:00 UTC.
        let s = hours.status_at("2026-10-25T01:30:00Z".parse().unwrap());
        let Status::Closed { opens: Some(c) } = s else { panic!("{s:?}") };
        assert_eq!(c.local, date(2026, 10, 26).at(10, 0, 0, 0));
        assert_eq!(c.at, "2026-10-26T09:00:00Z".parse::<Timestamp>().unwrap());
        // The same UTC hour is open in summer and closed in winter: local time decides.
        assert!(matches!(hours.status_at("2026-03-30T08:30:00Z".parse().unwrap()), Status::Open { .. }));
        assert!(matches!(hours.status_at("2026-10-26T08:30:00Z".parse().unwrap()), Status::Closed { .. }));
        // Night hours across the switch: a place open 01:00-04:00 on the spring Sunday.
        let night = Hours::parse("Su 01:00-04:00").unwrap();
        let s = night.status_at("2026-03-29T00:30:00Z".parse().unwrap()); // 01:30 CET
        let Status::Open { closes: Some(c) } = s else { panic!("{s:?}") };
        assert_eq!(c.local, date(2026, 3, 29).at(4, 0, 0, 0));
        assert_eq!(c.at, "2026-03-29T02:00:00Z".parse::<Timestamp>().unwrap());
    }

    #[test]
    fn dated_exception() {
        let hours = Hours::parse("Mo-Fr 09:00-12:00; PH off; 2026 Dec 24 off").unwrap();
        let s = hours.status_at(berlin_at(2026, 12, 24, 10, 0));
        // Thursday 24th off, Friday 25th and Monday 28th? 25th and 26th are holidays; next is Mon 28th.
        assert_eq!(opens_at(&s), date(2026, 12, 28).at(9, 0, 0, 0));
        // The day before is ordinary.
        assert!(matches!(hours.status_at(berlin_at(2026, 12, 23, 10, 0)), Status::Open { .. }));
    }

    #[test]
    fn next_opening_across_a_week_with_a_holiday() {
        // Tag der Deutschen Einheit 2030 is a Thursday; from Monday 12:00 the MEB-Büro next opens
        // the following Monday.
        assert_eq!(date(2030, 10, 3).weekday(), jiff::civil::Weekday::Thursday);
        let hours = Hours::parse(MEB).unwrap();
        let s = hours.status_at(berlin_at(2030, 9, 30, 12, 0));
        assert_eq!(opens_at(&s), date(2030, 10, 7).at(10, 0, 0, 0));
    }

    #[test]
    fn unknown_and_bad_input() {
        let err = Hours::parse("Mo 10:00-").unwrap_err();
        assert!(err.contains("cannot be read"), "{err}");
        let hours = Hours::parse("Mo-Fr unknown \"nach Vereinbarung\"").unwrap();
        match hours.status_at(berlin_at(2026, 11, 24, 10, 0)) {
            Status::Unknown { comment } => assert_eq!(comment, "nach Vereinbarung"),
            other => panic!("{other:?}"),
        }
        let never = Hours::parse("off").unwrap();
        assert_eq!(never.status_at(berlin_at(2026, 11, 24, 10, 0)), Status::Closed { opens: None });
    }
}
