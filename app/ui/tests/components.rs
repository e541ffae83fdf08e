//! Component tests: the real app rendered with dioxus-ssr against the real storage service
//! (SQLite in a temporary directory), through the same `Platform` trait the builds use.

use dioxus::history::{History, MemoryHistory};
use dioxus::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;
use wm_core::api::{Request, Response, StoreError};
use wm_core::i18n::{Localizer, LANGUAGES, MISSING_OPEN};
use wm_core::settings::SettingChange;
use wm_core::store::{NativeFiles, Service};
use wm_ui::app::Root;
use wm_ui::platform::{LocalBoxFuture, Platform, PlatformEvent, PlatformHandle};
use wm_ui::views::home::TILES;

struct TestPlatform {
    service: RefCell<Service<NativeFiles>>,
    /// When set, every request fails with this error (e.g. another tab holds the database).
    refuse: Option<StoreError>,
    now: jiff::Timestamp,
    /// Content origin and trusted keys; `None`: this build has no update source.
    update_source: Option<(String, Vec<String>)>,
}

impl Platform for TestPlatform {
    fn call(&self, request: Request) -> LocalBoxFuture<Response> {
        let response = match &self.refuse {
            Some(e) => Response::failed(e.clone()),
            None => self.service.borrow_mut().handle(request),
        };
        Box::pin(std::future::ready(response))
    }
    fn take_over(&self) -> LocalBoxFuture<()> {
        Box::pin(std::future::ready(()))
    }
    fn next_event(&self) -> LocalBoxFuture<PlatformEvent> {
        Box::pin(std::future::pending())
    }
    fn now(&self) -> jiff::Timestamp {
        self.now
    }
    fn update_source(&self) -> Result<(String, Vec<String>), String> {
        self.update_source.clone().ok_or_else(|| "no update source in this test".into())
    }
    /// The short wait before the first update check passes at once; the periodic waits (update
    /// checks, the vault's idle lock) never end within a test.
    fn sleep(&self, ms: u32) -> LocalBoxFuture<()> {
        if ms <= 2_000 {
            Box::pin(std::future::ready(()))
        } else {
            Box::pin(std::future::pending())
        }
    }
}

/// The real content from `content/`, as the app embeds it.
fn content_json() -> &'static str {
    static JSON: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();
    JSON.get_or_init(|| {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
        let loaded = wm_pack::load(&root).unwrap_or_else(|p| panic!("content has problems: {p:#?}"));
        Box::leak(wm_pack::bundle_json(&wm_pack::bundle(&loaded)).into_boxed_str())
    })
}

/// Monday 2026-11-23, 10:30 in Neuss: the MEB-Büro is open.
const MONDAY_1030: &str = "2026-11-23T09:30:00Z";

struct Fixture {
    dir: tempfile::TempDir,
    now: jiff::Timestamp,
    update_source: Option<(String, Vec<String>)>,
}

impl Fixture {
    fn new() -> Self {
        Fixture { dir: tempfile::tempdir().unwrap(), now: MONDAY_1030.parse().unwrap(), update_source: None }
    }
    fn at(mut self, instant: &str) -> Self {
        self.now = instant.parse().unwrap();
        self
    }
    fn db(&self) -> String {
        self.dir.path().join("wm.db").display().to_string()
    }
    /// Stores a language as if the reader had picked it earlier.
    fn with_language(self, code: &str) -> Self {
        let mut svc = Service::start(self.db(), NativeFiles);
        let r = svc.handle(Request::ChangeSetting { change: SettingChange::Language(code.into()) });
        assert!(matches!(r, Response::Settings { .. }), "{r:?}");
        self
    }
    fn platform(&self, refuse: Option<StoreError>) -> PlatformHandle {
        self.platform_with(refuse, content_json())
    }
    fn platform_with(&self, refuse: Option<StoreError>, content: &'static str) -> PlatformHandle {
        let service = Service::start_with_content(self.db(), NativeFiles, Some(content));
        let update_source = self.update_source.clone();
        PlatformHandle::new(TestPlatform { service: RefCell::new(service), refuse, now: self.now, update_source })
    }
}

#[component]
fn TestRoot(platform: PlatformHandle, path: String) -> Element {
    use_context_provider(|| Rc::new(MemoryHistory::with_initial_path(path.clone())) as Rc<dyn History>);
    rsx! { Root { platform } }
}

/// Renders the app at `path` after start-up has settled.
fn render(platform: PlatformHandle, path: &str) -> String {
    render_until(platform, path, |_| true)
}

/// Renders the app at `path` once start-up has settled and `done` holds for the page (or ten
/// seconds have passed: the caller's assertions then say what is missing).
fn render_until(platform: PlatformHandle, path: &str, done: impl Fn(&str) -> bool) -> String {
    // All of tokio, entered for the whole render: the update check talks HTTP to a local test
    // server.
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let _inside = rt.enter();
    let mut dom = VirtualDom::new_with_props(TestRoot, TestRootProps { platform, path: path.to_string() });
    dom.rebuild_in_place();
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let mut settled = false;
    while std::time::Instant::now() < deadline {
        let idle =
            rt.block_on(async { tokio::time::timeout(Duration::from_millis(20), dom.wait_for_work()).await.is_err() });
        dom.render_immediate(&mut dioxus::dioxus_core::NoOpMutations);
        settled |= idle;
        if settled && done(&strip_style(dioxus_ssr::render(&dom))) {
            break;
        }
    }
    strip_style(dioxus_ssr::render(&dom))
}

fn strip_style(html: String) -> String {
    // The stylesheet is inlined; leave it out so assertions look at content only.
    match (html.find("<style>"), html.find("</style>")) {
        (Some(a), Some(b)) => format!("{}{}", &html[..a], &html[b + "</style>".len()..]),
        _ => html,
    }
}

fn assert_no_missing_strings(html: &str, context: &str) {
    assert!(!html.contains(MISSING_OPEN), "{context}: a message id is missing everywhere:\n{html}");
}

#[test]
fn first_start_offers_every_language_by_its_own_name() {
    let f = Fixture::new();
    let html = render(f.platform(None), "/");
    for l in LANGUAGES {
        assert!(html.contains(l.native_name), "{} missing from picker", l.native_name);
        assert!(html.contains(&format!(r#"lang="{}""#, l.code)), "{} entry lacks lang", l.code);
    }
    // No tiles before a language is chosen.
    assert!(!html.contains("tile-label"));
    assert!(html.contains("Sprache wählen"));
}

#[test]
fn home_screen_has_all_ten_tiles() {
    let f = Fixture::new().with_language("de");
    let html = render(f.platform(None), "/");
    assert_eq!(TILES.len(), 10);
    for label in [
        "Erste Schritte",
        "Kontakte &#38; Ämter",
        "MEB-Büro",
        "Mieterführerschein",
        "Bus",
        "Dokumente",
        "Kalender",
        "Notizen",
        "Notfall",
        "Einstellungen",
    ] {
        assert!(html.contains(label), "tile {label} missing:\n{html}");
    }
    assert_eq!(html.matches(r#"class="tile-label""#).count(), 10);
    assert!(html.contains(r#"href="/soon/bus""#));
    assert!(html.contains(r#"href="/settings""#));
    assert!(html.contains(r#"dir="ltr""#));
}

#[test]
fn arabic_makes_the_document_right_to_left() {
    let f = Fixture::new().with_language("ar");
    let html = render(f.platform(None), "/");
    assert!(html.contains(r#"lang="ar""#) && html.contains(r#"dir="rtl""#), "{html}");
    let ar = Localizer::new("ar");
    assert!(html.contains(&ar.t("tile-bus")));
    assert!(html.contains(&ar.t("tile-settings")));
}

#[test]
fn settings_follow_the_store() {
    let f = Fixture::new().with_language("fa");
    {
        let mut svc = Service::start(f.db(), NativeFiles);
        svc.handle(Request::ChangeSetting { change: SettingChange::TextSize(wm_core::settings::TextSize::ExtraLarge) });
        svc.handle(Request::ChangeSetting { change: SettingChange::HighContrast(true) });
    }
    let html = render(f.platform(None), "/settings");
    assert!(html.contains(r#"data-text-size="extra-large""#), "{html}");
    assert!(html.contains(r#"data-contrast="high""#));
    // Farsi is marked as the current language; the others are not.
    assert_eq!(html.matches(r#"aria-pressed="true""#).count(), 1);
    assert!(html.contains(r#"type="radio""#) && html.contains(r#"type="checkbox""#));
    // Which content the phone has, and from when.
    assert!(html.contains("محتوا به تاریخ \u{2068}24.11.2026\u{2069}"), "{html}");
}

#[test]
fn every_page_in_every_language_has_all_its_strings() {
    let mut paths = vec![
        "/".to_string(),
        "/settings".into(),
        "/no/such/page".into(),
        "/contacts".into(),
        "/contacts/meb-buero".into(),
        "/topics/meb-buero".into(),
        "/topics/notfall".into(),
        "/topics/meb-buero/with/de".into(),
        "/topics/no-such-topic".into(),
        "/calendar".into(),
        "/calendar/month/2026-11".into(),
        "/calendar/day/2026-11-23".into(),
        "/calendar/new/2026-11-23".into(),
        "/calendar/import".into(),
        "/notes".into(),
        "/notes/new/none".into(),
    ];
    paths.extend(TILES.iter().map(|t| format!("/soon/{}", t.slug)));
    for l in LANGUAGES {
        let f = Fixture::new().with_language(l.code);
        for path in &paths {
            let html = render(f.platform(None), path);
            assert_no_missing_strings(&html, &format!("{} {path}", l.code));
            assert!(html.contains(&format!(r#"dir="{}""#, l.direction.as_html())));
        }
    }
}

#[test]
fn coming_soon_is_honest_and_leads_home() {
    let f = Fixture::new().with_language("en");
    let html = render(f.platform(None), "/soon/calendar");
    assert!(html.contains("Coming soon"), "{html}");
    assert!(html.contains("Calendar"));
    assert!(html.contains(r#"href="/""#));
    let html = render(f.platform(None), "/no/such/page");
    assert!(html.contains("Page not found"), "{html}");
}

#[test]
fn unreadable_database_is_explained_with_a_way_forward_and_not_deleted() {
    let f = Fixture::new();
    let garbage = b"definitely not sqlite".repeat(200);
    std::fs::write(f.db(), &garbage).unwrap();
    let html = render(f.platform(None), "/");
    assert!(html.contains("können nicht gelesen werden"), "{html}");
    assert!(html.contains("Kopie behalten und neu beginnen"));
    assert!(html.contains(r#"role="alert""#));
    assert_eq!(std::fs::read(f.db()).unwrap(), garbage, "the file must not be touched");
}

#[test]
fn startup_problems_each_have_an_action() {
    let f = Fixture::new().with_language("en");
    let cases = [
        (StoreError::InUseElsewhere, "Use here"),
        (StoreError::TooNew { found: 7, supported: 1 }, "Keep a copy and start fresh"),
        (StoreError::Storage { detail: "disk full".into() }, "Try again"),
    ];
    for (error, action) in cases {
        // The language comes from the hint only when storage is unavailable; German otherwise.
        let html = render(f.platform(Some(error.clone())), "/");
        let de = Localizer::new("de");
        let expected = match &error {
            StoreError::InUseElsewhere => de.t("busy-use-here"),
            StoreError::TooNew { .. } => de.t("error-keep-copy"),
            _ => de.t("error-retry"),
        };
        assert!(html.contains(&expected), "{error:?}: no {action:?}/{expected:?} in\n{html}");
        assert!(html.contains("<button"), "{error:?}");
        assert_no_missing_strings(&html, &format!("{error:?}"));
    }
}

#[test]
fn meb_office_says_open_until_noon_on_monday_morning() {
    let f = Fixture::new().with_language("en");
    let html = render(f.platform(None), "/topics/meb-buero");
    assert!(html.contains("Open now, until \u{2068}12:00\u{2069}"), "{html}");
    assert!(html.contains("Raum E.258"), "the room from the source is shown");
}

#[test]
fn meb_office_at_noon_says_when_it_opens_next() {
    // Monday 12:00 in Neuss.
    let f = Fixture::new().at("2026-11-23T11:00:00Z").with_language("en");
    let html = render(f.platform(None), "/topics/meb-buero");
    assert!(html.contains("Closed now. Opens \u{2068}Thursday\u{2069} at \u{2068}13:00\u{2069}."), "{html}");
    // Thursday 2026-11-26 at 12:59 it opens "today".
    let f = Fixture::new().at("2026-11-26T11:59:00Z").with_language("de");
    let html = render(f.platform(None), "/topics/meb-buero");
    assert!(html.contains("Öffnet \u{2068}heute\u{2069} um \u{2068}13:00\u{2069} Uhr."), "{html}");
}

#[test]
fn arabic_reader_sees_the_status_in_arabic_and_numbers_left_to_right() {
    let f = Fixture::new().with_language("ar");
    let html = render(f.platform(None), "/topics/meb-buero");
    assert!(html.contains("مفتوح الآن حتى الساعة"), "{html}");
    assert!(html.contains(r#"dir="rtl""#));
}

#[test]
fn contacts_call_with_one_tap() {
    let f = Fixture::new().with_language("de");
    let html = render(f.platform(None), "/contacts");
    assert!(html.contains(r#"href="/contacts/meb-buero""#), "{html}");
    let html = render(f.platform(None), "/topics/notfall");
    assert!(html.contains(r#"href="tel:110""#), "{html}");
    assert!(html.contains(r#"href="tel:112""#));
    assert!(html.contains(r#"<bdi dir="ltr">110</bdi>"#));
    // Every phone number in the content gets a dialable target.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let loaded = wm_pack::load(&root).unwrap();
    for c in loaded.contacts.iter().filter(|c| c.phone.is_some()) {
        let html = render(f.platform(None), &format!("/contacts/{}", c.id));
        let tel = wm_core::content::tel_uri(c.phone.as_deref().unwrap()).unwrap();
        assert!(html.contains(&format!(r#"href="{tel}""#)), "{}: no {tel} in\n{html}", c.id);
        assert!(html.contains(r#"download=""#) && html.contains("text/vcard"), "{}: no vCard", c.id);
    }
}

/// The real content plus one notice for the MEB-Büro on 24 December 2026 (a test notice: real
/// notices come from the city).
fn content_with_notice() -> &'static str {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let mut loaded = wm_pack::load(&root).unwrap();
    loaded.notices.push(wm_core::content::Notice {
        id: "test-meb-closed".into(),
        from: "2026-12-24".into(),
        until: "2026-12-24".into(),
        text: [
            ("de".to_string(), "Test: MEB-Büro heute geschlossen.".to_string()),
            ("ar".to_string(), "اختبار: مغلق اليوم.".to_string()),
        ]
        .into(),
        contacts: vec!["meb-buero".into()],
        ..Default::default()
    });
    Box::leak(wm_pack::bundle_json(&wm_pack::bundle(&loaded)).into_boxed_str())
}

#[test]
fn a_notice_shows_on_home_and_on_its_contact_only_on_its_days() {
    let json = content_with_notice();
    let f = Fixture::new().at("2026-12-24T09:00:00Z").with_language("ar");
    let html = render(f.platform_with(None, json), "/");
    assert!(html.contains("اختبار: مغلق اليوم."), "{html}");
    let html = render(f.platform_with(None, json), "/contacts/meb-buero");
    assert!(html.contains("اختبار: مغلق اليوم."), "{html}");
    let html = render(f.platform_with(None, json), "/contacts/kompass-d");
    assert!(!html.contains("اختبار"), "only on the contact it concerns");
    // 23:30 on the 24th in Berlin is still the 24th (22:30 UTC); the 25th is not.
    let late = Fixture::new().at("2026-12-24T22:30:00Z").with_language("de");
    assert!(render(late.platform_with(None, json), "/").contains("Test: MEB-Büro heute geschlossen."));
    let after = Fixture::new().at("2026-12-24T23:30:00Z").with_language("de");
    assert!(!render(after.platform_with(None, json), "/").contains("Test: MEB-Büro"));
}

#[test]
fn a_contact_page_shows_the_facts_and_its_topics() {
    let f = Fixture::new().with_language("de");
    let html = render(f.platform(None), "/contacts/kommunales-integrationszentrum");
    assert!(html.contains("Oberstraße 91"), "{html}");
    assert!(html.contains(r#"href="tel:+4921319284011""#));
    assert!(html.contains(r#"href="mailto:ki@rhein-kreis-neuss.de""#));
    assert!(html.contains(r#"href="geo:0,0?q="#));
    assert!(html.contains(r#"href="/topics/schule-kita""#), "the topics it belongs to are linked");
}

#[test]
fn a_page_missing_in_the_readers_language_is_shown_in_the_next_one_with_a_note() {
    // Somali has no pages of its own: the chain goes to English, then German.
    let f = Fixture::new().with_language("so");
    let html = render(f.platform(None), "/topics/integrationsamt");
    assert!(html.contains(r#"role="note""#), "{html}");
    assert!(html.contains(r#"<article lang="en""#) || html.contains(r#"<article lang="de""#), "{html}");
}

/// A server with the real content as version `version`, where the MEB-Büro page in German has
/// the title `title`, signed by `key` (a test key: real packs are signed by the city's key).
fn serve_update(key: &wm_pack::KeyFile, version: u64, title: &str) -> wm_core::update::test_server::TestServer {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let mut loaded = wm_pack::load(&root).unwrap();
    loaded.version = version;
    for p in loaded.pages.iter_mut().filter(|p| p.slug == "meb-buero" && p.lang == "de") {
        p.title = title.to_string();
    }
    let mut bundle = wm_pack::bundle(&loaded);
    bundle.manifest.created = "2026-11-23T08:00:00Z".into();
    let server = wm_core::update::test_server::TestServer::start();
    for entry in &bundle.manifest.files {
        server.put(&wm_core::update::file_path(&entry.sha256), bundle.files[&entry.path].clone());
    }
    let (envelope, parts) = wm_pack::sign(&bundle, key, "2026-12-23T08:00:00Z", vec![]);
    for (entry, text) in parts {
        server.put(&wm_core::update::file_path(&entry.sha256), text);
    }
    server.put(wm_core::update::MANIFEST_PATH, serde_json::to_string(&envelope).unwrap());
    server
}

#[test]
fn an_update_on_the_server_is_applied_at_start_and_shown() {
    let key = wm_pack::KeyFile::from_secret([42; 32]);
    let server = serve_update(&key, 1000, "MEB-Büro (neu)");
    let mut f = Fixture::new().with_language("de");
    f.update_source = Some((server.base.clone(), vec![wm_core::trust::to_hex(&key.public)]));
    let html = render_until(f.platform(None), "/settings", |h| h.contains("Version \u{2068}1000\u{2069}"));
    assert!(html.contains("Version \u{2068}1000\u{2069}"), "{html}");
    assert!(html.contains("Neue Inhalte sind da."), "{html}");
    // 09:30 UTC is 10:30 in Neuss.
    assert!(html.contains("Zuletzt erfolgreich geprüft: \u{2068}23.11.2026, 10:30\u{2069}"), "{html}");
    assert!(html.contains("Jetzt nach neuen Inhalten suchen"));
    // The new content is what the reader sees, also after a restart without the server.
    drop(server);
    f.update_source = None;
    let html = render(f.platform(None), "/topics/meb-buero");
    assert!(html.contains("MEB-Büro (neu)"), "{html}");
}

#[test]
fn a_refused_update_is_explained_and_changes_nothing() {
    let city = wm_pack::KeyFile::from_secret([42; 32]);
    let stranger = wm_pack::KeyFile::from_secret([66; 32]);
    let server = serve_update(&stranger, 1000, "Gefälscht");
    let mut f = Fixture::new().with_language("de");
    f.update_source = Some((server.base.clone(), vec![wm_core::trust::to_hex(&city.public)]));
    let html = render_until(f.platform(None), "/settings", |h| h.contains("Letzte Prüfung fehlgeschlagen"));
    assert!(html.contains("nicht von der Stadt unterschrieben"), "{html}");
    assert!(!html.contains("\u{2068}1000\u{2069}"));
    let html = render(f.platform(None), "/topics/meb-buero");
    assert!(!html.contains("Gefälscht"), "{html}");
}

fn block<T>(f: impl std::future::Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(f)
}

#[test]
fn the_vault_starts_with_a_pin_and_an_honest_warning() {
    let f = Fixture::new().with_language("de");
    let html = render(f.platform(None), "/vault");
    assert!(html.contains("Ihr Tresor für Dokumente"), "{html}");
    assert!(html.contains("kann niemand den Tresor öffnen"), "{html}");
    assert!(html.contains(r#"type="password""#) && html.contains(r#"autocomplete="new-password""#));
    // The rules are read out with the first field; the second field has no description.
    assert_eq!(html.matches("aria-describedby=").count(), 1, "{html}");
    assert!(html.contains(r#"aria-describedby="vault-secret-hint""#));
    // The home tile leads here now.
    assert!(render(f.platform(None), "/").contains(r#"href="/vault""#));
}

#[test]
fn an_unlocked_vault_lists_documents_by_category_with_a_quick_exit() {
    use wm_core::vault::{Bytes, Category, NewDocument, NewPage};
    let f = Fixture::new().with_language("de");
    let platform = f.platform(None);
    block(async {
        assert!(matches!(platform.call(Request::VaultSetUp { secret: "4711".into() }).await, Response::Vault { .. }));
        let document = NewDocument {
            title: "Aufenthaltstitel".into(),
            category: Category::ResidencePermit,
            issued: None,
            expires: Some("2027-02-28".into()),
            note: String::new(),
            pages: vec![NewPage { mime: "application/pdf".into(), data: Bytes(b"%PDF-1.7".to_vec()), thumbnail: None }],
        };
        let added = platform.call(Request::VaultAdd { document, at: MONDAY_1030.into() }).await;
        assert!(matches!(added, Response::Vault { .. }), "{added:?}");
    });
    let html = render_until(platform.clone(), "/vault", |h| h.contains("Gültig bis"));
    assert!(html.contains(r#"<h2 id="vault-category-residence-permit">Aufenthaltstitel</h2>"#), "{html}");
    assert!(html.contains("Gültig bis \u{2068}28.02.2027\u{2069}"), "{html}");
    assert!(html.contains("Schnell verlassen"), "{html}");
    // The backup: its passphrase rule read out with the field; a labelled file field.
    assert!(html.contains("Sicherung erstellen") && html.contains("mindestens 10 Zeichen"), "{html}");
    assert!(html.contains(r#"aria-describedby="backup-pass-hint""#), "{html}");
    assert!(html.contains(r#"<label for="restore-file">Sicherungsdatei</label>"#), "{html}");
    // A document: delete asks first (no question shown until the button is pressed).
    let html = render_until(platform.clone(), "/vault/doc/1", |h| h.contains("Dokument löschen"));
    assert!(!html.contains("alertdialog") && !html.contains("endgültig löschen"), "{html}");
    // Locked again (as after a restart): the unlock form, no titles.
    block(async { platform.call(Request::VaultLock).await });
    let html = render(platform, "/vault");
    assert!(html.contains("Der Tresor ist gesperrt") && !html.contains("Schnell verlassen"), "{html}");
    assert!(!html.contains("Gültig bis"));
}

#[test]
fn a_document_expiring_soon_is_remembered_on_home_even_while_locked() {
    use wm_core::vault::{Bytes, Category, NewDocument, NewPage};
    let f = Fixture::new().with_language("de");
    let platform = f.platform(None);
    block(async {
        platform.call(Request::VaultSetUp { secret: "4711".into() }).await;
        let document = NewDocument {
            title: "Aufenthaltstitel".into(),
            category: Category::ResidencePermit,
            issued: None,
            // Nine days after Monday 23 November 2026: within two weeks.
            expires: Some("2026-12-02".into()),
            note: String::new(),
            pages: vec![NewPage { mime: "application/pdf".into(), data: Bytes(b"%PDF-1.7".to_vec()), thumbnail: None }],
        };
        platform.call(Request::VaultAdd { document, at: MONDAY_1030.into() }).await;
        platform.call(Request::VaultLock).await;
    });
    let html = render_until(platform.clone(), "/", |h| h.contains("läuft am"));
    assert!(html.contains("Ein Dokument läuft am \u{2068}02.12.2026\u{2069} ab."), "{html}");
    assert!(html.contains("notice error reminder"), "two weeks or less: urgent");
    assert!(!html.contains("Aufenthaltstitel"), "no title while locked");
    // In the calendar too: the expiry day, and the reminders 8 and 2 weeks before (no title).
    let html = render_until(platform.clone(), "/calendar/day/2026-12-02", |h| h.contains("Tresor"));
    assert!(html.contains("Ein Dokument im Tresor läuft ab") && !html.contains("Aufenthaltstitel"), "{html}");
    for day in ["2026-10-07", "2026-11-18"] {
        let html = render_until(platform.clone(), &format!("/calendar/day/{day}"), |h| h.contains("Erinnerung"));
        assert!(html.contains("Erinnerung: Ein Dokument im Tresor läuft am"), "{day}: {html}");
    }
}

/// A weekly course on Mondays 10:00–12:00 from 23 March 2026, the week before the clocks go
/// forward, stored as the form would store it.
fn with_weekly_course(f: &Fixture) -> wm_core::calendar::Appointment {
    use jiff::civil::{date, Weekday};
    use wm_core::calendar::{Appointment, Freq, Repeat, RepeatEnd, When};
    let day = date(2026, 3, 23);
    let mut a =
        Appointment::new("کلاس زبان", When::Timed { start: day.at(10, 0, 0, 0), end: day.at(12, 0, 0, 0) }, f.now);
    a.repeat =
        Some(Repeat { freq: Freq::Weekly { days: vec![Weekday::Monday] }, interval: 1, end: RepeatEnd::Count(10) });
    a.reminders = vec![60];
    let mut svc = Service::start(f.db(), NativeFiles);
    let r = svc.handle(Request::SaveAppointment { appointment: a.clone() });
    assert!(matches!(r, Response::CalendarChanged { added: 1, .. }), "{r:?}");
    a
}

#[test]
fn a_weekly_appointment_keeps_its_wall_clock_time_across_the_clock_change_in_persian() {
    let f = Fixture::new().at("2026-03-23T09:00:00Z").with_language("fa");
    with_weekly_course(&f);
    // The month: on the two Mondays of March in the grid, with Persian digits and month name.
    let html = render_until(f.platform(None), "/calendar/month/2026-03", |h| h.contains("کلاس زبان"));
    assert_eq!(html.matches(r#"class="entry">کلاس زبان"#).count(), 2, "{html}");
    // The city's events are there too: the MEB-Büro's consultation hours, in Persian if
    // translated (else the fallback), on Mondays and Thursdays.
    assert!(html.matches(r#"class="entry""#).count() > 2, "{html}");
    assert!(html.contains("مارس") && html.contains("۲۰۲۶"), "{html}");
    assert!(html.contains(r#"href="/calendar/day/2026-03-30""#));
    // Before and after the switch: 10:00–12:00 on the wall clock both times.
    for day in ["2026-03-23", "2026-03-30"] {
        let html = render_until(f.platform(None), &format!("/calendar/day/{day}"), |h| h.contains("کلاس زبان"));
        assert!(html.contains("۱۰:۰۰") && html.contains("۱۲:۰۰"), "{day}: {html}");
        assert_no_missing_strings(&html, day);
    }
    // The agenda lists the next ones, with today and tomorrow named.
    let html = render_until(f.platform(None), "/calendar", |h| h.contains("کلاس زبان"));
    assert!(html.contains("امروز"), "{html}");
    assert_eq!(html.matches("کلاس زبان").count(), 10, "all ten within the next weeks: {html}");
}

#[test]
fn an_occurrence_of_a_series_offers_this_one_following_or_all() {
    let f = Fixture::new().at("2026-03-23T09:00:00Z").with_language("de");
    let a = with_weekly_course(&f);
    let html = render_until(f.platform(None), &format!("/calendar/event/{}/20260330T100000", a.uid), |h| {
        h.contains("Nur diesen Termin ändern")
    });
    // Fluent isolates arguments (U+2068 … U+2069); a reader sees the plain text.
    let html = html.replace(['\u{2068}', '\u{2069}'], "");
    for text in [
        "Nur diesen Termin ändern",
        "Diesen und alle folgenden ändern",
        "Alle Termine der Reihe ändern",
        "1 Stunde vorher",
        "10 Mal",
    ] {
        assert!(html.contains(text), "{text}: {html}");
    }
    // "This and all following" from the 5th of 10 Mondays: the form offers the 6 left.
    let html = render_until(f.platform(None), &format!("/calendar/edit/following/{}/20260420T100000", a.uid), |h| {
        h.contains("cal-count")
    });
    assert!(html.contains(r#"id="cal-count""#) && html.contains(r#"value="6""#), "{html}");
    assert!(html.contains(r#"value="2026-04-20""#), "{html}");
    // An occurrence the series does not have is not shown as if it existed.
    let html = render_until(f.platform(None), &format!("/calendar/event/{}/20260331T100000", a.uid), |h| {
        h.contains("gibt es nicht mehr")
    });
    assert!(html.contains("Diesen Termin gibt es nicht mehr."), "{html}");
}

#[test]
fn home_shows_a_due_reminder_and_what_is_on_today() {
    // Sunday 29 March 2026, 11:00 CEST: the day-before reminder (1440) of Monday's course
    // at 10:00 fell due an hour ago.
    let f = Fixture::new().at("2026-03-29T09:00:00Z").with_language("de");
    let mut a = with_weekly_course(&f);
    a.reminders = vec![1440];
    a.title = "Sprachkurs".into();
    let mut svc = Service::start(f.db(), NativeFiles);
    assert!(matches!(svc.handle(Request::SaveAppointment { appointment: a }), Response::CalendarChanged { .. }));
    drop(svc);
    let html = render_until(f.platform(None), "/", |h| h.contains("Sprachkurs"));
    let html = html.replace(['\u{2068}', '\u{2069}'], "");
    assert!(html.contains("Heute und als Nächstes"), "{html}");
    assert!(html.contains("Morgen · 10:00–12:00"), "{html}");
    assert!(html.contains(r#"class="occurrence due""#), "{html}");
}

#[test]
fn city_events_show_in_the_calendar_and_can_be_hidden_by_category() {
    let f = Fixture::new().at("2026-11-09T09:00:00Z").with_language("de");
    // Tag des Dialogs: the second Saturday of November 2026 is the 14th.
    let html = render_until(f.platform(None), "/calendar/day/2026-11-14", |h| h.contains("Tag des Dialogs"));
    assert!(html.contains("Tag des Dialogs"), "{html}");
    assert!(html.contains(r#"href="/calendar/city/tag-des-dialogs/20261114T000000""#), "{html}");
    // Monday: the MEB-Büro's consultation hours, 10–12.
    let html = render_until(f.platform(None), "/calendar/day/2026-11-09", |h| h.contains("MEB"));
    assert!(html.contains("Beratung im MEB-Büro"), "{html}");
    let html =
        render_until(f.platform(None), "/calendar/city/meb-sprechstunde/20261109T100000", |h| h.contains("übernehmen"));
    assert!(html.contains("In meinen Kalender übernehmen") && html.contains("Raum E.258"), "{html}");
    // Hidden: gone from the day.
    let mut svc = Service::start(f.db(), NativeFiles);
    let change = SettingChange::HiddenCityEvents(vec!["beratung".into()]);
    assert!(matches!(svc.handle(Request::ChangeSetting { change }), Response::Settings { .. }));
    drop(svc);
    let html = render_until(f.platform(None), "/calendar/day/2026-11-09", |h| h.contains("keine Termine"));
    assert!(!html.contains("Beratung im MEB-Büro"), "{html}");
}
