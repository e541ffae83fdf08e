//! The calendar's appointments and the notes, in SQLite.
//!
//! An appointment is stored whole as JSON (its local times, rule, exceptions: what the user
//! made) beside two indexed instants from [`Appointment::bounds`]: when its first occurrence
//! starts and when its last ends (NULL for a series without end), so a view asks only for what
//! can touch its window. Every appointment is checked ([`Appointment::check`]) before it is
//! written; an import is written in one transaction, all or nothing.

use super::storage;
use crate::api::StoreError;
use crate::calendar::{Appointment, CalendarError};
use crate::notes::{Note, NoteError};
use jiff::Timestamp;
use rusqlite::{params, Connection, OptionalExtension};

/// Migration 7.
pub const MIGRATION: &str = "
CREATE TABLE appointments (
    uid TEXT PRIMARY KEY NOT NULL,
    first_start INTEGER NOT NULL,
    last_end INTEGER,
    body TEXT NOT NULL
) STRICT;
CREATE INDEX appointments_by_start ON appointments (first_start);
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    body TEXT NOT NULL,
    updated TEXT NOT NULL
) STRICT;
";

/// What went wrong, for the service to answer with.
#[derive(Debug)]
pub enum CalendarStoreError {
    Invalid(CalendarError),
    InvalidNote(NoteError),
    Store(StoreError),
}

impl From<rusqlite::Error> for CalendarStoreError {
    fn from(e: rusqlite::Error) -> Self {
        CalendarStoreError::Store(storage(e))
    }
}

/// Appointments that may have occurrences in `[from, to)`, or all of them.
pub fn appointments(conn: &Connection, window: Option<(Timestamp, Timestamp)>) -> Result<Vec<Appointment>, StoreError> {
    let (from, to) = window.map_or((i64::MIN, i64::MAX), |(f, t)| (f.as_second(), t.as_second()));
    let mut stmt = conn
        .prepare(
            "SELECT body FROM appointments WHERE first_start < ?2 AND (last_end IS NULL OR last_end > ?1)
             ORDER BY first_start, uid",
        )
        .map_err(storage)?;
    let rows = stmt.query_map(params![from, to], |r| r.get::<_, String>(0)).map_err(storage)?;
    let mut out = Vec::new();
    for body in rows {
        let body = body.map_err(storage)?;
        let appointment = serde_json::from_str(&body)
            .map_err(|e| StoreError::Storage { detail: format!("a stored appointment cannot be read: {e}") })?;
        out.push(appointment);
    }
    Ok(out)
}

fn write(conn: &Connection, appointment: &Appointment) -> Result<(), CalendarStoreError> {
    appointment.check().map_err(CalendarStoreError::Invalid)?;
    let (first, last) = appointment.bounds();
    let body = serde_json::to_string(appointment).expect("appointments serialise");
    conn.execute(
        "INSERT INTO appointments (uid, first_start, last_end, body) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (uid) DO UPDATE SET first_start = ?2, last_end = ?3, body = ?4",
        params![appointment.uid, first.as_second(), last.map(|l| l.as_second()), body],
    )?;
    Ok(())
}

/// Adds or replaces (same UID) one appointment.
pub fn save(conn: &mut Connection, appointment: &Appointment) -> Result<(), CalendarStoreError> {
    let tx = conn.transaction()?;
    write(&tx, appointment)?;
    tx.commit()?;
    Ok(())
}

/// Replaces one appointment by others in one step (e.g. a series split at "this and all
/// following": the shortened series and the new one; or the old one removed entirely).
pub fn replace(conn: &mut Connection, uid: &str, with: &[Appointment]) -> Result<(), CalendarStoreError> {
    let tx = conn.transaction()?;
    tx.execute("DELETE FROM appointments WHERE uid = ?1", [uid])?;
    for appointment in with {
        write(&tx, appointment)?;
    }
    tx.commit()?;
    Ok(())
}

/// Adds every appointment of an import, or none: `(added, replaced)`. One with a UID already
/// stored replaces it (the same invitation, sent again or updated).
pub fn import(conn: &mut Connection, appointments: &[Appointment]) -> Result<(u32, u32), CalendarStoreError> {
    let tx = conn.transaction()?;
    let (mut added, mut replaced) = (0, 0);
    for appointment in appointments {
        let exists = tx
            .query_row("SELECT 1 FROM appointments WHERE uid = ?1", [&appointment.uid], |_| Ok(()))
            .optional()?
            .is_some();
        write(&tx, appointment)?;
        if exists {
            replaced += 1;
        } else {
            added += 1;
        }
    }
    tx.commit()?;
    Ok((added, replaced))
}

/// Every note, the most recently changed first.
pub fn notes(conn: &Connection) -> Result<Vec<Note>, StoreError> {
    let mut stmt = conn.prepare("SELECT id, body FROM notes ORDER BY updated DESC, id DESC").map_err(storage)?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))).map_err(storage)?;
    let mut out = Vec::new();
    for row in rows {
        let (id, body) = row.map_err(storage)?;
        let mut note: Note = serde_json::from_str(&body)
            .map_err(|e| StoreError::Storage { detail: format!("a stored note cannot be read: {e}") })?;
        note.id = Some(id);
        out.push(note);
    }
    Ok(out)
}

/// Stores a new note or changes one; returns its id.
pub fn save_note(conn: &mut Connection, note: &Note, now: Timestamp) -> Result<i64, CalendarStoreError> {
    note.check().map_err(CalendarStoreError::InvalidNote)?;
    let mut stored = note.clone();
    stored.updated = Some(now);
    let id = stored.id.take();
    let body = serde_json::to_string(&stored).expect("notes serialise");
    match id {
        Some(id) => {
            let changed = conn.execute(
                "UPDATE notes SET body = ?1, updated = ?2 WHERE id = ?3",
                params![body, now.to_string(), id],
            )?;
            if changed == 0 {
                return Err(CalendarStoreError::Store(StoreError::Invalid { detail: format!("no note {id}") }));
            }
            Ok(id)
        }
        None => {
            conn.execute("INSERT INTO notes (body, updated) VALUES (?1, ?2)", params![body, now.to_string()])?;
            Ok(conn.last_insert_rowid())
        }
    }
}

pub fn delete_note(conn: &Connection, id: i64) -> Result<(), StoreError> {
    conn.execute("DELETE FROM notes WHERE id = ?1", [id]).map_err(storage)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::{Freq, Repeat, RepeatEnd, When};
    use crate::store::Store;
    use jiff::civil::{date, Weekday};

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path().join("wm.db").to_str().unwrap()).unwrap();
        (dir, store)
    }

    fn now() -> Timestamp {
        "2026-11-24T10:00:00Z".parse().unwrap()
    }

    fn course() -> Appointment {
        let mut a = Appointment::new(
            "Integrationskurs",
            When::Timed { start: date(2026, 11, 2).at(8, 30, 0, 0), end: date(2026, 11, 2).at(12, 45, 0, 0) },
            now(),
        );
        a.repeat = Some(Repeat {
            freq: Freq::Weekly {
                days: vec![Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday, Weekday::Friday],
            },
            interval: 1,
            end: RepeatEnd::Until(date(2027, 3, 31)),
        });
        a.reminders = vec![60];
        a
    }

    fn one_off(title: &str, day: i8) -> Appointment {
        Appointment::new(
            title,
            When::Timed { start: date(2026, 12, day).at(10, 0, 0, 0), end: date(2026, 12, day).at(11, 0, 0, 0) },
            now(),
        )
    }

    fn window(from: &str, to: &str) -> Option<(Timestamp, Timestamp)> {
        Some((from.parse().unwrap(), to.parse().unwrap()))
    }

    #[test]
    fn appointments_are_kept_whole_and_found_by_window() {
        let (_dir, mut store) = store();
        let conn = store.connection_mut();
        let (c, a, b) = (course(), one_off("Jobcenter", 3), one_off("Arzt", 20));
        for x in [&c, &a, &b] {
            save(conn, x).unwrap();
        }
        assert_eq!(appointments(conn, None).unwrap(), vec![c.clone(), a.clone(), b.clone()]);
        // The first week of December: the course (still running) and the Jobcenter visit.
        let first_week = appointments(conn, window("2026-11-30T23:00:00Z", "2026-12-07T23:00:00Z")).unwrap();
        assert_eq!(first_week, vec![c.clone(), a.clone()]);
        // April 2027: the course has ended, nothing else.
        assert!(appointments(conn, window("2027-04-01T00:00:00Z", "2027-05-01T00:00:00Z")).unwrap().is_empty());
        // Changing one keeps its UID; the same UID replaces.
        let mut moved = a.clone();
        moved.when = When::Timed { start: date(2026, 12, 4).at(9, 0, 0, 0), end: date(2026, 12, 4).at(9, 30, 0, 0) };
        save(conn, &moved).unwrap();
        assert_eq!(appointments(conn, None).unwrap().len(), 3);
        assert!(appointments(conn, None).unwrap().contains(&moved));
    }

    #[test]
    fn an_invalid_appointment_is_refused_and_nothing_changes() {
        let (_dir, mut store) = store();
        let conn = store.connection_mut();
        let c = course();
        save(conn, &c).unwrap();
        let mut bad = one_off("", 3);
        assert!(matches!(save(conn, &bad), Err(CalendarStoreError::Invalid(CalendarError::EmptyTitle))));
        bad.title = "Termin".into();
        bad.when = When::Timed { start: date(2026, 12, 3).at(11, 0, 0, 0), end: date(2026, 12, 3).at(10, 0, 0, 0) };
        assert!(matches!(save(conn, &bad), Err(CalendarStoreError::Invalid(CalendarError::EndNotAfterStart))));
        assert_eq!(appointments(conn, None).unwrap(), vec![c]);
    }

    #[test]
    fn an_import_adds_all_or_nothing_and_replaces_by_uid() {
        let (_dir, mut store) = store();
        let conn = store.connection_mut();
        let a = one_off("Jobcenter", 3);
        save(conn, &a).unwrap();
        let mut again = a.clone();
        again.title = "Jobcenter (verschoben)".into();
        let b = one_off("Arzt", 20);
        assert_eq!(import(conn, &[again.clone(), b.clone()]).unwrap(), (1, 1));
        assert_eq!(appointments(conn, None).unwrap(), vec![again.clone(), b.clone()]);
        // One bad appointment in an import: none of it is added.
        let mut bad = one_off("x", 5);
        bad.reminders = vec![60, 60];
        let c = one_off("Sprachcafé", 10);
        assert!(matches!(import(conn, &[c, bad]), Err(CalendarStoreError::Invalid(CalendarError::DuplicateReminder))));
        assert_eq!(appointments(conn, None).unwrap(), vec![again, b]);
    }

    #[test]
    fn a_series_split_or_removed_in_one_step() {
        let (_dir, mut store) = store();
        let conn = store.connection_mut();
        let c = course();
        save(conn, &c).unwrap();
        let (old, new) = c.split_from(date(2027, 1, 4).at(8, 30, 0, 0), now()).unwrap();
        let old = old.expect("the series started before the split");
        replace(conn, &c.uid, &[old.clone(), new.clone()]).unwrap();
        let all = appointments(conn, None).unwrap();
        assert_eq!(all.len(), 2);
        assert!(all.contains(&old) && all.contains(&new));
        replace(conn, &new.uid, &[]).unwrap();
        assert_eq!(appointments(conn, None).unwrap(), vec![old]);
    }

    #[test]
    fn notes_are_stored_changed_searched_and_deleted() {
        let (_dir, mut store) = store();
        let conn = store.connection_mut();
        let note = Note {
            id: None,
            title: "Ausländerbehörde".into(),
            day: Some(date(2026, 12, 3)),
            text: "Pass und Meldebescheinigung mitbringen".into(),
            link: Some(crate::notes::NoteLink::Contact { id: "meb-buero".into() }),
            updated: None,
        };
        let id = save_note(conn, &note, now()).unwrap();
        let later: Timestamp = "2026-11-25T08:00:00Z".parse().unwrap();
        let second =
            save_note(conn, &Note { title: "Fragen".into(), text: String::new(), ..note.clone() }, later).unwrap();
        let all = notes(conn).unwrap();
        assert_eq!(all.iter().map(|n| n.id.unwrap()).collect::<Vec<_>>(), vec![second, id]);
        assert_eq!(all[1], Note { id: Some(id), updated: Some(now()), ..note.clone() });
        let changed = Note { id: Some(id), text: "Nur den Pass".into(), ..note.clone() };
        assert_eq!(save_note(conn, &changed, "2026-11-26T08:00:00Z".parse().unwrap()).unwrap(), id);
        assert_eq!(notes(conn).unwrap()[0].text, "Nur den Pass");
        assert!(matches!(
            save_note(conn, &Note { title: " ".into(), text: String::new(), ..note.clone() }, now()),
            Err(CalendarStoreError::InvalidNote(NoteError::EmptyNote))
        ));
        assert!(matches!(save_note(conn, &Note { id: Some(999), ..note }, now()), Err(CalendarStoreError::Store(_))));
        delete_note(conn, id).unwrap();
        assert_eq!(notes(conn).unwrap().len(), 1);
    }

    #[test]
    fn the_service_answers_calendar_and_note_requests() {
        use crate::api::{Request, Response};
        use crate::store::{NativeFiles, Service};
        let dir = tempfile::tempdir().unwrap();
        let mut svc = Service::start(dir.path().join("wm.db").display().to_string(), NativeFiles);
        let c = course();
        let r = svc.handle(Request::SaveAppointment { appointment: c.clone() });
        assert_eq!(r, Response::CalendarChanged { added: 1, replaced: 0 });
        let bad = Appointment { title: String::new(), ..one_off("x", 1) };
        let r = svc.handle(Request::SaveAppointment { appointment: bad });
        assert_eq!(r, Response::AppointmentInvalid { error: CalendarError::EmptyTitle });
        let r = svc.handle(Request::Appointments { window: None });
        assert_eq!(r, Response::Appointments { appointments: vec![c.clone()] });
        // Through JSON, as the web build sends it.
        let json = Request::Appointments { window: window("2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z") }.to_json();
        let r = svc.handle(Request::from_json(&json).unwrap());
        assert_eq!(Response::from_json(&r.to_json()), Response::Appointments { appointments: vec![c.clone()] });
        let r = svc.handle(Request::ReplaceAppointment { uid: c.uid.clone(), with: vec![] });
        assert_eq!(r, Response::CalendarChanged { added: 0, replaced: 0 });
        assert_eq!(svc.handle(Request::Appointments { window: None }), Response::Appointments { appointments: vec![] });

        let note = Note { id: None, title: "Fragen".into(), day: None, text: String::new(), link: None, updated: None };
        let Response::NoteSaved { id } = svc.handle(Request::SaveNote { note: note.clone(), at: now() }) else {
            panic!()
        };
        let r = svc.handle(Request::SaveNote { note: Note { title: String::new(), ..note.clone() }, at: now() });
        assert_eq!(r, Response::NoteInvalid { error: NoteError::EmptyNote });
        let Response::Notes { notes } = svc.handle(Request::Notes) else { panic!() };
        assert_eq!(notes, vec![Note { id: Some(id), updated: Some(now()), ..note }]);
        assert_eq!(svc.handle(Request::DeleteNote { id }), Response::Done);
        assert_eq!(svc.handle(Request::Notes), Response::Notes { notes: vec![] });
    }
}
