//! The vault's tables. Only ciphertext is stored: document pages, thumbnails and metadata are
//! sealed with the data key ([`crate::vault::crypto`]), which is stored wrapped by the key
//! derived from the PIN. The one plaintext about documents is each one's expiry date (for
//! reminders while locked). `PRAGMA secure_delete` (set in `Store::open`) overwrites deleted
//! rows, so a deleted document's bytes are gone from the file.

use super::storage;
use crate::api::StoreError;
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

/// Adds a document, all pages, in one transaction: it is there whole or not at all.
pub fn add(conn: &mut Connection, key: &Key, doc: &NewDocument, now: jiff::Timestamp) -> Result<i64, VaultError> {
    if doc.title.trim().is_empty() {
        return Err(refused(VaultRefusal::Invalid { rule: "vault-title-required".into() }));
    }
    if doc.pages.is_empty() {
        return Err(refused(VaultRefusal::Invalid { rule: "vault-pages-required".into() }));
    }
    if doc.pages.len() > MAX_PAGES || doc.pages.iter().any(|p| p.data.0.len() > MAX_FILE_BYTES) {
        return Err(refused(VaultRefusal::TooLarge { limit_bytes: MAX_FILE_BYTES as u64 }));
    }
    if let Some(p) = doc.pages.iter().find(|p| !MIME_TYPES.contains(&p.mime.as_str())) {
        return Err(refused(VaultRefusal::Invalid { rule: format!("vault-file-type:{}", p.mime) }));
    }
    for date in [&doc.issued, &doc.expires].into_iter().flatten() {
        if date.parse::<jiff::civil::Date>().is_err() {
            return Err(refused(VaultRefusal::Invalid { rule: "vault-date".into() }));
        }
    }
    let meta = DocumentMeta {
        title: doc.title.trim().to_string(),
        category: doc.category,
        issued: doc.issued.clone(),
        expires: doc.expires.clone(),
        note: doc.note.clone(),
        pages: doc.pages.iter().map(|p| PageInfo { mime: p.mime.clone(), rotation: 0 }).collect(),
    };
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT INTO vault_docs (meta, expires, added) VALUES (x'', ?1, ?2)",
        params![doc.expires, now.to_string()],
    )?;
    let id = tx.last_insert_rowid();
    let sealed_meta = crypto::seal(key, &meta_context(id), &serde_json::to_vec(&meta).expect("serialises"));
    tx.execute("UPDATE vault_docs SET meta = ?1 WHERE id = ?2", params![sealed_meta, id])?;
    for (n, page) in doc.pages.iter().enumerate() {
        let data = crypto::seal(key, &page_context(id, n), &page.data.0);
        let thumb = page.thumbnail.as_ref().map(|t| crypto::seal(key, &thumb_context(id, n), &t.0));
        tx.execute(
            "INSERT INTO vault_pages (doc, n, data, thumb) VALUES (?1, ?2, ?3, ?4)",
            params![id, n as i64, data, thumb],
        )?;
    }
    tx.commit()?;
    Ok(id)
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
