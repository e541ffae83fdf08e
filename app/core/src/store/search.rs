//! Offline search over pages and contacts in every language at once (SQLite FTS5, trigram
//! tokenizer, over text normalised by [`crate::search::normalize`]).
//!
//! FTS5 finds candidates sharing trigrams with the query; each is then scored by how much of
//! every query word it contains, so typing mistakes are forgiven but unrelated pages are not.

use super::storage;
use crate::api::{SearchHit, StoreError};
use crate::content::Content;
use crate::i18n::chain_of;
use crate::search::{coverage, normalize, threshold, trigrams};
use rusqlite::{params, Connection, Transaction};

pub(super) const MIGRATION: &str = "
CREATE VIRTUAL TABLE search USING fts5(
  kind UNINDEXED, key UNINDEXED, lang UNINDEXED, display UNINDEXED, title, body,
  tokenize = 'trigram'
);
";

/// Fills the index for freshly installed content (inside the install transaction).
pub(super) fn index(tx: &Transaction, content: &Content) -> Result<(), StoreError> {
    tx.execute("DELETE FROM search", []).map_err(storage)?;
    let mut insert = tx
        .prepare("INSERT INTO search (kind, key, lang, display, title, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .map_err(storage)?;
    for p in &content.pages {
        let body = format!("{} {}", p.summary, p.text);
        insert
            .execute(params!["topic", p.slug, p.lang, p.title, normalize(&p.title), normalize(&body)])
            .map_err(storage)?;
    }
    for c in &content.contacts {
        let facts = [&c.organisation, &c.place, &c.address, &c.email, &c.phone]
            .iter()
            .filter_map(|f| f.as_deref())
            .collect::<Vec<_>>()
            .join(" ");
        for (lang, name) in &c.name {
            let about = c.about.get(lang).map(String::as_str).unwrap_or("");
            let body = format!("{about} {facts}");
            insert.execute(params!["contact", c.id, lang, name, normalize(name), normalize(&body)]).map_err(storage)?;
        }
    }
    Ok(())
}

/// Searches everything. Results in the reader's language (or its fallback chain) come first,
/// then German and English, then the rest; each page or contact appears once, in the best
/// language it matched in.
pub fn search(conn: &Connection, query: &str, lang: &str) -> Result<Vec<SearchHit>, StoreError> {
    let q = normalize(query);
    let words: Vec<&str> = q.split(' ').filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return Ok(Vec::new());
    }
    let mut grams: Vec<String> = words.iter().flat_map(|w| trigrams(w)).filter(|g| g.chars().count() == 3).collect();
    grams.sort();
    grams.dedup();
    // Only short words: check every document (the index is small). Otherwise FTS5 finds the
    // candidates that share a trigram with the query.
    let (sql, expr) = if grams.is_empty() {
        ("SELECT kind, key, lang, display, title, body FROM search", None)
    } else {
        let expr = grams.iter().map(|g| format!("\"{}\"", g.replace('"', "\"\""))).collect::<Vec<_>>().join(" OR ");
        (
            "SELECT kind, key, lang, display, title, body FROM search WHERE search MATCH ?1 ORDER BY rank LIMIT 400",
            Some(expr),
        )
    };
    let mut stmt = conn.prepare(sql).map_err(storage)?;
    let row = |r: &rusqlite::Row| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?));
    let rows: Vec<(String, String, String, String, String, String)> = match expr {
        Some(expr) => stmt.query_map([expr], row),
        None => stmt.query_map([], row),
    }
    .map_err(storage)?
    .collect::<Result<_, _>>()
    .map_err(storage)?;
    let preferred = chain_of(lang);
    let rank_of = |l: &str| {
        if l == lang {
            0
        } else if l == "de" || l == "en" {
            2
        } else if preferred.contains(&l) {
            1
        } else {
            3
        }
    };
    let mut hits: Vec<SearchHit> = Vec::new();
    for (kind, key, hit_lang, display, title, body) in rows {
        let mut score = 0.0;
        let mut all = true;
        for w in &words {
            let in_title = coverage(w, &title);
            let in_body = coverage(w, &body);
            let best = in_title.max(in_body);
            if best < threshold(w) {
                all = false;
                break;
            }
            score += best + if in_title >= threshold(w) { 1.0 } else { 0.0 };
        }
        if all {
            let language_rank = rank_of(&hit_lang);
            hits.push(SearchHit { kind, key, lang: hit_lang, title: display, score, language_rank });
        }
    }
    hits.sort_by(|a, b| {
        a.language_rank.cmp(&b.language_rank).then(b.score.total_cmp(&a.score)).then(a.title.cmp(&b.title))
    });
    let mut seen = std::collections::HashSet::new();
    hits.retain(|h| seen.insert((h.kind.clone(), h.key.clone())));
    hits.truncate(30);
    Ok(hits)
}
