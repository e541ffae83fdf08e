//! The vault's tables. Only ciphertext is stored: document pages, thumbnails and metadata are
//! sealed with the data key ([`crate::vault::crypto`]), which is stored wrapped by the key
//! derived from the PIN. The one plaintext about documents is each one's expiry date (for
//! reminders while locked). `PRAGMA secure_delete` (set in `Store::open`) overwrites deleted
//! rows, so a deleted document's bytes are gone from the file.

use super::storage;
use crate::api::StoreError;
use crate::vault::backup;
use crate::vault::crypto::{self, CryptoError, KdfParams, Key};
use crate::vault::{
    wait_after, Bytes, DocumentMeta, DocumentSummary, NewDocument, PageInfo, VaultRefusal, VaultState, ERASE_AFTER,
    MAX_FILE_BYTES, MAX_PAGES,
};
use rusqlite::{params, Connection, OptionalExtension};

pub(super) const MIGRATION: &str = "
CREATE TABLE vault_key (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  salt BLOB NOT NULL, kdf TEXT NOT NULL, wrapped BLOB NOT NULL,
  failed INTEGER NOT NULL DEFAULT 0, wait_until TEXT,
  erase_after_10 INTEGER NOT NULL DEFAULT 0
) STRICT;
-- meta: sealed DocumentMeta JSON. AUTOINCREMENT: an id is never reused, so a sealed blob bound
-- to a deleted document's id can never pass as another document's.
CREATE TABLE vault_docs (
  id INTEGER PRIMARY KEY AUTOINCREMENT, meta BLOB NOT NULL, expires TEXT, added TEXT NOT NULL
) STRICT;
CREATE TABLE vault_pages (
  doc INTEGER NOT NULL REFERENCES vault_docs(id) ON DELETE CASCADE, n INTEGER NOT NULL,
  data BLOB NOT NULL, thumb BLOB, PRIMARY KEY (doc, n)
) STRICT;
";

/// The preview before the page: SQLite reads a row's columns in order, so with `thumb` after a
/// 5 MB `data` the list had to read through every page's whole file to reach its preview
/// (seconds for ten photos in the browser's storage). Rebuilt with `thumb` first.
pub(super) const MIGRATION_THUMB_FIRST: &str = "
CREATE TABLE vault_pages_new (
  doc INTEGER NOT NULL REFERENCES vault_docs(id) ON DELETE CASCADE, n INTEGER NOT NULL,
  thumb BLOB, data BLOB NOT NULL, PRIMARY KEY (doc, n)
) STRICT;
INSERT INTO vault_pages_new (doc, n, thumb, data) SELECT doc, n, thumb, data FROM vault_pages;
DROP TABLE vault_pages;
ALTER TABLE vault_pages_new RENAME TO vault_pages;
";

/// A refusal the reader can act on, or a storage failure.
#[derive(Debug, PartialEq)]
pub enum VaultError {
    Refused(VaultRefusal),
    Store(StoreError),
}

impl From<StoreError> for VaultError {
    fn from(e: StoreError) -> Self {
        VaultError::Store(e)
    }
}

impl From<rusqlite::Error> for VaultError {
    fn from(e: rusqlite::Error) -> Self {
        VaultError::Store(storage(e))
    }
}

fn refused(r: VaultRefusal) -> VaultError {
    VaultError::Refused(r)
}

fn tampered(_: CryptoError) -> VaultError {
    refused(VaultRefusal::Tampered)
}

struct KeyRow {
    salt: Vec<u8>,
    kdf: KdfParams,
    wrapped: Vec<u8>,
    failed: u32,
    wait_until: Option<String>,
    erase_after_10: bool,
}

fn key_row(conn: &Connection) -> Result<Option<KeyRow>, VaultError> {
    let row = conn
        .query_row(
            "SELECT salt, kdf, wrapped, failed, wait_until, erase_after_10 FROM vault_key WHERE id = 1",
            [],
            |r| Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, String>(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
        )
        .optional()?;
    let Some((salt, kdf, wrapped, failed, wait_until, erase)) = row else { return Ok(None) };
    let kdf: KdfParams = serde_json::from_str(&kdf).map_err(|_| refused(VaultRefusal::Tampered))?;
    Ok(Some(KeyRow { salt, kdf, wrapped, failed, wait_until, erase_after_10: erase }))
}

fn salt_of(row: &KeyRow) -> Result<[u8; 16], VaultError> {
    <[u8; 16]>::try_from(row.salt.as_slice()).map_err(|_| refused(VaultRefusal::Tampered))
}

pub fn state(conn: &Connection, unlocked: bool) -> Result<VaultState, VaultError> {
    let row = key_row(conn)?;
    let documents: u32 = conn.query_row("SELECT count(*) FROM vault_docs", [], |r| r.get(0))?;
    let mut stmt = conn.prepare("SELECT expires FROM vault_docs WHERE expires IS NOT NULL ORDER BY expires")?;
    let expiry_dates = stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
    Ok(VaultState {
        set_up: row.is_some(),
        unlocked: unlocked && row.is_some(),
        failed_attempts: row.as_ref().map_or(0, |r| r.failed),
        wait_until: row.as_ref().and_then(|r| r.wait_until.clone()),
        erase_after_10: row.as_ref().is_some_and(|r| r.erase_after_10),
        documents,
        expiry_dates,
    })
}

/// First use: a new random data key, wrapped under `secret`. Returns the unlocked key.
pub fn set_up(conn: &Connection, secret: &str, kdf: KdfParams) -> Result<Key, VaultError> {
    crypto::check_secret(secret).map_err(|rule| refused(VaultRefusal::Invalid { rule: rule.into() }))?;
    if key_row(conn)?.is_some() {
        return Err(refused(VaultRefusal::AlreadySetUp));
    }
    let salt: [u8; 16] = crypto::random();
    let data = Key::random();
    let wrapped = crypto::wrap(&crypto::derive(secret, &salt, kdf), &data);
    conn.execute(
        "INSERT INTO vault_key (id, salt, kdf, wrapped) VALUES (1, ?1, ?2, ?3)",
        params![salt.as_slice(), serde_json::to_string(&kdf).expect("serialises"), wrapped],
    )?;
    Ok(data)
}

/// Opens the vault with `secret` at `now`. Wrong secrets count, and make the next attempt
/// wait ([`wait_after`]); with "erase after 10" on, the tenth erases the vault.
pub fn unlock(conn: &mut Connection, secret: &str, now: jiff::Timestamp) -> Result<Key, VaultError> {
    let row = key_row(conn)?.ok_or(refused(VaultRefusal::NotSetUp))?;
    if let Some(until) = row.wait_until.as_deref().and_then(|w| w.parse::<jiff::Timestamp>().ok()) {
        if now < until {
            return Err(refused(VaultRefusal::Waiting { wait_until: until.to_string() }));
        }
    }
    let kek = crypto::derive(secret, &salt_of(&row)?, row.kdf);
    match crypto::unwrap(&kek, &row.wrapped) {
        Ok(key) => {
            conn.execute("UPDATE vault_key SET failed = 0, wait_until = NULL WHERE id = 1", [])?;
            Ok(key)
        }
        Err(CryptoError::Tampered) => Err(refused(VaultRefusal::Tampered)),
        Err(CryptoError::WrongSecret) => {
            let failed = row.failed + 1;
            if row.erase_after_10 && failed >= ERASE_AFTER {
                erase(conn)?;
                return Err(refused(VaultRefusal::Erased));
            }
            let wait = wait_after(failed);
            let wait_until = (!wait.is_zero()).then(|| now.saturating_add(wait).expect("bounded wait").to_string());
            conn.execute(
                "UPDATE vault_key SET failed = ?1, wait_until = ?2 WHERE id = 1",
                params![failed, wait_until],
            )?;
            Err(refused(VaultRefusal::WrongSecret { failed_attempts: failed, wait_until }))
        }
    }
}

/// Everything in the vault, gone (rows deleted; `secure_delete` overwrites them).
fn erase(conn: &mut Connection) -> Result<(), VaultError> {
    let tx = conn.transaction()?;
    tx.execute_batch("DELETE FROM vault_pages; DELETE FROM vault_docs; DELETE FROM vault_key;")?;
    tx.commit()?;
    Ok(())
}

/// A new PIN or passphrase: the data key is re-wrapped; no document is re-encrypted.
pub fn change_secret(conn: &Connection, old: &str, new: &str, kdf: KdfParams) -> Result<(), VaultError> {
    crypto::check_secret(new).map_err(|rule| refused(VaultRefusal::Invalid { rule: rule.into() }))?;
    let row = key_row(conn)?.ok_or(refused(VaultRefusal::NotSetUp))?;
    let data = crypto::unwrap(&crypto::derive(old, &salt_of(&row)?, row.kdf), &row.wrapped).map_err(|_| {
        refused(VaultRefusal::WrongSecret { failed_attempts: row.failed, wait_until: row.wait_until.clone() })
    })?;
    let salt: [u8; 16] = crypto::random();
    let wrapped = crypto::wrap(&crypto::derive(new, &salt, kdf), &data);
    conn.execute(
        "UPDATE vault_key SET salt = ?1, kdf = ?2, wrapped = ?3, failed = 0, wait_until = NULL WHERE id = 1",
        params![salt.as_slice(), serde_json::to_string(&kdf).expect("serialises"), wrapped],
    )?;
    Ok(())
}

pub fn set_erase_after_10(conn: &Connection, on: bool) -> Result<(), VaultError> {
    if conn.execute("UPDATE vault_key SET erase_after_10 = ?1 WHERE id = 1", [on])? == 0 {
        return Err(refused(VaultRefusal::NotSetUp));
    }
    Ok(())
}

fn meta_context(id: i64) -> Vec<u8> {
    format!("meta:{id}").into_bytes()
}

fn page_context(id: i64, n: usize) -> Vec<u8> {
    format!("page:{id}:{n}").into_bytes()
}

fn thumb_context(id: i64, n: usize) -> Vec<u8> {
    format!("thumb:{id}:{n}").into_bytes()
}

const MIME_TYPES: [&str; 4] = ["image/jpeg", "image/png", "image/webp", "application/pdf"];

/// Checks what every document must satisfy, however it arrives (added or restored).
fn check_document(meta: &DocumentMeta, page_sizes: impl Iterator<Item = usize>) -> Result<(), VaultError> {
    if meta.title.trim().is_empty() {
        return Err(refused(VaultRefusal::Invalid { rule: "vault-title-required".into() }));
    }
    if meta.pages.is_empty() {
        return Err(refused(VaultRefusal::Invalid { rule: "vault-pages-required".into() }));
    }
    let mut sizes = page_sizes;
    if meta.pages.len() > MAX_PAGES || sizes.any(|n| n > MAX_FILE_BYTES) {
        return Err(refused(VaultRefusal::TooLarge { limit_bytes: MAX_FILE_BYTES as u64 }));
    }
    if let Some(p) = meta.pages.iter().find(|p| !MIME_TYPES.contains(&p.mime.as_str())) {
        return Err(refused(VaultRefusal::Invalid { rule: format!("vault-file-type:{}", p.mime) }));
    }
    for date in [&meta.issued, &meta.expires].into_iter().flatten() {
        if date.parse::<jiff::civil::Date>().is_err() {
            return Err(refused(VaultRefusal::Invalid { rule: "vault-date".into() }));
        }
    }
    Ok(())
}

/// Writes one checked document: metadata and pages sealed under `key`. Part of the caller's
/// transaction.
fn insert(
    tx: &Connection,
    key: &Key,
    meta: &DocumentMeta,
    added: &str,
    pages: &[(&[u8], Option<&[u8]>)],
) -> Result<i64, VaultError> {
    tx.execute("INSERT INTO vault_docs (meta, expires, added) VALUES (x'', ?1, ?2)", params![meta.expires, added])?;
    let id = tx.last_insert_rowid();
    let sealed_meta = crypto::seal(key, &meta_context(id), &serde_json::to_vec(meta).expect("serialises"));
    tx.execute("UPDATE vault_docs SET meta = ?1 WHERE id = ?2", params![sealed_meta, id])?;
    for (n, (data, thumb)) in pages.iter().enumerate() {
        let data = crypto::seal(key, &page_context(id, n), data);
        let thumb = thumb.map(|t| crypto::seal(key, &thumb_context(id, n), t));
        tx.execute(
            "INSERT INTO vault_pages (doc, n, data, thumb) VALUES (?1, ?2, ?3, ?4)",
            params![id, n as i64, data, thumb],
        )?;
    }
    Ok(id)
}

/// Adds a document, all pages, in one transaction: it is there whole or not at all.
pub fn add(conn: &mut Connection, key: &Key, doc: &NewDocument, now: jiff::Timestamp) -> Result<i64, VaultError> {
    let meta = DocumentMeta {
        title: doc.title.trim().to_string(),
        category: doc.category,
        issued: doc.issued.clone(),
        expires: doc.expires.clone(),
        note: doc.note.clone(),
        pages: doc.pages.iter().map(|p| PageInfo { mime: p.mime.clone(), rotation: 0 }).collect(),
    };
    check_document(&meta, doc.pages.iter().map(|p| p.data.0.len()))?;
    let pages: Vec<(&[u8], Option<&[u8]>)> =
        doc.pages.iter().map(|p| (p.data.0.as_slice(), p.thumbnail.as_ref().map(|t| t.0.as_slice()))).collect();
    let tx = conn.transaction()?;
    let id = insert(&tx, key, &meta, &now.to_string(), &pages)?;
    tx.commit()?;
    Ok(id)
}

/// Turns page `n` of document `id` a quarter turn clockwise.
pub fn rotate(conn: &mut Connection, key: &Key, id: i64, n: usize) -> Result<(), VaultError> {
    let sealed: Vec<u8> = conn
        .query_row("SELECT meta FROM vault_docs WHERE id = ?1", [id], |r| r.get(0))
        .optional()?
        .ok_or(refused(VaultRefusal::NotFound))?;
    let mut meta = meta_of(key, id, &sealed)?;
    let page = meta.pages.get_mut(n).ok_or(refused(VaultRefusal::NotFound))?;
    page.rotation = (page.rotation + 1) % 4;
    let sealed = crypto::seal(key, &meta_context(id), &serde_json::to_vec(&meta).expect("serialises"));
    conn.execute("UPDATE vault_docs SET meta = ?1 WHERE id = ?2", params![sealed, id])?;
    Ok(())
}

/// The whole vault as one backup file under `passphrase`, oldest document first. Plaintext
/// exists only in memory, one document at a time.
pub fn backup(
    conn: &Connection,
    key: &Key,
    passphrase: &str,
    kdf: KdfParams,
    now: &str,
) -> Result<Vec<u8>, VaultError> {
    backup::check_passphrase(passphrase).map_err(|rule| refused(VaultRefusal::Invalid { rule: rule.into() }))?;
    let ids: Vec<(i64, Vec<u8>, String)> = conn
        .prepare("SELECT id, meta, added FROM vault_docs ORDER BY id")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    let mut writer = backup::BackupWriter::new(passphrase, kdf, now, ids.len() as u32);
    let mut stmt = conn.prepare("SELECT n, data, thumb FROM vault_pages WHERE doc = ?1 ORDER BY n")?;
    for (id, meta, added) in ids {
        let meta = meta_of(key, id, &meta)?;
        let rows: Vec<(i64, Vec<u8>, Option<Vec<u8>>)> =
            stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<Result<_, _>>()?;
        if rows.len() != meta.pages.len() || rows.iter().enumerate().any(|(i, (n, _, _))| i as i64 != *n) {
            return Err(refused(VaultRefusal::Tampered));
        }
        let pages = rows
            .into_iter()
            .map(|(n, data, thumb)| {
                let n = n as usize;
                let data = crypto::open(key, &page_context(id, n), &data).map_err(tampered)?;
                let thumb = match thumb {
                    Some(t) => Some(crypto::open(key, &thumb_context(id, n), &t).map_err(tampered)?),
                    None => None,
                };
                Ok((data, thumb))
            })
            .collect::<Result<_, VaultError>>()?;
        writer.push(&backup::BackupDocument { meta, added, pages });
    }
    Ok(writer.finish())
}

/// Adds the documents of a backup, re-sealed under this vault's key, in one transaction:
/// a wrong passphrase, a damaged file or a full disk change nothing. A document already here
/// (same title and time added: the same backup restored twice) is skipped. Returns
/// (restored, skipped).
pub fn restore(conn: &mut Connection, key: &Key, file: &[u8], passphrase: &str) -> Result<(u32, u32), VaultError> {
    let mut reader = backup::BackupReader::open(file, passphrase).map_err(|e| refused(e.into()))?;
    let present: std::collections::HashSet<(String, String)> =
        documents(conn, key)?.into_iter().map(|d| (d.meta.title, d.added)).collect();
    let tx = conn.transaction()?;
    let (mut restored, mut skipped) = (0, 0);
    while let Some(doc) = reader.next_document().map_err(|e| refused(e.into()))? {
        check_document(&doc.meta, doc.pages.iter().map(|(d, _)| d.len()))
            .map_err(|_| refused(VaultRefusal::BackupDamaged))?;
        if doc.added.parse::<jiff::Timestamp>().is_err() {
            return Err(refused(VaultRefusal::BackupDamaged));
        }
        if present.contains(&(doc.meta.title.clone(), doc.added.clone())) {
            skipped += 1;
            continue;
        }
        let pages: Vec<(&[u8], Option<&[u8]>)> = doc.pages.iter().map(|(d, t)| (d.as_slice(), t.as_deref())).collect();
        insert(&tx, key, &doc.meta, &doc.added, &pages)?;
        restored += 1;
    }
    reader.finish().map_err(|e| refused(e.into()))?;
    tx.commit()?;
    Ok((restored, skipped))
}

fn meta_of(key: &Key, id: i64, sealed: &[u8]) -> Result<DocumentMeta, VaultError> {
    let plain = crypto::open(key, &meta_context(id), sealed).map_err(tampered)?;
    serde_json::from_slice(&plain).map_err(|_| refused(VaultRefusal::Tampered))
}

/// Every document, decrypted, newest first, with its first page's preview.
pub fn documents(conn: &Connection, key: &Key) -> Result<Vec<DocumentSummary>, VaultError> {
    let mut stmt = conn.prepare(
        "SELECT d.id, d.meta, d.added, p.thumb FROM vault_docs d LEFT JOIN vault_pages p ON p.doc = d.id AND p.n = 0 ORDER BY d.id DESC",
    )?;
    /// id, sealed meta, added, sealed first preview
    type Row = (i64, Vec<u8>, String, Option<Vec<u8>>);
    let rows: Vec<Row> =
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?.collect::<Result<_, _>>()?;
    rows.into_iter()
        .map(|(id, meta, added, thumb)| {
            let thumbnail = match thumb {
                Some(t) => Some(Bytes(crypto::open(key, &thumb_context(id, 0), &t).map_err(tampered)?)),
                None => None,
            };
            Ok(DocumentSummary { id, meta: meta_of(key, id, &meta)?, thumbnail, added })
        })
        .collect()
}

/// One page's file, decrypted: its kind and bytes.
pub fn page(conn: &Connection, key: &Key, id: i64, n: usize) -> Result<(PageInfo, Bytes), VaultError> {
    let row: Option<(Vec<u8>, Vec<u8>)> = conn
        .query_row(
            "SELECT d.meta, p.data FROM vault_docs d JOIN vault_pages p ON p.doc = d.id WHERE d.id = ?1 AND p.n = ?2",
            params![id, n as i64],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let (meta, data) = row.ok_or(refused(VaultRefusal::NotFound))?;
    let meta = meta_of(key, id, &meta)?;
    let info = meta.pages.get(n).cloned().ok_or(refused(VaultRefusal::Tampered))?;
    Ok((info, Bytes(crypto::open(key, &page_context(id, n), &data).map_err(tampered)?)))
}

/// Deletes a document and its pages (their bytes are overwritten: `secure_delete`).
pub fn delete(conn: &mut Connection, id: i64) -> Result<(), VaultError> {
    let tx = conn.transaction()?;
    tx.execute("DELETE FROM vault_pages WHERE doc = ?1", [id])?;
    if tx.execute("DELETE FROM vault_docs WHERE id = ?1", [id])? == 0 {
        return Err(refused(VaultRefusal::NotFound));
    }
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::{Request, Response};
    use crate::store::{NativeFiles, Service};
    use crate::vault::{Category, NewPage};

    const NOW: &str = "2026-11-24T12:00:00Z";
    const MARKER: &[u8] = b"WM-SECRET-MARKER-7f3a9c";
    const TITLE: &str = "Aufenthaltstitel Familie Haddad";
    const NOTE: &str = "Termin Ausländerbehörde Raum 17";

    fn service(dir: &tempfile::TempDir) -> Service<NativeFiles> {
        Service::start(dir.path().join("wm.db").display().to_string(), NativeFiles).with_kdf(KdfParams::FAST_FOR_TESTS)
    }

    fn document(pages: usize) -> NewDocument {
        NewDocument {
            title: TITLE.into(),
            category: Category::ResidencePermit,
            issued: Some("2025-03-01".into()),
            expires: Some("2027-02-28".into()),
            note: NOTE.into(),
            pages: (0..pages)
                .map(|n| {
                    let mut data = b"%PDF-1.7 ".to_vec();
                    data.extend_from_slice(MARKER);
                    data.extend_from_slice(format!(" page {n}").as_bytes());
                    NewPage {
                        mime: "application/pdf".into(),
                        data: Bytes(data),
                        thumbnail: Some(Bytes(MARKER.to_vec())),
                    }
                })
                .collect(),
        }
    }

    fn vault_state(r: Response) -> VaultState {
        match r {
            Response::Vault { vault } => vault,
            other => panic!("{other:?}"),
        }
    }

    fn refusal(r: Response) -> VaultRefusal {
        match r {
            Response::VaultRefused { refusal } => refusal,
            other => panic!("{other:?}"),
        }
    }

    fn unlock(svc: &mut Service<NativeFiles>, secret: &str, at: &str) -> Response {
        svc.handle(Request::VaultUnlock { secret: secret.into(), at: at.into() })
    }

    fn documents(svc: &mut Service<NativeFiles>) -> Vec<DocumentSummary> {
        match svc.handle(Request::VaultDocuments) {
            Response::VaultDocuments { documents } => documents,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn set_up_add_lock_unlock_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let mut svc = service(&dir);
        assert!(!vault_state(svc.handle(Request::VaultState)).set_up);
        assert_eq!(
            refusal(svc.handle(Request::VaultSetUp { secret: "12".into() })),
            VaultRefusal::Invalid { rule: "vault-pin-length".into() }
        );
        let s = vault_state(svc.handle(Request::VaultSetUp { secret: "4711".into() }));
        assert!(s.set_up && s.unlocked);
        let s = vault_state(svc.handle(Request::VaultAdd { document: document(2), at: NOW.into() }));
        assert_eq!((s.documents, s.expiry_dates.clone()), (1, vec!["2027-02-28".to_string()]));
        // Locked: nothing readable, but the expiry date is known for reminders.
        let s = vault_state(svc.handle(Request::VaultLock));
        assert!(!s.unlocked && s.expiry_dates.len() == 1);
        assert_eq!(refusal(svc.handle(Request::VaultDocuments)), VaultRefusal::Locked);
        assert_eq!(refusal(svc.handle(Request::VaultPage { id: 1, page: 0 })), VaultRefusal::Locked);
        // A restart forgets the key; the PIN brings everything back.
        drop(svc);
        let mut svc = service(&dir);
        assert!(!vault_state(svc.handle(Request::VaultState)).unlocked);
        assert!(vault_state(unlock(&mut svc, "4711", NOW)).unlocked);
        let docs = documents(&mut svc);
        assert_eq!((docs[0].meta.title.as_str(), docs[0].meta.note.as_str()), (TITLE, NOTE));
        assert_eq!(docs[0].meta.pages.len(), 2);
        assert_eq!(docs[0].thumbnail.as_ref().unwrap().0, MARKER);
        match svc.handle(Request::VaultPage { id: docs[0].id, page: 1 }) {
            Response::VaultPage { info, data } => {
                assert_eq!(info.mime, "application/pdf");
                assert!(data.0.ends_with(b" page 1"));
            }
            other => panic!("{other:?}"),
        }
        // Delete: gone.
        assert_eq!(vault_state(svc.handle(Request::VaultDelete { id: docs[0].id })).documents, 0);
        assert_eq!(refusal(svc.handle(Request::VaultDelete { id: docs[0].id })), VaultRefusal::NotFound);
    }

    #[test]
    fn wrong_pins_make_the_next_attempt_wait_longer() {
        let dir = tempfile::tempdir().unwrap();
        let mut svc = service(&dir);
        svc.handle(Request::VaultSetUp { secret: "4711".into() });
        svc.handle(Request::VaultLock);
        for n in 1..=2 {
            assert_eq!(
                refusal(unlock(&mut svc, "0000", NOW)),
                VaultRefusal::WrongSecret { failed_attempts: n, wait_until: None }
            );
        }
        assert_eq!(
            refusal(unlock(&mut svc, "0000", NOW)),
            VaultRefusal::WrongSecret { failed_attempts: 3, wait_until: Some("2026-11-24T12:00:05Z".into()) }
        );
        // Even the right PIN waits.
        assert_eq!(
            refusal(unlock(&mut svc, "4711", "2026-11-24T12:00:04Z")),
            VaultRefusal::Waiting { wait_until: "2026-11-24T12:00:05Z".into() }
        );
        assert!(vault_state(unlock(&mut svc, "4711", "2026-11-24T12:00:05Z")).unlocked);
        // Success resets the count.
        let s = vault_state(svc.handle(Request::VaultState));
        assert_eq!((s.failed_attempts, s.wait_until), (0, None));
    }

    #[test]
    fn erase_after_ten_wrong_attempts_only_when_switched_on() {
        let dir = tempfile::tempdir().unwrap();
        let mut svc = service(&dir);
        svc.handle(Request::VaultSetUp { secret: "4711".into() });
        svc.handle(Request::VaultAdd { document: document(1), at: NOW.into() });
        svc.handle(Request::VaultLock);
        let mut at = jiff::Timestamp::from_second(1_800_000_000).unwrap();
        for _ in 0..12 {
            at = at.saturating_add(jiff::SignedDuration::from_hours(2)).unwrap();
            assert!(matches!(refusal(unlock(&mut svc, "1111", &at.to_string())), VaultRefusal::WrongSecret { .. }));
        }
        assert_eq!(vault_state(svc.handle(Request::VaultState)).documents, 1, "off by default: nothing erased");
        at = at.saturating_add(jiff::SignedDuration::from_hours(2)).unwrap();
        assert!(vault_state(unlock(&mut svc, "4711", &at.to_string())).unlocked);
        assert!(vault_state(svc.handle(Request::VaultEraseAfter10 { on: true })).erase_after_10);
        svc.handle(Request::VaultLock);
        for n in 1..=10 {
            at = at.saturating_add(jiff::SignedDuration::from_hours(2)).unwrap();
            let r = refusal(unlock(&mut svc, "1111", &at.to_string()));
            if n < 10 {
                assert!(matches!(r, VaultRefusal::WrongSecret { .. }), "{r:?}");
            } else {
                assert_eq!(r, VaultRefusal::Erased);
            }
        }
        let s = vault_state(svc.handle(Request::VaultState));
        assert_eq!((s.set_up, s.documents), (false, 0));
    }

    #[test]
    fn changing_the_pin_keeps_every_document() {
        let dir = tempfile::tempdir().unwrap();
        let mut svc = service(&dir);
        svc.handle(Request::VaultSetUp { secret: "4711".into() });
        svc.handle(Request::VaultAdd { document: document(1), at: NOW.into() });
        let wrong = svc.handle(Request::VaultChangeSecret { old: "1234".into(), new: "ein neuer Satz".into() });
        assert!(matches!(refusal(wrong), VaultRefusal::WrongSecret { .. }));
        vault_state(svc.handle(Request::VaultChangeSecret { old: "4711".into(), new: "ein neuer Satz".into() }));
        svc.handle(Request::VaultLock);
        assert!(matches!(refusal(unlock(&mut svc, "4711", NOW)), VaultRefusal::WrongSecret { .. }));
        assert!(vault_state(unlock(&mut svc, "ein neuer Satz", NOW)).unlocked);
        assert_eq!(documents(&mut svc)[0].meta.title, TITLE);
    }

    #[test]
    fn bad_documents_are_refused_whole() {
        let dir = tempfile::tempdir().unwrap();
        let mut svc = service(&dir);
        svc.handle(Request::VaultSetUp { secret: "4711".into() });
        let mut doc = document(3);
        doc.pages[2].mime = "text/html".into();
        let r = refusal(svc.handle(Request::VaultAdd { document: doc, at: NOW.into() }));
        assert_eq!(r, VaultRefusal::Invalid { rule: "vault-file-type:text/html".into() });
        let mut big = document(1);
        big.pages[0].data = Bytes(vec![0; MAX_FILE_BYTES + 1]);
        let r = refusal(svc.handle(Request::VaultAdd { document: big, at: NOW.into() }));
        assert_eq!(r, VaultRefusal::TooLarge { limit_bytes: MAX_FILE_BYTES as u64 });
        let mut untitled = document(1);
        untitled.title = "  ".into();
        assert!(matches!(
            refusal(svc.handle(Request::VaultAdd { document: untitled, at: NOW.into() })),
            VaultRefusal::Invalid { .. }
        ));
        assert!(documents(&mut svc).is_empty());
    }

    #[test]
    fn running_out_of_space_while_adding_loses_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut svc = service(&dir);
        svc.handle(Request::VaultSetUp { secret: "4711".into() });
        svc.handle(Request::VaultAdd { document: document(1), at: NOW.into() });
        let path = dir.path().join("wm.db");
        {
            let conn = Connection::open(&path).unwrap();
            let pages: i64 = conn.query_row("PRAGMA page_count", [], |r| r.get(0)).unwrap();
            // max_page_count is per connection: set it on the service's own connection.
            drop(conn);
            let Ok(store) = &svc.state else { panic!() };
            store.connection().execute_batch(&format!("PRAGMA max_page_count = {}", pages + 3)).unwrap();
        }
        let mut big = document(1);
        big.pages[0].data = Bytes(vec![7; 2 * 1024 * 1024]);
        let r = svc.handle(Request::VaultAdd { document: big, at: NOW.into() });
        assert!(matches!(r, Response::Failed { .. }), "{r:?}");
        let docs = documents(&mut svc);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].meta.title, TITLE);
    }

    #[test]
    fn tampered_ciphertext_is_refused_not_shown() {
        let dir = tempfile::tempdir().unwrap();
        let mut svc = service(&dir);
        svc.handle(Request::VaultSetUp { secret: "4711".into() });
        svc.handle(Request::VaultAdd { document: document(1), at: NOW.into() });
        svc.handle(Request::VaultAdd { document: document(1), at: NOW.into() });
        let Ok(store) = &svc.state else { panic!() };
        // Flip a byte in a page; move one document's title onto the other.
        let conn = store.connection();
        let mut data: Vec<u8> = conn.query_row("SELECT data FROM vault_pages WHERE doc = 1", [], |r| r.get(0)).unwrap();
        let last = data.len() - 1;
        data[last] ^= 1;
        conn.execute("UPDATE vault_pages SET data = ?1 WHERE doc = 1", [data]).unwrap();
        assert_eq!(refusal(svc.handle(Request::VaultPage { id: 1, page: 0 })), VaultRefusal::Tampered);
        let Ok(store) = &svc.state else { panic!() };
        store
            .connection()
            .execute_batch("UPDATE vault_docs SET meta = (SELECT meta FROM vault_docs WHERE id = 1) WHERE id = 2")
            .unwrap();
        assert_eq!(refusal(svc.handle(Request::VaultDocuments)), VaultRefusal::Tampered);
    }

    fn backup_file(svc: &mut Service<NativeFiles>, passphrase: &str) -> Vec<u8> {
        match svc.handle(Request::VaultBackup { passphrase: passphrase.into(), at: NOW.into() }) {
            Response::VaultBackup { file } => file.0,
            other => panic!("{other:?}"),
        }
    }

    fn restore(svc: &mut Service<NativeFiles>, file: &[u8], passphrase: &str) -> Response {
        svc.handle(Request::VaultRestore { file: Bytes(file.to_vec()), passphrase: passphrase.into() })
    }

    const BACKUP_PASS: &str = "Quirinus-Münster am Markt";

    #[test]
    fn a_backup_restores_on_another_device_whole() {
        let a = tempfile::tempdir().unwrap();
        let mut svc = service(&a);
        svc.handle(Request::VaultSetUp { secret: "4711".into() });
        svc.handle(Request::VaultAdd { document: document(2), at: NOW.into() });
        let mut second = document(1);
        second.title = "Schulzeugnis".into();
        second.expires = None;
        svc.handle(Request::VaultAdd { document: second, at: "2026-11-24T12:05:00Z".into() });
        svc.handle(Request::VaultRotate { id: 1, page: 1 });
        let original = documents(&mut svc);
        assert_eq!(original[1].meta.pages[1].rotation, 1);
        // A PIN is not enough for a file that leaves the device.
        assert_eq!(
            refusal(svc.handle(Request::VaultBackup { passphrase: "4711".into(), at: NOW.into() })),
            VaultRefusal::Invalid { rule: "vault-backup-passphrase-rule".into() }
        );
        let file = backup_file(&mut svc, BACKUP_PASS);
        svc.handle(Request::VaultLock);
        assert_eq!(
            refusal(svc.handle(Request::VaultBackup { passphrase: BACKUP_PASS.into(), at: NOW.into() })),
            VaultRefusal::Locked
        );

        // The other device has its own PIN, and a document of its own.
        let b = tempfile::tempdir().unwrap();
        let mut other = service(&b);
        other.handle(Request::VaultSetUp { secret: "ein anderer Satz".into() });
        let mut own = document(1);
        own.title = "Mietvertrag".into();
        other.handle(Request::VaultAdd { document: own, at: NOW.into() });
        match restore(&mut other, &file, BACKUP_PASS) {
            Response::VaultRestored { restored, skipped, vault } => {
                assert_eq!((restored, skipped, vault.documents), (2, 0, 3));
                assert_eq!(vault.expiry_dates, vec!["2027-02-28".to_string(), "2027-02-28".to_string()]);
            }
            r => panic!("{r:?}"),
        }
        // Restoring the same file again adds nothing.
        match restore(&mut other, &file, BACKUP_PASS) {
            Response::VaultRestored { restored, skipped, .. } => assert_eq!((restored, skipped), (0, 2)),
            r => panic!("{r:?}"),
        }
        // Same metadata (rotation included), same pages, after a restart with the new PIN.
        drop(other);
        let mut other = service(&b);
        assert!(vault_state(unlock(&mut other, "ein anderer Satz", NOW)).unlocked);
        let restored = documents(&mut other);
        let titles: Vec<&str> = restored.iter().map(|d| d.meta.title.as_str()).collect();
        assert_eq!(titles, ["Schulzeugnis", TITLE, "Mietvertrag"]);
        for (r, o) in restored.iter().zip(&original) {
            assert_eq!((&r.meta, &r.added, &r.thumbnail), (&o.meta, &o.added, &o.thumbnail));
            for n in 0..o.meta.pages.len() as u32 {
                let page = |svc: &mut Service<NativeFiles>, id| svc.handle(Request::VaultPage { id, page: n });
                assert_eq!(page(&mut other, r.id), page(&mut svc_unlocked(&a), o.id));
            }
        }
    }

    fn svc_unlocked(dir: &tempfile::TempDir) -> Service<NativeFiles> {
        let mut svc = service(dir);
        assert!(vault_state(unlock(&mut svc, "4711", NOW)).unlocked);
        svc
    }

    #[test]
    fn a_wrong_or_damaged_backup_changes_nothing() {
        let a = tempfile::tempdir().unwrap();
        let mut svc = service(&a);
        svc.handle(Request::VaultSetUp { secret: "4711".into() });
        for _ in 0..3 {
            let mut doc = document(1);
            doc.pages[0].data = Bytes(vec![5; 300_000]);
            svc.handle(Request::VaultAdd { document: doc, at: NOW.into() });
        }
        let file = backup_file(&mut svc, BACKUP_PASS);
        let b = tempfile::tempdir().unwrap();
        let mut other = service(&b);
        other.handle(Request::VaultSetUp { secret: "4711".into() });
        assert_eq!(
            refusal(restore(&mut other, &file, "Quirinus-Münster am Mark")),
            VaultRefusal::BackupWrongPassphrase
        );
        assert_eq!(refusal(restore(&mut other, b"%PDF-1.7", BACKUP_PASS)), VaultRefusal::NotABackup);
        // The third document's record is damaged: the first two must not be kept either.
        let mut bad = file.clone();
        let at = bad.len() - 100;
        bad[at] ^= 1;
        assert_eq!(refusal(restore(&mut other, &bad, BACKUP_PASS)), VaultRefusal::BackupDamaged);
        assert_eq!(refusal(restore(&mut other, &file[..file.len() - 10], BACKUP_PASS)), VaultRefusal::BackupDamaged);
        assert!(documents(&mut other).is_empty());
        // Locked: refused before reading anything.
        other.handle(Request::VaultLock);
        assert_eq!(refusal(restore(&mut other, &file, BACKUP_PASS)), VaultRefusal::Locked);
        // Full disk halfway through: nothing restored, nothing lost.
        unlock(&mut other, "4711", NOW);
        other.handle(Request::VaultAdd { document: document(1), at: "2026-11-25T08:00:00Z".into() });
        let Ok(store) = &other.state else { panic!() };
        let pages: i64 = store.connection().query_row("PRAGMA page_count", [], |r| r.get(0)).unwrap();
        let page_size: i64 = store.connection().query_row("PRAGMA page_size", [], |r| r.get(0)).unwrap();
        // Room for about 400 KB more: one of the backup's documents (300 KB each), not two.
        let room = 400_000 / page_size + 1;
        store.connection().execute_batch(&format!("PRAGMA max_page_count = {}", pages + room)).unwrap();
        let r = restore(&mut other, &file, BACKUP_PASS);
        assert!(matches!(r, Response::Failed { .. }), "{r:?}");
        assert_eq!(documents(&mut other).len(), 1);
    }

    #[test]
    fn rotation_turns_and_stays() {
        let dir = tempfile::tempdir().unwrap();
        let mut svc = service(&dir);
        svc.handle(Request::VaultSetUp { secret: "4711".into() });
        svc.handle(Request::VaultAdd { document: document(2), at: NOW.into() });
        for _ in 0..5 {
            svc.handle(Request::VaultRotate { id: 1, page: 0 });
        }
        let rotations: Vec<u8> = documents(&mut svc)[0].meta.pages.iter().map(|p| p.rotation).collect();
        assert_eq!(rotations, [1, 0]);
        assert_eq!(refusal(svc.handle(Request::VaultRotate { id: 1, page: 2 })), VaultRefusal::NotFound);
        assert_eq!(refusal(svc.handle(Request::VaultRotate { id: 9, page: 0 })), VaultRefusal::NotFound);
        svc.handle(Request::VaultLock);
        assert_eq!(refusal(svc.handle(Request::VaultRotate { id: 1, page: 0 })), VaultRefusal::Locked);
    }

    #[test]
    fn a_vault_from_before_the_preview_move_keeps_every_document() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("wm.db").display().to_string();
        {
            let mut old = crate::store::Store::open_with(&path, &crate::store::MIGRATIONS[..5]).unwrap();
            let key = set_up(old.connection(), "4711", KdfParams::FAST_FOR_TESTS).unwrap();
            add(old.connection_mut(), &key, &document(2), NOW.parse().unwrap()).unwrap();
        }
        let mut svc = service(&dir);
        assert!(vault_state(unlock(&mut svc, "4711", NOW)).unlocked);
        let docs = documents(&mut svc);
        assert_eq!((docs.len(), docs[0].meta.title.as_str()), (1, TITLE));
        assert_eq!(docs[0].thumbnail.as_ref().unwrap().0, MARKER);
        match svc.handle(Request::VaultPage { id: docs[0].id, page: 1 }) {
            Response::VaultPage { data, .. } => assert!(data.0.ends_with(b" page 1")),
            other => panic!("{other:?}"),
        }
        let Ok(store) = &svc.state else { panic!() };
        let columns: Vec<String> = store
            .connection()
            .prepare("SELECT name FROM pragma_table_info('vault_pages')")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(columns, ["doc", "n", "thumb", "data"]);
    }

    /// Every byte the app stored, scanned for the documents' contents, their base64, titles and
    /// notes: none may appear.
    #[test]
    fn nothing_readable_reaches_the_disk() {
        use base64::Engine;
        let dir = tempfile::tempdir().unwrap();
        let mut svc = service(&dir);
        svc.handle(Request::VaultSetUp { secret: "4711".into() });
        for _ in 0..3 {
            svc.handle(Request::VaultAdd { document: document(2), at: NOW.into() });
        }
        let first = documents(&mut svc)[0].id;
        svc.handle(Request::VaultDelete { id: first });
        drop(svc);
        let mut needles: Vec<Vec<u8>> = vec![MARKER.to_vec(), TITLE.as_bytes().to_vec(), NOTE.as_bytes().to_vec()];
        // base64 of the marker at all three alignments (a prefix of 0–2 bytes before it).
        for pad in 0..3 {
            let mut bytes = vec![b'x'; pad];
            bytes.extend_from_slice(MARKER);
            let b64 = base64::engine::general_purpose::STANDARD.encode(&bytes);
            needles.push(b64.as_bytes()[4..20].to_vec());
        }
        let mut scanned = 0;
        for entry in std::fs::read_dir(dir.path()).unwrap() {
            let bytes = std::fs::read(entry.unwrap().path()).unwrap();
            scanned += bytes.len();
            for n in &needles {
                assert!(
                    !bytes.windows(n.len()).any(|w| w == n.as_slice()),
                    "{:?} found on disk",
                    String::from_utf8_lossy(n)
                );
            }
        }
        assert!(scanned > 10_000, "the database was scanned ({scanned} bytes)");
    }
}
