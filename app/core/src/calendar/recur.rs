//! Expanding series into occurrences, and editing single occurrences of a series.
//!
//! Series are expanded on local dates (every occurrence starts at the start's local time of day),
//! then each local start and end becomes an instant in Europe/Berlin (see the module
//! documentation of [`crate::calendar`] for the disambiguation rules).
//!
//! Cost: daily and weekly series jump to the window arithmetically, also when they end after a
//! count (the position of an occurrence in the series is computed, not counted). Monthly and
//! yearly series step one period at a time: from the window when they end never or on a date,
//! from the start when they end after a count (at most 1000 occurrences). A window should be
//! what a screen shows (a day, a month, an agenda of some weeks); nothing stops a caller from
//! asking for a century of a daily series, which is then simply long.

use super::{Appointment, CalendarError, Freq, Override, Repeat, RepeatEnd, When};
use jiff::civil::{Date, DateTime, Time, Weekday};
use jiff::tz::TimeZone;
use jiff::Timestamp;
use serde::Serialize;

/// Last year a series is expanded into.
const LAST_YEAR: i32 = *super::YEARS.end() as i32;

/// One occurrence of an appointment, with the changes of an [`Override`] applied.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Occurrence<'a> {
    #[serde(skip)]
    pub appointment: &'a Appointment,
    pub uid: &'a str,
    /// The local start it has in the series (its RECURRENCE-ID), also for a changed occurrence.
    pub original: DateTime,
    /// Local times as shown.
    pub when: When,
    pub start: Timestamp,
    pub end: Timestamp,
    /// First and last day (inclusive) of an all-day occurrence: show these, not the instants.
    pub all_day: Option<(Date, Date)>,
    pub title: &'a str,
    pub place: &'a str,
    pub note: &'a str,
    /// Whether this occurrence was changed on its own.
    pub changed: bool,
}

/// Days since 1970-01-01 (proleptic Gregorian).
pub(crate) fn day_number(d: Date) -> i32 {
    let (y, m, d) = (i32::from(d.year()), i32::from(d.month()), i32::from(d.day()));
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number (clamped to jiff's range).
pub(crate) fn date_from_day_number(n: i32) -> Date {
    let z = n + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i32::from(m <= 2);
    match i16::try_from(y) {
        Ok(y) => Date::new(y, m as i8, d as i8).unwrap_or(if n < 0 { Date::MIN } else { Date::MAX }),
        Err(_) if n < 0 => Date::MIN,
        Err(_) => Date::MAX,
    }
}

/// Monday = 0 … Sunday = 6 of a day number.
fn weekday_index(n: i32) -> i32 {
    (n + 3).rem_euclid(7)
}

/// The `nth` (1..=5, or -1..=-5 from the end) `day` of a month, if the month has it.
pub(crate) fn nth_weekday(year: i16, month: i8, nth: i8, day: Weekday) -> Option<Date> {
    let first = Date::new(year, month, 1).ok()?;
    let d = if nth > 0 {
        let offset = (day.to_monday_zero_offset() - first.weekday().to_monday_zero_offset()).rem_euclid(7);
        i16::from(offset) + 1 + 7 * (i16::from(nth) - 1)
    } else if nth < 0 {
        let last = first.last_of_month();
        let back = (last.weekday().to_monday_zero_offset() - day.to_monday_zero_offset()).rem_euclid(7);
        i16::from(last.day()) - i16::from(back) - 7 * (-i16::from(nth) - 1)
    } else {
        return None;
    };
    if d < 1 || d > i16::from(first.days_in_month()) {
        return None;
    }
    Date::new(year, month, d as i8).ok()
}

/// A month as a running number (year × 12 + month − 1).
fn month_index(d: Date) -> i32 {
    i32::from(d.year()) * 12 + i32::from(d.month()) - 1
}

/// Bit per weekday (Monday = bit 0).
fn weekday_mask(days: &[Weekday], start: Date) -> u8 {
    if days.is_empty() {
        return 1 << start.weekday().to_monday_zero_offset();
    }
    days.iter().fold(0, |m, d| m | 1 << d.to_monday_zero_offset())
}

impl Repeat {
    /// The series' days (before cancellations) in `lo..=hi` (day numbers), ascending.
    fn days(&self, start: Date, lo: i32, hi: i32, out: &mut Vec<i32>) {
        let d0 = day_number(start);
        let n = i32::from(self.interval.max(1));
        let count = match self.end {
            RepeatEnd::Count(c) => Some(c.max(1)),
            _ => None,
        };
        let mut hi = hi.min(day_number(Date::new(LAST_YEAR as i16, 12, 31).expect("valid")));
        if let RepeatEnd::Until(u) = self.end {
            hi = hi.min(day_number(u));
        }
        let lo = lo.max(d0);
        if hi < lo {
            return;
        }
        match &self.freq {
            Freq::Daily => {
                let k_lo = (lo - d0 + n - 1) / n;
                let mut k_hi = (hi - d0) / n;
                if let Some(c) = count {
                    k_hi = k_hi.min(c as i32 - 1);
                }
                out.extend((k_lo..=k_hi).map(|k| d0 + k * n));
            }
            Freq::Weekly { days } => {
                let mask = weekday_mask(days, start);
                let wd0 = weekday_index(d0);
                let monday0 = d0 - wd0;
                let period = 7 * n;
                let per = mask.count_ones() as i32;
                let first_week = (mask >> wd0).count_ones() as i32;
                let w_lo = (lo - monday0).div_euclid(period).max(0);
                let w_hi = (hi - monday0).div_euclid(period);
                for w in w_lo..=w_hi {
                    let mut rank = 0;
                    for bit in 0..7 {
                        if mask & (1 << bit) == 0 {
                            continue;
                        }
                        let day = monday0 + w * period + bit;
                        let index = if w == 0 { rank - (per - first_week) } else { first_week + (w - 1) * per + rank };
                        rank += 1;
                        if day < lo || day > hi {
                            continue;
                        }
                        if count.is_some_and(|c| index >= c as i32) {
                            return;
                        }
                        out.push(day);
                    }
                }
            }
            Freq::MonthlyByDate | Freq::MonthlyByWeekday { .. } | Freq::Yearly | Freq::YearlyByWeekday { .. } => {
                let monthly = matches!(self.freq, Freq::MonthlyByDate | Freq::MonthlyByWeekday { .. });
                let step = if monthly { n } else { 12 * n };
                let mi0 = month_index(start);
                // Without a count there is nothing to count: start from the window's period.
                let mut k = match count {
                    Some(_) => 0,
                    None => ((month_index(date_from_day_number(lo)) - mi0) / step - 1).max(0),
                };
                let mut seen = 0u32;
                loop {
                    let mi = mi0 + k * step;
                    k += 1;
                    let (y, m) = (mi.div_euclid(12), (mi.rem_euclid(12) + 1) as i8);
                    if y > LAST_YEAR {
                        return;
                    }
                    let y = y as i16;
                    let date = match &self.freq {
                        Freq::MonthlyByDate | Freq::Yearly => Date::new(y, m, start.day()).ok(),
                        Freq::MonthlyByWeekday { nth, day } => nth_weekday(y, m, *nth, *day),
                        Freq::YearlyByWeekday { month, nth, day } => nth_weekday(y, *month, *nth, *day),
                        _ => unreachable!("monthly or yearly"),
                    };
                    let Some(date) = date else { continue };
                    let day = day_number(date);
                    if day > hi {
                        return;
                    }
                    if day < d0 {
                        continue;
                    }
                    seen += 1;
                    if count.is_some_and(|c| seen > c) {
                        return;
                    }
                    if day >= lo {
                        out.push(day);
                    }
                }
            }
        }
    }

    /// The day of the last occurrence, or of the `Until` date (which is a bound, maybe not an
    /// occurrence); `None` for endless series.
    fn last_day(&self, start: Date) -> Option<i32> {
        let d0 = day_number(start);
        match self.end {
            RepeatEnd::Never => None,
            RepeatEnd::Until(u) => Some(day_number(u)),
            RepeatEnd::Count(c) => {
                let n = i32::from(self.interval.max(1));
                let last = c.max(1) as i32 - 1;
                match &self.freq {
                    Freq::Daily => Some(d0 + last * n),
                    Freq::Weekly { days } => {
                        let mask = weekday_mask(days, start);
                        let wd0 = weekday_index(d0);
                        let per = mask.count_ones() as i32;
                        let first_week = (mask >> wd0).count_ones() as i32;
                        let (week, rank) = if last < first_week {
                            (0, per - first_week + last)
                        } else {
                            (1 + (last - first_week) / per, (last - first_week) % per)
                        };
                        let bit = (0..7).filter(|b| mask & (1 << b) != 0).nth(rank as usize)?;
                        Some(d0 - wd0 + week * 7 * n + bit)
                    }
                    _ => {
                        let mut out = Vec::new();
                        self.days(start, d0, i32::MAX, &mut out);
                        out.last().copied()
                    }
                }
            }
        }
    }
}

/// Local start and end of an occurrence as instants, and its dates if it is all-day.
pub(crate) fn instants(when: &When, tz: &TimeZone) -> (Timestamp, Timestamp, Option<(Date, Date)>) {
    let ts = |dt: DateTime| tz.to_timestamp(dt).unwrap_or(if dt.year() < 0 { Timestamp::MIN } else { Timestamp::MAX });
    match *when {
        When::Timed { start, end } => {
            let s = ts(start);
            let mut e = ts(end);
            if e <= s {
                e = s.checked_add(start.duration_until(end)).unwrap_or(s);
            }
            (s, e, None)
        }
        When::AllDay { first, last } => {
            let after = date_from_day_number(day_number(last) + 1);
            (ts(first.to_datetime(Time::midnight())), ts(after.to_datetime(Time::midnight())), Some((first, last)))
        }
    }
}

/// The instants of local midnight before `first` and after `last`: a window for a day or a
/// month view in Europe/Berlin.
pub fn day_window(first: Date, last: Date) -> (Timestamp, Timestamp) {
    let (start, end, _) = instants(&When::AllDay { first, last }, &crate::hours::berlin());
    (start, end)
}

/// All occurrences of many appointments overlapping `[from, to)`, in start order.
pub fn occurrences_of(appointments: &[Appointment], from: Timestamp, to: Timestamp) -> Vec<Occurrence<'_>> {
    let tz = crate::hours::berlin();
    let mut all = Vec::new();
    for a in appointments {
        a.push_occurrences(&tz, from, to, &mut all);
    }
    all.sort_by(|a, b| (a.start, a.end, a.uid).cmp(&(b.start, b.end, b.uid)));
    all
}

impl Appointment {
    /// The occurrences overlapping `[from, to)`, in start order: cancelled ones left out,
    /// changed ones as changed (a change may move an occurrence into or out of the window).
    pub fn occurrences(&self, from: Timestamp, to: Timestamp) -> Vec<Occurrence<'_>> {
        let mut out = Vec::new();
        self.push_occurrences(&crate::hours::berlin(), from, to, &mut out);
        out.sort_by(|a, b| (a.start, a.end).cmp(&(b.start, b.end)));
        out
    }

    fn occurrence<'a>(
        &'a self,
        original: DateTime,
        when: When,
        tz: &TimeZone,
        ov: Option<&'a Override>,
    ) -> Occurrence<'a> {
        let (start, end, all_day) = instants(&when, tz);
        let (title, place, note) = match ov {
            Some(o) => (&o.title, &o.place, &o.note),
            None => (&self.title, &self.place, &self.note),
        };
        Occurrence {
            appointment: self,
            uid: &self.uid,
            original,
            when,
            start,
            end,
            all_day,
            title,
            place,
            note,
            changed: ov.is_some(),
        }
    }

    fn push_occurrences<'a>(&'a self, tz: &TimeZone, from: Timestamp, to: Timestamp, out: &mut Vec<Occurrence<'a>>) {
        if to <= from {
            return;
        }
        let overlaps = |o: &Occurrence| o.start < to && o.end > from;
        let Some(repeat) = &self.repeat else {
            let o = self.occurrence(self.when.local_start(), self.when, tz, None);
            if overlaps(&o) {
                out.push(o);
            }
            return;
        };
        let (s, e, _) = instants(&self.when, tz);
        let span_days = (e.as_second() - s.as_second()) / 86_400 + 1;
        let lo = day_number(tz.to_datetime(from).date()) - span_days as i32 - 1;
        let hi = day_number(tz.to_datetime(to).date()) + 1;
        let mut days = Vec::new();
        repeat.days(self.when.first_date(), lo, hi, &mut days);
        let time = self.when.local_start().time();
        for day in days {
            let date = date_from_day_number(day);
            let original = date.to_datetime(time);
            if self.exdates.contains(&original) || self.overrides.iter().any(|o| o.original == original) {
                continue;
            }
            let o = self.occurrence(original, self.when.moved_to(date), tz, None);
            if overlaps(&o) {
                out.push(o);
            }
        }
        for ov in &self.overrides {
            if self.exdates.contains(&ov.original) || !self.is_occurrence(ov.original) {
                continue;
            }
            let o = self.occurrence(ov.original, ov.when, tz, Some(ov));
            if overlaps(&o) {
                out.push(o);
            }
        }
    }

    /// Whether the series (or the single appointment) has an occurrence with this local start,
    /// cancelled or not.
    pub fn is_occurrence(&self, original: DateTime) -> bool {
        let start = self.when.local_start();
        let Some(repeat) = &self.repeat else { return original == start };
        if original.time() != start.time() {
            return false;
        }
        let day = day_number(original.date());
        let mut out = Vec::new();
        repeat.days(start.date(), day, day, &mut out);
        !out.is_empty()
    }

    /// A bound for an index: no occurrence starts before the first instant, none ends after the
    /// second (`None`: the series never ends).
    pub fn bounds(&self) -> (Timestamp, Option<Timestamp>) {
        let tz = crate::hours::berlin();
        let (mut first, mut last, _) = instants(&self.when, &tz);
        if let Some(repeat) = &self.repeat {
            match repeat.last_day(self.when.first_date()) {
                None => return (self.override_starts(&tz).fold(first, Timestamp::min), None),
                Some(day) => last = instants(&self.when.moved_to(date_from_day_number(day)), &tz).1.max(last),
            }
        }
        for o in &self.overrides {
            let (s, e, _) = instants(&o.when, &tz);
            first = first.min(s);
            last = last.max(e);
        }
        (first, Some(last))
    }

    fn override_starts<'a>(&'a self, tz: &'a TimeZone) -> impl Iterator<Item = Timestamp> + 'a {
        self.overrides.iter().map(move |o| instants(&o.when, tz).0)
    }

    /// The series' occurrences (cancelled ones included) that start before `original`'s day.
    fn occurrences_before(&self, original: DateTime) -> usize {
        let Some(repeat) = &self.repeat else { return 0 };
        let start = self.when.first_date();
        let mut out = Vec::new();
        repeat.days(start, day_number(start), day_number(original.date()) - 1, &mut out);
        out.len()
    }

    fn edited(&self, now: Timestamp) -> Appointment {
        let mut a = self.clone();
        a.sequence = a.sequence.saturating_add(1);
        a.updated = now;
        a
    }

    /// Cancels one occurrence of a series (and forgets a change of it).
    pub fn delete_one(&self, original: DateTime, now: Timestamp) -> Result<Appointment, CalendarError> {
        if self.repeat.is_none() || !self.is_occurrence(original) {
            return Err(CalendarError::NotAnOccurrence);
        }
        let mut a = self.edited(now);
        a.overrides.retain(|o| o.original != original);
        if !a.exdates.contains(&original) {
            a.exdates.push(original);
            a.exdates.sort();
        }
        Ok(a)
    }

    /// Changes one occurrence of a series (replacing an earlier change of it).
    pub fn change_one(&self, change: Override, now: Timestamp) -> Result<Appointment, CalendarError> {
        if self.repeat.is_none() || !self.is_occurrence(change.original) || self.exdates.contains(&change.original) {
            return Err(CalendarError::NotAnOccurrence);
        }
        let mut a = self.edited(now);
        a.overrides.retain(|o| o.original != change.original);
        a.overrides.push(change);
        a.overrides.sort_by_key(|o| o.original);
        Ok(a)
    }

    /// Splits a series at an occurrence, for "change (or delete) this and all following": the
    /// old series now ends before it (`None` if `original` is the first occurrence: then the
    /// whole series is "this and all following"), and a new series with a new UID starts with
    /// it. Cancelled and changed occurrences go with their half; a count is shared out.
    pub fn split_from(
        &self,
        original: DateTime,
        now: Timestamp,
    ) -> Result<(Option<Appointment>, Appointment), CalendarError> {
        let Some(repeat) = &self.repeat else { return Err(CalendarError::NotAnOccurrence) };
        if !self.is_occurrence(original) {
            return Err(CalendarError::NotAnOccurrence);
        }
        let before = self.occurrences_before(original);
        let mut later = self.edited(now);
        later.uid = super::new_uid();
        later.sequence = 0;
        later.when = self.when.moved_to(original.date());
        later.exdates.retain(|d| *d >= original);
        later.overrides.retain(|o| o.original >= original);
        if let RepeatEnd::Count(c) = repeat.end {
            later.repeat = Some(Repeat { end: RepeatEnd::Count(c - before as u32), ..repeat.clone() });
        }
        if before == 0 {
            return Ok((None, later));
        }
        let mut earlier = self.edited(now);
        earlier.exdates.retain(|d| *d < original);
        earlier.overrides.retain(|o| o.original < original);
        let end = match repeat.end {
            RepeatEnd::Count(_) => RepeatEnd::Count(before as u32),
            _ => RepeatEnd::Until(date_from_day_number(day_number(original.date()) - 1)),
        };
        earlier.repeat = Some(Repeat { end, ..repeat.clone() });
        Ok((Some(earlier), later))
    }
}

#[cfg(test)]
mod tests;
