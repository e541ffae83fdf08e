//! The shipped content, end to end without a UI: it validates, builds a pack that opens,
//! installs, and search finds what a reader would type, spelling mistakes and letter variants
//! included.
use wm_core::api::{Request, Response, SearchHit};
use wm_core::store::{NativeFiles, Service};

fn service() -> (tempfile::TempDir, Service<NativeFiles>) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let loaded = wm_pack::load(&root).unwrap_or_else(|p| panic!("content has problems: {p:#?}"));
    let json: &'static str = Box::leak(wm_pack::bundle_json(&wm_pack::bundle(&loaded)).into_boxed_str());
    let dir = tempfile::tempdir().unwrap();
    let svc = Service::start_with_content(dir.path().join("wm.db").display().to_string(), NativeFiles, Some(json));
    (dir, svc)
}

fn search(svc: &mut Service<NativeFiles>, q: &str, lang: &str) -> Vec<SearchHit> {
    match svc.handle(Request::Search { query: q.into(), lang: lang.into() }) {
        Response::Search { hits } => hits,
        other => panic!("{other:?}"),
    }
}

fn finds(hits: &[SearchHit], key: &str) -> bool {
    hits.iter().any(|h| h.key == key)
}

#[test]
fn german_typing_mistakes_and_umlaut_spellings() {
    let (_d, mut svc) = service();
    for q in ["Mülltrennung", "Mülltrenung", "Muelltrennung", "muelltrenung"] {
        assert!(finds(&search(&mut svc, q, "de"), "wohnen"), "{q} does not find the Wohnen page");
    }
    assert!(finds(&search(&mut svc, "Integrationskurs", "de"), "sprachkurse"));
    assert!(
        finds(&search(&mut svc, "Notruf", "de"), "notfall") || finds(&search(&mut svc, "Polizei", "de"), "notfall")
    );
    assert!(search(&mut svc, "Quantenchromodynamik", "de").is_empty());
}

#[test]
fn arabic_and_persian_letter_variants() {
    let (_d, mut svc) = service();
    // Farsi keheh (ک) typed as Arabic kaf (ك).
    let hits = search(&mut svc, "كلاس", "fa");
    assert!(!hits.is_empty() && hits[0].lang == "fa", "{hits:?}");
    // Arabic with vowel marks finds text written without them.
    let hits = search(&mut svc, "مَكْتَب", "ar");
    assert!(!hits.is_empty() && hits[0].lang == "ar", "{hits:?}");
}

#[test]
fn results_in_the_readers_language_come_first_and_others_are_marked() {
    let (_d, mut svc) = service();
    // "MEB" is the same in every language: the Arabic reader gets the Arabic page first.
    let hits = search(&mut svc, "MEB", "ar");
    let first_topic = hits.iter().find(|h| h.kind == "topic").expect("a topic");
    assert_eq!((first_topic.key.as_str(), first_topic.lang.as_str()), ("meb-buero", "ar"));
    // A German word searched by a Farsi reader finds German pages, ranked after Farsi ones.
    let hits = search(&mut svc, "Wohnberechtigungsschein", "fa");
    assert!(finds(&hits, "wohnen"), "{hits:?}");
    let ranks: Vec<u8> = hits.iter().map(|h| h.language_rank).collect();
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{ranks:?}");
}

#[test]
fn every_contact_and_topic_is_reachable() {
    let (_d, mut svc) = service();
    let Response::Contacts { contacts } = svc.handle(Request::Contacts) else { panic!() };
    assert!(contacts.len() >= 25);
    for lang in ["de", "en", "ar", "fa", "uk"] {
        let Response::Topics { pages } = svc.handle(Request::Topics { lang: lang.into() }) else { panic!() };
        assert_eq!(pages.len(), 15, "{lang}");
        assert!(pages.iter().all(|p| p.lang == lang), "{lang}: every page complete");
    }
    for c in &contacts {
        for lang in wm_core::i18n::LANGUAGES {
            assert!(!c.name_in(lang.code).0.is_empty(), "{} has no name in {}", c.id, lang.code);
        }
    }
}
