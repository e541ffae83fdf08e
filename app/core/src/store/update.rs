//! The updater's memory, and applying a verified update in one transaction.

use super::content::{info, installed_manifest, pack_file, write_pack};
use super::storage;
use crate::api::StoreError;
use crate::content::{Bundle, FileEntry, Manifest};
use crate::trust::{files_digest, may_replace, SignedManifest};
use crate::update::{assemble, CheckRecord, UpdateProblem, UpdateStatus, Validators, VerifiedUpdate};
use rusqlite::{params, Connection, OptionalExtension};
use std::collections::BTreeMap;

pub(super) const MIGRATION: &str = "
-- Key/value: etag, last_modified, last_check, last_success, last_error (JSON), expires.
CREATE TABLE update_state (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT;
-- Signing keys introduced by rotation statements (hex), trusted besides the built-in ones.
CREATE TABLE learned_keys (key TEXT PRIMARY KEY NOT NULL, learned TEXT NOT NULL) STRICT;
";

fn get(conn: &Connection, key: &str) -> Result<Option<String>, StoreError> {
    conn.query_row("SELECT value FROM update_state WHERE key = ?1", [key], |r| r.get(0)).optional().map_err(storage)
}

fn set(conn: &Connection, key: &str, value: Option<&str>) -> Result<(), StoreError> {
    match value {
        Some(v) => conn.execute(
            "INSERT INTO update_state (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![key, v],
        ),
        None => conn.execute("DELETE FROM update_state WHERE key = ?1", [key]),
    }
    .map(|_| ())
    .map_err(storage)
}

/// Records until when the installed content's signature is valid (`None`: built-in content).
pub(super) fn set_expires(conn: &Connection, expires: Option<&str>) -> Result<(), StoreError> {
    set(conn, "expires", expires)
}

fn set_validators(conn: &Connection, v: &Validators) -> Result<(), StoreError> {
    set(conn, "etag", v.etag.as_deref())?;
    set(conn, "last_modified", v.last_modified.as_deref())
}

pub fn status(conn: &Connection) -> Result<UpdateStatus, StoreError> {
    let manifest = installed_manifest(conn)?;
    let mut stmt = conn.prepare("SELECT key FROM learned_keys ORDER BY learned, key").map_err(storage)?;
    let learned_keys = stmt.query_map([], |r| r.get(0)).map_err(storage)?.collect::<Result<_, _>>().map_err(storage)?;
    Ok(UpdateStatus {
        content: info(conn)?,
        digest: manifest.as_ref().map(files_digest),
        created: manifest.map(|m| m.created),
        expires: get(conn, "expires")?,
        validators: Validators { etag: get(conn, "etag")?, last_modified: get(conn, "last_modified")? },
        learned_keys,
        last_check: get(conn, "last_check")?,
        last_success: get(conn, "last_success")?,
        // A problem written by a newer app version that this one cannot read is not shown.
        last_error: get(conn, "last_error")?.and_then(|j| serde_json::from_str(&j).ok()),
    })
}

/// Remembers a check that applied nothing.
pub fn record(conn: &mut Connection, record: &CheckRecord) -> Result<UpdateStatus, StoreError> {
    let tx = conn.transaction().map_err(storage)?;
    match record {
        CheckRecord::Unchanged { at, validators } => {
            set(&tx, "last_check", Some(at))?;
            set(&tx, "last_success", Some(at))?;
            set(&tx, "last_error", None)?;
            set_validators(&tx, validators)?;
        }
        CheckRecord::Failed { at, problem } => {
            set(&tx, "last_check", Some(at))?;
            set(&tx, "last_error", Some(&serde_json::to_string(problem).expect("serialises")))?;
        }
    }
    tx.commit().map_err(storage)?;
    status(conn)
}

fn store_problem(e: StoreError) -> UpdateProblem {
    UpdateProblem::Storage { detail: e.to_string() }
}

/// All parts' texts: the downloaded ones, the rest from the installed files.
fn all_parts(
    conn: &Connection,
    signed: &SignedManifest,
    downloaded: &BTreeMap<String, String>,
) -> Result<BTreeMap<String, String>, UpdateProblem> {
    let mut texts = BTreeMap::new();
    for part in &signed.parts {
        let text = match downloaded.get(&part.sha256) {
            Some(t) => t.clone(),
            None => pack_file(conn, &part.sha256)
                .map_err(store_problem)?
                .ok_or_else(|| UpdateProblem::Truncated { path: part.path.clone() })?,
        };
        texts.insert(part.sha256.clone(), text);
    }
    Ok(texts)
}

/// The offered pack's manifest, assembled from its parts, and the files not installed yet.
pub fn plan(
    conn: &Connection,
    signed: &SignedManifest,
    downloaded_parts: &BTreeMap<String, String>,
) -> Result<(Manifest, Vec<FileEntry>), UpdateProblem> {
    let manifest = assemble(signed, &all_parts(conn, signed, downloaded_parts)?)?;
    let missing = super::content::missing_files(conn, &manifest.files).map_err(store_problem)?;
    Ok((manifest, missing))
}

/// Applies a verified update: the signed manifest, the downloaded parts of its file list and
/// the downloaded files (by hash), the rest taken from the installed files. The rollback rule, every hash and size, and every file's
/// decoding are checked before anything is written; then content, learned keys and the
/// updater's memory change together in one transaction, or not at all.
pub fn apply(conn: &mut Connection, update: &VerifiedUpdate) -> Result<UpdateStatus, UpdateProblem> {
    let now: jiff::Timestamp = update
        .at
        .parse()
        .map_err(|_| UpdateProblem::Storage { detail: format!("the check time {:?} is not an instant", update.at) })?;
    let parts = all_parts(conn, &update.signed, &update.parts)?;
    let manifest = &assemble(&update.signed, &parts)?;
    let current = status(conn).map_err(store_problem)?.installed();
    let replace = may_replace(current.as_ref(), manifest, now).map_err(|error| UpdateProblem::Refused { error })?;
    let tx = conn.transaction().map_err(|e| store_problem(storage(e)))?;
    if replace {
        let mut files = BTreeMap::new();
        for entry in &manifest.files {
            let text = match update.files.get(&entry.sha256) {
                Some(t) => t.clone(),
                None => pack_file(&tx, &entry.sha256)
                    .map_err(store_problem)?
                    .ok_or_else(|| UpdateProblem::Truncated { path: entry.path.clone() })?,
            };
            files.insert(entry.path.clone(), text);
        }
        let bundle = Bundle { manifest: manifest.clone(), files };
        write_pack(&tx, &bundle, &parts).map_err(|e| match e {
            StoreError::Invalid { detail } => UpdateProblem::FileDamaged { path: detail },
            other => store_problem(other),
        })?;
        set_expires(&tx, Some(&update.signed.expires)).map_err(store_problem)?;
    }
    for key in &update.new_keys {
        tx.execute("INSERT OR IGNORE INTO learned_keys (key, learned) VALUES (?1, ?2)", params![key, update.at])
            .map_err(|e| store_problem(storage(e)))?;
    }
    let record = || -> Result<(), StoreError> {
        set(&tx, "last_check", Some(&update.at))?;
        set(&tx, "last_success", Some(&update.at))?;
        set(&tx, "last_error", None)?;
        set_validators(&tx, &update.validators)
    };
    record().map_err(store_problem)?;
    tx.commit().map_err(|e| store_problem(storage(e)))?;
    status(conn).map_err(store_problem)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::FileEntry;
    use crate::store::content::{missing_files, topic};
    use crate::store::fixtures::{installed, sample};
    use crate::trust::UpdateError;

    const AT: &str = "2026-11-24T12:00:00Z";

    /// The signed manifest of `m` and all its parts' texts.
    fn signed(m: &Manifest) -> (SignedManifest, BTreeMap<String, String>) {
        let (signed, parts) = crate::update::to_sign(m, "2026-12-24T12:00:00Z");
        (signed, parts.into_iter().map(|(e, t)| (e.sha256, t)).collect())
    }

    fn update(b: &Bundle, entries: &[FileEntry]) -> VerifiedUpdate {
        let (signed, parts) = signed(&b.manifest);
        VerifiedUpdate {
            signed,
            parts,
            new_keys: vec![],
            files: entries.iter().map(|e| (e.sha256.clone(), b.files[&e.path].clone())).collect(),
            validators: Validators { etag: Some("\"v\"".into()), last_modified: None },
            at: AT.into(),
        }
    }

    #[test]
    fn a_one_page_change_downloads_one_file_and_applies_whole() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = installed(&dir, &sample(1, "Alt"));
        let v2 = sample(2, "Neu");
        let (s2, parts) = signed(&v2.manifest);
        let (_, missing) = plan(store.connection(), &s2, &parts).unwrap();
        assert_eq!(missing.iter().map(|e| e.path.as_str()).collect::<Vec<_>>(), ["topics/meb-buero/de.json"]);
        let mut u = update(&v2, &missing);
        u.new_keys = vec!["ab".repeat(32)];
        let status = apply(store.connection_mut(), &u).unwrap();
        assert_eq!(topic(store.connection(), "meb-buero", "de").unwrap().unwrap().page.title, "Neu");
        assert_eq!(status.content.unwrap().version, 2);
        assert_eq!(status.expires.as_deref(), Some("2026-12-24T12:00:00Z"));
        assert_eq!(status.validators.etag.as_deref(), Some("\"v\""));
        assert_eq!((status.last_check.as_deref(), status.last_success.as_deref()), (Some(AT), Some(AT)));
        assert_eq!(status.learned_keys, vec!["ab".repeat(32)]);
        assert!(missing_files(store.connection(), &v2.manifest.files).unwrap().is_empty());
        // The parts are kept: a later check needs none of them again.
        assert!(missing_files(store.connection(), &s2.parts).unwrap().is_empty());
    }

    #[test]
    fn bad_updates_leave_the_installed_content_exactly_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = installed(&dir, &sample(2, "Gut"));
        let snapshot = |s: &crate::store::Store| {
            (installed_manifest(s.connection()).unwrap(), topic(s.connection(), "meb-buero", "de").unwrap())
        };
        let before = snapshot(&store);
        let v3 = sample(3, "Neu");
        let missing = missing_files(store.connection(), &v3.manifest.files).unwrap();
        // Tampered file.
        let mut tampered = update(&v3, &missing);
        for t in tampered.files.values_mut() {
            *t = t.replace("Neu", "Böse");
        }
        assert!(matches!(apply(store.connection_mut(), &tampered), Err(UpdateProblem::FileDamaged { .. })));
        // A file missing (truncated download set).
        assert!(matches!(apply(store.connection_mut(), &update(&v3, &[])), Err(UpdateProblem::Truncated { .. })));
        // Mix and match: v3's manifest with files of another version.
        let other = sample(4, "Andere");
        let mut mixed = update(&other, &missing_files(store.connection(), &other.manifest.files).unwrap());
        (mixed.signed, mixed.parts) = signed(&v3.manifest);
        assert!(apply(store.connection_mut(), &mixed).is_err());
        // Rollback and same-version-different-files.
        let old = sample(1, "Uralt");
        assert!(matches!(
            apply(store.connection_mut(), &update(&old, &old.manifest.files)),
            Err(UpdateProblem::Refused { error: UpdateError::Rollback { .. } })
        ));
        let same = sample(2, "Anders");
        assert!(matches!(
            apply(store.connection_mut(), &update(&same, &same.manifest.files)),
            Err(UpdateProblem::Refused { error: UpdateError::SameVersionDifferentContent { .. } })
        ));
        assert_eq!(before, snapshot(&store));
        // Nothing of the refused updates was remembered either.
        let status = status(store.connection()).unwrap();
        assert_eq!((status.validators, status.last_success, status.expires), (Validators::default(), None, None));
    }

    #[test]
    fn running_out_of_space_during_apply_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = installed(&dir, &sample(1, "Gut"));
        // A big page, and a database that may not grow any more: SQLITE_FULL mid-transaction.
        let mut v2 = sample(2, "Neu");
        let path = "topics/meb-buero/de.json".to_string();
        let mut page: crate::content::Page = serde_json::from_str(&v2.files[&path]).unwrap();
        page.text = "Wohnung ".repeat(20_000);
        let text = serde_json::to_string(&page).unwrap();
        for e in v2.manifest.files.iter_mut().filter(|e| e.path == path) {
            e.sha256 = crate::content::sha256_hex(text.as_bytes());
            e.size = text.len() as u64;
        }
        v2.files.insert(path, text);
        let pages: i64 = store.connection().query_row("PRAGMA page_count", [], |r| r.get(0)).unwrap();
        store.connection().execute_batch(&format!("PRAGMA max_page_count = {}", pages + 2)).unwrap();
        let missing = missing_files(store.connection(), &v2.manifest.files).unwrap();
        let err = apply(store.connection_mut(), &update(&v2, &missing)).unwrap_err();
        assert!(matches!(err, UpdateProblem::Storage { .. }), "{err:?}");
        assert_eq!(topic(store.connection(), "meb-buero", "de").unwrap().unwrap().page.title, "Gut");
        assert_eq!(info(store.connection()).unwrap().unwrap().version, 1);
    }

    #[test]
    fn checks_are_remembered_and_a_success_clears_the_last_error() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = installed(&dir, &sample(1, "Gut"));
        let problem = UpdateProblem::Server { status: 503 };
        let s =
            record(store.connection_mut(), &CheckRecord::Failed { at: AT.into(), problem: problem.clone() }).unwrap();
        assert_eq!((s.last_check.as_deref(), s.last_error, s.last_success), (Some(AT), Some(problem), None));
        let later = "2026-11-24T13:00:00Z";
        let v = Validators { etag: None, last_modified: Some("Tue, 24 Nov 2026 08:00:00 GMT".into()) };
        let s = record(store.connection_mut(), &CheckRecord::Unchanged { at: later.into(), validators: v.clone() })
            .unwrap();
        assert_eq!((s.last_success.as_deref(), s.last_error, s.validators), (Some(later), None, v));
    }
}
