//! Content tables: the installed pack, queried by the UI.
//!
//! A pack is installed in one transaction, replacing the previous one entirely, and only when
//! it is newer than what is installed: a half-installed pack or a downgrade cannot happen.

use super::storage;
use crate::api::{ContentInfo, StoreError, TopicView};
use crate::content::{Bundle, Contact, FileEntry, Manifest, Notice, Page, TopicMeta};
use crate::i18n::chain_of;
use rusqlite::{params, Connection, OptionalExtension};
use std::collections::BTreeMap;

pub(super) const MIGRATION: &str = "
CREATE TABLE content_meta (
  id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL, date TEXT NOT NULL,
  manifest TEXT NOT NULL
) STRICT;
-- The installed pack's files as published, by hash: an update downloads only the files whose
-- hash is not here.
CREATE TABLE pack_files (sha256 TEXT PRIMARY KEY NOT NULL, text TEXT NOT NULL) STRICT;
CREATE TABLE topics (slug TEXT PRIMARY KEY NOT NULL, ord INTEGER NOT NULL, json TEXT NOT NULL) STRICT;
CREATE TABLE pages (
  slug TEXT NOT NULL, lang TEXT NOT NULL, title TEXT NOT NULL, summary TEXT NOT NULL,
  reviewed INTEGER NOT NULL, html TEXT NOT NULL, body TEXT NOT NULL,
  PRIMARY KEY (slug, lang)
) STRICT;
CREATE TABLE contacts (id TEXT PRIMARY KEY NOT NULL, json TEXT NOT NULL) STRICT;
CREATE TABLE notices (id TEXT PRIMARY KEY NOT NULL, json TEXT NOT NULL) STRICT;
";

pub fn info(conn: &Connection) -> Result<Option<ContentInfo>, StoreError> {
    conn.query_row("SELECT version, date FROM content_meta WHERE id = 1", [], |r| {
        Ok(ContentInfo { version: r.get::<_, i64>(0)? as u64, date: r.get(1)? })
    })
    .optional()
    .map_err(storage)
}

/// Installs `bundle` if it is newer than the installed content. Returns whether it did.
pub fn install_if_newer(conn: &mut Connection, bundle: &Bundle) -> Result<bool, StoreError> {
    let installed = info(conn)?.map_or(0, |i| i.version);
    if bundle.manifest.content_version <= installed {
        return Ok(false);
    }
    install(conn, bundle)?;
    Ok(true)
}

/// The installed manifest, if any.
pub fn installed_manifest(conn: &Connection) -> Result<Option<Manifest>, StoreError> {
    let json: Option<String> = conn
        .query_row("SELECT manifest FROM content_meta WHERE id = 1", [], |r| r.get(0))
        .optional()
        .map_err(storage)?;
    json.map(json_of).transpose()
}

/// The stored text of an installed file, by hash.
pub(super) fn pack_file(conn: &Connection, sha256: &str) -> Result<Option<String>, StoreError> {
    conn.query_row("SELECT text FROM pack_files WHERE sha256 = ?1", [sha256], |r| r.get(0)).optional().map_err(storage)
}

/// The files among `offered` that are not installed yet: all an update needs to download.
pub fn missing_files(conn: &Connection, offered: &[FileEntry]) -> Result<Vec<FileEntry>, StoreError> {
    let mut stmt = conn.prepare("SELECT 1 FROM pack_files WHERE sha256 = ?1").map_err(storage)?;
    let mut missing = Vec::new();
    for entry in offered {
        if !stmt.exists([&entry.sha256]).map_err(storage)? {
            missing.push(entry.clone());
        }
    }
    Ok(missing)
}

/// Replaces the installed content with built-in `bundle` in one transaction, after checking it
/// whole. Built-in content does not expire.
fn install(conn: &mut Connection, bundle: &Bundle) -> Result<(), StoreError> {
    let tx = conn.transaction().map_err(storage)?;
    // The parts of its file list, as a publication of the same pack has them: the first
    // update then downloads only the parts that changed.
    let parts = crate::update::split(&bundle.manifest.files).into_iter().map(|(e, t)| (e.sha256, t)).collect();
    write_pack(&tx, bundle, &parts)?;
    super::update::set_expires(&tx, None)?;
    tx.commit().map_err(storage)
}

/// Replaces the installed content with `bundle` inside the caller's transaction. The pack is
/// opened (every hash and size checked, every file decoded) before anything is written.
/// `parts`: the texts of its file list's parts by hash, kept so the next update needs only the
/// parts that changed.
pub(super) fn write_pack(
    tx: &rusqlite::Transaction,
    bundle: &Bundle,
    parts: &BTreeMap<String, String>,
) -> Result<(), StoreError> {
    let content =
        bundle.open().map_err(|detail| StoreError::Invalid { detail: format!("content pack rejected: {detail}") })?;
    tx.execute_batch(
        "DELETE FROM topics; DELETE FROM pages; DELETE FROM contacts; DELETE FROM notices; DELETE FROM events; DELETE FROM content_meta; DELETE FROM pack_files;",
    )
    .map_err(storage)?;
    for t in &content.topics {
        tx.execute(
            "INSERT INTO topics (slug, ord, json) VALUES (?1, ?2, ?3)",
            params![t.slug, t.order, serde_json::to_string(t).expect("serialises")],
        )
        .map_err(storage)?;
    }
    for p in &content.pages {
        tx.execute(
            "INSERT INTO pages (slug, lang, title, summary, reviewed, html, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![p.slug, p.lang, p.title, p.summary, p.reviewed, p.html, p.text],
        )
        .map_err(storage)?;
    }
    for c in &content.contacts {
        tx.execute(
            "INSERT INTO contacts (id, json) VALUES (?1, ?2)",
            params![c.id, serde_json::to_string(c).expect("serialises")],
        )
        .map_err(storage)?;
    }
    for n in &content.notices {
        tx.execute(
            "INSERT INTO notices (id, json) VALUES (?1, ?2)",
            params![n.id, serde_json::to_string(n).expect("serialises")],
        )
        .map_err(storage)?;
    }
    for e in &content.events {
        tx.execute(
            "INSERT INTO events (id, json) VALUES (?1, ?2)",
            params![e.id, serde_json::to_string(e).expect("serialises")],
        )
        .map_err(storage)?;
    }
    let files = bundle.manifest.files.iter().map(|e| (&e.sha256, &bundle.files[&e.path]));
    for (sha256, text) in files.chain(parts.iter()) {
        tx.execute("INSERT OR REPLACE INTO pack_files (sha256, text) VALUES (?1, ?2)", params![sha256, text])
            .map_err(storage)?;
    }
    super::search::index(tx, &content)?;
    tx.execute(
        "INSERT INTO content_meta (id, version, date, manifest) VALUES (1, ?1, ?2, ?3)",
        params![
            bundle.manifest.content_version as i64,
            bundle.manifest.content_date,
            serde_json::to_string(&bundle.manifest).expect("serialises")
        ],
    )
    .map_err(storage)?;
    Ok(())
}

fn page_row(r: &rusqlite::Row) -> rusqlite::Result<Page> {
    Ok(Page {
        slug: r.get(0)?,
        lang: r.get(1)?,
        title: r.get(2)?,
        summary: r.get(3)?,
        reviewed: r.get(4)?,
        html: r.get(5)?,
        text: r.get(6)?,
    })
}

fn page_in(conn: &Connection, slug: &str, lang: &str) -> Result<Option<Page>, StoreError> {
    for code in chain_of(lang) {
        let page = conn
            .query_row(
                "SELECT slug, lang, title, summary, reviewed, html, body FROM pages WHERE slug = ?1 AND lang = ?2",
                params![slug, code],
                page_row,
            )
            .optional()
            .map_err(storage)?;
        if page.is_some() {
            return Ok(page);
        }
    }
    Ok(None)
}

fn json_of<T: serde::de::DeserializeOwned>(text: String) -> Result<T, StoreError> {
    serde_json::from_str(&text)
        .map_err(|e| StoreError::Storage { detail: format!("stored content cannot be read: {e}") })
}

pub fn contact(conn: &Connection, id: &str) -> Result<Option<Contact>, StoreError> {
    let json: Option<String> =
        conn.query_row("SELECT json FROM contacts WHERE id = ?1", [id], |r| r.get(0)).optional().map_err(storage)?;
    json.map(json_of).transpose()
}

/// Every notice of the installed pack (the UI shows those active today).
/// Migration 8: the city's events of the installed pack.
pub const MIGRATION_EVENTS: &str = "CREATE TABLE events (id TEXT PRIMARY KEY NOT NULL, json TEXT NOT NULL) STRICT;";

pub fn events(conn: &Connection) -> Result<Vec<crate::calendar::city::CityEvent>, StoreError> {
    let mut stmt = conn.prepare("SELECT json FROM events ORDER BY id").map_err(storage)?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0)).map_err(storage)?;
    let mut out = Vec::new();
    for json in rows {
        let json = json.map_err(storage)?;
        out.push(serde_json::from_str(&json).map_err(|e| StoreError::Storage { detail: e.to_string() })?);
    }
    Ok(out)
}

pub fn notices(conn: &Connection) -> Result<Vec<Notice>, StoreError> {
    let mut stmt = conn.prepare("SELECT json FROM notices ORDER BY id").map_err(storage)?;
    let rows: Vec<String> =
        stmt.query_map([], |r| r.get(0)).map_err(storage)?.collect::<Result<_, _>>().map_err(storage)?;
    rows.into_iter().map(json_of).collect()
}

pub fn contacts(conn: &Connection) -> Result<Vec<Contact>, StoreError> {
    let mut stmt = conn.prepare("SELECT json FROM contacts ORDER BY id").map_err(storage)?;
    let rows: Vec<String> =
        stmt.query_map([], |r| r.get(0)).map_err(storage)?.collect::<Result<_, _>>().map_err(storage)?;
    rows.into_iter().map(json_of).collect()
}

pub fn topic(conn: &Connection, slug: &str, lang: &str) -> Result<Option<TopicView>, StoreError> {
    let json: Option<String> =
        conn.query_row("SELECT json FROM topics WHERE slug = ?1", [slug], |r| r.get(0)).optional().map_err(storage)?;
    let Some(json) = json else { return Ok(None) };
    let meta: TopicMeta = json_of(json)?;
    let Some(page) = page_in(conn, slug, lang)? else { return Ok(None) };
    let mut list = Vec::new();
    for id in &meta.contacts {
        if let Some(c) = contact(conn, id)? {
            list.push(c);
        }
    }
    Ok(Some(TopicView { meta, page, contacts: list }))
}

/// Every topic's page (without html) in `lang` or its fallback, in topic order.
pub fn topics(conn: &Connection, lang: &str) -> Result<Vec<Page>, StoreError> {
    let mut stmt = conn.prepare("SELECT slug FROM topics ORDER BY ord, slug").map_err(storage)?;
    let slugs: Vec<String> =
        stmt.query_map([], |r| r.get(0)).map_err(storage)?.collect::<Result<_, _>>().map_err(storage)?;
    let mut pages = Vec::new();
    for slug in slugs {
        if let Some(mut p) = page_in(conn, &slug, lang)? {
            p.html.clear();
            p.text.clear();
            pages.push(p);
        }
    }
    Ok(pages)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::{Request, Response};
    use crate::content::{sha256_hex, FileEntry};
    use crate::store::fixtures::{installed, leak, sample};
    use crate::store::{NativeFiles, Service};

    fn topic_of(svc: &mut Service<NativeFiles>, lang: &str) -> TopicView {
        match svc.handle(Request::Topic { slug: "meb-buero".into(), lang: lang.into() }) {
            Response::Topic { topic } => topic,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn built_in_content_is_installed_on_first_start_and_read_with_fallback() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("wm.db").display().to_string();
        let mut svc = Service::start_with_content(db, NativeFiles, Some(leak(&sample(1, "MEB-Büro"))));
        match svc.handle(Request::Boot) {
            Response::Ready { content: Some(info), .. } => {
                assert_eq!((info.version, info.date.as_str()), (1, "2026-11-24"))
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(topic_of(&mut svc, "de").page.title, "MEB-Büro");
        // Dari has no page: its chain is Dari → Farsi → English → German.
        assert_eq!(topic_of(&mut svc, "prs").page.lang, "fa");
        // Tigrinya falls back to English.
        assert_eq!(topic_of(&mut svc, "ti").page.lang, "en");
        let t = topic_of(&mut svc, "ar");
        assert_eq!(t.contacts[0].hours.as_deref(), Some("Mo 10:00-12:00; Th 13:00-15:00; PH off"));
        assert_eq!(svc.handle(Request::Topic { slug: "nope".into(), lang: "de".into() }), Response::NotFound);
        match svc.handle(Request::Topics { lang: "uk".into() }) {
            Response::Topics { pages } => assert_eq!((pages.len(), pages[0].lang.as_str()), (1, "en")),
            other => panic!("{other:?}"),
        }
    }

    fn search(svc: &mut Service<NativeFiles>, q: &str, lang: &str) -> Vec<crate::api::SearchHit> {
        match svc.handle(Request::Search { query: q.into(), lang: lang.into() }) {
            Response::Search { hits } => hits,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn search_finds_pages_and_contacts_in_all_languages_readers_first() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("wm.db").display().to_string();
        let mut svc = Service::start_with_content(db, NativeFiles, Some(leak(&sample(1, "MEB-Büro"))));
        // Farsi, with Arabic letter forms typed (ي, ك): found in Farsi, ranked first.
        let hits = search(&mut svc, "دفتر مشاوره", "fa");
        assert_eq!((hits[0].key.as_str(), hits[0].lang.as_str(), hits[0].language_rank), ("meb-buero", "fa", 0));
        // The German name with "ue" finds the page; one hit per page, not one per language.
        let hits = search(&mut svc, "Buero", "fa");
        assert_eq!(hits.iter().filter(|h| h.kind == "topic").count(), 1, "{hits:?}");
        assert_eq!(hits[0].language_rank, 2);
        // Contacts are found by name.
        assert!(search(&mut svc, "MEB", "de").iter().any(|h| h.kind == "contact"));
        assert!(search(&mut svc, "Wohnberechtigungsschein", "de").is_empty());
        assert!(search(&mut svc, "   ", "de").is_empty());
    }

    #[test]
    fn only_newer_content_replaces_what_is_installed() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("wm.db").display().to_string();
        drop(Service::start_with_content(db.clone(), NativeFiles, Some(leak(&sample(2, "Version zwei")))));
        // An older app build (content 1) does not downgrade.
        let mut svc = Service::start_with_content(db.clone(), NativeFiles, Some(leak(&sample(1, "Version eins"))));
        assert_eq!(topic_of(&mut svc, "de").page.title, "Version zwei");
        drop(svc);
        let mut svc = Service::start_with_content(db, NativeFiles, Some(leak(&sample(3, "Version drei"))));
        assert_eq!(topic_of(&mut svc, "de").page.title, "Version drei");
    }

    #[test]
    fn notices_travel_in_the_pack() {
        let mut b = sample(1, "MEB");
        let notice = Notice {
            id: "meb-weihnachten".into(),
            from: "2026-12-24".into(),
            until: "2026-12-24".into(),
            text: [("de".to_string(), "Heute geschlossen.".to_string())].into(),
            contacts: vec!["meb-buero".into()],
            ..Default::default()
        };
        let path = "notices/meb-weihnachten.json".to_string();
        let text = serde_json::to_string(&notice).unwrap();
        b.manifest.files.push(FileEntry {
            path: path.clone(),
            sha256: sha256_hex(text.as_bytes()),
            size: text.len() as u64,
        });
        b.files.insert(path, text);
        let dir = tempfile::tempdir().unwrap();
        let store = installed(&dir, &b);
        assert_eq!(notices(store.connection()).unwrap(), vec![notice]);
    }

    #[test]
    fn a_damaged_pack_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = crate::store::Store::open(&dir.path().join("wm.db").display().to_string()).unwrap();
        assert!(install_if_newer(store.connection_mut(), &sample(1, "Gut")).unwrap());
        let mut bad = sample(2, "Schlecht");
        let path = "topics/meb-buero/de.json".to_string();
        let text = bad.files[&path].replace("Schlecht", "Manipuliert");
        bad.files.insert(path, text);
        let err = install_if_newer(store.connection_mut(), &bad).unwrap_err();
        assert!(err.to_string().contains("hash"), "{err}");
        assert_eq!(info(store.connection()).unwrap().unwrap().version, 1);
        assert_eq!(topic(store.connection(), "meb-buero", "de").unwrap().unwrap().page.title, "Gut");
    }
}
