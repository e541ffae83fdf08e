//! Small content packs for the store's tests.

use super::content::install_if_newer;
use super::Store;
use crate::content::{sha256_hex, Bundle, Contact, FileEntry, Manifest, Page, TopicMeta, PACK_FORMAT};
use std::collections::BTreeMap;

pub fn page(slug: &str, lang: &str, title: &str) -> (String, String) {
    let p = Page {
        slug: slug.into(),
        lang: lang.into(),
        title: title.into(),
        summary: format!("{title} summary"),
        reviewed: lang == "de",
        html: format!("<p>{title}</p>"),
        text: title.into(),
    };
    (format!("topics/{slug}/{lang}.json"), serde_json::to_string(&p).unwrap())
}

pub fn bundle(version: u64, files: Vec<(String, String)>) -> Bundle {
    let files: BTreeMap<String, String> = files.into_iter().collect();
    let entries = files
        .iter()
        .map(|(p, t)| FileEntry { path: p.clone(), sha256: sha256_hex(t.as_bytes()), size: t.len() as u64 })
        .collect();
    Bundle {
        manifest: Manifest {
            format: PACK_FORMAT,
            content_version: version,
            content_date: "2026-11-24".into(),
            // Later versions are made later.
            created: format!("2026-11-24T08:{:02}:00Z", version % 60),
            files: entries,
        },
        files,
    }
}

pub fn sample(version: u64, meb_title: &str) -> Bundle {
    let meta = TopicMeta { slug: "meb-buero".into(), order: 30, contacts: vec!["meb-buero".into()] };
    let contact = Contact {
        id: "meb-buero".into(),
        phone: None,
        hours: Some("Mo 10:00-12:00; Th 13:00-15:00; PH off".into()),
        name: [("de".to_string(), "MEB-Büro".to_string())].into(),
        source: "seed".into(),
        ..Default::default()
    };
    bundle(
        version,
        vec![
            ("topics/meb-buero/topic.json".into(), serde_json::to_string(&meta).unwrap()),
            page("meb-buero", "de", meb_title),
            page("meb-buero", "fa", "دفتر مشاوره"),
            page("meb-buero", "en", "MEB office"),
            ("contacts/meb-buero.json".into(), serde_json::to_string(&contact).unwrap()),
        ],
    )
}

pub fn leak(b: &Bundle) -> &'static str {
    Box::leak(serde_json::to_string(b).unwrap().into_boxed_str())
}

pub fn installed(dir: &tempfile::TempDir, b: &Bundle) -> Store {
    let mut store = Store::open(&dir.path().join("wm.db").display().to_string()).unwrap();
    install_if_newer(store.connection_mut(), b).unwrap();
    store
}
