//! Contacts and offices: the directory, one contact's page, the card topic pages show, and
//! whether a place is open now.

use crate::app::{use_app, use_i18n, Route};
use crate::components::PageHeader;
use dioxus::prelude::*;
use wm_core::api::{Request, Response};
use wm_core::content::{tel_uri, vcard, Contact};
use wm_core::hours::{berlin, Hours, Status};
use wm_core::i18n::Localizer;

/// Every contact, by name in the reader's language.
#[component]
pub fn ContactsPage() -> Element {
    let state = use_app();
    let t = use_i18n()();
    let lang = t.language().code;
    let platform = state.platform.clone();
    let content = state.content;
    let list = use_resource(move || {
        let platform = platform.clone();
        let _ = content.read();
        async move { platform.call(Request::Contacts).await }
    });
    let answer = list.read().clone();
    let mut contacts = match answer {
        Some(Response::Contacts { contacts }) => contacts,
        _ => Vec::new(),
    };
    contacts.sort_by(|a, b| a.name_in(lang).0.cmp(b.name_in(lang).0));
    rsx! {
        PageHeader { title: t.t("tile-contacts") }
        main { id: "content", class: "page contacts-list",
            ul { role: "list",
                for c in contacts {
                    li { key: "{c.id}",
                        Link { to: Route::ContactPage { id: c.id.clone() }, class: "contact-link",
                            span { class: "name", {c.name_in(lang).0.to_string()} }
                            if let Some(org) = &c.organisation {
                                span { class: "org", lang: "de", {org.clone()} }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// One contact on its own page.
#[component]
pub fn ContactPage(id: String) -> Element {
    let state = use_app();
    let t = use_i18n()();
    let platform = state.platform.clone();
    let content = state.content;
    let found = use_resource(use_reactive!(|(id,)| {
        let platform = platform.clone();
        let _ = content.read();
        async move { platform.call(Request::Contact { id }).await }
    }));
    let lang = t.language().code;
    let platform = state.platform.clone();
    let i18n = use_i18n();
    let topics = use_resource(move || {
        let platform = platform.clone();
        let lang = i18n().language().code;
        let _ = content.read();
        async move {
            match platform.call(Request::Topics { lang: lang.to_string() }).await {
                Response::Topics { pages } => pages,
                _ => Vec::new(),
            }
        }
    });
    let answer = found.read().clone();
    match answer {
        Some(Response::Contact { contact }) => {
            let (name, _) = contact.name_in(lang);
            let related: Vec<_> = topics
                .read()
                .clone()
                .unwrap_or_default()
                .into_iter()
                .filter(|p| contact.topics.contains(&p.slug))
                .collect();
            rsx! {
                PageHeader { title: name.to_string() }
                main { id: "content", class: "page",
                    ContactCard { contact, heading: false }
                    if !related.is_empty() {
                        section { "aria-labelledby": "contact-topics",
                            h2 { id: "contact-topics", {t.t("contact-topics")} }
                            ul { class: "topic-links", role: "list",
                                for p in related {
                                    li { key: "{p.slug}",
                                        Link { to: Route::TopicPage { slug: p.slug.clone() }, lang: "{p.lang}", {p.title.clone()} }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        Some(_) => rsx! {
            PageHeader { title: t.t("not-found-title") }
            main { id: "content", class: "page", p { {t.t("not-found-body")} } }
        },
        None => rsx! {
            PageHeader { title: t.t("loading") }
            main { id: "content", class: "page", "aria-busy": "true" }
        },
    }
}

/// A contact with one-tap actions: call, write, map, web page, save as contact.
#[component]
pub fn ContactCard(contact: Contact, #[props(default = true)] heading: bool) -> Element {
    let state = use_app();
    let t = use_i18n()();
    let lang = t.language().code;
    let (name, name_lang) = contact.name_in(lang);
    let (about, about_lang) = contact.about_in(lang);
    let unreviewed = !about.is_empty() && !contact.reviewed_in(about_lang);
    let where_ = match (&contact.place, &contact.address) {
        (Some(p), Some(a)) => Some(format!("{p}, {a}")),
        (p, a) => p.clone().or(a.clone()),
    };
    let map_query = contact.address.as_ref().or(contact.place.as_ref()).map(|w| {
        let q = if w.contains("Neuss") { w.clone() } else { format!("{w}, Neuss") };
        (
            format!("geo:0,0?q={}", url_encode(&q)),
            format!("https://www.openstreetmap.org/search?query={}", url_encode(&q)),
        )
    });
    let vcard_href = format!("data:text/vcard;charset=utf-8,{}", url_encode(&vcard(&contact, lang)));
    let now = state.platform.now();
    let status = contact.hours.as_deref().and_then(|h| Hours::parse(h).ok()).map(|h| h.status_at(now));
    rsx! {
        article { class: "contact-card", "aria-label": name,
            if heading {
                h3 { lang: name_lang, {name.to_string()} }
            }
            if let Some(org) = &contact.organisation {
                p { class: "org", lang: "de", dir: "ltr", {org.clone()} }
            }
            crate::views::notices::ActiveNotices { contact: Some(contact.id.clone()) }
            if !about.is_empty() {
                p { lang: about_lang, {about.to_string()} }
            }
            if unreviewed {
                p { class: "hint", {t.t("page-unreviewed")} }
            }
            if let Some(status) = status {
                p { class: "hours-status", role: "status", {status_text(&t, &status, now)} }
            }
            if let Some(w) = &where_ {
                p { class: "where", lang: "de", dir: "ltr", {w.clone()} }
            }
            div { class: "actions",
                if let Some(tel) = contact.phone.as_deref().and_then(tel_uri) {
                    a { class: "button primary", href: "{tel}",
                        {t.t("contact-call")} " "
                        bdi { dir: "ltr", {contact.phone.clone().unwrap_or_default()} }
                    }
                }
                if let Some(email) = &contact.email {
                    a { class: "button", href: "mailto:{email}",
                        {t.t("contact-write")} " "
                        bdi { dir: "ltr", {email.clone()} }
                    }
                }
                if let Some((geo, osm)) = map_query {
                    a { class: "button", href: "{geo}", {t.t("contact-map")} }
                    a { class: "button", href: "{osm}", rel: "noopener noreferrer", {t.t("contact-map-web")} }
                }
                if let Some(web) = &contact.web {
                    a { class: "button", href: "{web}", rel: "noopener noreferrer", {t.t("contact-web")} }
                }
                a { class: "button", href: "{vcard_href}", download: "{contact.id}.vcf", {t.t("contact-save")} }
            }
        }
    }
}

/// "Open now – until 12:00" / "Closed – opens Thursday at 13:00", in the reader's language.
pub fn status_text(t: &Localizer, status: &Status, now: jiff::Timestamp) -> String {
    let today = berlin().to_datetime(now).date();
    let when = |local: jiff::civil::DateTime| {
        let time = format!("{:02}:{:02}", local.hour(), local.minute());
        let day = if local.date() == today {
            t.t("day-today")
        } else if today.tomorrow().ok() == Some(local.date()) {
            t.t("day-tomorrow")
        } else {
            t.t(WEEKDAYS[local.date().weekday().to_monday_zero_offset() as usize])
        };
        (day, time)
    };
    match status {
        Status::Open { closes: Some(c) } => {
            let (day, time) = when(c.local);
            if c.local.date() == today {
                t.t_args("hours-open-until", &[("time", &time)])
            } else {
                t.t_args("hours-open-until-day", &[("day", &day), ("time", &time)])
            }
        }
        Status::Open { closes: None } => t.t("hours-open"),
        Status::Closed { opens: Some(c) } => {
            let (day, time) = when(c.local);
            t.t_args("hours-closed-opens", &[("day", &day), ("time", &time)])
        }
        Status::Closed { opens: None } => t.t("hours-closed"),
        Status::Unknown { comment } => t.t_args("hours-unknown", &[("comment", comment)]),
    }
}

const WEEKDAYS: [&str; 7] =
    ["weekday-mo", "weekday-tu", "weekday-we", "weekday-th", "weekday-fr", "weekday-sa", "weekday-su"];

fn url_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}
