//! The city's dated notices ("MEB-Büro closed on 24 December"), shown from their first to their
//! last day on the home screen and on the contacts they concern.

use crate::app::{use_app, use_i18n};
use dioxus::prelude::*;
use wm_core::api::{Request, Response};
use wm_core::hours::berlin;
use wm_core::i18n::find_language;

/// Notices active today (Berlin date); only those about `contact` when given.
#[component]
pub fn ActiveNotices(contact: Option<String>) -> Element {
    let state = use_app();
    let t = use_i18n()();
    let lang = t.language().code;
    let platform = state.platform.clone();
    let content = state.content;
    let all = use_resource(move || {
        let platform = platform.clone();
        let _ = content.read();
        async move {
            match platform.call(Request::Notices).await {
                Response::Notices { notices } => notices,
                _ => Vec::new(),
            }
        }
    });
    let today = berlin().to_datetime(state.platform.now()).date().to_string();
    let active: Vec<_> = all
        .read()
        .clone()
        .unwrap_or_default()
        .into_iter()
        .filter(|n| n.active_on(&today))
        .filter(|n| contact.as_ref().is_none_or(|c| n.contacts.contains(c)))
        .collect();
    rsx! {
        for n in active {
            div { key: "{n.id}", class: "notice city-notice", role: "status",
                {
                    let (text, text_lang) = n.text_in(lang);
                    let dir = find_language(text_lang).map_or("ltr", |l| l.direction.as_html());
                    rsx! { p { lang: text_lang, dir, {text.to_string()} } }
                }
            }
        }
    }
}
