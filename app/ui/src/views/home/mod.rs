//! The home screen: one tile per part of the Willkommensmappe.

mod tiles;

pub use tiles::{Tile, TILES};

use crate::app::{use_app, use_i18n, Route};
use crate::components::{Icon, IconName};
use dioxus::prelude::*;
use wm_core::api::{Request, Response};
use wm_core::i18n::find_language;

#[component]
pub fn Home() -> Element {
    let state = use_app();
    let t = use_i18n()();
    let kept_copy = state.kept_copy.read().clone();
    let content = state.content.read().clone();
    let mut query = use_signal(String::new);
    let lang = t.language().code;
    let platform = state.platform.clone();
    let i18n = use_i18n();
    let state_content = state.content;
    let results = use_resource(move || {
        let platform = platform.clone();
        let q = query();
        // Read inside the resource so a language switch re-runs the search.
        let lang = i18n().language().code;
        let _ = state_content.read();
        async move {
            if q.trim().is_empty() {
                return Vec::new();
            }
            match platform.call(Request::Search { query: q, lang: lang.to_string() }).await {
                Response::Search { hits } => hits,
                _ => Vec::new(),
            }
        }
    });
    let searching = !query.read().trim().is_empty();
    let hits = results.read().clone().unwrap_or_default();
    rsx! {
        header { class: "home-header",
            p { class: "app-name", {t.t("app-title")} }
            p { class: "app-subtitle", {t.t("app-subtitle")} }
        }
        main { id: "content",
            if let Some(name) = kept_copy {
                div { class: "notice", role: "status", {t.t_args("error-kept-copy", &[("name", &name)])} }
            }
            crate::views::notices::ActiveNotices {}
            crate::views::vault::ExpiryReminders {}
            crate::views::calendar::TodayAndNext {}
            div { class: "search", role: "search",
                label { r#for: "search-input", class: "visually-hidden", {t.t("search-label")} }
                input {
                    id: "search-input",
                    r#type: "search",
                    placeholder: t.t("search-placeholder"),
                    autocomplete: "off",
                    value: "{query}",
                    oninput: move |e| query.set(e.value()),
                }
            }
            if searching {
                section { class: "search-results", "aria-live": "polite", "aria-label": t.t("search-label"),
                    if hits.is_empty() {
                        p { {t.t("search-none")} }
                    }
                    ul { role: "list",
                        for hit in hits {
                            li { key: "{hit.kind}-{hit.key}",
                                Link {
                                    to: if hit.kind == "topic" { Route::TopicPage { slug: hit.key.clone() } } else { Route::ContactPage { id: hit.key.clone() } },
                                    class: "result result-{hit.kind}",
                                    if hit.kind == "contact" {
                                        Icon { name: IconName::Office, class: "result-icon" }
                                    } else {
                                        Icon { name: IconName::Note, class: "result-icon" }
                                    }
                                    span { class: "title", lang: "{hit.lang}", dir: find_language(&hit.lang).map_or("ltr", |l| l.direction.as_html()), {hit.title.clone()} }
                                    if hit.lang != lang {
                                        span { class: "result-lang", {find_language(&hit.lang).map_or("", |l| l.native_name)} }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            h1 { id: "home-heading", class: "home-heading", hidden: searching, {t.t("home-heading")} }
            nav { "aria-labelledby": "home-heading", hidden: searching,
                ul { class: "tiles", role: "list",
                    for tile in TILES.iter() {
                        li { key: "{tile.slug}",
                            Link { to: tile.route(), class: "tile tile-{tile.slug}",
                                Icon { name: tile.icon }
                                span { class: "tile-label", {t.t(tile.label)} }
                            }
                        }
                    }
                }
            }
            if let Some(info) = content {
                p { class: "content-date", {t.t_args("content-as-of", &[("date", &german_date(&info.date))])} }
            }
        }
    }
}

/// `2026-11-24` → `24.11.2026`, the way dates are written on the city's letters.
pub fn german_date(iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    match parts.as_slice() {
        [y, m, d] => format!("{d}.{m}.{y}"),
        _ => iso.to_string(),
    }
}
