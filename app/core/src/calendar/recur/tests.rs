//! Tests of series expansion, bounds and edits.

use super::*;
use crate::calendar::Override;
use jiff::civil::date;
use jiff::SignedDuration;

fn ts(s: &str) -> Timestamp {
    s.parse().unwrap()
}

fn timed(start: DateTime, minutes: i64, repeat: Option<Repeat>) -> Appointment {
    let mut a = Appointment::new(
        "Termin",
        When::Timed { start, end: start.checked_add(SignedDuration::from_mins(minutes)).unwrap() },
        ts("2026-01-01T00:00:00Z"),
    );
    a.repeat = repeat;
    a
}

fn rep(freq: Freq, interval: u16, end: RepeatEnd) -> Option<Repeat> {
    Some(Repeat { freq, interval, end })
}

fn starts(a: &Appointment, from: &str, to: &str) -> Vec<String> {
    a.occurrences(ts(from), ts(to)).iter().map(|o| o.start.to_string()).collect()
}

fn local_dates(a: &Appointment, from: Date, to: Date) -> Vec<Date> {
    let (f, t) = day_window(from, to);
    a.occurrences(f, t).iter().map(|o| o.when.first_date()).collect()
}

#[test]
fn day_numbers_agree_with_jiff() {
    let epoch = date(1970, 1, 1);
    let mut d = date(1899, 12, 1);
    while d < date(2201, 2, 1) {
        let n = day_number(d);
        assert_eq!(i64::from(n), epoch.until(d).unwrap().get_days() as i64, "{d}");
        assert_eq!(date_from_day_number(n), d);
        assert_eq!(weekday_index(n), i32::from(d.weekday().to_monday_zero_offset()));
        d = d.checked_add(jiff::Span::new().days(7)).unwrap();
    }
}

#[test]
fn weekly_monday_keeps_local_time_across_both_switches() {
    let a = timed(date(2026, 3, 2).at(10, 0, 0, 0), 60, rep(Freq::Weekly { days: vec![] }, 1, RepeatEnd::Never));
    assert_eq!(a.check(), Ok(()));
    let got = starts(&a, "2026-03-20T00:00:00Z", "2026-04-10T00:00:00Z");
    assert_eq!(got, ["2026-03-23T09:00:00Z", "2026-03-30T08:00:00Z", "2026-04-06T08:00:00Z"]);
    let got = starts(&a, "2026-10-15T00:00:00Z", "2026-11-03T00:00:00Z");
    assert_eq!(got, ["2026-10-19T08:00:00Z", "2026-10-26T09:00:00Z", "2026-11-02T09:00:00Z"]);
    for o in a.occurrences(ts("2026-03-01T00:00:00Z"), ts("2027-03-01T00:00:00Z")) {
        let local = crate::hours::berlin().to_datetime(o.start);
        assert_eq!((local.weekday(), local.hour(), local.minute()), (Weekday::Monday, 10, 0));
        assert_eq!(o.end.duration_since(o.start), SignedDuration::from_hours(1));
    }
}

#[test]
fn times_in_the_spring_gap_and_the_autumn_repeat() {
    // 02:30 does not exist on 2026-03-29: it becomes 03:30 CEST (01:30Z); the appointment
    // 02:30–03:30 then ends at 03:30 CEST as well, so it keeps its one hour from the start.
    let spring = timed(date(2026, 3, 29).at(2, 30, 0, 0), 60, None);
    let o = &spring.occurrences(ts("2026-03-28T00:00:00Z"), ts("2026-03-30T00:00:00Z"))[0];
    assert_eq!((o.start, o.end), (ts("2026-03-29T01:30:00Z"), ts("2026-03-29T02:30:00Z")));
    // 02:30 happens twice on 2026-10-25: the first (CEST, 00:30Z) counts; 02:30–03:30 local
    // then lasts two hours.
    let autumn = timed(date(2026, 10, 25).at(2, 30, 0, 0), 60, None);
    let o = &autumn.occurrences(ts("2026-10-24T00:00:00Z"), ts("2026-10-26T00:00:00Z"))[0];
    assert_eq!((o.start, o.end), (ts("2026-10-25T00:30:00Z"), ts("2026-10-25T02:30:00Z")));
    // A daily series at 02:30 is at 02:30 local on every other day.
    let daily = timed(date(2026, 3, 27).at(2, 30, 0, 0), 30, rep(Freq::Daily, 1, RepeatEnd::Count(4)));
    let got = starts(&daily, "2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z");
    assert_eq!(got, ["2026-03-27T01:30:00Z", "2026-03-28T01:30:00Z", "2026-03-29T01:30:00Z", "2026-03-30T00:30:00Z"]);
}

#[test]
fn all_day_keeps_its_dates_in_any_window() {
    let mut a = Appointment::new(
        "Sperrmüll",
        When::AllDay { first: date(2026, 11, 8), last: date(2026, 11, 8) },
        ts("2026-01-01T00:00:00Z"),
    );
    let o = &a.occurrences(ts("2026-11-01T00:00:00Z"), ts("2026-12-01T00:00:00Z"))[0];
    assert_eq!(o.all_day, Some((date(2026, 11, 8), date(2026, 11, 8))));
    assert_eq!((o.start, o.end), (ts("2026-11-07T23:00:00Z"), ts("2026-11-08T23:00:00Z")));
    a.repeat = rep(Freq::Yearly, 1, RepeatEnd::Never);
    for zone in ["America/Los_Angeles", "Asia/Tokyo", "Pacific/Kiritimati", "Pacific/Pago_Pago"] {
        let tz = TimeZone::get(zone).unwrap();
        for year in [2026, 2027, 2030] {
            for day in [7, 8, 9] {
                let from = tz.to_timestamp(date(year, 11, day).at(0, 0, 0, 0)).unwrap();
                let to = tz.to_timestamp(date(year, 11, day + 1).at(0, 0, 0, 0)).unwrap();
                for o in a.occurrences(from, to) {
                    assert_eq!(o.all_day, Some((date(year, 11, 8), date(year, 11, 8))), "{zone}");
                }
            }
        }
    }
    // Multi-day: both dates, and a window in the middle finds it.
    let camp = When::AllDay { first: date(2026, 7, 30), last: date(2026, 8, 2) };
    let b = Appointment::new("Ferienfreizeit", camp, ts("2026-01-01T00:00:00Z"));
    let (f, t) = day_window(date(2026, 8, 1), date(2026, 8, 1));
    assert_eq!(b.occurrences(f, t)[0].all_day, Some((date(2026, 7, 30), date(2026, 8, 2))));
    let (f, t) = day_window(date(2026, 8, 3), date(2026, 8, 3));
    assert!(b.occurrences(f, t).is_empty());
}

#[test]
fn exdate_removes_exactly_one() {
    let a = timed(date(2026, 1, 5).at(9, 0, 0, 0), 90, rep(Freq::Daily, 1, RepeatEnd::Count(30)));
    let all = local_dates(&a, date(2026, 1, 1), date(2026, 3, 1));
    assert_eq!(all.len(), 30);
    let b = a.delete_one(date(2026, 1, 10).at(9, 0, 0, 0), ts("2026-01-02T00:00:00Z")).unwrap();
    assert_eq!((b.sequence, b.exdates.len()), (1, 1));
    assert_eq!(b.check(), Ok(()));
    let after = local_dates(&b, date(2026, 1, 1), date(2026, 3, 1));
    assert_eq!(after.len(), 29);
    assert!(after.contains(&date(2026, 1, 9)) && after.contains(&date(2026, 1, 11)));
    assert!(!after.contains(&date(2026, 1, 10)));
    assert_eq!(after.last(), Some(&date(2026, 2, 3)), "the count still counts the cancelled one");
    assert_eq!(
        a.delete_one(date(2026, 1, 10).at(9, 30, 0, 0), ts("2026-01-02T00:00:00Z")),
        Err(CalendarError::NotAnOccurrence)
    );
}

#[test]
fn nth_weekday_patterns() {
    // Tag des Dialogs: the second Saturday of November.
    let start = date(2026, 11, 14).at(11, 0, 0, 0);
    let by_year = timed(
        start,
        240,
        rep(Freq::YearlyByWeekday { month: 11, nth: 2, day: Weekday::Saturday }, 1, RepeatEnd::Never),
    );
    let by_month =
        timed(start, 240, rep(Freq::MonthlyByWeekday { nth: 2, day: Weekday::Saturday }, 12, RepeatEnd::Count(5)));
    let want = [date(2026, 11, 14), date(2027, 11, 13), date(2028, 11, 11), date(2029, 11, 10), date(2030, 11, 9)];
    for a in [&by_year, &by_month] {
        assert_eq!(a.check(), Ok(()));
        assert_eq!(local_dates(a, date(2026, 1, 1), date(2030, 12, 31)), want);
    }
    for d in want {
        assert_eq!(d.nth_weekday_of_month(2, Weekday::Saturday).unwrap(), d);
    }
    assert_eq!(by_month.bounds().1, Some(ts("2030-11-09T14:00:00Z")));
    // The last Monday of September (the Interkulturelle Woche's week).
    let last_sep = timed(
        date(2026, 9, 28).at(18, 0, 0, 0),
        60,
        rep(Freq::YearlyByWeekday { month: 9, nth: -1, day: Weekday::Monday }, 1, RepeatEnd::Never),
    );
    assert_eq!(last_sep.check(), Ok(()));
    assert_eq!(
        local_dates(&last_sep, date(2026, 1, 1), date(2029, 12, 31)),
        [date(2026, 9, 28), date(2027, 9, 27), date(2028, 9, 25), date(2029, 9, 24)]
    );
    // The last Sunday of each month.
    let last_sun = timed(
        date(2026, 1, 25).at(15, 0, 0, 0),
        60,
        rep(Freq::MonthlyByWeekday { nth: -1, day: Weekday::Sunday }, 1, RepeatEnd::Until(date(2026, 6, 28))),
    );
    assert_eq!(last_sun.check(), Ok(()));
    let got = local_dates(&last_sun, date(2026, 1, 1), date(2026, 12, 31));
    assert_eq!(
        got,
        [
            date(2026, 1, 25),
            date(2026, 2, 22),
            date(2026, 3, 29),
            date(2026, 4, 26),
            date(2026, 5, 31),
            date(2026, 6, 28)
        ]
    );
    for d in got {
        assert_eq!(d.nth_weekday_of_month(-1, Weekday::Sunday).unwrap(), d);
    }
}

#[test]
fn months_without_the_day_are_skipped() {
    let a = timed(date(2026, 1, 31).at(8, 0, 0, 0), 30, rep(Freq::MonthlyByDate, 1, RepeatEnd::Count(7)));
    assert_eq!(
        local_dates(&a, date(2026, 1, 1), date(2028, 1, 1)),
        [
            date(2026, 1, 31),
            date(2026, 3, 31),
            date(2026, 5, 31),
            date(2026, 7, 31),
            date(2026, 8, 31),
            date(2026, 10, 31),
            date(2026, 12, 31)
        ]
    );
    let leap = Appointment {
        repeat: rep(Freq::Yearly, 1, RepeatEnd::Never),
        ..Appointment::new(
            "Geburtstag",
            When::AllDay { first: date(2024, 2, 29), last: date(2024, 2, 29) },
            ts("2024-01-01T00:00:00Z"),
        )
    };
    assert_eq!(
        local_dates(&leap, date(2024, 1, 1), date(2033, 1, 1)),
        [date(2024, 2, 29), date(2028, 2, 29), date(2032, 2, 29)]
    );
    assert!(leap.is_occurrence(date(2028, 2, 29).at(0, 0, 0, 0)));
    assert!(!leap.is_occurrence(date(2027, 3, 1).at(0, 0, 0, 0)));
}

#[test]
fn biweekly_with_count_and_until() {
    let days = vec![Weekday::Monday, Weekday::Wednesday, Weekday::Friday];
    // Starts on a Wednesday: that week has Wednesday and Friday only.
    let a =
        timed(date(2026, 3, 4).at(17, 0, 0, 0), 60, rep(Freq::Weekly { days: days.clone() }, 2, RepeatEnd::Count(10)));
    assert_eq!(a.check(), Ok(()));
    let want = [
        date(2026, 3, 4),
        date(2026, 3, 6),
        date(2026, 3, 16),
        date(2026, 3, 18),
        date(2026, 3, 20),
        date(2026, 3, 30),
        date(2026, 4, 1),
        date(2026, 4, 3),
        date(2026, 4, 13),
        date(2026, 4, 15),
    ];
    assert_eq!(local_dates(&a, date(2026, 1, 1), date(2027, 1, 1)), want);
    // A window in the middle (the position in the count is computed, not counted).
    assert_eq!(local_dates(&a, date(2026, 4, 1), date(2026, 4, 30)), want[6..]);
    assert_eq!(a.bounds(), (ts("2026-03-04T16:00:00Z"), Some(ts("2026-04-15T16:00:00Z"))));
    let b =
        timed(date(2026, 3, 4).at(17, 0, 0, 0), 60, rep(Freq::Weekly { days }, 2, RepeatEnd::Until(date(2026, 3, 30))));
    assert_eq!(local_dates(&b, date(2026, 1, 1), date(2027, 1, 1)), want[..6], "until is inclusive");
}

#[test]
fn far_window_of_an_old_daily_series_is_fast_and_right() {
    let a = timed(date(2021, 6, 1).at(7, 30, 0, 0), 15, rep(Freq::Daily, 3, RepeatEnd::Never));
    let t = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..1000 {
        n = a.occurrences(ts("2026-06-01T00:00:00Z"), ts("2026-07-01T00:00:00Z")).len();
    }
    assert!(t.elapsed().as_millis() < 1000, "{:?}", t.elapsed());
    assert_eq!(n, 10);
    let first = a.occurrences(ts("2026-06-01T00:00:00Z"), ts("2026-07-01T00:00:00Z"))[0].start;
    // 2021-06-01 + 1827 days (= 609 × 3) = 2026-06-02.
    assert_eq!(first, ts("2026-06-02T05:30:00Z"));
    let counted = timed(date(2021, 6, 1).at(7, 30, 0, 0), 15, rep(Freq::Daily, 3, RepeatEnd::Count(611)));
    let got = starts(&counted, "2026-06-01T00:00:00Z", "2026-07-01T00:00:00Z");
    assert_eq!(got, ["2026-06-02T05:30:00Z", "2026-06-05T05:30:00Z"]);
}

/// Compares the arithmetic of daily and weekly series with walking day by day.
#[test]
fn arithmetic_agrees_with_walking() {
    let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
    let mut rnd = |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    for _ in 0..300 {
        let start = date_from_day_number(day_number(date(2024, 1, 1)) + rnd(400) as i32);
        let mut days: Vec<Weekday> =
            (0..7).filter(|_| rnd(3) == 0).map(|i| Weekday::from_monday_zero_offset(i).unwrap()).collect();
        if !days.is_empty() && !days.contains(&start.weekday()) {
            days.push(start.weekday());
        }
        let freq = if rnd(3) == 0 { Freq::Daily } else { Freq::Weekly { days } };
        let end = match rnd(3) {
            0 => RepeatEnd::Never,
            1 => RepeatEnd::Count(1 + rnd(60) as u32),
            _ => RepeatEnd::Until(date_from_day_number(day_number(start) + rnd(500) as i32)),
        };
        let repeat = Repeat { freq, interval: 1 + rnd(4) as u16, end };
        // Walk: every day from the start, in the pattern's periods, counting.
        let d0 = day_number(start);
        let mut walked = Vec::new();
        let mut seen = 0;
        let mut complete = false;
        for day in d0..d0 + 2000 {
            let n = i32::from(repeat.interval);
            let hit = match &repeat.freq {
                Freq::Daily => (day - d0) % n == 0,
                Freq::Weekly { .. } => {
                    let mask = weekday_mask(
                        match &repeat.freq {
                            Freq::Weekly { days } => days,
                            _ => unreachable!(),
                        },
                        start,
                    );
                    let week = (day - (d0 - weekday_index(d0))) / 7;
                    week % n == 0 && mask & (1 << weekday_index(day)) != 0
                }
                _ => unreachable!(),
            };
            if !hit {
                continue;
            }
            seen += 1;
            match repeat.end {
                RepeatEnd::Count(c) if seen > c => {
                    complete = true;
                    break;
                }
                RepeatEnd::Until(u) if day > day_number(u) => break,
                _ => walked.push(day),
            }
        }
        let lo = d0 + rnd(600) as i32 - 50;
        let hi = lo + rnd(120) as i32;
        let mut got = Vec::new();
        repeat.days(start, lo, hi, &mut got);
        let want: Vec<i32> = walked.iter().copied().filter(|d| (lo..=hi).contains(d)).collect();
        assert_eq!(got, want, "{repeat:?} from {start} in {lo}..={hi}");
        if let (RepeatEnd::Count(_), true) = (repeat.end, complete) {
            assert_eq!(repeat.last_day(start), walked.last().copied(), "{repeat:?} from {start}");
        }
    }
}

#[test]
fn overrides_move_occurrences_in_and_out_of_windows() {
    let a = timed(date(2026, 5, 4).at(10, 0, 0, 0), 60, rep(Freq::Weekly { days: vec![] }, 1, RepeatEnd::Count(4)));
    let moved = When::Timed { start: date(2026, 5, 16).at(12, 0, 0, 0), end: date(2026, 5, 16).at(13, 0, 0, 0) };
    let change = Override {
        original: date(2026, 5, 11).at(10, 0, 0, 0),
        when: moved,
        title: "Termin am Samstag".into(),
        place: "Rathaus".into(),
        note: String::new(),
    };
    let b = a.change_one(change.clone(), ts("2026-05-01T00:00:00Z")).unwrap();
    assert_eq!(b.check(), Ok(()));
    let (f, t) = day_window(date(2026, 5, 11), date(2026, 5, 11));
    assert!(b.occurrences(f, t).is_empty(), "moved out");
    let (f, t) = day_window(date(2026, 5, 16), date(2026, 5, 16));
    let got = b.occurrences(f, t);
    assert_eq!(got.len(), 1, "moved in");
    assert_eq!((got[0].title, got[0].place, got[0].changed), ("Termin am Samstag", "Rathaus", true));
    assert_eq!(got[0].original, change.original);
    let (f, t) = day_window(date(2026, 5, 1), date(2026, 5, 31));
    let all: Vec<_> = b.occurrences(f, t).iter().map(|o| o.when.first_date()).collect();
    assert_eq!(all, [date(2026, 5, 4), date(2026, 5, 16), date(2026, 5, 18), date(2026, 5, 25)]);
    // Changing it again replaces the change; cancelling it forgets the change.
    let c =
        b.change_one(Override { title: "Noch einmal".into(), ..change.clone() }, ts("2026-05-02T00:00:00Z")).unwrap();
    assert_eq!((c.overrides.len(), c.overrides[0].title.as_str(), c.sequence), (1, "Noch einmal", 2));
    let d = c.delete_one(change.original, ts("2026-05-03T00:00:00Z")).unwrap();
    assert!(d.overrides.is_empty());
    assert_eq!(d.occurrences(f, t).len(), 3);
    assert_eq!(d.change_one(change, ts("2026-05-03T00:00:00Z")), Err(CalendarError::NotAnOccurrence));
    // An override earlier than the series start still counts for bounds.
    let early = Override {
        original: date(2026, 5, 4).at(10, 0, 0, 0),
        when: When::AllDay { first: date(2026, 4, 30), last: date(2026, 4, 30) },
        title: "Vorgezogen".into(),
        place: String::new(),
        note: String::new(),
    };
    let e = a.change_one(early, ts("2026-05-01T00:00:00Z")).unwrap();
    assert_eq!(e.bounds().0, ts("2026-04-29T22:00:00Z"));
}

#[test]
fn split_shares_out_count_and_exceptions() {
    let now = ts("2026-02-01T00:00:00Z");
    let a = timed(
        date(2026, 1, 5).at(9, 0, 0, 0),
        60,
        rep(Freq::Weekly { days: vec![Weekday::Monday] }, 1, RepeatEnd::Count(10)),
    );
    let a = a.delete_one(date(2026, 1, 12).at(9, 0, 0, 0), now).unwrap();
    let a = a.delete_one(date(2026, 2, 16).at(9, 0, 0, 0), now).unwrap();
    let (old, new) = a.split_from(date(2026, 2, 2).at(9, 0, 0, 0), now).unwrap();
    let old = old.unwrap();
    assert_eq!(old.repeat.as_ref().unwrap().end, RepeatEnd::Count(4));
    assert_eq!(new.repeat.as_ref().unwrap().end, RepeatEnd::Count(6));
    assert_eq!((old.exdates.len(), new.exdates.len()), (1, 1));
    assert_ne!(old.uid, new.uid);
    assert_eq!(new.when.first_date(), date(2026, 2, 2));
    assert_eq!((old.check(), new.check()), (Ok(()), Ok(())));
    let whole = local_dates(&a, date(2026, 1, 1), date(2026, 12, 31));
    let mut halves = local_dates(&old, date(2026, 1, 1), date(2026, 12, 31));
    halves.extend(local_dates(&new, date(2026, 1, 1), date(2026, 12, 31)));
    assert_eq!(whole, halves);
    // Endless and until: the old half ends the day before.
    let b = timed(date(2026, 1, 1).at(9, 0, 0, 0), 60, rep(Freq::Daily, 2, RepeatEnd::Never));
    let (old, new) = b.split_from(date(2026, 1, 11).at(9, 0, 0, 0), now).unwrap();
    assert_eq!(old.unwrap().repeat.unwrap().end, RepeatEnd::Until(date(2026, 1, 10)));
    assert_eq!(new.repeat.unwrap().end, RepeatEnd::Never);
    // At the first occurrence nothing is left before.
    let (old, new) = b.split_from(date(2026, 1, 1).at(9, 0, 0, 0), now).unwrap();
    assert!(old.is_none());
    assert_eq!(new.when, b.when);
    assert_eq!(b.split_from(date(2026, 1, 2).at(9, 0, 0, 0), now), Err(CalendarError::NotAnOccurrence));
}

#[test]
fn bounds_of_each_kind() {
    let single = timed(date(2026, 7, 1).at(10, 0, 0, 0), 30, None);
    assert_eq!(single.bounds(), (ts("2026-07-01T08:00:00Z"), Some(ts("2026-07-01T08:30:00Z"))));
    let endless = timed(date(2026, 7, 1).at(10, 0, 0, 0), 30, rep(Freq::Daily, 1, RepeatEnd::Never));
    assert_eq!(endless.bounds(), (ts("2026-07-01T08:00:00Z"), None));
    let until =
        timed(date(2026, 7, 1).at(10, 0, 0, 0), 30, rep(Freq::MonthlyByDate, 1, RepeatEnd::Until(date(2026, 12, 1))));
    assert_eq!(until.bounds().1, Some(ts("2026-12-01T09:30:00Z")));
    let counted = timed(date(2026, 1, 31).at(10, 0, 0, 0), 30, rep(Freq::MonthlyByDate, 1, RepeatEnd::Count(3)));
    assert_eq!(counted.bounds().1, Some(ts("2026-05-31T08:30:00Z")));
}

/// 2,000 appointments (500 repeating, many started years ago): a month and an agenda.
#[test]
fn many_appointments_are_quick() {
    let mut all = Vec::new();
    for i in 0..2000u32 {
        let day = date_from_day_number(day_number(date(2021, 1, 1)) + (i * 37 % 2000) as i32);
        let start = day.at((8 + i % 10) as i8, 0, 0, 0);
        let repeat = if i % 4 != 0 {
            None
        } else {
            let end =
                [RepeatEnd::Never, RepeatEnd::Count(900), RepeatEnd::Until(date(2030, 1, 1))][(i / 4 % 3) as usize];
            let freq = match i / 4 % 6 {
                0 => Freq::Daily,
                1 => Freq::Weekly { days: vec![day.weekday(), day.weekday().next()] },
                2 => Freq::MonthlyByDate,
                3 => Freq::MonthlyByWeekday { nth: -1, day: day.last_of_month().weekday() },
                4 => Freq::Yearly,
                _ => Freq::Weekly { days: vec![] },
            };
            let mut freq = freq;
            if let Freq::MonthlyByWeekday { day: wd, .. } = freq {
                if nth_weekday(day.year(), day.month(), -1, wd) != Some(day) {
                    freq = Freq::MonthlyByDate;
                }
            }
            rep(freq, 1 + (i % 3) as u16, end)
        };
        all.push(timed(start, 90, repeat));
    }
    let (f, t) = day_window(date(2026, 6, 1), date(2026, 6, 30));
    let clock = std::time::Instant::now();
    let month = occurrences_of(&all, f, t);
    let agenda = occurrences_of(&all, f, f.checked_add(SignedDuration::from_hours(24 * 14)).unwrap());
    let took = clock.elapsed();
    eprintln!("2,000 appointments: a month ({}) and two weeks ({}) in {took:?}", month.len(), agenda.len());
    assert!(month.len() > 500 && agenda.len() > 100, "{} {}", month.len(), agenda.len());
    assert!(month.windows(2).all(|w| w[0].start <= w[1].start));
    // Generous for unoptimised test builds; an optimised build takes a few milliseconds.
    assert!(took.as_millis() < 500, "{took:?}");
}
