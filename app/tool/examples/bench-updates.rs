//! Bytes a phone pays for content updates, counted on the wire (request and response headers
//! and bodies, uncompressed) by a local HTTP server, against the real content:
//!
//! 1. first full download of all languages (a phone with nothing installed);
//! 2. a check when nothing changed (conditional request, 304);
//! 3. a one-page change in one language (the MEB-Büro page in German gets one more sentence);
//! 4. the baseline: downloading all content again as one file per language, every language,
//!    as the most widely used comparable app does daily.
//!
//! Budgets (issue "Updates"): 3 is at least 50 times smaller than 4; 2 stays under 1 KB.
//! Prints the figures; asserts nothing. Run: `cargo run --release -p wm-tool --example bench-updates`.
use std::cell::RefCell;
use wm_core::api::{Request, Response};
use wm_core::content::{Bundle, Contact, Page};
use wm_core::i18n::{chain_of, LANGUAGES};
use wm_core::store::{NativeFiles, Service};
use wm_core::update::client::{Limits, LocalBoxFuture, Network, Outcome, StoreLink, UpdateConfig, Updater};
use wm_core::update::test_server::TestServer;
use wm_core::update::{file_path, MANIFEST_PATH};

struct Link(RefCell<Service<NativeFiles>>);

impl StoreLink for Link {
    fn call(&self, request: Request) -> LocalBoxFuture<Response> {
        let response = self.0.borrow_mut().handle(request);
        Box::pin(std::future::ready(response))
    }
}

fn put(server: &TestServer, bundle: &Bundle, key: &wm_pack::KeyFile) {
    for entry in &bundle.manifest.files {
        server.put(&file_path(&entry.sha256), bundle.files[&entry.path].clone());
    }
    let expires = jiff::Timestamp::now().checked_add(jiff::SignedDuration::from_hours(24 * 30)).unwrap();
    let (envelope, parts) = wm_pack::sign(bundle, key, &expires.round(jiff::Unit::Second).unwrap().to_string(), vec![]);
    for (entry, text) in parts {
        server.put(&file_path(&entry.sha256), text);
    }
    server.put(MANIFEST_PATH, serde_json::to_string(&envelope).unwrap());
}

/// One language's complete content in one file: every topic's page in that language (or the
/// nearest fallback), every contact with that language's texts only, the topic list.
fn per_language_file(loaded: &wm_pack::Loaded, lang: &str) -> String {
    let chain = chain_of(lang);
    let pick = |slug: &str| -> Option<&Page> {
        chain.iter().find_map(|code| loaded.pages.iter().find(|p| p.slug == slug && p.lang == *code))
    };
    let pages: Vec<&Page> = loaded.topics.iter().filter_map(|t| pick(&t.slug)).collect();
    let contacts: Vec<Contact> = loaded
        .contacts
        .iter()
        .map(|c| {
            let mut c = c.clone();
            let (name, about) = (c.name_in(lang).0.to_string(), c.about_in(lang).0.to_string());
            c.name = [(lang.to_string(), name)].into();
            c.about = [(lang.to_string(), about)].into();
            c.reviewed.retain(|l, _| l == lang);
            c
        })
        .collect();
    serde_json::json!({ "topics": loaded.topics, "pages": pages, "contacts": contacts }).to_string()
}

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let mut loaded = wm_pack::load(&root).unwrap_or_else(|p| panic!("content has problems: {p:#?}"));
    let key = wm_pack::KeyFile::from_secret([7; 32]);
    let server = TestServer::start();
    let v1 = wm_pack::bundle(&loaded);
    put(&server, &v1, &key);

    let dir = std::env::temp_dir().join(format!("wm-bench-updates-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // A phone with nothing installed yet.
    let link = Link(RefCell::new(Service::start(dir.join("wm.db").display().to_string(), NativeFiles)));
    let config = UpdateConfig::new(&server.base, &[wm_core::trust::to_hex(&key.public)]).unwrap();
    let updater = Updater::new(Limits::default());
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let check = || {
        let outcome =
            runtime.block_on(updater.check(&config, &link, jiff::Timestamp::now(), Network::default(), &|_, _| {}));
        (outcome, server.take_bytes())
    };
    server.take_bytes();

    let (outcome, first) = check();
    assert!(matches!(outcome, Outcome::Applied { .. }), "{outcome:?}");
    let files = v1.manifest.files.len();
    let (outcome, unchanged) = check();
    assert_eq!(outcome, Outcome::Unchanged);

    loaded.version += 1;
    let page = loaded.pages.iter_mut().find(|p| p.slug == "meb-buero" && p.lang == "de").expect("MEB page in German");
    page.html.push_str("<p>Das MEB-Büro ist am 24. Dezember geschlossen.</p>");
    page.text.push_str("\nDas MEB-Büro ist am 24. Dezember geschlossen.");
    let v2 = wm_pack::bundle(&loaded);
    put(&server, &v2, &key);
    server.take_bytes();
    let (outcome, one_page) = check();
    assert!(matches!(outcome, Outcome::Applied { files: 1, .. }), "{outcome:?}");

    // Baseline: one file per language, every language, downloaded in full.
    for l in LANGUAGES {
        server.put(&format!("baseline/{}.json", l.code), per_language_file(&loaded, l.code));
    }
    server.take_bytes();
    let client = reqwest::Client::new();
    runtime.block_on(async {
        for l in LANGUAGES {
            let url = format!("{}baseline/{}.json", server.base, l.code);
            let body = client.get(url).send().await.unwrap().bytes().await.unwrap();
            assert!(!body.is_empty());
        }
    });
    let baseline = server.take_bytes();

    let kib = |b: u64| format!("{:.1} KiB", b as f64 / 1024.0);
    println!("Bytes on the wire (headers and bodies, uncompressed), real content, {} languages:", LANGUAGES.len());
    println!("  first full download ({files} files)          {:>12}  ({first} B)", kib(first));
    println!("  check, nothing changed (304)                {:>12}  ({unchanged} B)", kib(unchanged));
    println!("  one page changed in one language            {:>12}  ({one_page} B)", kib(one_page));
    println!("  baseline: all content, one file per language {:>11}  ({baseline} B)", kib(baseline));
    let ratio = baseline as f64 / one_page as f64;
    println!(
        "  one-page change is {ratio:.0}x smaller than the baseline (budget >= 50x: {})",
        if ratio >= 50.0 { "met" } else { "NOT met" }
    );
    println!("  no-change check {unchanged} B (budget < 1024 B: {})", if unchanged < 1024 { "met" } else { "NOT met" });
    let _ = std::fs::remove_dir_all(&dir);
}
