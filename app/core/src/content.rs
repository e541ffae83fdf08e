//! The content pack: what the app knows about Neuss (topics, contacts, hours), versioned.
//!
//! A pack is a manifest plus files. Each file is JSON for one topic page in one language, one
//! topic's metadata or one contact, and is addressed by the SHA-256 of its bytes, so a static
//! host can serve it forever and a phone downloads only files whose hash it does not have. The
//! manifest lists every file's logical path, hash and size; the updates issue signs it.
//!
//! The app embeds the current pack as a [`Bundle`] (manifest and file texts in one JSON).
//! `app/pack` builds packs from the editor's sources in `content/`.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// Version of the pack format this app reads.
pub const PACK_FORMAT: u32 = 1;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: u32,
    /// Increases with every published change; the app installs a pack only if it is newer.
    pub content_version: u64,
    /// The date the content speaks for ("content as of"), `YYYY-MM-DD`, set by the editor.
    pub content_date: String,
    /// When the pack was built (RFC 3339, UTC).
    pub created: String,
    pub files: Vec<FileEntry>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    /// Logical path, e.g. `topics/meb-buero/de.json`, `contacts/meb-buero.json`.
    pub path: String,
    /// Lower-case hex SHA-256 of the file's bytes; also its name on a static host.
    pub sha256: String,
    pub size: u64,
}

/// `topics/<slug>/topic.json`
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicMeta {
    pub slug: String,
    pub order: i64,
    pub contacts: Vec<String>,
}

/// `topics/<slug>/<lang>.json`: one topic page in one language. `html` is already sanitised
/// by the pack builder (no scripts, no raw HTML, only safe link schemes).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page {
    pub slug: String,
    pub lang: String,
    pub title: String,
    pub summary: String,
    /// False for translations no person has checked yet.
    pub reviewed: bool,
    pub html: String,
    /// The body as plain text, for search.
    pub text: String,
}

/// `contacts/<id>.json`
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub id: String,
    pub topics: Vec<String>,
    pub organisation: Option<String>,
    pub place: Option<String>,
    pub address: Option<String>,
    /// As written in the source, e.g. `0 21 31 90 57 12`.
    pub phone: Option<String>,
    pub email: Option<String>,
    pub web: Option<String>,
    /// OSM `opening_hours`.
    pub hours: Option<String>,
    /// Per language code.
    pub name: BTreeMap<String, String>,
    pub about: BTreeMap<String, String>,
    pub reviewed: BTreeMap<String, bool>,
    /// Where in the source document the facts stand.
    pub source: String,
}

/// `notices/<id>.json`: a short dated message from the city ("MEB-Büro closed on 24 Dec"),
/// shown on the home screen and on the contacts it names from `from` to `until` (inclusive,
/// Berlin dates).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    pub id: String,
    /// `YYYY-MM-DD`
    pub from: String,
    /// `YYYY-MM-DD`
    pub until: String,
    pub text: BTreeMap<String, String>,
    pub reviewed: BTreeMap<String, bool>,
    /// Contact ids the notice concerns (shown on their cards too).
    pub contacts: Vec<String>,
}

impl Notice {
    /// Whether the notice is shown on `date` (`YYYY-MM-DD`; ISO dates compare as text).
    pub fn active_on(&self, date: &str) -> bool {
        self.from.as_str() <= date && date <= self.until.as_str()
    }

    pub fn text_in(&self, lang: &str) -> (&str, &str) {
        pick(&self.text, lang)
    }
}

/// A whole pack in one JSON document: how the app carries its built-in content.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bundle {
    pub manifest: Manifest,
    /// Logical path → file text.
    pub files: BTreeMap<String, String>,
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// A decoded, checked pack.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Content {
    pub topics: Vec<TopicMeta>,
    pub pages: Vec<Page>,
    pub contacts: Vec<Contact>,
    pub notices: Vec<Notice>,
    /// `events/<id>.json`: the city's events ([`crate::calendar::city`]).
    pub events: Vec<crate::calendar::city::CityEvent>,
}

impl Bundle {
    /// Checks format, hashes and sizes, and decodes every file. Any mismatch rejects the whole
    /// bundle: a pack is installed completely or not at all.
    pub fn open(&self) -> Result<Content, String> {
        if self.manifest.format != PACK_FORMAT {
            return Err(format!("pack format {} is not {PACK_FORMAT}", self.manifest.format));
        }
        let mut content = Content::default();
        for entry in &self.manifest.files {
            let text = self.files.get(&entry.path).ok_or_else(|| format!("{} is missing", entry.path))?;
            if text.len() as u64 != entry.size || sha256_hex(text.as_bytes()) != entry.sha256 {
                return Err(format!("{} does not match its hash or size", entry.path));
            }
            let fail = |e: serde_json::Error| format!("{}: {e}", entry.path);
            let parts: Vec<&str> = entry.path.split('/').collect();
            match parts.as_slice() {
                ["topics", _, "topic.json"] => content.topics.push(serde_json::from_str(text).map_err(fail)?),
                ["topics", _, _] => content.pages.push(serde_json::from_str(text).map_err(fail)?),
                ["contacts", _] => content.contacts.push(serde_json::from_str(text).map_err(fail)?),
                ["notices", _] => content.notices.push(serde_json::from_str(text).map_err(fail)?),
                ["events", _] => content.events.push(serde_json::from_str(text).map_err(fail)?),
                _ => return Err(format!("{}: unknown kind of file", entry.path)),
            }
        }
        if self.files.len() != self.manifest.files.len() {
            return Err("the pack holds files its manifest does not list".into());
        }
        content.topics.sort_by(|a, b| (a.order, &a.slug).cmp(&(b.order, &b.slug)));
        Ok(content)
    }
}

/// Turns a phone number as printed (`0 21 31 90 57 12`, `110`, `0173 532 11 57`) into a
/// `tel:` target that dials from any phone in Germany or abroad (`+492131905712`). Short
/// service numbers (110, 112, 116 117, 116 016) stay as they are.
pub fn tel_uri(printed: &str) -> Option<String> {
    let digits: String = printed.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    if digits.is_empty() || digits[1..].contains('+') {
        return None;
    }
    let number = if let Some(rest) = digits.strip_prefix("00") {
        format!("+{rest}")
    } else if digits.starts_with('+') {
        digits
    } else if let Some(rest) = digits.strip_prefix('0') {
        format!("+49{rest}")
    } else {
        digits
    };
    Some(format!("tel:{number}"))
}

/// Whether `printed` looks like a phone number a person could dial.
pub fn phone_is_well_formed(printed: &str) -> bool {
    let allowed = printed.chars().all(|c| c.is_ascii_digit() || " +/-()".contains(c));
    let digits = printed.chars().filter(char::is_ascii_digit).count();
    allowed && (3..=15).contains(&digits) && tel_uri(printed).is_some()
}

/// A plain check for e-mail addresses as printed in the source: one `@`, a dotted domain, no spaces.
pub fn email_is_well_formed(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else { return false };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && email.chars().all(|c| c.is_ascii_alphanumeric() || "@._-+".contains(c))
}

impl Contact {
    /// The contact's name in `lang`, else along the language's fallback chain (ending in German).
    pub fn name_in(&self, lang: &str) -> (&str, &str) {
        pick(&self.name, lang)
    }

    pub fn about_in(&self, lang: &str) -> (&str, &str) {
        pick(&self.about, lang)
    }

    /// Whether a person has checked the text in `lang` (German is the source: always true).
    pub fn reviewed_in(&self, lang: &str) -> bool {
        lang == crate::i18n::BASE_LANGUAGE || self.reviewed.get(lang).copied().unwrap_or(false)
    }
}

/// (text, language it is in) for `lang` or its fallback chain; ("", "de") when nothing exists.
fn pick<'a>(map: &'a BTreeMap<String, String>, lang: &str) -> (&'a str, &'a str) {
    crate::i18n::chain_of(lang)
        .into_iter()
        .find_map(|code| map.get_key_value(code).map(|(k, v)| (v.as_str(), k.as_str())))
        .unwrap_or(("", crate::i18n::BASE_LANGUAGE))
}

/// The contact as a vCard 3.0, for "save to my phone's contacts". Names in `lang` and German.
pub fn vcard(contact: &Contact, lang: &str) -> String {
    fn esc(s: &str) -> String {
        s.replace('\\', "\\\\").replace('\n', "\\n").replace(',', "\\,").replace(';', "\\;")
    }
    let (name, _) = contact.name_in(lang);
    let (german, _) = contact.name_in(crate::i18n::BASE_LANGUAGE);
    let mut lines = vec!["BEGIN:VCARD".to_string(), "VERSION:3.0".to_string()];
    lines.push(format!("FN:{}", esc(name)));
    lines.push(format!("N:;{};;;", esc(name)));
    if let Some(org) = &contact.organisation {
        lines.push(format!("ORG:{}", esc(org)));
    }
    if let Some(tel) = contact.phone.as_deref().and_then(tel_uri) {
        lines.push(format!("TEL;TYPE=WORK,VOICE:{}", tel.trim_start_matches("tel:")));
    }
    if let Some(email) = &contact.email {
        lines.push(format!("EMAIL;TYPE=INTERNET:{}", esc(email)));
    }
    if let Some(address) = contact.address.as_deref().or(contact.place.as_deref()) {
        lines.push(format!("ADR;TYPE=WORK:;;{};Neuss;;;Deutschland", esc(address)));
    }
    if let Some(web) = &contact.web {
        lines.push(format!("URL:{web}"));
    }
    let mut note = vec![contact.about_in(lang).0.to_string()];
    if name != german {
        note.push(german.to_string());
    }
    if let Some(h) = &contact.hours {
        note.push(h.clone());
    }
    lines.push(format!("NOTE:{}", esc(&note.join("\n"))));
    lines.push("END:VCARD".to_string());
    lines.join("\r\n") + "\r\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vcard_has_the_facts_and_escapes_text() {
        let c = Contact {
            id: "meb-buero".into(),
            organisation: Some("Stadt Neuss; Integrationsamt".into()),
            place: Some("Rathaus, Eingang 2, Raum E.258".into()),
            phone: Some("0 21 31 90 57 12".into()),
            email: Some("migration@stadt.neuss.de".into()),
            name: [("de".to_string(), "MEB-Büro".to_string()), ("ar".to_string(), "مكتب الاستشارة".to_string())].into(),
            about: [("de".to_string(), "Beratung, Hilfe".to_string())].into(),
            ..Default::default()
        };
        let v = vcard(&c, "ar");
        assert!(v.starts_with("BEGIN:VCARD\r\nVERSION:3.0\r\n"), "{v}");
        assert!(v.contains("FN:مكتب الاستشارة\r\n"));
        assert!(v.contains("TEL;TYPE=WORK,VOICE:+492131905712\r\n"));
        assert!(v.contains("ORG:Stadt Neuss\\; Integrationsamt\r\n"));
        assert!(v.contains("ADR;TYPE=WORK:;;Rathaus\\, Eingang 2\\, Raum E.258;Neuss;;;Deutschland"));
        assert!(v.contains("NOTE:Beratung\\, Hilfe\\nMEB-Büro"), "{v}");
        assert!(v.ends_with("END:VCARD\r\n"));
    }

    #[test]
    fn notices_are_active_from_first_to_last_day() {
        let n = Notice { from: "2026-12-24".into(), until: "2026-12-26".into(), ..Default::default() };
        assert!(!n.active_on("2026-12-23"));
        assert!(n.active_on("2026-12-24") && n.active_on("2026-12-26"));
        assert!(!n.active_on("2026-12-27"));
    }

    #[test]
    fn names_follow_the_fallback_chain() {
        let c = Contact {
            name: [("de".to_string(), "Amt".to_string()), ("fa".to_string(), "اداره".to_string())].into(),
            ..Default::default()
        };
        assert_eq!(c.name_in("prs"), ("اداره", "fa"));
        assert_eq!(c.name_in("ti"), ("Amt", "de"));
        assert!(c.reviewed_in("de") && !c.reviewed_in("fa"));
    }

    #[test]
    fn tel_targets_dial_from_anywhere() {
        assert_eq!(tel_uri("0 21 31 90 57 12").as_deref(), Some("tel:+492131905712"));
        assert_eq!(tel_uri("0173 532 11 57").as_deref(), Some("tel:+491735321157"));
        assert_eq!(tel_uri("110").as_deref(), Some("tel:110"));
        assert_eq!(tel_uri("116 117").as_deref(), Some("tel:116117"));
        assert_eq!(tel_uri("+49 2131 24195").as_deref(), Some("tel:+49213124195"));
        assert_eq!(tel_uri("0049 2131 24195").as_deref(), Some("tel:+49213124195"));
        assert_eq!(tel_uri("call us"), None);
        assert_eq!(tel_uri("12+34"), None);
    }

    #[test]
    fn phone_and_email_checks() {
        assert!(phone_is_well_formed("0 21 31 90 57 12"));
        assert!(phone_is_well_formed("116 016"));
        assert!(!phone_is_well_formed("0 21 31 90 57 1x"));
        assert!(!phone_is_well_formed("12"));
        assert!(email_is_well_formed("migration@stadt.neuss.de"));
        assert!(email_is_well_formed("BA-Neuss.Berufsberatung@arbeitsagentur.de"));
        assert!(!email_is_well_formed("integration@stadt"));
        assert!(!email_is_well_formed("a b@stadt.neuss.de"));
        assert!(!email_is_well_formed("a@@b.de"));
    }

    fn bundle_with(path: &str, text: &str) -> Bundle {
        Bundle {
            manifest: Manifest {
                format: PACK_FORMAT,
                content_version: 1,
                content_date: "2026-11-24".into(),
                created: "2026-11-24T08:00:00Z".into(),
                files: vec![FileEntry {
                    path: path.into(),
                    sha256: sha256_hex(text.as_bytes()),
                    size: text.len() as u64,
                }],
            },
            files: [(path.to_string(), text.to_string())].into(),
        }
    }

    #[test]
    fn a_bundle_opens_only_when_every_hash_matches() {
        let meta = r#"{"slug":"notfall","order":150,"contacts":[]}"#;
        let ok = bundle_with("topics/notfall/topic.json", meta);
        assert_eq!(ok.open().unwrap().topics[0].slug, "notfall");
        let mut tampered = ok.clone();
        tampered.files.insert("topics/notfall/topic.json".into(), meta.replace("150", "151"));
        assert!(tampered.open().unwrap_err().contains("hash"));
        let mut extra = ok.clone();
        extra.files.insert("contacts/x.json".into(), "{}".into());
        assert!(extra.open().is_err());
        let mut future = ok;
        future.manifest.format = 99;
        assert!(future.open().is_err());
    }
}
