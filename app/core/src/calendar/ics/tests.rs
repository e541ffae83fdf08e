//! Fixtures (hand-made in the style of real programs, see tests/fixtures/ics/README.md), broken
//! input, random mutations, and export → import round trips.

use super::values::VTimeZone;
use super::*;
use crate::calendar::recur::day_window;
use crate::calendar::{Freq, Override, Repeat, RepeatEnd, When};
use jiff::civil::{date, Date, DateTime, Weekday};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

macro_rules! fixture {
    ($name:literal) => {
        include_bytes!(concat!("../../../tests/fixtures/ics/", $name)).as_slice()
    };
}

fn ts(s: &str) -> Timestamp {
    s.parse().unwrap()
}

fn find<'a>(imp: &'a Import, title: &str) -> &'a Appointment {
    imp.appointments.iter().find(|a| a.title.starts_with(title)).unwrap_or_else(|| panic!("no {title} in {imp:#?}"))
}

fn timed(start: DateTime, end: DateTime) -> When {
    When::Timed { start, end }
}

fn local_dates(a: &Appointment, from: Date, to: Date) -> Vec<Date> {
    let (f, t) = day_window(from, to);
    a.occurrences(f, t).iter().map(|o| o.when.first_date()).collect()
}

/// Every appointment an import returns passes the app's checks.
fn checked(imp: Import) -> Import {
    for a in &imp.appointments {
        assert_eq!(a.check(), Ok(()), "{a:#?}");
    }
    imp
}

#[test]
fn google_calendar_export() {
    let imp = checked(import(fixture!("google.ics")).unwrap());
    assert_eq!(imp.appointments.len(), 3);
    assert!(imp.skipped.is_empty() && imp.cancelled.is_empty(), "{imp:#?}");
    let course = find(&imp, "Integrationskurs");
    assert_eq!(course.uid, "4j5k6l7m8n9o0p1q2r3s4t5u6v@google.com");
    assert_eq!(course.when, timed(date(2026, 3, 2).at(10, 0, 0, 0), date(2026, 3, 2).at(11, 30, 0, 0)));
    assert_eq!(course.place, "Volkshochschule Neuss, Brückstraße 1, 41460 Neuss, Deutschland");
    assert_eq!(
        course.repeat,
        Some(Repeat {
            freq: Freq::Weekly { days: vec![Weekday::Monday] },
            interval: 1,
            end: RepeatEnd::Until(date(2026, 6, 29))
        })
    );
    assert_eq!(course.exdates, [date(2026, 4, 6).at(10, 0, 0, 0), date(2026, 3, 23).at(10, 0, 0, 0)]);
    assert_eq!(course.reminders, [30]);
    assert_eq!((course.sequence, course.updated), (2, ts("2026-02-20T10:15:00Z")));
    assert_eq!(course.overrides.len(), 1);
    let moved = &course.overrides[0];
    assert_eq!(moved.original, date(2026, 3, 16).at(10, 0, 0, 0));
    assert_eq!(moved.when, timed(date(2026, 3, 16).at(14, 0, 0, 0), date(2026, 3, 16).at(15, 30, 0, 0)));
    assert_eq!(moved.place, "Volkshochschule Neuss, Raum 12");
    // 18 Mondays from 2 March to 29 June (UNTIL 21:59:59Z is 23:59:59 local), two cancelled.
    let occ = course.occurrences(ts("2026-01-01T00:00:00Z"), ts("2027-01-01T00:00:00Z"));
    assert_eq!(occ.len(), 16);
    assert_eq!(occ.last().unwrap().start, ts("2026-06-29T08:00:00Z"));
    let march16 = occ.iter().find(|o| o.original == moved.original).unwrap();
    assert_eq!((march16.start, march16.changed), (ts("2026-03-16T13:00:00Z"), true));
    let birthday = find(&imp, "Geburtstag");
    assert_eq!(birthday.when, When::AllDay { first: date(2026, 11, 8), last: date(2026, 11, 8) });
    assert_eq!(local_dates(birthday, date(2027, 1, 1), date(2027, 12, 31)), [date(2027, 11, 8)]);
    let doctor = find(&imp, "Kinderarzt");
    assert_eq!(doctor.when, timed(date(2026, 5, 15).at(10, 0, 0, 0), date(2026, 5, 15).at(11, 0, 0, 0)));
}

#[test]
fn until_at_the_last_start_is_inclusive_and_a_second_before_is_not() {
    let file = |until: &str| {
        format!(
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:u\r\nSUMMARY:x\r\nDTSTART;TZID=Europe/Berlin:20260302T100000\r\n\
             RRULE:FREQ=DAILY;UNTIL={until}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
    };
    let end = |until: &str| import(file(until).as_bytes()).unwrap().appointments[0].repeat.clone().unwrap().end;
    assert_eq!(end("20260310T090000Z"), RepeatEnd::Until(date(2026, 3, 10)));
    assert_eq!(end("20260310T085959Z"), RepeatEnd::Until(date(2026, 3, 9)));
    assert_eq!(end("20260310"), RepeatEnd::Until(date(2026, 3, 10)));
    assert_eq!(end("20260310T100000"), RepeatEnd::Until(date(2026, 3, 10)));
    // Before the start: a single appointment.
    assert_eq!(import(file("20260301T000000Z").as_bytes()).unwrap().appointments[0].repeat, None);
    assert_eq!(end("99991231T235959Z"), RepeatEnd::Never);
}

#[test]
fn outlook_invitation_and_its_cancellation() {
    let imp = checked(import(fixture!("outlook_request.ics")).unwrap());
    assert_eq!((imp.appointments.len(), imp.skipped.len()), (1, 0));
    let a = &imp.appointments[0];
    assert_eq!(a.title, "Beratungsgespräch Jobcenter");
    assert_eq!(a.when, timed(date(2026, 10, 14).at(8, 30, 0, 0), date(2026, 10, 14).at(9, 15, 0, 0)));
    assert_eq!(
        a.occurrences(ts("2026-10-01T00:00:00Z"), ts("2026-11-01T00:00:00Z"))[0].start,
        ts("2026-10-14T06:30:00Z")
    );
    assert!(a.note.starts_with("Sehr geehrte Frau Haidari,\n\nhiermit laden wir Sie zu einem persönlichen Gespräch"));
    assert!(a.note.contains("Ihren Pass, Ihren Aufenthaltstitel"));
    assert!(a.note.contains("Mit freundlichen Grüßen\nIhr Jobcenter"));
    assert_eq!(a.place, "Jobcenter Neuss, Raum 2.14");
    assert_eq!(a.reminders, [15]);
    assert!(a.uid.starts_with("040000008200E000") && a.uid.ends_with("2D1E"));
    let cancel = import(fixture!("outlook_cancel.ics")).unwrap();
    assert!(cancel.appointments.is_empty());
    assert_eq!(
        cancel.cancelled,
        [Cancelled { uid: a.uid.clone(), original: None, summary: "Abgesagt: Beratungsgespräch Jobcenter".into() }]
    );
}

#[test]
fn apple_calendar() {
    let imp = checked(import(fixture!("apple.ics")).unwrap());
    assert_eq!((imp.appointments.len(), imp.skipped.len()), (2, 0), "{imp:#?}");
    let cafe = find(&imp, "Elterncafé");
    assert_eq!(cafe.repeat.as_ref().unwrap().freq, Freq::MonthlyByWeekday { nth: 2, day: Weekday::Wednesday });
    assert_eq!(cafe.reminders, [1440, 90], "ACTION:NONE is no reminder");
    assert_eq!(cafe.place, "Kita Sonnenschein\nMarktstraße 5\n41460 Neuss");
    assert_eq!(
        local_dates(cafe, date(2026, 1, 1), date(2026, 4, 30)),
        [date(2026, 1, 14), date(2026, 2, 11), date(2026, 3, 11), date(2026, 4, 8)]
    );
    let week = find(&imp, "Interkulturelle");
    assert_eq!(week.when, When::AllDay { first: date(2026, 9, 27), last: date(2026, 9, 30) });
    assert_eq!(week.repeat.as_ref().unwrap().freq, Freq::YearlyByWeekday { month: 9, nth: -1, day: Weekday::Sunday });
    assert_eq!(week.reminders, [900]);
    let (f, t) = day_window(date(2027, 9, 1), date(2027, 9, 30));
    assert_eq!(week.occurrences(f, t)[0].all_day, Some((date(2027, 9, 26), date(2027, 9, 29))));
}

#[test]
fn thunderbird() {
    let imp = checked(import(fixture!("thunderbird.ics")).unwrap());
    assert_eq!((imp.appointments.len(), imp.skipped.len()), (2, 0), "{imp:#?}");
    let office = find(&imp, "Sprechstunde");
    let days = vec![Weekday::Monday, Weekday::Wednesday, Weekday::Friday];
    assert_eq!(office.repeat, Some(Repeat { freq: Freq::Weekly { days }, interval: 2, end: RepeatEnd::Count(10) }));
    assert_eq!(office.exdates, [date(2026, 4, 3).at(9, 0, 0, 0)], "EXDATE in UTC, summer time");
    assert_eq!(office.reminders, [15]);
    let got = local_dates(office, date(2026, 3, 1), date(2026, 5, 1));
    assert_eq!(got.len(), 9);
    assert!(!got.contains(&date(2026, 4, 3)) && got.contains(&date(2026, 4, 1)) && got.contains(&date(2026, 4, 13)));
    let rent = find(&imp, "Mietzahlung");
    assert_eq!(rent.repeat.as_ref().unwrap().freq, Freq::MonthlyByDate);
    assert_eq!(local_dates(rent, date(2026, 1, 1), date(2026, 12, 31)).len(), 7);
}

#[test]
fn booking_confirmation_in_utc_with_bare_line_feeds() {
    let imp = checked(import(fixture!("booking_utc.ics")).unwrap());
    let a = find(&imp, "Bürgeramt");
    assert_eq!(a.when, timed(date(2026, 6, 3).at(9, 15, 0, 0), date(2026, 6, 3).at(9, 30, 0, 0)));
    assert_eq!(a.place, "Bürgeramt Neuss, Markt 2");
    assert_eq!(a.note, "Buchungsnummer: 118734\nBitte bringen Sie Ihren Pass und die Wohnungsgeberbestätigung mit.");
    // No DTEND: one hour (winter time, 16:00Z is 17:00 local).
    let b = find(&imp, "Ausländerbehörde");
    assert_eq!(b.when, timed(date(2026, 12, 20).at(17, 0, 0, 0), date(2026, 12, 20).at(18, 0, 0, 0)));
}

#[test]
fn all_day_events_keep_their_dates() {
    let imp = checked(import(fixture!("all_day.ics")).unwrap());
    let holidays = find(&imp, "Herbstferien");
    assert_eq!(holidays.when, When::AllDay { first: date(2026, 10, 17), last: date(2026, 10, 31) });
    let bulky = find(&imp, "Sperrmüll");
    assert_eq!(bulky.when, When::AllDay { first: date(2026, 11, 8), last: date(2026, 11, 8) });
    let trip = find(&imp, "Klassenfahrt");
    assert_eq!(trip.when, When::AllDay { first: date(2026, 5, 4), last: date(2026, 5, 6) });
    let out = export(&imp.appointments);
    assert!(out.contains("DTSTART;VALUE=DATE:20261108\r\nDTEND;VALUE=DATE:20261109\r\n"), "{out}");
    assert!(out.contains("DTSTART;VALUE=DATE:20261017\r\nDTEND;VALUE=DATE:20261101\r\n"));
    assert!(!out.contains("VTIMEZONE"), "no timed events, no time zone");
    assert_eq!(import(out.as_bytes()).unwrap().appointments, imp.appointments);
    for zone in ["America/Los_Angeles", "Asia/Tokyo"] {
        let tz = TimeZone::get(zone).unwrap();
        for day in 6..=10 {
            let from = tz.to_timestamp(date(2026, 11, day).at(0, 0, 0, 0)).unwrap();
            let to = tz.to_timestamp(date(2026, 11, day + 1).at(0, 0, 0, 0)).unwrap();
            for o in bulky.occurrences(from, to) {
                assert_eq!(o.all_day, Some((date(2026, 11, 8), date(2026, 11, 8))), "{zone} {day}");
            }
        }
    }
}

#[test]
fn events_in_new_york() {
    let imp = checked(import(fixture!("new_york.ics")).unwrap());
    // 12:00 EDT (New York switched on 8 March) is 16:00Z, 17:00 in Berlin (still winter time).
    let call = find(&imp, "Videoanruf");
    assert_eq!(call.when, timed(date(2026, 3, 20).at(17, 0, 0, 0), date(2026, 3, 20).at(18, 0, 0, 0)));
    let weekly = find(&imp, "Weekly sync");
    assert_eq!(weekly.when.local_start(), date(2026, 1, 5).at(15, 0, 0, 0));
    assert!(weekly.repeat.is_some());
    let reported: Vec<_> = imp.skipped.iter().map(|s| (s.summary.as_str(), s.reason, s.kept)).collect();
    assert_eq!(
        reported,
        [
            ("Weekly sync (New York)", SkipReason::OtherTimeZoneRules, Kept::All),
            ("No VTIMEZONE for London", SkipReason::UnknownTimeZone, Kept::Nothing),
        ]
    );
}

fn zone_of(file: &[u8]) -> VTimeZone {
    let cals = super::lex::parse(std::str::from_utf8(file).unwrap()).unwrap();
    let zone = VTimeZone::parse(cals[0].children("VTIMEZONE").next().unwrap()).unwrap();
    zone
}

fn compare_zone(table: &VTimeZone, real: &TimeZone, years: std::ops::Range<i16>) {
    let mut t = date(years.start, 1, 1).at(0, 30, 0, 0);
    let stop = date(years.end, 1, 1).at(0, 0, 0, 0);
    while t < stop {
        assert_eq!(table.to_timestamp(t), Some(real.to_timestamp(t).unwrap()), "{} {t}", table.tzid);
        t = t.checked_add(SignedDuration::from_mins(1009)).unwrap();
    }
}

#[test]
fn vtimezones_agree_with_the_tz_database() {
    compare_zone(&zone_of(fixture!("new_york.ics")), &TimeZone::get("America/New_York").unwrap(), 1987..2036);
    compare_zone(&zone_of(fixture!("outlook_request.ics")), &crate::hours::berlin(), 1996..2040);
    compare_zone(&zone_of(fixture!("thunderbird.ics")), &TimeZone::get("Europe/Berlin").unwrap(), 1997..2036);
    let ours = export(&[Appointment::new(
        "x",
        timed(date(2026, 1, 1).at(9, 0, 0, 0), date(2026, 1, 1).at(10, 0, 0, 0)),
        Timestamp::UNIX_EPOCH,
    )]);
    compare_zone(&zone_of(ours.as_bytes()), &TimeZone::get("Europe/Berlin").unwrap(), 1997..2060);
    // The exact moments around a switch: the gap and the repeated hour.
    let ny = zone_of(fixture!("new_york.ics"));
    let real = TimeZone::get("America/New_York").unwrap();
    for t in [date(2026, 3, 8).at(2, 30, 0, 0), date(2026, 11, 1).at(1, 30, 0, 0), date(2026, 11, 1).at(2, 0, 0, 0)] {
        assert_eq!(ny.to_timestamp(t), Some(real.to_timestamp(t).unwrap()), "{t}");
    }
    let outlook = zone_of(fixture!("outlook_request.ics"));
    for t in [date(2026, 3, 29).at(2, 30, 0, 0), date(2026, 10, 25).at(2, 30, 0, 0), date(2026, 10, 25).at(3, 0, 0, 0)]
    {
        assert_eq!(outlook.to_timestamp(t), Some(crate::hours::berlin().to_timestamp(t).unwrap()), "{t}");
    }
}

#[test]
fn rfc_5545_examples() {
    let imp = checked(import(fixture!("rfc5545_style.ics")).unwrap());
    let conf = find(&imp, "Networld");
    assert_eq!(conf.when, timed(date(2026, 9, 18).at(16, 30, 0, 0), date(2026, 9, 21).at(0, 0, 0, 0)));
    assert_eq!(conf.note, "Networld+Interop Conference and Exhibit\nAtlanta World Congress Center\nAtlanta, Georgia");
    let anniversary = find(&imp, "Our Blissful");
    assert_eq!(local_dates(anniversary, date(2026, 1, 1), date(2026, 12, 31)), [date(2026, 11, 2)]);
    let jazz = find(&imp, "Festival");
    assert_eq!(jazz.when, When::AllDay { first: date(2007, 6, 28), last: date(2007, 7, 8) });
    let laurel = find(&imp, "Laurel");
    assert_eq!(laurel.when.local_start(), date(1997, 4, 1).at(18, 30, 0, 0));
    let other = find(&imp, "Every other week");
    assert_eq!(
        other.repeat,
        Some(Repeat { freq: Freq::Weekly { days: vec![Weekday::Monday] }, interval: 2, end: RepeatEnd::Never })
    );
    assert_eq!(other.when, timed(date(2026, 9, 7).at(9, 0, 0, 0), date(2026, 9, 7).at(10, 30, 0, 0)));
    let twice = find(&imp, "Twice a day");
    assert_eq!(twice.repeat, None);
    assert_eq!(imp.skipped.len(), 1);
    assert_eq!((imp.skipped[0].reason, imp.skipped[0].kept), (SkipReason::UnsupportedRepeat, Kept::FirstOnly));
}

#[test]
fn other_components_are_ignored() {
    let imp = checked(import(fixture!("with_todo.ics")).unwrap());
    assert_eq!(imp.appointments.len(), 1);
    assert_eq!(imp.appointments[0].title, "Elternabend Klasse 3b");
    assert!(imp.skipped.is_empty());
}

#[test]
fn broken_files_are_refused() {
    assert_eq!(import(fixture!("unterminated.ics")), Err(IcsError::Unterminated { line: 1 }));
    assert_eq!(import(fixture!("mismatched.ics")), Err(IcsError::Mismatched { line: 8 }));
    assert_eq!(import(fixture!("nested.ics")), Err(IcsError::TooDeep { line: 7 }));
    assert_eq!(import(fixture!("latin1.ics")), Err(IcsError::WrongEncoding));
    assert_eq!(import(fixture!("garbage.bin")), Err(IcsError::WrongEncoding));
    assert_eq!(import(b""), Err(IcsError::NotCalendar));
    assert_eq!(import(b"\xEF\xBB\xBF"), Err(IcsError::NotCalendar));
    assert_eq!(import(b"<html><body>Not found</body></html>"), Err(IcsError::NotCalendar));
    let bad_line = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nthis is no content line\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    assert_eq!(import(bad_line), Err(IcsError::BadLine { line: 3 }));
    assert_eq!(import(b"BEGIN:VCARD\r\nEND:VCARD\r\n"), Err(IcsError::NotCalendar));
    // UTF-16 with and without byte order mark.
    let text = std::str::from_utf8(fixture!("google.ics")).unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(import(&utf16), Err(IcsError::WrongEncoding));
    assert_eq!(import(&utf16[2..]), Err(IcsError::WrongEncoding));
    // A UTF-8 byte order mark is fine.
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(fixture!("google.ics"));
    assert_eq!(import(&bom).unwrap().appointments.len(), 3);
    // Over 5 MB.
    let mut huge = b"BEGIN:VCALENDAR\r\n".to_vec();
    while huge.len() <= MAX_BYTES {
        huge.extend_from_slice(b"X-FILLER:0123456789012345678901234567890123456789012345678901234567890\r\n");
    }
    huge.extend_from_slice(b"END:VCALENDAR\r\n");
    assert_eq!(import(&huge), Err(IcsError::TooLarge));
    // A line of 100,001 octets after unfolding.
    let long = format!("BEGIN:VCALENDAR\r\nX-A:{}\r\n {}\r\nEND:VCALENDAR\r\n", "a".repeat(50_000), "b".repeat(50_000));
    assert_eq!(import(long.as_bytes()), Err(IcsError::LineTooLong { line: 3 }));
    // 5,001 events.
    let mut many = String::from("BEGIN:VCALENDAR\r\n");
    for i in 0..=MAX_EVENTS {
        many.push_str(&format!("BEGIN:VEVENT\r\nUID:{i}\r\nEND:VEVENT\r\n"));
    }
    many.push_str("END:VCALENDAR\r\n");
    assert_eq!(import(many.as_bytes()), Err(IcsError::TooManyEvents));
    // Absurd years.
    for (value, line) in
        [("DTSTART:18500101T100000Z", 4), ("DTSTART;VALUE=DATE:99991231", 4), ("DTSTART:22010101T000000", 4)]
    {
        let file =
            format!("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\n{value}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        assert_eq!(import(file.as_bytes()), Err(IcsError::DateOutOfRange { line }), "{value}");
    }
    let exdate = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nDTSTART:20260101T100000Z\r\nRRULE:FREQ=DAILY\r\n\
                  EXDATE:20260102T100000Z,00010101T000000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    assert_eq!(import(exdate.as_bytes()), Err(IcsError::DateOutOfRange { line: 6 }));
}

#[test]
fn odd_but_valid_events() {
    let file = "BEGIN:VCALENDAR\nMETHOD:REQUEST\n\
        BEGIN:VEVENT\nUID:a\nDTSTART:20260301T100000\nSUMMARY:floating, no end\nEND:VEVENT\n\
        BEGIN:VEVENT\nUID:b\nDTSTART:20260301T100000\nDTEND:20260301T090000\nSUMMARY:end before start\nEND:VEVENT\n\
        BEGIN:VEVENT\nUID:c\nDTSTART;TZID=Europe/Berlin:20260301T100000\nDURATION:P1D\nSUMMARY:one day long\nEND:VEVENT\n\
        BEGIN:VEVENT\nUID:d\nDTSTART;TZID=Europe/Berlin:20260301T100000\nSUMMARY:\nEND:VEVENT\n\
        BEGIN:VEVENT\nUID:e\nSUMMARY:no start\nEND:VEVENT\n\
        BEGIN:VEVENT\nUID:f\nDTSTART;TZID=Mars/Olympus:20260301T100000\nSUMMARY:unknown zone\nEND:VEVENT\n\
        BEGIN:VEVENT\nUID:g\nDTSTART;VALUE=DATE:20260301\nDTEND;VALUE=DATE:20270401\nSUMMARY:too long\nEND:VEVENT\n\
        BEGIN:VEVENT\nUID:h\nDTSTART:20260301T100000Z\nSEQUENCE:1\nSUMMARY:old\nEND:VEVENT\n\
        BEGIN:VEVENT\nUID:h\nDTSTART:20260301T110000Z\nSEQUENCE:2\nSUMMARY:new\nEND:VEVENT\n\
        BEGIN:VEVENT\nUID:i\nDTSTART:20260301T100000Z\nRRULE:FREQ=MONTHLY;BYDAY=5FR\nSUMMARY:fifth friday\nEND:VEVENT\n\
        BEGIN:VEVENT\nUID:j\nDTSTART:20260302T100000\nRRULE:FREQ=WEEKLY;BYDAY=TU\nSUMMARY:start not in rule\nEND:VEVENT\n\
        BEGIN:VEVENT\nUID:k\nDTSTART:20260302T100000\nRRULE:FREQ=DAILY;COUNT=5000\nSUMMARY:long count\nEND:VEVENT\n\
        BEGIN:VEVENT\nUID:l\nDTSTART:20260302T100000\nRRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR\nSUMMARY:weekdays\nEND:VEVENT\n\
        BEGIN:VEVENT\nUID:m\nDTSTART:20260314T100000\nRRULE:FREQ=MONTHLY;BYDAY=SA;BYSETPOS=2\nSUMMARY:setpos\nEND:VEVENT\n\
        BEGIN:VEVENT\nUID:n\nRECURRENCE-ID:20260301T100000\nDTSTART:20260301T120000\nSUMMARY:orphan\nEND:VEVENT\n\
        BEGIN:VEVENT\nUID:o\nDTSTART:20260301T100000\nRRULE:FREQ=DAILY\nRDATE:20260310T100000\nSUMMARY:rdate\nEND:VEVENT\n\
        BEGIN:VALARM\nTRIGGER:-PT5M\nEND:VALARM\n\
        BEGIN:VEVENT\nUID:p\nDTSTART:20260301T100000\nSUMMARY:alarms\n\
        BEGIN:VALARM\nTRIGGER:PT5M\nEND:VALARM\nBEGIN:VALARM\nTRIGGER;RELATED=END:-PT5M\nEND:VALARM\n\
        BEGIN:VALARM\nTRIGGER:-P5W\nEND:VALARM\nBEGIN:VALARM\nTRIGGER:-PT0S\nEND:VALARM\n\
        BEGIN:VALARM\nTRIGGER:-P1DT2H\nEND:VALARM\nBEGIN:VALARM\nTRIGGER:-P1DT2H\nEND:VALARM\nEND:VEVENT\n\
        BEGIN:VEVENT\nUID:q\nDTSTART;TZID=W. Europe Standard Time:20261108T000000\n\
        DTEND;TZID=W. Europe Standard Time:20261110T000000\nX-MICROSOFT-CDO-ALLDAYEVENT:TRUE\n\
        SUMMARY:outlook all-day\nEND:VEVENT\n\
        END:VCALENDAR\n";
    let imp = checked(import(file.as_bytes()).unwrap());
    let get = |uid: &str| imp.appointments.iter().find(|a| a.uid == uid);
    let t = |h| date(2026, 3, 1).at(h, 0, 0, 0);
    assert_eq!(get("a").unwrap().when, timed(t(10), t(11)));
    assert_eq!(get("b").unwrap().when, timed(t(10), t(11)));
    assert_eq!(get("c").unwrap().when, timed(t(10), date(2026, 3, 2).at(10, 0, 0, 0)));
    assert_eq!(get("h").unwrap().title, "new");
    assert_eq!(get("i").unwrap().repeat, None);
    assert_eq!(get("j").unwrap().repeat, None);
    assert_eq!(get("k").unwrap().repeat.as_ref().unwrap().end, RepeatEnd::Count(1000));
    let weekdays = vec![Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday, Weekday::Friday];
    assert_eq!(get("l").unwrap().repeat.as_ref().unwrap().freq, Freq::Weekly { days: weekdays });
    assert_eq!(
        get("m").unwrap().repeat.as_ref().unwrap().freq,
        Freq::MonthlyByWeekday { nth: 2, day: Weekday::Saturday }
    );
    assert_eq!(get("n").unwrap().when, timed(t(12), t(13)));
    assert_eq!(get("o").unwrap().repeat, None);
    assert_eq!(get("p").unwrap().reminders, [0, 1560]);
    assert_eq!(get("q").unwrap().when, When::AllDay { first: date(2026, 11, 8), last: date(2026, 11, 9) });
    let reasons: Vec<_> = imp.skipped.iter().map(|s| (s.uid.as_str(), s.reason, s.kept)).collect();
    assert_eq!(
        reasons,
        [
            ("e", SkipReason::NoStart, Kept::Nothing),
            ("f", SkipReason::UnknownTimeZone, Kept::Nothing),
            ("g", SkipReason::TooLong, Kept::Nothing),
            ("i", SkipReason::UnsupportedRepeat, Kept::FirstOnly),
            ("j", SkipReason::UnsupportedRepeat, Kept::FirstOnly),
            ("k", SkipReason::CountShortened, Kept::Partly),
            ("o", SkipReason::UnsupportedRepeat, Kept::FirstOnly),
            ("h", SkipReason::Duplicate, Kept::Nothing),
            ("d", SkipReason::NoTitle, Kept::Nothing),
        ]
    );
}

#[test]
fn changes_and_cancellations_of_occurrences() {
    let file = "BEGIN:VCALENDAR\r\n\
        BEGIN:VEVENT\r\nUID:s\r\nRECURRENCE-ID;VALUE=DATE:20260303\r\nDTSTART:20260303T150000\r\nEND:VEVENT\r\n\
        BEGIN:VEVENT\r\nUID:s\r\nDTSTART:20260302T090000\r\nDTEND:20260302T100000\r\nRRULE:FREQ=DAILY;COUNT=5\r\n\
        SUMMARY:Kurs\r\nEND:VEVENT\r\n\
        BEGIN:VEVENT\r\nUID:s\r\nRECURRENCE-ID:20260304T090000\r\nDTSTART:20260304T090000\r\nSTATUS:CANCELLED\r\nEND:VEVENT\r\n\
        BEGIN:VEVENT\r\nUID:s\r\nRECURRENCE-ID:20260305T110000\r\nDTSTART:20260305T110000\r\nSUMMARY:x\r\nEND:VEVENT\r\n\
        END:VCALENDAR\r\n";
    let imp = checked(import(file.as_bytes()).unwrap());
    assert_eq!(imp.appointments.len(), 2);
    let s = &imp.appointments[0];
    assert_eq!(s.exdates, [date(2026, 3, 4).at(9, 0, 0, 0)]);
    assert_eq!(s.overrides.len(), 1);
    assert_eq!((s.overrides[0].original, s.overrides[0].title.as_str()), (date(2026, 3, 3).at(9, 0, 0, 0), "Kurs"));
    // A change that matches no occurrence becomes an appointment of its own.
    assert_eq!(imp.appointments[1].uid, "s-20260305T110000");
    let cancel = "BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nBEGIN:VEVENT\r\nUID:s\r\nRECURRENCE-ID:20260303T090000\r\n\
        DTSTART:20260303T090000\r\nSUMMARY:Kurs\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let imp = import(cancel.as_bytes()).unwrap();
    assert_eq!(imp.cancelled[0].original, Some(date(2026, 3, 3).at(9, 0, 0, 0)));
}

/// A small seeded PRNG (xorshift64*), no crates.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

#[test]
fn random_mutations_never_panic() {
    let bases: [&[u8]; 6] = [
        fixture!("google.ics"),
        fixture!("outlook_request.ics"),
        fixture!("apple.ics"),
        fixture!("thunderbird.ics"),
        fixture!("rfc5545_style.ics"),
        fixture!("all_day.ics"),
    ];
    let snippets: [&[u8]; 8] = [
        b"\r\n",
        b"BEGIN:VEVENT\r\n",
        b"END:VEVENT\r\n",
        b";",
        b":",
        b"\r\n ",
        b"RRULE:FREQ=DAILY;COUNT=3\r\n",
        b"\xC3",
    ];
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let mut read = 0;
    for round in 0..1500 {
        let mut bytes = rng.pick(&bases).to_vec();
        for _ in 0..1 + rng.below(6) {
            let at = rng.below(bytes.len() as u64 + 1) as usize;
            match rng.below(6) {
                0 if at < bytes.len() => bytes[at] ^= 1 << rng.below(8),
                1 => bytes.insert(at, rng.next() as u8),
                2 => {
                    let end = (at + rng.below(40) as usize).min(bytes.len());
                    bytes.drain(at..end);
                }
                3 => {
                    let s = *rng.pick(&snippets);
                    bytes.splice(at..at, s.iter().copied());
                }
                4 if at < bytes.len() && bytes[at].is_ascii_digit() => bytes[at] = b'0' + rng.below(10) as u8,
                _ => bytes.truncate(at.max(1)),
            }
        }
        if let Ok(imp) = import(&bytes) {
            read += 1;
            let imp = checked(imp);
            for a in &imp.appointments {
                let (from, to) = a.bounds();
                let to = to.unwrap_or(from.checked_add(SignedDuration::from_hours(24 * 400)).unwrap());
                let _ = a.occurrences(from, to.min(from.checked_add(SignedDuration::from_hours(24 * 800)).unwrap()));
            }
            let again = import(export(&imp.appointments).as_bytes()).unwrap_or_else(|e| panic!("round {round}: {e}"));
            assert_eq!(again.appointments.len(), imp.appointments.len(), "round {round}");
        }
    }
    assert!(read > 100, "most mutations should still be readable: {read}");
}

const TITLES: [&str; 10] = [
    "Termin Ausländerbehörde",
    "موعد في مكتب الأجانب",
    "کلاس زبان آلمانی",
    "ቆጸራ ሓኪም",
    "Kita; Elternabend, Raum 3",
    "C:\\Pfad\\zum\\Formular",
    "Arzt — Dr. Öztürk 🩺",
    "  Leerzeichen  ",
    "Sprachcafé: \"Deutsch & mehr\"",
    "x",
];

fn random_text(rng: &mut Rng, with_breaks: bool) -> String {
    let parts = ["Hallo", "مرحبا", "سلام", "ሰላም", ",", ";", "\\", ":", " ", "ä", "😀", "\"", "\t"];
    let mut s = String::new();
    for _ in 0..rng.below(40) {
        if with_breaks && rng.below(8) == 0 {
            s.push('\n');
        }
        let part = *rng.pick::<&str>(&parts);
        s.push_str(part);
    }
    s
}

fn random_appointment(rng: &mut Rng) -> Appointment {
    let day = date(2024, 1, 1).checked_add(jiff::Span::new().days(rng.below(1500) as i64)).unwrap();
    let all_day = rng.below(4) == 0;
    let start = day.at(rng.below(24) as i8, *rng.pick(&[0i8, 15, 30, 45]), 0, 0);
    let when = if all_day {
        When::AllDay { first: day, last: day.checked_add(jiff::Span::new().days(rng.below(3) as i64)).unwrap() }
    } else {
        timed(start, start.checked_add(SignedDuration::from_mins(15 * (1 + rng.below(200) as i64))).unwrap())
    };
    let title = match rng.below(4) {
        0 => "Überlanger Titel ".repeat(11) + "äöü",
        1 => random_text(rng, false).replace('\t', " "),
        _ => rng.pick(&TITLES).to_string(),
    };
    let title = if title.trim().is_empty() { "Termin".to_owned() } else { title };
    let title: String = title.chars().take(200).collect();
    let mut a =
        Appointment::new(title, when, Timestamp::from_second(1_700_000_000 + rng.below(100_000_000) as i64).unwrap());
    a.place = random_text(rng, true);
    a.note = random_text(rng, true);
    if rng.below(3) == 0 {
        a.contact = Some(format!("beratung-{};{}", rng.below(100), rng.pick(&["caritas", "awo,neuss"])));
    }
    let mut reminders = vec![0, 5, 15, 60, 90, 1440, 2880, 10_080, 40_320];
    for _ in 0..rng.below(5) {
        let i = rng.below(reminders.len() as u64) as usize;
        a.reminders.push(reminders.remove(i));
    }
    a.sequence = rng.below(5) as u32;
    if rng.below(5) == 0 {
        return a;
    }
    let wd = day.weekday();
    let freq = match rng.below(6) {
        0 => Freq::Daily,
        1 => {
            let mut days = vec![wd];
            for _ in 0..rng.below(3) {
                let d = Weekday::from_monday_zero_offset(rng.below(7) as i8).unwrap();
                if !days.contains(&d) {
                    days.push(d);
                }
            }
            if rng.below(4) == 0 {
                days.clear();
            }
            Freq::Weekly { days }
        }
        2 => Freq::MonthlyByDate,
        3 => {
            let nth = if day.checked_add(jiff::Span::new().days(7)).unwrap().month() != day.month() {
                -1
            } else {
                ((day.day() - 1) / 7 + 1).min(4)
            };
            Freq::MonthlyByWeekday { nth, day: wd }
        }
        4 => Freq::Yearly,
        _ => {
            let nth = if day.day() > 28 { -1 } else { (day.day() - 1) / 7 + 1 };
            Freq::YearlyByWeekday { month: day.month(), nth, day: wd }
        }
    };
    let end = match rng.below(3) {
        0 => RepeatEnd::Never,
        1 => RepeatEnd::Count(1 + rng.below(60) as u32),
        _ => RepeatEnd::Until(day.checked_add(jiff::Span::new().days(rng.below(900) as i64)).unwrap()),
    };
    a.repeat = Some(Repeat { freq, interval: 1 + rng.below(3) as u16, end });
    assert_eq!(a.check(), Ok(()), "{a:#?}");
    let (from, _) = a.bounds();
    let occ: Vec<DateTime> = a
        .occurrences(from, from.checked_add(SignedDuration::from_hours(24 * 800)).unwrap())
        .iter()
        .map(|o| o.original)
        .collect();
    for &original in &occ {
        match rng.below(8) {
            0 => a.exdates.push(original),
            1 => {
                let moved = a
                    .when
                    .moved_to(original.date().checked_add(jiff::Span::new().days(rng.below(3) as i64 - 1)).unwrap());
                let when = if rng.below(4) == 0 {
                    When::AllDay { first: original.date(), last: original.date() }
                } else {
                    moved
                };
                a.overrides.push(Override {
                    original,
                    when,
                    title: rng.pick(&TITLES).to_string(),
                    place: random_text(rng, true),
                    note: random_text(rng, true),
                });
            }
            _ => {}
        }
    }
    a
}

#[test]
fn export_then_import_gives_back_the_same_appointments() {
    let mut rng = Rng(0x0123_4567_89ab_cdef);
    let appts: Vec<Appointment> = (0..300).map(|_| random_appointment(&mut rng)).collect();
    for a in &appts {
        assert_eq!(a.check(), Ok(()), "{a:#?}");
    }
    let text = export(&appts);
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{line}");
        assert!(!line.contains('\n') && !line.contains('\r'));
    }
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:") && text.ends_with("END:VCALENDAR\r\n"));
    assert!(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"));
    let imp = import(text.as_bytes()).unwrap();
    assert!(imp.skipped.is_empty() && imp.cancelled.is_empty(), "{:#?}", imp.skipped);
    assert_eq!(imp.appointments.len(), appts.len());
    for (got, want) in imp.appointments.iter().zip(&appts) {
        assert_eq!(got, want);
    }
    // And a second round changes nothing.
    assert_eq!(export(&imp.appointments), text);
}

#[test]
fn exported_text_in_detail() {
    let start = date(2026, 11, 14).at(11, 0, 0, 0);
    let mut a = Appointment::new(
        "Tag des Dialogs; Rathaus, Neuss",
        timed(start, date(2026, 11, 14).at(15, 0, 0, 0)),
        ts("2026-10-01T12:00:00Z"),
    );
    a.uid = "tdd@willkommensmappe".into();
    a.note = "Zeile 1\nZeile 2 \\ Ende".into();
    a.contact = Some("integrationsrat".into());
    a.reminders = vec![1440, 60];
    a.repeat = Some(Repeat {
        freq: Freq::YearlyByWeekday { month: 11, nth: 2, day: Weekday::Saturday },
        interval: 1,
        end: RepeatEnd::Until(date(2030, 11, 9)),
    });
    a.exdates = vec![date(2027, 11, 13).at(11, 0, 0, 0)];
    let text = export(&[a]);
    for want in [
        "UID:tdd@willkommensmappe\r\n",
        "DTSTAMP:20261001T120000Z\r\n",
        "DTSTART;TZID=Europe/Berlin:20261114T110000\r\n",
        "DTEND;TZID=Europe/Berlin:20261114T150000\r\n",
        "SUMMARY:Tag des Dialogs\\; Rathaus\\, Neuss\r\n",
        "DESCRIPTION:Zeile 1\\nZeile 2 \\\\ Ende\r\n",
        "X-WM-CONTACT:integrationsrat\r\n",
        "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=2SA;UNTIL=20301109T100000Z\r\n",
        "EXDATE;TZID=Europe/Berlin:20271113T110000\r\n",
        "TRIGGER:-P1D\r\n",
        "TRIGGER:-PT60M\r\n",
        "ACTION:DISPLAY\r\n",
        "SEQUENCE:0\r\n",
        "CALSCALE:GREGORIAN\r\n",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n",
    ] {
        assert!(text.contains(want), "{want} missing in\n{text}");
    }
}
