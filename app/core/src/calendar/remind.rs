//! Reminders: which are due now (shown in the app) and when the next one falls due (for a
//! system notification). A reminder "1 hour before" a 10:00 appointment is due from 09:00 until
//! the appointment starts; for an all-day appointment "1 day before" means the day before at
//! local midnight, the start of its first day being local midnight in Europe/Berlin.

use super::{occurrences_of, Appointment, Occurrence};
use jiff::{SignedDuration, Timestamp};

/// An occurrence whose reminder is due, and how many minutes ahead the reminder was set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Due<'a> {
    pub occurrence: Occurrence<'a>,
    pub minutes: u32,
    /// When the reminder fell due.
    pub at: Timestamp,
}

/// The longest reminder, so no occurrence further ahead needs to be looked at.
fn horizon() -> SignedDuration {
    SignedDuration::from_mins(i64::from(super::MAX_REMINDER_MINUTES))
}

fn reminders_of<'a>(occurrence: &Occurrence<'a>) -> impl Iterator<Item = (u32, Timestamp)> + use<'a> {
    let start = occurrence.start;
    occurrence
        .appointment
        .reminders
        .clone()
        .into_iter()
        .filter_map(move |m| start.checked_sub(SignedDuration::from_mins(i64::from(m))).ok().map(|at| (m, at)))
}

/// Reminders due at `now`: the occurrence has not started and its earliest reminder time has
/// come. One entry per occurrence (its earliest passed reminder), soonest occurrence first.
pub fn due_now(appointments: &[Appointment], now: Timestamp) -> Vec<Due<'_>> {
    let until = now.checked_add(horizon()).unwrap_or(now);
    let mut out = Vec::new();
    for occurrence in occurrences_of(appointments, now, until) {
        if occurrence.start <= now {
            continue;
        }
        let passed = reminders_of(&occurrence).filter(|(_, at)| *at <= now).max_by_key(|(m, _)| *m);
        if let Some((minutes, at)) = passed {
            out.push(Due { occurrence, minutes, at });
        }
    }
    out
}

/// The next reminder to fall due after `now`, if any within the longest reminder time.
pub fn next_after(appointments: &[Appointment], now: Timestamp) -> Option<Due<'_>> {
    let until = now.checked_add(horizon()).and_then(|t| t.checked_add(horizon())).unwrap_or(now);
    occurrences_of(appointments, now, until)
        .into_iter()
        .filter(|o| o.start > now)
        .flat_map(|occurrence| {
            reminders_of(&occurrence)
                .filter(|(_, at)| *at > now)
                .map(|(minutes, at)| Due { occurrence: occurrence.clone(), minutes, at })
                .collect::<Vec<_>>()
        })
        .min_by_key(|d| d.at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::{Freq, Repeat, RepeatEnd, When};
    use jiff::civil::{date, Weekday};

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn course() -> Appointment {
        let day = date(2026, 3, 23);
        let mut a = Appointment::new(
            "Sprachkurs",
            When::Timed { start: day.at(10, 0, 0, 0), end: day.at(12, 0, 0, 0) },
            ts("2026-03-01T00:00:00Z"),
        );
        a.repeat =
            Some(Repeat { freq: Freq::Weekly { days: vec![Weekday::Monday] }, interval: 1, end: RepeatEnd::Never });
        a.reminders = vec![1440, 60];
        a
    }

    #[test]
    fn a_reminder_is_due_from_its_time_until_the_start() {
        let all = [course()];
        // Sunday 22 March 09:59 UTC = 10:59 CET: the day-before reminder (10:00 CET) is due.
        let due = due_now(&all, ts("2026-03-22T09:59:00Z"));
        assert_eq!(due.len(), 1);
        assert_eq!((due[0].minutes, due[0].at), (1440, ts("2026-03-22T09:00:00Z")));
        // Monday 09:30 CET: both passed; one entry, the one-hour reminder being the later.
        let due = due_now(&all, ts("2026-03-23T08:30:00Z"));
        assert_eq!(due.len(), 1);
        assert_eq!(due[0].minutes, 1440, "the earliest passed reminder names the entry");
        // After the start: not due any more; nothing before the day-before reminder.
        assert!(due_now(&all, ts("2026-03-23T09:00:00Z")).is_empty());
        assert!(due_now(&all, ts("2026-03-22T08:59:00Z")).is_empty());
    }

    #[test]
    fn the_next_reminder_follows_wall_clock_time_across_the_clock_change() {
        let all = [course()];
        // After Monday 23 March's course: the next is the day-before reminder for 30 March,
        // 10:00 CEST on the 29th (clocks went forward that night) = 08:00 UTC.
        let next = next_after(&all, ts("2026-03-23T12:00:00Z")).unwrap();
        assert_eq!((next.minutes, next.at), (1440, ts("2026-03-29T08:00:00Z")));
        let next = next_after(&all, next.at).unwrap();
        assert_eq!((next.minutes, next.at), (60, ts("2026-03-30T07:00:00Z")));
        let mut quiet = course();
        quiet.reminders.clear();
        assert_eq!(next_after(&[quiet], ts("2026-03-23T12:00:00Z")), None);
    }
}
