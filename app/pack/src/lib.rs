//! The editor's side of content: read `content/`, check it, build a pack.
//!
//! Every problem is reported with file and line, in words an editor can act on, and all
//! problems are reported at once (not only the first).

pub mod markdown;

use markdown::LinkTarget;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};
use wm_core::calendar::city::{CityEvent, CityRule};
use wm_core::content::{
    email_is_well_formed, phone_is_well_formed, sha256_hex, Bundle, Contact, FileEntry, Manifest, Notice, Page,
    TopicMeta, PACK_FORMAT,
};
use wm_core::hours::Hours;
use wm_core::i18n::{find_language, BASE_LANGUAGE};

/// One thing wrong in the content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PackToml {
    version: u64,
    date: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicToml {
    order: i64,
    #[serde(default)]
    contacts: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: String,
    summary: String,
    reviewed: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ContactToml {
    source: String,
    #[serde(default)]
    topics: Vec<String>,
    organisation: Option<String>,
    place: Option<String>,
    address: Option<String>,
    phone: Option<String>,
    email: Option<String>,
    web: Option<String>,
    hours: Option<String>,
    name: BTreeMap<String, String>,
    about: BTreeMap<String, String>,
    #[serde(default)]
    reviewed: BTreeMap<String, bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NoticeToml {
    from: String,
    until: String,
    #[serde(default)]
    contacts: Vec<String>,
    text: BTreeMap<String, String>,
    #[serde(default)]
    reviewed: BTreeMap<String, bool>,
}

/// `events/<id>.toml`: one of the city's events (see `wm_core::calendar::city`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EventToml {
    source: String,
    category: String,
    place: Option<String>,
    contact: Option<String>,
    rule: CityRule,
    title: BTreeMap<String, String>,
    about: BTreeMap<String, String>,
    #[serde(default)]
    when_text: BTreeMap<String, String>,
    #[serde(default)]
    reviewed: BTreeMap<String, bool>,
}

/// Texts that mean someone forgot to finish a translation. Matched with case, so the English
/// word "translate" or "todo" in a sentence is fine; only the shouted markers count.
const PLACEHOLDERS: &[&str] = &["TODO", "TRANSLATE", "FIXME", "XXX", "{{", "}}", "Lorem ipsum", "lorem ipsum"];

fn placeholder_in(text: &str) -> Option<&'static str> {
    PLACEHOLDERS.iter().copied().find(|p| text.contains(p))
}

struct Checker {
    root: PathBuf,
    problems: Vec<Problem>,
}

impl Checker {
    fn rel(&self, path: &Path) -> String {
        path.strip_prefix(&self.root).unwrap_or(path).display().to_string()
    }

    fn report(&mut self, path: &Path, line: usize, message: impl Into<String>) {
        let file = format!("content/{}", self.rel(path));
        self.problems.push(Problem { file, line: line.max(1), message: message.into() });
    }

    fn read(&mut self, path: &Path) -> Option<String> {
        match std::fs::read_to_string(path) {
            Ok(text) => Some(text),
            Err(e) => {
                self.report(path, 1, format!("cannot be read: {e}"));
                None
            }
        }
    }

    /// Parses TOML; a syntax or type error is reported at its line. `offset_lines` is the line
    /// the TOML text starts at in its file (for front matter).
    fn toml<T: serde::de::DeserializeOwned>(&mut self, path: &Path, text: &str, offset_lines: usize) -> Option<T> {
        match toml::from_str::<T>(text) {
            Ok(v) => Some(v),
            Err(e) => {
                let line = e.span().map_or(1, |s| line_at(text, s.start)) + offset_lines;
                let message = e.message().trim().to_string();
                self.report(path, line, message);
                None
            }
        }
    }
}

fn line_at(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// The line on which `key = …` (or `[key]`) stands, for reporting a bad value.
fn line_of(text: &str, key: &str) -> usize {
    text.lines()
        .position(|l| {
            let l = l.trim_start();
            l.strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with('=')) || l == format!("[{key}]")
        })
        .map_or(1, |i| i + 1)
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> =
        std::fs::read_dir(dir).map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect()).unwrap_or_default();
    entries.sort();
    entries
}

/// The `.toml` files of `dir` with their ids (file names); a bad id is reported.
fn toml_files(c: &mut Checker, dir: &Path, what: &str) -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    for path in sorted_entries(dir) {
        if path.extension().and_then(|e| e.to_str()) != Some("toml") {
            continue;
        }
        let id = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        if !valid_id(&id) {
            c.report(&path, 1, format!("file name must use only a-z, 0-9 and - (it is the {what}'s id)"));
        }
        files.push((path, id));
    }
    files
}

fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Everything read from `content/`, checked.
pub struct Loaded {
    pub version: u64,
    pub date: String,
    pub topics: Vec<TopicMeta>,
    pub pages: Vec<Page>,
    pub contacts: Vec<Contact>,
    pub notices: Vec<Notice>,
    pub events: Vec<CityEvent>,
}

/// Reads and checks the whole content folder. Returns the content when there is no problem.
pub fn load(root: &Path) -> Result<Loaded, Vec<Problem>> {
    let mut c = Checker { root: root.to_path_buf(), problems: Vec::new() };

    let pack_path = root.join("pack.toml");
    let (mut version, mut date) = (0, String::new());
    if let Some(text) = c.read(&pack_path) {
        if let Some(p) = c.toml::<PackToml>(&pack_path, &text, 0) {
            if p.version == 0 {
                c.report(&pack_path, line_of(&text, "version"), "version must be 1 or higher");
            }
            if !is_iso_date(&p.date) {
                c.report(&pack_path, line_of(&text, "date"), format!("date {:?} is not YYYY-MM-DD", p.date));
            }
            (version, date) = (p.version, p.date);
        }
    }

    // Contacts first: topics refer to them.
    let mut contacts = Vec::new();
    let mut contact_topic_refs = Vec::new();
    for (path, id) in toml_files(&mut c, &root.join("contacts"), "contact") {
        let Some(text) = c.read(&path) else { continue };
        let Some(t) = c.toml::<ContactToml>(&path, &text, 0) else { continue };
        check_contact(&mut c, &path, &text, &t);
        contact_topic_refs.push((path.clone(), line_of(&text, "topics"), t.topics.clone()));
        contacts.push(Contact {
            id,
            topics: t.topics,
            organisation: t.organisation,
            place: t.place,
            address: t.address,
            phone: t.phone,
            email: t.email,
            web: t.web,
            hours: t.hours,
            name: t.name,
            about: t.about,
            reviewed: t.reviewed,
            source: t.source,
        });
    }
    let contact_ids: BTreeSet<String> = contacts.iter().map(|x| x.id.clone()).collect();

    let mut topics = Vec::new();
    let mut pages = Vec::new();
    let mut page_links = Vec::new();
    for dir in sorted_entries(&root.join("topics")) {
        if !dir.is_dir() {
            continue;
        }
        let slug = dir.file_name().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        if !valid_id(&slug) {
            c.report(&dir, 1, "folder name must use only a-z, 0-9 and - (it is the topic's address)");
        }
        let meta_path = dir.join("topic.toml");
        if let Some(text) = c.read(&meta_path) {
            if let Some(t) = c.toml::<TopicToml>(&meta_path, &text, 0) {
                for id in &t.contacts {
                    if !contact_ids.contains(id) {
                        c.report(
                            &meta_path,
                            line_of(&text, "contacts"),
                            format!("contact {id:?} does not exist in contacts/"),
                        );
                    }
                }
                topics.push(TopicMeta { slug: slug.clone(), order: t.order, contacts: t.contacts });
            }
        }
        if !dir.join(format!("{BASE_LANGUAGE}.md")).exists() {
            c.report(&dir, 1, "the German page de.md is missing (every topic needs it)");
        }
        for path in sorted_entries(&dir) {
            if path.extension().and_then(|e| e.to_str()) != Some("md") {
                continue;
            }
            let lang = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
            if find_language(&lang).map(|l| l.code) != Some(lang.as_str()) {
                c.report(
                    &path,
                    1,
                    format!(
                        "{lang:?} is not one of the app's languages (de, en, ar, fa, prs, ps, ti, so, kmr, tr, uk, ru)"
                    ),
                );
                continue;
            }
            let Some(text) = c.read(&path) else { continue };
            if let Some(page) = check_page(&mut c, &path, &text, &slug, &lang, &mut page_links) {
                pages.push(page);
            }
        }
    }
    let slugs: BTreeSet<String> = topics.iter().map(|t| t.slug.clone()).collect();
    for (path, line, target) in page_links {
        match target {
            LinkTarget::Topic(s) if !slugs.contains(&s) => {
                c.report(&path, line, format!("link to topic {s:?}, which does not exist"))
            }
            LinkTarget::Contact(id) if !contact_ids.contains(&id) => {
                c.report(&path, line, format!("link to contact {id:?}, which does not exist"))
            }
            LinkTarget::Unsafe(url) => c.report(
                &path,
                line,
                format!("link {url:?} is not allowed (use https:, mailto:, tel:, geo:, topic: or contact:)"),
            ),
            _ => {}
        }
    }
    for (path, line, refs) in contact_topic_refs {
        for s in refs {
            if !slugs.contains(&s) {
                c.report(&path, line, format!("topic {s:?} does not exist in topics/"));
            }
        }
    }

    let mut notices = Vec::new();
    for (path, id) in toml_files(&mut c, &root.join("notices"), "notice") {
        let Some(text) = c.read(&path) else { continue };
        let Some(n) = c.toml::<NoticeToml>(&path, &text, 0) else { continue };
        for (key, value) in [("from", &n.from), ("until", &n.until)] {
            if !is_iso_date(value) {
                c.report(&path, line_of(&text, key), format!("{key} {value:?} is not YYYY-MM-DD"));
            }
        }
        if is_iso_date(&n.from) && is_iso_date(&n.until) && n.until < n.from {
            c.report(&path, line_of(&text, "until"), "until is before from");
        }
        for id in &n.contacts {
            if !contact_ids.contains(id) {
                c.report(&path, line_of(&text, "contacts"), format!("contact {id:?} does not exist in contacts/"));
            }
        }
        check_texts(&mut c, &path, &text, "text", &n.text);
        notices.push(Notice {
            id,
            from: n.from,
            until: n.until,
            text: n.text,
            reviewed: n.reviewed,
            contacts: n.contacts,
        });
    }

    let mut events = Vec::new();
    for (path, id) in toml_files(&mut c, &root.join("events"), "event") {
        let Some(text) = c.read(&path) else { continue };
        let Some(e) = c.toml::<EventToml>(&path, &text, 0) else { continue };
        if let Some(contact) = &e.contact {
            if !contact_ids.contains(contact) {
                c.report(&path, line_of(&text, "contact"), format!("contact {contact:?} does not exist in contacts/"));
            }
        }
        if e.category.is_empty() || !e.category.chars().all(|ch| ch.is_ascii_lowercase() || ch == '-') {
            c.report(&path, line_of(&text, "category"), "category is lower-case letters and dashes");
        }
        check_texts(&mut c, &path, &text, "title", &e.title);
        check_texts(&mut c, &path, &text, "about", &e.about);
        let event = CityEvent {
            id,
            category: e.category,
            rule: e.rule,
            title: e.title,
            about: e.about,
            when_text: e.when_text,
            reviewed: e.reviewed,
            place: e.place,
            contact: e.contact,
            source: e.source,
        };
        if let Err(problem) = event.check() {
            c.report(&path, line_of(&text, "rule"), problem);
        }
        events.push(event);
    }

    if c.problems.is_empty() {
        Ok(Loaded { version, date, topics, pages, contacts, notices, events })
    } else {
        Err(c.problems)
    }
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && s.chars().enumerate().all(|(i, ch)| i == 4 || i == 7 || ch.is_ascii_digit())
        && (1..=12).contains(&s[5..7].parse::<u32>().unwrap_or(0))
        && (1..=31).contains(&s[8..10].parse::<u32>().unwrap_or(0))
}

/// A `[table]` of texts per language: German present, only app languages, no placeholders.
fn check_texts(c: &mut Checker, path: &Path, text: &str, table: &str, map: &BTreeMap<String, String>) {
    if map.get(BASE_LANGUAGE).is_none_or(|v| v.trim().is_empty()) {
        c.report(path, line_of(text, table), format!("[{table}] needs German (de)"));
    }
    for (lang, value) in map {
        if find_language(lang).map(|l| l.code) != Some(lang.as_str()) {
            c.report(path, line_of(text, table), format!("[{table}] has unknown language {lang:?}"));
        }
        if let Some(p) = placeholder_in(value) {
            c.report(path, line_of(text, lang), format!("[{table}] {lang} still contains the placeholder {p:?}"));
        }
    }
}

fn check_contact(c: &mut Checker, path: &Path, text: &str, t: &ContactToml) {
    if t.source.trim().is_empty() {
        c.report(
            path,
            line_of(text, "source"),
            "say where in the source document the facts are (source = \"seed lines …\")",
        );
    }
    check_texts(c, path, text, "name", &t.name);
    check_texts(c, path, text, "about", &t.about);
    if let Some(phone) = &t.phone {
        if !phone_is_well_formed(phone) {
            c.report(path, line_of(text, "phone"), format!("phone {phone:?} is not a number one can dial"));
        }
    }
    if let Some(email) = &t.email {
        if !email_is_well_formed(email) {
            c.report(path, line_of(text, "email"), format!("e-mail {email:?} is not a valid address"));
        }
    }
    if let Some(web) = &t.web {
        if !(web.starts_with("https://") || web.starts_with("http://")) || web.contains(char::is_whitespace) {
            c.report(path, line_of(text, "web"), format!("web {web:?} must be a full https:// address"));
        }
    }
    if let Some(hours) = &t.hours {
        if let Err(e) = Hours::parse(hours) {
            c.report(path, line_of(text, "hours"), e);
        }
    }
}

fn check_page(
    c: &mut Checker,
    path: &Path,
    text: &str,
    slug: &str,
    lang: &str,
    links_out: &mut Vec<(PathBuf, usize, LinkTarget)>,
) -> Option<Page> {
    let Some(rest) = text.strip_prefix("+++\n").or_else(|| text.strip_prefix("+++\r\n")) else {
        c.report(path, 1, "the page must start with front matter between +++ lines (title, summary, reviewed)");
        return None;
    };
    let Some(end) = rest.find("\n+++") else {
        c.report(path, 1, "the front matter is not closed with a +++ line");
        return None;
    };
    let (front, body) = (&rest[..end + 1], rest[end + 4..].trim_start_matches(['\r', '\n']));
    let body_line = 1 + text[..text.len() - body.len()].matches('\n').count();
    let fm: FrontMatter = c.toml(path, front, 1)?;
    let mut ok = true;
    if fm.title.trim().is_empty() || fm.title.chars().count() > 60 {
        c.report(path, 1 + line_of(front, "title"), "title must have 1 to 60 characters");
        ok = false;
    }
    if fm.summary.trim().is_empty() || fm.summary.chars().count() > 160 {
        c.report(path, 1 + line_of(front, "summary"), "summary must be one sentence of 1 to 160 characters");
        ok = false;
    }
    if body.trim().is_empty() {
        c.report(path, body_line, "the page has no text");
        ok = false;
    }
    for (i, line) in text.lines().enumerate() {
        if let Some(p) = placeholder_in(line) {
            c.report(path, i + 1, format!("contains the placeholder {p:?}: finish or remove it"));
            ok = false;
        }
    }
    if markdown::has_raw_html(body) {
        let line = body.lines().position(|l| l.contains('<')).map_or(body_line, |i| body_line + i);
        c.report(path, line, "HTML is not allowed in pages; write Markdown");
        ok = false;
    }
    for target in markdown::links(body) {
        let needle = match &target {
            LinkTarget::Topic(s) => format!("topic:{s}"),
            LinkTarget::Contact(s) => format!("contact:{s}"),
            LinkTarget::External(u) | LinkTarget::Unsafe(u) => u.clone(),
        };
        let line = body.lines().position(|l| l.contains(&needle)).map_or(body_line, |i| body_line + i);
        links_out.push((path.to_path_buf(), line, target));
    }
    if !ok {
        return None;
    }
    let (html, plain) = markdown::render(body);
    Some(Page {
        slug: slug.to_string(),
        lang: lang.to_string(),
        title: fm.title.trim().to_string(),
        summary: fm.summary.trim().to_string(),
        reviewed: fm.reviewed,
        html,
        text: plain,
    })
}

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("content serialises")
}

/// Builds the pack from checked content: one JSON file per topic, page and contact.
pub fn bundle(loaded: &Loaded) -> Bundle {
    let mut files = BTreeMap::new();
    for t in &loaded.topics {
        files.insert(format!("topics/{}/topic.json", t.slug), json(t));
    }
    for p in &loaded.pages {
        files.insert(format!("topics/{}/{}.json", p.slug, p.lang), json(p));
    }
    for x in &loaded.contacts {
        files.insert(format!("contacts/{}.json", x.id), json(x));
    }
    for n in &loaded.notices {
        files.insert(format!("notices/{}.json", n.id), json(n));
    }
    for e in &loaded.events {
        files.insert(format!("events/{}.json", e.id), json(e));
    }
    let entries = files
        .iter()
        .map(|(path, text)| FileEntry {
            path: path.clone(),
            sha256: sha256_hex(text.as_bytes()),
            size: text.len() as u64,
        })
        .collect();
    Bundle {
        manifest: Manifest {
            format: PACK_FORMAT,
            content_version: loaded.version,
            content_date: loaded.date.clone(),
            created: jiff::Timestamp::now()
                .round(jiff::Unit::Second)
                .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
                .to_string(),
            files: entries,
        },
        files,
    }
}

/// For a `build.rs`: validates `content_dir` and writes the bundle JSON the app embeds to
/// `out_file`. Broken content stops the build with every problem listed.
pub fn embed_for_build(content_dir: &Path, out_file: &Path) {
    println!("cargo:rerun-if-changed={}", content_dir.display());
    match load(content_dir) {
        Ok(loaded) => std::fs::write(out_file, bundle_json(&bundle(&loaded))).expect("write the embedded content"),
        Err(problems) => {
            let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
            panic!("the content in {} has problems; fix them first:\n{}", content_dir.display(), list.join("\n"));
        }
    }
}

/// The bundle as the JSON text the app embeds.
pub fn bundle_json(bundle: &Bundle) -> String {
    json(bundle)
}

/// A signing key file: the secret and the public key, hex, one per line (`secret = …`).
pub struct KeyFile {
    pub secret: [u8; 32],
    pub public: [u8; 32],
}

impl KeyFile {
    pub fn from_secret(secret: [u8; 32]) -> KeyFile {
        let public = ed25519_dalek::SigningKey::from_bytes(&secret).verifying_key().to_bytes();
        KeyFile { secret, public }
    }

    pub fn to_text(&self) -> String {
        format!(
            "# Willkommensmappe content signing key. Keep it secret, keep it out of git.\n# key id {}\nsecret = \"{}\"\npublic = \"{}\"\n",
            wm_core::trust::key_id(&self.public),
            wm_core::trust::to_hex(&self.secret),
            wm_core::trust::to_hex(&self.public)
        )
    }

    pub fn parse(text: &str) -> Result<KeyFile, String> {
        let secret = text
            .lines()
            .find_map(|l| l.trim().strip_prefix("secret = "))
            .map(|v| v.trim_matches('"'))
            .and_then(wm_core::trust::parse_hex::<32>)
            .ok_or("the key file has no valid `secret = \"…\"` line")?;
        Ok(KeyFile::from_secret(secret))
    }
}

/// Signs a pack's manifest: the envelope the app verifies, and the parts of the file list it
/// names (to publish under their hashes beside the files).
pub fn sign(
    bundle: &Bundle,
    key: &KeyFile,
    expires: &str,
    rotations: Vec<wm_core::trust::KeyRotation>,
) -> (wm_core::trust::Envelope, Vec<(wm_core::content::FileEntry, String)>) {
    use ed25519_dalek::Signer;
    let (signed, parts) = wm_core::update::to_sign(&bundle.manifest, expires);
    let payload = json(&signed);
    let signature = ed25519_dalek::SigningKey::from_bytes(&key.secret).sign(payload.as_bytes());
    let envelope = wm_core::trust::Envelope {
        payload,
        key_id: wm_core::trust::key_id(&key.public),
        signature: wm_core::trust::to_hex(&signature.to_bytes()),
        rotations,
    };
    (envelope, parts)
}

/// A statement, signed with `old`, that apps should trust `new` from now on.
pub fn rotation(old: &KeyFile, new_public: &[u8; 32]) -> wm_core::trust::KeyRotation {
    use ed25519_dalek::Signer;
    let new_key = wm_core::trust::to_hex(new_public);
    let statement = wm_core::trust::rotation_statement(&new_key);
    let signature = ed25519_dalek::SigningKey::from_bytes(&old.secret).sign(statement.as_bytes());
    wm_core::trust::KeyRotation {
        new_key,
        signed_by: wm_core::trust::key_id(&old.public),
        signature: wm_core::trust::to_hex(&signature.to_bytes()),
    }
}

/// The fixed path of the signed manifest in a published directory.
pub const SIGNED_MANIFEST: &str = "manifest.sig.json";

/// The envelope currently published in `out`, if any.
pub fn published(out: &Path) -> Result<Option<wm_core::trust::Envelope>, String> {
    let path = out.join(SIGNED_MANIFEST);
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            serde_json::from_str(&text).map(Some).map_err(|e| format!("{} cannot be read: {e}", path.display()))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("cannot read {}: {e}", path.display())),
    }
}

/// Signs and publishes a pack into `out` (which may hold earlier versions: their files stay, so
/// a phone in the middle of a download still finds them). A one-page change adds the page, the
/// new part of the file list for its language, and replaces the signed manifest.
///
/// The version must be higher than the one published there: phones refuse anything else. Key
/// rotation statements published earlier are carried forward, so a phone that has been offline
/// since before a rotation can still follow the chain.
pub fn publish(
    bundle: &Bundle,
    key: &KeyFile,
    expires: &str,
    new_rotations: Vec<wm_core::trust::KeyRotation>,
    out: &Path,
) -> Result<wm_core::trust::Envelope, String> {
    let mut rotations = Vec::new();
    if let Some(previous) = published(out)? {
        let signed: wm_core::trust::SignedManifest = serde_json::from_str(&previous.payload)
            .map_err(|e| format!("the published manifest in {} cannot be read: {e}", out.display()))?;
        let (was, now) = (signed.content_version, bundle.manifest.content_version);
        if now <= was {
            return Err(format!(
                "version {was} is already published in {}; set `version = {}` in pack.toml (phones accept only higher versions)",
                out.display(),
                was + 1
            ));
        }
        rotations = previous.rotations;
    }
    for r in new_rotations {
        if !rotations.contains(&r) {
            rotations.push(r);
        }
    }
    let (envelope, parts) = sign(bundle, key, expires, rotations);
    let io = |e: std::io::Error| format!("cannot publish to {}: {e}", out.display());
    write_dir(bundle, out).map_err(io)?;
    for (entry, text) in &parts {
        std::fs::write(out.join("files").join(&entry.sha256), text).map_err(io)?;
    }
    let tmp = out.join(format!("{SIGNED_MANIFEST}.tmp"));
    std::fs::write(&tmp, json(&envelope)).map_err(io)?;
    // Replace the manifest last and atomically: a reader sees the old or the new, never half.
    std::fs::rename(tmp, out.join(SIGNED_MANIFEST)).map_err(io)?;
    Ok(envelope)
}

/// Writes a pack as a static host serves it: `manifest.json` and `files/<sha256>`.
pub fn write_dir(bundle: &Bundle, out: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(out.join("files"))?;
    for entry in &bundle.manifest.files {
        std::fs::write(out.join("files").join(&entry.sha256), &bundle.files[&entry.path])?;
    }
    std::fs::write(out.join("manifest.json"), serde_json::to_string_pretty(&bundle.manifest)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(root: &Path, rel: &str, text: &str) {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    const CONTACT: &str = r#"source = "seed lines 3972-4014"
topics = ["meb-buero"]
place = "Rathaus, Eingang 2, Raum E.258"
hours = "Mo 10:00-12:00; Th 13:00-15:00; PH off"

[name]
de = "MEB-Büro"
en = "MEB office"

[about]
de = "Erste Beratung."
en = "First advice."
"#;

    fn minimal(root: &Path) {
        write(root, "pack.toml", "version = 3\ndate = \"2026-11-24\"\n");
        write(root, "contacts/meb-buero.toml", CONTACT);
        write(root, "topics/meb-buero/topic.toml", "order = 30\ncontacts = [\"meb-buero\"]\n");
        write(
            root,
            "topics/meb-buero/de.md",
            "+++\ntitle = \"MEB-Büro\"\nsummary = \"Erste Beratung im Rathaus.\"\nreviewed = true\n+++\nMontag 10 bis 12 Uhr. Siehe [Notfall](topic:meb-buero).\n",
        );
        write(
            root,
            "topics/meb-buero/ar.md",
            "+++\ntitle = \"مكتب الاستشارة\"\nsummary = \"استشارة أولى.\"\nreviewed = false\n+++\nالاثنين.\n",
        );
    }

    #[test]
    fn good_content_builds_a_pack_that_opens() {
        let dir = tempfile::tempdir().unwrap();
        minimal(dir.path());
        let loaded = load(dir.path()).unwrap_or_else(|p| panic!("{p:#?}"));
        let bundle = bundle(&loaded);
        assert_eq!(bundle.manifest.content_version, 3);
        let content = bundle.open().unwrap();
        assert_eq!(content.pages.len(), 2);
        assert_eq!(content.contacts[0].hours.as_deref(), Some("Mo 10:00-12:00; Th 13:00-15:00; PH off"));
        let de = content.pages.iter().find(|p| p.lang == "de").unwrap();
        assert!(de.html.contains(r#"href="/topics/meb-buero""#));
        // Content-addressed: writing the directory names files by their hash.
        let out = dir.path().join("out");
        write_dir(&bundle, &out).unwrap();
        for e in &bundle.manifest.files {
            let bytes = std::fs::read(out.join("files").join(&e.sha256)).unwrap();
            assert_eq!(sha256_hex(&bytes), e.sha256);
        }
    }

    #[test]
    fn a_one_page_change_changes_one_file() {
        let dir = tempfile::tempdir().unwrap();
        minimal(dir.path());
        let before = bundle(&load(dir.path()).unwrap());
        write(
            dir.path(),
            "topics/meb-buero/ar.md",
            "+++\ntitle = \"مكتب الاستشارة\"\nsummary = \"استشارة أولى.\"\nreviewed = false\n+++\nالاثنين والخميس.\n",
        );
        let after = bundle(&load(dir.path()).unwrap());
        let old: BTreeSet<_> = before.manifest.files.iter().map(|f| f.sha256.clone()).collect();
        let changed: Vec<_> = after.manifest.files.iter().filter(|f| !old.contains(&f.sha256)).collect();
        assert_eq!(changed.len(), 1);
        assert_eq!(changed[0].path, "topics/meb-buero/ar.json");
    }

    fn problems_of(root: &Path) -> Vec<String> {
        load(root).err().unwrap_or_default().iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn broken_content_is_reported_with_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        minimal(root);
        write(
            root,
            "contacts/meb-buero.toml",
            &CONTACT
                .replace(
                    "hours = \"Mo 10:00-12:00; Th 13:00-15:00; PH off\"",
                    "hours = \"Mo 10:00-\"\nphone = \"0 21 31 abc\"\nemail = \"integration@stadt\"",
                )
                .replace("topics = [\"meb-buero\"]", "topics = [\"meb-buero\", \"nirgendwo\"]"),
        );
        write(root, "topics/meb-buero/topic.toml", "order = 30\ncontacts = [\"gibt-es-nicht\"]\n");
        write(root, "topics/meb-buero/fa.md", "+++\ntitle = \"\"\nsummary = \"TODO\"\nreviewed = false\n+++\n<script>x</script>\n[a](javascript:alert(1)) [b](contact:fehlt)\n");
        write(root, "topics/leer/topic.toml", "order = 1\n");
        write(root, "topics/meb-buero/xx.md", "+++\n+++\n");
        let problems = problems_of(root);
        let expect = [
            "content/contacts/meb-buero.toml:4: opening hours",
            "content/contacts/meb-buero.toml:5: phone \"0 21 31 abc\"",
            "content/contacts/meb-buero.toml:6: e-mail \"integration@stadt\"",
            "content/contacts/meb-buero.toml:2: topic \"nirgendwo\" does not exist",
            "content/topics/meb-buero/topic.toml:2: contact \"gibt-es-nicht\" does not exist",
            "content/topics/leer:1: the German page de.md is missing",
            "content/topics/meb-buero/fa.md:2: title must have 1 to 60 characters",
            "content/topics/meb-buero/fa.md:3: contains the placeholder \"TODO\"",
            "content/topics/meb-buero/fa.md:6: HTML is not allowed",
            "content/topics/meb-buero/fa.md:7: link \"javascript:alert(1)\" is not allowed",
            "content/topics/meb-buero/fa.md:7: link to contact \"fehlt\"",
            "content/topics/meb-buero/xx.md:1: \"xx\" is not one of the app's languages",
        ];
        for e in expect {
            assert!(problems.iter().any(|p| p.starts_with(e)), "missing {e:?} in\n{problems:#?}");
        }
    }

    #[test]
    fn city_events_are_checked_and_packed() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        minimal(root);
        let good = "source = \"seed\"\ncategory = \"dialog\"\n\n[rule]\nkind = \"nth-weekday\"\nmonth = 11\nnth = 2\nday = \"SA\"\n\n[title]\nde = \"Tag des Dialogs\"\n\n[about]\nde = \"Gespräche\"\n";
        write(root, "events/tag-des-dialogs.toml", good);
        let loaded = load(root).unwrap();
        assert_eq!(loaded.events.len(), 1);
        let b = bundle(&loaded);
        let content = b.open().unwrap();
        assert_eq!(content.events, loaded.events);
        write(root, "events/bad.toml", &good.replace("month = 11", "month = 13").replace("dialog", "Dialog!"));
        write(
            root,
            "events/lost.toml",
            &good.replace("category = \"dialog\"", "category = \"x\"\ncontact = \"nobody\""),
        );
        let problems = problems_of(root);
        for e in [
            "content/events/bad.toml:4: month must be 1 to 12",
            "content/events/bad.toml:2: category is lower-case",
            "content/events/lost.toml:3: contact \"nobody\" does not exist",
        ] {
            assert!(problems.iter().any(|p| p.starts_with(e)), "missing {e:?} in\n{problems:#?}");
        }
    }

    #[test]
    fn published_packs_verify_in_the_app_and_rotations_work() {
        let dir = tempfile::tempdir().unwrap();
        minimal(dir.path());
        let v3 = bundle(&load(dir.path()).unwrap());
        let old = KeyFile::from_secret([7; 32]);
        let new = KeyFile::from_secret([8; 32]);
        assert_eq!(KeyFile::parse(&old.to_text()).unwrap().public, old.public);
        let out = dir.path().join("site");
        publish(&v3, &old, "2027-01-01T00:00:00Z", vec![], &out).unwrap();
        let text = std::fs::read_to_string(out.join(SIGNED_MANIFEST)).unwrap();
        let now: jiff::Timestamp = "2026-11-24T12:00:00Z".parse().unwrap();
        let v = wm_core::trust::verify(&text, &[old.public], now).unwrap();
        assert_eq!(v.signed, wm_core::update::to_sign(&v3.manifest, "2027-01-01T00:00:00Z").0);
        // Every part the signed manifest names is published, and assembles to the pack's files.
        let parts: std::collections::BTreeMap<String, String> = v
            .signed
            .parts
            .iter()
            .map(|p| (p.sha256.clone(), std::fs::read_to_string(out.join("files").join(&p.sha256)).unwrap()))
            .collect();
        assert_eq!(wm_core::update::assemble(&v.signed, &parts).unwrap().files.len(), v3.manifest.files.len());
        // The same version again is refused, with the version to use instead.
        let err = publish(&v3, &old, "2027-01-01T00:00:00Z", vec![], &out).unwrap_err();
        assert!(err.contains("version = 4"), "{err}");
        // The next publication is signed by the new key and carries the rotation ...
        let mut v4 = v3.clone();
        v4.manifest.content_version = 4;
        publish(&v4, &new, "2027-01-01T00:00:00Z", vec![rotation(&old, &new.public)], &out).unwrap();
        let text = std::fs::read_to_string(out.join(SIGNED_MANIFEST)).unwrap();
        assert_eq!(wm_core::trust::verify(&text, &[old.public], now).unwrap().new_keys, vec![new.public]);
        // ... and so does every later one, for phones that were offline meanwhile.
        let mut v5 = v3.clone();
        v5.manifest.content_version = 5;
        publish(&v5, &new, "2027-01-01T00:00:00Z", vec![], &out).unwrap();
        let text = std::fs::read_to_string(out.join(SIGNED_MANIFEST)).unwrap();
        assert_eq!(wm_core::trust::verify(&text, &[old.public], now).unwrap().signed.content_version, 5);
    }

    #[test]
    fn notices_are_checked_and_packed() {
        let dir = tempfile::tempdir().unwrap();
        minimal(dir.path());
        write(
            dir.path(),
            "notices/meb-weihnachten.toml",
            "from = \"2026-12-24\"\nuntil = \"2026-12-24\"\ncontacts = [\"meb-buero\"]\n\n[text]\nde = \"Heute geschlossen.\"\nar = \"مغلق اليوم.\"\n",
        );
        let loaded = load(dir.path()).unwrap_or_else(|p| panic!("{p:#?}"));
        let content = bundle(&loaded).open().unwrap();
        assert_eq!(content.notices.len(), 1);
        assert_eq!(content.notices[0].text_in("ar").0, "مغلق اليوم.");
        write(
            dir.path(),
            "notices/meb-weihnachten.toml",
            "from = \"2026-12-24\"\nuntil = \"2026-12-2\"\ncontacts = [\"fehlt\"]\n\n[text]\nen = \"Closed.\"\n",
        );
        let problems = problems_of(dir.path());
        for e in [
            "content/notices/meb-weihnachten.toml:2: until \"2026-12-2\" is not YYYY-MM-DD",
            "content/notices/meb-weihnachten.toml:3: contact \"fehlt\"",
            "content/notices/meb-weihnachten.toml:5: [text] needs German",
        ] {
            assert!(problems.iter().any(|p| p.starts_with(e)), "missing {e:?} in {problems:#?}");
        }
    }

    #[test]
    fn ordinary_words_are_not_placeholders() {
        assert_eq!(placeholder_in("Volunteers translate at the office."), None);
        assert_eq!(placeholder_in("TRANSLATE me"), Some("TRANSLATE"));
        assert_eq!(placeholder_in("Hallo {{name}}"), Some("{{"));
    }

    #[test]
    fn toml_syntax_errors_point_at_the_line() {
        let dir = tempfile::tempdir().unwrap();
        minimal(dir.path());
        write(
            dir.path(),
            "topics/meb-buero/de.md",
            "+++\ntitle = \"MEB\"\nsummary = \"ok\nreviewed = true\n+++\nText\n",
        );
        let problems = problems_of(dir.path());
        assert!(problems.iter().any(|p| p.starts_with("content/topics/meb-buero/de.md:3:")), "{problems:#?}");
        write(dir.path(), "pack.toml", "version = 0\ndate = \"24.11.2026\"\n");
        let problems = problems_of(dir.path());
        assert!(problems.iter().any(|p| p.starts_with("content/pack.toml:1: version")), "{problems:#?}");
        assert!(problems.iter().any(|p| p.starts_with("content/pack.toml:2: date")), "{problems:#?}");
    }
}
