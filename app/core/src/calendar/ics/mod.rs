//! iCalendar files (RFC 5545): [`export`] appointments, [`import`] them from what calendar
//! programs, booking sites and e-mail invitations produce.
//!
//! # Writing
//!
//! One VCALENDAR (VERSION 2.0, PRODID, CALSCALE GREGORIAN) with one VTIMEZONE for Europe/Berlin
//! (the EU rule as STANDARD/DAYLIGHT with yearly RRULEs), then per appointment a VEVENT:
//! timed ones with `DTSTART;TZID=Europe/Berlin`, all-day ones as `VALUE=DATE` with the day after
//! the last as DTEND; RRULE (an UNTIL of a timed series in UTC, as RFC 5545 3.3.10 demands: the
//! instant of the last possible start); EXDATE; one more VEVENT with RECURRENCE-ID per changed
//! occurrence; a VALARM per reminder; the contact as X-WM-CONTACT. Text is escaped, lines are
//! folded at 75 octets (never inside a UTF-8 character), lines end with CRLF.
//!
//! # Reading
//!
//! * Lines: CRLF or LF, folded with a space or a tab. UTF-8 only (a byte order mark is fine).
//! * Time zones: a TZID naming Berlin in any spelling (`Europe/Berlin`, `/…/Europe/Berlin`,
//!   Outlook's "W. Europe Standard Time" and the other Windows names of Central European time,
//!   "(UTC+01:00) Amsterdam, Berlin, …") is Berlin. Other TZIDs are evaluated with the file's
//!   VTIMEZONE (its observances' DTSTART, yearly RRULE, RDATE and offsets); without one, IANA
//!   names of zones that have kept Berlin's rules since 1996 count as Berlin and UTC names as
//!   UTC, and an event in any other zone is skipped ([`SkipReason::UnknownTimeZone`]).
//!   UTC times (`…Z`) and times in other zones become Berlin local time; floating times are
//!   taken as Berlin local time.
//! * A series in another zone whose Berlin time of day changes during the year (New York
//!   switches weeks before Berlin) is kept, in Berlin local time from its first occurrence on,
//!   and reported ([`SkipReason::OtherTimeZoneRules`], [`Kept::All`]): some occurrences may be
//!   an hour off.
//! * All-day: VALUE=DATE, and Outlook's midnight times with X-MICROSOFT-CDO-ALLDAYEVENT:TRUE.
//! * Text: escapes undone; line breaks and tabs in a SUMMARY become spaces; text longer than
//!   the app's limits is cut there. `updated` keeps whole seconds.
//! * End: DTEND or DURATION. An all-day event without either lasts one day (RFC 5545). A timed
//!   event without either (RFC 5545: a moment) or with an end not after its start lasts one
//!   hour, because appointments here have a length.
//! * RRULE: FREQ DAILY/WEEKLY/MONTHLY/YEARLY, INTERVAL up to 999, COUNT up to 1000 or UNTIL,
//!   BYDAY for weekly series (also FREQ=DAILY with plain BYDAY, which means the same), a
//!   BYMONTHDAY equal to the start's day, BYMONTH equal to the start's month, one nth weekday
//!   (`2SA`, `-1SU`, or a weekday with BYSETPOS 1..4 or -1) for monthly and yearly series, WKST
//!   where it changes nothing. Anything else (BYHOUR, BYWEEKNO, BYYEARDAY, several BYMONTHs, 5th
//!   weekdays, RDATE, EXRULE, several RRULEs, a start not matching its own rule) keeps only the
//!   first occurrence and is reported ([`SkipReason::UnsupportedRepeat`], [`Kept::FirstOnly`]).
//! * EXDATE: any number, comma lists, UTC or TZID or dates; ones that match no occurrence are
//!   dropped. RECURRENCE-ID events become changes of their series; one that matches no
//!   occurrence (or has no series in the file) becomes an appointment of its own; a cancelled one
//!   (STATUS:CANCELLED) cancels that occurrence.
//! * VALARM with a TRIGGER relative to the start and not after it becomes a reminder (at most
//!   5, at most 4 weeks before); alarms relative to the end, at absolute times or with
//!   ACTION:NONE are left out.
//! * Cancellations (STATUS:CANCELLED, METHOD:CANCEL) are listed in [`Import::cancelled`] so the
//!   store can remove what it has under that UID. METHOD:REQUEST and PUBLISH are read as events.
//! * Ignored: VTODO, VJOURNAL, VFREEBUSY, X- and unknown properties and parameters.
//! * `updated` is LAST-MODIFIED, else DTSTAMP, else CREATED, else the Unix epoch.
//! * Refused as a whole, with nothing returned ([`IcsError`]): more than 5 MB, not UTF-8,
//!   no VCALENDAR, a content line that is not one, BEGIN/END that do not match or are not
//!   closed, nesting deeper than 4, a line longer than 100,000 octets after unfolding, more than
//!   5,000 events, an event's date outside 1900..=2200.

mod lex;
mod read;
mod values;
mod write;

#[cfg(test)]
mod tests;

use super::Appointment;
use jiff::civil::DateTime;
use serde::{Deserialize, Serialize};

pub use read::import;
pub use write::export;

/// Largest file read.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// Most events (VEVENTs) in a file.
pub const MAX_EVENTS: usize = 5000;
/// Longest content line after unfolding, in octets. Not smaller: Outlook puts a whole HTML
/// invitation into one X-ALT-DESC line, and an exported note of [`crate::calendar::MAX_NOTE_CHARS`]
/// characters must fit.
pub const MAX_LINE_BYTES: usize = 100_000;
/// Deepest nesting of components (VCALENDAR > VEVENT > VALARM is 3).
pub const MAX_DEPTH: usize = 4;

/// What was read from a file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Import {
    /// Ready to store: each passes [`Appointment::check`].
    pub appointments: Vec<Appointment>,
    /// Events left out or kept only in part, each with its reason.
    pub skipped: Vec<Skipped>,
    /// Cancellations: the store removes what it has under the UID (or that occurrence).
    pub cancelled: Vec<Cancelled>,
}

/// An event that was not (or not wholly) taken over.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skipped {
    pub reason: SkipReason,
    /// The event's SUMMARY, to show the user which one.
    pub summary: String,
    pub uid: String,
    pub kept: Kept,
}

/// How much of a reported event is in [`Import::appointments`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kept {
    Nothing,
    /// Only the first occurrence of a series.
    FirstOnly,
    /// The first part of a series.
    Partly,
    /// All of it, with the reported caveat.
    All,
}

/// Why an event is in [`Import::skipped`]. The UI shows a translated message for each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SkipReason {
    /// No DTSTART, or one that cannot be read.
    NoStart,
    /// A TZID without a VTIMEZONE in the file and not known here.
    UnknownTimeZone,
    NoTitle,
    /// Longer than a year.
    TooLong,
    /// A repeat rule the app cannot express: the first occurrence is kept.
    UnsupportedRepeat,
    /// A series of more than 1000 occurrences: the first 1000 are kept ([`Kept::Partly`]).
    CountShortened,
    /// A series in another time zone whose Berlin time of day shifts during the year.
    OtherTimeZoneRules,
    /// Another event with the same UID (and a higher SEQUENCE) was taken.
    Duplicate,
    /// The event breaks a rule of the app's calendar.
    Invalid(super::CalendarError),
}

/// A cancelled event or occurrence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cancelled {
    pub uid: String,
    /// Only this occurrence (Berlin local start), or the whole event.
    pub original: Option<DateTime>,
    pub summary: String,
}

/// Why a file is refused as a whole. The UI shows a translated message for each.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IcsError {
    /// More than [`MAX_BYTES`].
    TooLarge,
    /// Not UTF-8 (UTF-16, Latin-1, binary).
    WrongEncoding,
    /// Does not start with BEGIN:VCALENDAR.
    NotCalendar,
    /// A content line that is not `NAME[;PARAMS]:VALUE`, or text after the calendar.
    BadLine { line: usize },
    /// An END that does not close the open component.
    Mismatched { line: usize },
    /// A component opened on this line is never closed.
    Unterminated { line: usize },
    /// Nesting deeper than [`MAX_DEPTH`].
    TooDeep { line: usize },
    /// A content line longer than [`MAX_LINE_BYTES`].
    LineTooLong { line: usize },
    /// More than [`MAX_EVENTS`] events.
    TooManyEvents,
    /// An event's date outside [`crate::calendar::YEARS`].
    DateOutOfRange { line: usize },
}

impl std::fmt::Display for IcsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "unreadable iCalendar file: {self:?}")
    }
}

impl std::error::Error for IcsError {}
