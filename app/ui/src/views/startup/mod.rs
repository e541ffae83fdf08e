//! What the reader sees before the folder is ready: loading, or a storage problem explained
//! with a way forward. Never a blank page, never a silent deletion.

use crate::app::{use_app, use_i18n};
use dioxus::prelude::*;
use wm_core::api::StoreError;

#[component]
pub fn Splash() -> Element {
    let t = use_i18n()();
    rsx! {
        main { id: "content", class: "page splash", "aria-busy": "true",
            p { class: "app-name", {t.t("app-title")} }
            p { role: "status", {t.t("loading")} }
        }
    }
}

#[component]
pub fn StartupProblem(error: StoreError) -> Element {
    let state = use_app();
    let t = use_i18n()();
    let (title, body) = match &error {
        StoreError::Unreadable { .. } => ("error-unreadable-title", "error-unreadable-body"),
        StoreError::TooNew { .. } => ("error-too-new-title", "error-too-new-body"),
        StoreError::InUseElsewhere => ("busy-title", "busy-body"),
        StoreError::Invalid { .. } | StoreError::Storage { .. } => ("error-storage-title", "error-storage-body"),
    };
    let details = match &error {
        StoreError::InUseElsewhere => None,
        other => Some(other.to_string()),
    };
    let (s1, s2, s3) = (state.clone(), state.clone(), state.clone());
    rsx! {
        main { id: "content", class: "page problem", role: "alert",
            h1 { {t.t(title)} }
            p { {t.t(body)} }
            div { class: "actions",
                match &error {
                    StoreError::Unreadable { .. } | StoreError::TooNew { .. } => rsx! {
                        button { class: "button primary", onclick: move |_| s1.keep_copy_and_start_fresh(),
                            {t.t("error-keep-copy")}
                        }
                    },
                    StoreError::InUseElsewhere => rsx! {
                        button { class: "button primary", onclick: move |_| s2.take_over(), {t.t("busy-use-here")} }
                    },
                    _ => rsx! {
                        button { class: "button primary", onclick: move |_| s3.retry(), {t.t("error-retry")} }
                    },
                }
            }
            if let Some(details) = details {
                details { class: "tech",
                    summary { {t.t("error-details")} }
                    p { lang: "en", dir: "ltr", {details} }
                }
            }
        }
    }
}
