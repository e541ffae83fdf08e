//! Topic pages from the content pack: text, the contacts that belong to it, and the notes a
//! reader needs (shown in another language; machine-translated, not yet reviewed).

use crate::app::{use_app, use_i18n, Route};
use crate::components::PageHeader;
use crate::views::contacts::ContactCard;
use dioxus::prelude::*;
use wm_core::api::{Request, Response, TopicView};
use wm_core::content::Page;
use wm_core::i18n::{find_language, LANGUAGES};

/// Loads a topic in one language; `None` while loading, `Err` with the answer otherwise.
fn use_topic(slug: String, lang: String) -> Resource<Response> {
    let state = use_app();
    let (platform, content) = (state.platform, state.content);
    use_resource(use_reactive!(|(slug, lang)| {
        let platform = platform.clone();
        // Load again when an update changed the content.
        let _ = content.read();
        async move { platform.call(Request::Topic { slug, lang }).await }
    }))
}

/// One page's text in its own language and direction.
#[component]
fn PageText(page: Page) -> Element {
    let dir = find_language(&page.lang).map_or("ltr", |l| l.direction.as_html());
    rsx! {
        article { lang: "{page.lang}", dir,
            p { class: "summary", {page.summary.clone()} }
            div { class: "prose", dangerous_inner_html: page.html.clone() }
        }
    }
}

#[component]
pub fn TopicPage(slug: String) -> Element {
    let t = use_i18n()();
    let lang = t.language().code;
    let topic = use_topic(slug.clone(), lang.to_string());
    let answer = topic.read().clone();
    let Some(answer) = answer else {
        return rsx! {
            PageHeader { title: t.t("loading") }
            main { id: "content", class: "page", "aria-busy": "true" }
        };
    };
    let topic = match answer {
        Response::Topic { topic } => topic,
        Response::NotFound => {
            return rsx! {
                PageHeader { title: t.t("not-found-title") }
                main { id: "content", class: "page",
                    p { {t.t("not-found-body")} }
                    Link { to: Route::Home {}, class: "button primary", {t.t("nav-home")} }
                }
            }
        }
        other => {
            return rsx! {
                PageHeader { title: t.t("error-storage-title") }
                main { id: "content", class: "page", role: "alert", p { {other.unexpected()} } }
            }
        }
    };
    let page = topic.page.clone();
    let shown = find_language(&page.lang);
    let other_language = page.lang != lang;
    rsx! {
        PageHeader { title: page.title.clone() }
        main { id: "content", class: "page topic",
            if other_language {
                p { class: "notice", role: "note",
                    {t.t_args("page-in-other-language", &[("language", shown.map_or("", |l| l.native_name))])}
                }
            }
            // German is the source text; only translations carry the "not yet reviewed" note.
            if !page.reviewed && page.lang != "de" {
                p { class: "notice unreviewed", role: "note", {t.t("page-unreviewed")} }
            }
            PageText { page }
            SideBySideLinks { slug: slug.clone() }
            TopicContacts { topic }
        }
    }
}

/// Links to show the page beside another language (for reading together with a social worker).
#[component]
fn SideBySideLinks(slug: String) -> Element {
    let t = use_i18n()();
    rsx! {
        details { class: "side-by-side",
            summary { {t.t("side-by-side")} }
            ul { role: "list",
                for l in LANGUAGES.iter().filter(|l| l.code != t.language().code) {
                    li { key: "{l.code}",
                        Link { to: Route::TopicSideBySide { slug: slug.clone(), second: l.code.to_string() }, lang: l.code,
                            {l.native_name}
                        }
                    }
                }
            }
        }
    }
}

#[component]
fn TopicContacts(topic: TopicView) -> Element {
    let t = use_i18n()();
    rsx! {
            if !topic.contacts.is_empty() {
                section { class: "contacts", "aria-labelledby": "topic-contacts",
                    h2 { id: "topic-contacts", {t.t("topic-contacts")} }
                    for contact in topic.contacts {
                        ContactCard { key: "{contact.id}", contact }
                    }
                }
            }
    }
}

/// The page in the reader's language beside a second language, each in its own direction;
/// stacked on a narrow screen.
#[component]
pub fn TopicSideBySide(slug: String, second: String) -> Element {
    let t = use_i18n()();
    let lang = t.language().code;
    let first = use_topic(slug.clone(), lang.to_string());
    let other = use_topic(slug.clone(), second.clone());
    let (a, b) = (first.read().clone(), other.read().clone());
    let (Some(Response::Topic { topic: a }), Some(Response::Topic { topic: b })) = (a, b) else {
        return rsx! {
            PageHeader { title: t.t("side-by-side") }
            main { id: "content", class: "page", "aria-busy": "true" }
        };
    };
    rsx! {
        PageHeader { title: a.page.title.clone() }
        main { id: "content", class: "page side-by-side-page",
            div { class: "columns",
                section { class: "column", "aria-label": find_language(&a.page.lang).map_or("", |l| l.native_name),
                    h2 { lang: "{a.page.lang}", dir: find_language(&a.page.lang).map_or("ltr", |l| l.direction.as_html()), {a.page.title.clone()} }
                    PageText { page: a.page.clone() }
                }
                section { class: "column", "aria-label": find_language(&b.page.lang).map_or("", |l| l.native_name),
                    h2 { lang: "{b.page.lang}", dir: find_language(&b.page.lang).map_or("ltr", |l| l.direction.as_html()), {b.page.title.clone()} }
                    PageText { page: b.page.clone() }
                }
            }
            TopicContacts { topic: a.clone() }
        }
    }
}
