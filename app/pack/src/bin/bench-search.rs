//! Search benchmark: latency per query against the full content, over a fixed query list of
//! page titles, single words, prefixes, typing mistakes and contact names in every language the
//! content has (the list follows the content, so it grows with it).
//! Prints p50/p95/max; asserts nothing. Run: `cargo run --release -p wm-pack --bin bench-search`.
use std::collections::BTreeMap;
use std::time::Instant;
use wm_core::api::{Request, Response};
use wm_core::store::{NativeFiles, Service};

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let loaded = wm_pack::load(&root).unwrap_or_else(|p| panic!("content has problems: {p:#?}"));
    let json: &'static str = Box::leak(wm_pack::bundle_json(&wm_pack::bundle(&loaded)).into_boxed_str());
    let dir = std::env::temp_dir().join(format!("wm-bench-search-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut service = Service::start_with_content(dir.join("wm.db").display().to_string(), NativeFiles, Some(json));

    // The fixed query list: per page, its title, its longest word, a 4-letter prefix and the
    // longest word with one letter left out (a typing mistake).
    let mut queries: Vec<(String, String)> = Vec::new();
    for page in &loaded.pages {
        let longest = page.title.split_whitespace().max_by_key(|w| w.chars().count()).unwrap_or("").to_string();
        let chars: Vec<char> = longest.chars().collect();
        queries.push((page.lang.clone(), page.title.clone()));
        queries.push((page.lang.clone(), longest.clone()));
        if chars.len() >= 4 {
            queries.push((page.lang.clone(), chars[..4].iter().collect()));
        }
        if chars.len() >= 6 {
            let typo: String =
                chars.iter().enumerate().filter(|(i, _)| *i != chars.len() / 2).map(|(_, c)| c).collect();
            queries.push((page.lang.clone(), typo));
        }
    }
    // Per contact: its name in every language, and the name's first word.
    for contact in &loaded.contacts {
        for (lang, name) in &contact.name {
            queries.push((lang.clone(), name.clone()));
            if let Some(first) = name.split_whitespace().next().filter(|w| w.chars().count() >= 3) {
                queries.push((lang.clone(), first.to_string()));
            }
        }
    }
    let per_lang: BTreeMap<&str, usize> = queries.iter().fold(BTreeMap::new(), |mut m, (l, _)| {
        *m.entry(l.as_str()).or_default() += 1;
        m
    });
    // Warm up once, then measure every query.
    for (lang, q) in &queries {
        service.handle(Request::Search { query: q.clone(), lang: lang.clone() });
    }
    let mut times = Vec::new();
    let mut found = 0;
    for (lang, q) in &queries {
        let start = Instant::now();
        let r = service.handle(Request::Search { query: q.clone(), lang: lang.clone() });
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        if matches!(r, Response::Search { ref hits } if !hits.is_empty()) {
            found += 1;
        }
    }
    times.sort_by(f64::total_cmp);
    let pct = |p: f64| times[((times.len() as f64 - 1.0) * p).round() as usize];
    println!(
        "search: {} queries in {} languages {:?}; {} found something",
        times.len(),
        per_lang.len(),
        per_lang,
        found
    );
    println!(
        "search latency per query: p50 {:.3} ms, p95 {:.3} ms, max {:.3} ms (budget p95 < 5 ms)",
        pct(0.5),
        pct(0.95),
        times.last().copied().unwrap_or(0.0)
    );
    let _ = std::fs::remove_dir_all(&dir);
}
