//! iCalendar values: dates, date-times, durations, UTC offsets, RRULE parts, and time zones
//! (Berlin by name, UTC, floating, or a VTIMEZONE of the file evaluated here).

use super::lex::{Component, Prop};
use crate::calendar::recur::{date_from_day_number, day_number, nth_weekday};
use crate::calendar::weekday_from_code;
use jiff::civil::{Date, DateTime, Time, Weekday};
use jiff::tz::{Offset, TimeZone};
use jiff::{SignedDuration, Timestamp};

/// A DATE or DATE-TIME value as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Raw {
    Date(Date),
    /// Local time: floating, or in the property's TZID.
    Local(DateTime),
    Utc(DateTime),
}

impl Raw {
    pub fn date(self) -> Date {
        match self {
            Raw::Date(d) => d,
            Raw::Local(dt) | Raw::Utc(dt) => dt.date(),
        }
    }
}

fn digits(s: &str) -> Option<i32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// `YYYYMMDD`.
pub(crate) fn parse_date(s: &str) -> Option<Date> {
    if s.len() != 8 {
        return None;
    }
    let y = i16::try_from(digits(&s[..4])?).ok()?;
    Date::new(y, digits(&s[4..6])? as i8, digits(&s[6..8])? as i8).ok()
}

/// `YYYYMMDD`, `YYYYMMDDTHHMMSS`, `YYYYMMDDTHHMMSSZ` (seconds may be missing; a leap second
/// counts as :59).
pub(crate) fn parse_raw(s: &str) -> Option<Raw> {
    let s = s.trim();
    if !s.is_ascii() {
        return None;
    }
    if s.len() == 8 {
        return parse_date(s).map(Raw::Date);
    }
    let (body, utc) = match s.strip_suffix(['Z', 'z']) {
        Some(b) => (b, true),
        None => (s, false),
    };
    if body.len() < 13 || !matches!(&body[8..9], "T" | "t") {
        return None;
    }
    let date = parse_date(&body[..8])?;
    let t = &body[9..];
    let (h, m, sec) = match t.len() {
        4 => (digits(&t[..2])?, digits(&t[2..4])?, 0),
        6 => (digits(&t[..2])?, digits(&t[2..4])?, digits(&t[4..6])?.min(59)),
        _ => return None,
    };
    let dt = date.to_datetime(Time::new(h as i8, m as i8, sec as i8, 0).ok()?);
    Some(if utc { Raw::Utc(dt) } else { Raw::Local(dt) })
}

/// `[+-]P[nW][nD][T[nH][nM][nS]]`.
pub(crate) fn parse_duration(s: &str) -> Option<SignedDuration> {
    let s = s.trim();
    let (neg, s) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    let s = s.strip_prefix(['P', 'p'])?;
    let mut secs: i64 = 0;
    let mut num = String::new();
    let mut in_time = false;
    let mut any = false;
    for c in s.chars() {
        match c.to_ascii_uppercase() {
            '0'..='9' => num.push(c),
            'T' if num.is_empty() && !in_time => in_time = true,
            unit => {
                let n: i64 = num.parse().ok()?;
                num.clear();
                let scale = match (unit, in_time) {
                    ('W', false) => 7 * 86_400,
                    ('D', false) => 86_400,
                    ('H', true) => 3600,
                    ('M', true) => 60,
                    ('S', true) => 1,
                    _ => return None,
                };
                secs = secs.checked_add(n.checked_mul(scale)?)?;
                any = true;
            }
        }
    }
    if !num.is_empty() || !any || secs > 10 * 366 * 86_400 {
        return None;
    }
    Some(SignedDuration::from_secs(if neg { -secs } else { secs }))
}

/// `+HHMM` or `-HHMMSS`, in seconds.
pub(crate) fn parse_offset(s: &str) -> Option<i32> {
    let s = s.trim();
    let (sign, rest) = match s.as_bytes().first()? {
        b'+' => (1, &s[1..]),
        b'-' => (-1, &s[1..]),
        _ => return None,
    };
    let (h, m, sec) = match rest.len() {
        4 => (digits(&rest[..2])?, digits(&rest[2..4])?, 0),
        6 => (digits(&rest[..2])?, digits(&rest[2..4])?, digits(&rest[4..6])?),
        _ => return None,
    };
    if h > 23 || m > 59 || sec > 59 {
        return None;
    }
    Some(sign * (h * 3600 + m * 60 + sec))
}

/// A civil date-time as seconds, as if it were UTC.
pub(crate) fn civil_seconds(dt: DateTime) -> i64 {
    i64::from(day_number(dt.date())) * 86_400
        + i64::from(dt.hour()) * 3600
        + i64::from(dt.minute()) * 60
        + i64::from(dt.second())
}

/// An RRULE, split into the parts the app can express and a flag for any others.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct RRule {
    pub freq: String,
    pub interval: u32,
    pub count: Option<u32>,
    pub until: Option<Raw>,
    /// (nth, weekday); nth 0 means every such weekday.
    pub byday: Vec<(i8, Weekday)>,
    pub bymonth: Vec<i8>,
    pub bymonthday: Vec<i8>,
    pub bysetpos: Vec<i16>,
    pub wkst: Option<Weekday>,
    /// A part this parser does not map (BYHOUR, BYWEEKNO, BYYEARDAY, …) or a malformed one.
    pub unsupported: bool,
}

pub(crate) fn parse_rrule(value: &str) -> RRule {
    let mut r = RRule { interval: 1, ..RRule::default() };
    for part in value.split(';').filter(|p| !p.trim().is_empty()) {
        let Some((k, v)) = part.split_once('=') else {
            r.unsupported = true;
            continue;
        };
        let k = k.trim().to_ascii_uppercase();
        let list = || v.split(',').map(str::trim);
        let ok = match k.as_str() {
            "FREQ" => {
                r.freq = v.trim().to_ascii_uppercase();
                true
            }
            "INTERVAL" => v.trim().parse().map(|n| r.interval = n).is_ok(),
            "COUNT" => v.trim().parse().map(|n| r.count = Some(n)).is_ok(),
            "UNTIL" => parse_raw(v).map(|u| r.until = Some(u)).is_some(),
            "WKST" => weekday_from_code(v.trim()).map(|d| r.wkst = Some(d)).is_some(),
            "BYDAY" => list().all(|d| {
                let split = d.len().saturating_sub(2);
                if !d.is_char_boundary(split) {
                    return false;
                }
                let (n, code) = d.split_at(split);
                let nth = if n.is_empty() { Some(0) } else { n.trim_start_matches('+').parse::<i8>().ok() };
                match (nth, weekday_from_code(code)) {
                    (Some(nth), Some(day)) if (-53..=53).contains(&nth) => {
                        r.byday.push((nth, day));
                        true
                    }
                    _ => false,
                }
            }),
            "BYMONTH" => list().all(|m| m.parse().map(|m| r.bymonth.push(m)).is_ok()),
            "BYMONTHDAY" => list().all(|m| m.parse().map(|m| r.bymonthday.push(m)).is_ok()),
            "BYSETPOS" => list().all(|m| m.parse().map(|m| r.bysetpos.push(m)).is_ok()),
            _ => false,
        };
        if !ok {
            r.unsupported = true;
        }
    }
    r
}

/// One STANDARD or DAYLIGHT part of a VTIMEZONE.
#[derive(Clone, Debug)]
struct Observance {
    /// Local onset (in the offset before it).
    start: DateTime,
    from: i32,
    to: i32,
    /// A yearly rule: month, and (nth, weekday) or day-of-month candidates.
    rule: Option<YearlyRule>,
    /// Extra onsets (RDATE), local.
    rdates: Vec<DateTime>,
}

#[derive(Clone, Debug)]
struct YearlyRule {
    month: i8,
    byday: Option<(i8, Weekday)>,
    monthdays: Vec<i8>,
    /// Last onset, as UTC seconds.
    until: Option<i64>,
    interval: i32,
}

/// A VTIMEZONE, evaluated from its observances.
#[derive(Clone, Debug)]
pub(crate) struct VTimeZone {
    pub tzid: String,
    observances: Vec<Observance>,
}

impl VTimeZone {
    /// Reads a VTIMEZONE; `None` if it has no usable observance.
    pub fn parse(c: &Component) -> Option<VTimeZone> {
        let tzid = c.prop("TZID")?.value.trim().to_owned();
        let mut observances = Vec::new();
        for o in c.children.iter().filter(|o| o.name == "STANDARD" || o.name == "DAYLIGHT") {
            let Some(Raw::Local(start) | Raw::Utc(start)) = o.prop("DTSTART").and_then(|p| parse_raw(&p.value)) else {
                continue;
            };
            let (Some(from), Some(to)) = (
                o.prop("TZOFFSETFROM").and_then(|p| parse_offset(&p.value)),
                o.prop("TZOFFSETTO").and_then(|p| parse_offset(&p.value)),
            ) else {
                continue;
            };
            let rule = o.prop("RRULE").and_then(|p| {
                let r = parse_rrule(&p.value);
                if r.freq != "YEARLY" || r.unsupported || r.bymonth.len() > 1 || r.byday.len() > 1 || r.interval == 0 {
                    return None;
                }
                let until = match r.until {
                    Some(Raw::Utc(u)) => Some(civil_seconds(u)),
                    Some(Raw::Local(u)) => Some(civil_seconds(u) - i64::from(from)),
                    Some(Raw::Date(d)) => Some(civil_seconds(d.to_datetime(Time::midnight()))),
                    None => None,
                };
                Some(YearlyRule {
                    month: r.bymonth.first().copied().unwrap_or(start.month()),
                    byday: r.byday.first().copied(),
                    monthdays: r.bymonthday.clone(),
                    until,
                    interval: r.interval.min(1000) as i32,
                })
            });
            let rdates = o
                .props("RDATE")
                .flat_map(|p| p.value.split(',').filter_map(parse_raw).collect::<Vec<_>>())
                .filter_map(|r| match r {
                    Raw::Local(dt) | Raw::Utc(dt) => Some(dt),
                    Raw::Date(_) => None,
                })
                .take(2000)
                .collect();
            observances.push(Observance { start, from, to, rule, rdates });
        }
        if observances.is_empty() {
            return None;
        }
        Some(VTimeZone { tzid, observances })
    }

    /// Onsets near `year` (UTC seconds, offset before, offset after), sorted.
    fn transitions(&self, year: i32) -> Vec<(i64, i32, i32)> {
        let mut out = Vec::new();
        for o in &self.observances {
            let first = civil_seconds(o.start) - i64::from(o.from);
            out.push((first, o.from, o.to));
            for r in &o.rdates {
                out.push((civil_seconds(*r) - i64::from(o.from), o.from, o.to));
            }
            let Some(rule) = &o.rule else { continue };
            for y in year - 1..=year + 1 {
                if y <= i32::from(o.start.year()) || (y - i32::from(o.start.year())) % rule.interval != 0 {
                    continue;
                }
                let Ok(y) = i16::try_from(y) else { continue };
                let date = match rule.byday {
                    Some((nth, day)) if nth != 0 => nth_weekday(y, rule.month, nth, day),
                    Some((_, day)) => rule
                        .monthdays
                        .iter()
                        .filter_map(|&d| Date::new(y, rule.month, d).ok())
                        .find(|d| d.weekday() == day),
                    None => Date::new(y, rule.month, rule.monthdays.first().copied().unwrap_or(o.start.day())).ok(),
                };
                let Some(date) = date else { continue };
                let onset = civil_seconds(date.to_datetime(o.start.time())) - i64::from(o.from);
                if rule.until.is_none_or(|u| onset <= u) {
                    out.push((onset, o.from, o.to));
                }
            }
        }
        out.sort_unstable();
        out
    }

    fn offset_in(transitions: &[(i64, i32, i32)], utc: i64) -> i32 {
        match transitions.iter().rev().find(|t| t.0 <= utc) {
            Some(t) => t.2,
            None => transitions.first().map_or(0, |t| t.1),
        }
    }

    /// The instant of a local time in this zone: in a repeated hour the first, in a skipped
    /// hour the time read with the offset before the gap (as jiff's "compatible").
    pub fn to_timestamp(&self, local: DateTime) -> Option<Timestamp> {
        let l = civil_seconds(local);
        let trans = self.transitions(i32::from(local.year()));
        let mut best: Option<i64> = None;
        let mut offsets: Vec<i32> = trans.iter().flat_map(|t| [t.1, t.2]).collect();
        offsets.sort_unstable();
        offsets.dedup();
        for o in offsets {
            let utc = l - i64::from(o);
            if Self::offset_in(&trans, utc) == o {
                best = Some(best.map_or(utc, |b| b.min(utc)));
            }
        }
        let utc = match best {
            Some(u) => u,
            None => {
                // In a gap: the transition whose skipped local hour holds `local`.
                let t = trans.iter().find(|t| t.2 > t.1 && t.0 + i64::from(t.1) <= l && l < t.0 + i64::from(t.2))?;
                l - i64::from(t.1)
            }
        };
        Timestamp::from_second(utc).ok()
    }
}

/// How the times of one property are meant.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Zone<'a> {
    Berlin,
    Utc,
    Floating,
    Table(&'a VTimeZone),
}

/// Windows names of zones that share Berlin's rules (all of Central Europe).
const WINDOWS_CET: [&str; 4] = [
    "w. europe standard time",
    "central europe standard time",
    "central european standard time",
    "romance standard time",
];

/// IANA zones with Berlin's rules since 1996 (used when a file names one without a VTIMEZONE).
const IANA_CET: [&str; 33] = [
    "europe/amsterdam",
    "europe/andorra",
    "europe/belgrade",
    "europe/bratislava",
    "europe/brussels",
    "europe/budapest",
    "europe/busingen",
    "europe/copenhagen",
    "europe/gibraltar",
    "europe/ljubljana",
    "europe/luxembourg",
    "europe/madrid",
    "europe/malta",
    "europe/monaco",
    "europe/oslo",
    "europe/paris",
    "europe/podgorica",
    "europe/prague",
    "europe/rome",
    "europe/san_marino",
    "europe/sarajevo",
    "europe/skopje",
    "europe/stockholm",
    "europe/tirane",
    "europe/vaduz",
    "europe/vatican",
    "europe/vienna",
    "europe/warsaw",
    "europe/zagreb",
    "europe/zurich",
    "arctic/longyearbyen",
    "africa/ceuta",
    "cet",
];

const UTC_NAMES: [&str; 8] = ["utc", "etc/utc", "gmt", "etc/gmt", "z", "zulu", "universal", "etc/universal"];

/// The zone a TZID means: any name containing "Berlin" (also `/mozilla.org/…/Europe/Berlin`
/// and Outlook's "(UTC+01:00) Amsterdam, Berlin, …") and the Windows names of Central European
/// time are Berlin; other names need a VTIMEZONE of the file; well-known names of UTC and of
/// zones with Berlin's rules work without one. `None`: unknown.
pub(crate) fn resolve<'a>(tzid: Option<&str>, tables: &'a [VTimeZone]) -> Option<Zone<'a>> {
    let Some(tzid) = tzid else { return Some(Zone::Floating) };
    let name = tzid.trim().trim_matches('"');
    let lower = name.to_ascii_lowercase();
    if lower.contains("berlin") || WINDOWS_CET.contains(&lower.as_str()) {
        return Some(Zone::Berlin);
    }
    if let Some(t) =
        tables.iter().find(|t| t.tzid == name).or_else(|| tables.iter().find(|t| t.tzid.eq_ignore_ascii_case(name)))
    {
        return Some(Zone::Table(t));
    }
    let last = lower.trim_start_matches('/');
    if IANA_CET.iter().any(|z| last == *z || last.ends_with(&format!("/{z}"))) {
        return Some(Zone::Berlin);
    }
    if UTC_NAMES.contains(&last) {
        return Some(Zone::Utc);
    }
    None
}

/// The instant of a raw value in a zone (`None` for dates, which have no zone).
pub(crate) fn instant(raw: Raw, zone: Zone<'_>, berlin: &TimeZone) -> Option<Timestamp> {
    match (raw, zone) {
        (Raw::Date(_), _) => None,
        (Raw::Utc(dt), _) | (Raw::Local(dt), Zone::Utc) => Offset::UTC.to_timestamp(dt).ok(),
        (Raw::Local(dt), Zone::Berlin | Zone::Floating) => berlin.to_timestamp(dt).ok(),
        (Raw::Local(dt), Zone::Table(t)) => t.to_timestamp(dt),
    }
}

/// A raw value as Berlin local time (dates at midnight). Floating times are taken as Berlin's.
pub(crate) fn to_berlin(raw: Raw, zone: Zone<'_>, berlin: &TimeZone) -> Option<DateTime> {
    match (raw, zone) {
        (Raw::Date(d), _) => Some(d.to_datetime(Time::midnight())),
        (Raw::Local(dt), Zone::Berlin | Zone::Floating) => Some(dt),
        _ => Some(berlin.to_datetime(instant(raw, zone, berlin)?)),
    }
}

/// Whether a series in `zone` with this local start keeps the same Berlin time of day for a
/// year (true for Berlin, floating times and zones that switch together with Berlin).
pub(crate) fn keeps_berlin_time(start: Raw, zone: Zone<'_>, berlin: &TimeZone) -> bool {
    let (dt, zone) = match (start, zone) {
        (Raw::Date(_), _) | (Raw::Local(_), Zone::Berlin | Zone::Floating) => return true,
        (Raw::Utc(dt), _) => (dt, Zone::Utc),
        (Raw::Local(dt), z) => (dt, z),
    };
    let d0 = day_number(dt.date());
    let mut time = None;
    for k in 0..371 {
        let local = date_from_day_number(d0 + k).to_datetime(dt.time());
        let Some(b) = to_berlin(Raw::Local(local), zone, berlin) else { return false };
        match time {
            None => time = Some(b.time()),
            Some(t) if t != b.time() => return false,
            Some(_) => {}
        }
    }
    true
}

/// The TZID parameter of a property.
pub(crate) fn tzid(p: &Prop) -> Option<&str> {
    p.param("TZID")
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn dates_times_durations_offsets() {
        assert_eq!(parse_raw("20261108"), Some(Raw::Date(date(2026, 11, 8))));
        assert_eq!(parse_raw("20260302T100000"), Some(Raw::Local(date(2026, 3, 2).at(10, 0, 0, 0))));
        assert_eq!(parse_raw("20260302T0900Z"), Some(Raw::Utc(date(2026, 3, 2).at(9, 0, 0, 0))));
        assert_eq!(parse_raw("20261231T235960Z"), Some(Raw::Utc(date(2026, 12, 31).at(23, 59, 59, 0))));
        for bad in ["2026-03-02", "20260230", "20260302T250000", "20260302X100000", "2026030", "", "２０２６０３０２"]
        {
            assert_eq!(parse_raw(bad), None, "{bad}");
        }
        let d = |s| parse_duration(s).map(|d: SignedDuration| d.as_secs());
        assert_eq!(d("-PT15M"), Some(-900));
        assert_eq!(d("-P1D"), Some(-86_400));
        assert_eq!(d("-P1DT2H"), Some(-93_600));
        assert_eq!(d("-PT1H30M"), Some(-5400));
        assert_eq!(d("P2W"), Some(1_209_600));
        assert_eq!(d("+PT0S"), Some(0));
        for bad in ["PT", "P", "-PT15", "PT1D", "P1H", "15M", "P99999999999999999999D"] {
            assert_eq!(d(bad), None, "{bad}");
        }
        assert_eq!(parse_offset("+0100"), Some(3600));
        assert_eq!(parse_offset("-0430"), Some(-16_200));
        assert_eq!(parse_offset("0100"), None);
    }

    #[test]
    fn rrule_parts() {
        let r = parse_rrule("FREQ=MONTHLY;BYDAY=2SA,-1SU,MO;INTERVAL=2;UNTIL=20261231T225959Z;WKST=SU");
        assert_eq!(r.freq, "MONTHLY");
        assert_eq!(r.byday, vec![(2, Weekday::Saturday), (-1, Weekday::Sunday), (0, Weekday::Monday)]);
        assert_eq!((r.interval, r.wkst, r.unsupported), (2, Some(Weekday::Sunday), false));
        assert!(parse_rrule("FREQ=DAILY;BYHOUR=9").unsupported);
        assert!(parse_rrule("FREQ=DAILY;BYDAY=XX").unsupported);
        assert!(parse_rrule("FREQ=DAILY;BYDAY=ä").unsupported);
        assert!(parse_rrule("FREQ=DAILY;COUNT=-1").unsupported);
    }

    #[test]
    fn tzid_names() {
        let b = |n: &str| matches!(resolve(Some(n), &[]), Some(Zone::Berlin));
        assert!(b("Europe/Berlin") && b("/Europe/Berlin") && b("/mozilla.org/20050126_1/Europe/Berlin"));
        assert!(b("W. Europe Standard Time") && b("\"W. Europe Standard Time\""));
        assert!(b("(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"));
        assert!(b("Europe/Paris") && b("Romance Standard Time"));
        assert!(matches!(resolve(Some("UTC"), &[]), Some(Zone::Utc)));
        assert!(matches!(resolve(None, &[]), Some(Zone::Floating)));
        assert!(resolve(Some("America/New_York"), &[]).is_none());
        assert!(resolve(Some("Europe/London"), &[]).is_none());
    }
}
