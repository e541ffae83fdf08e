//! Settings: language, text size, contrast, content and its updates. Also the first-start
//! language picker.

use crate::app::{use_app, use_i18n};
use crate::components::{Icon, IconName, LanguageList, PageHeader};
use dioxus::prelude::*;
use wm_core::settings::{SettingChange, TextSize};

/// First start: the reader picks a language before anything else.
#[component]
pub fn LanguagePicker() -> Element {
    let state = use_app();
    let t = use_i18n()();
    rsx! {
        document::Title { {t.t("language-choose")} }
        main { id: "content", class: "page first-start",
            div { class: "first-start-head",
                Icon { name: IconName::Language, class: "big" }
                h1 { id: "language-heading", {t.t("language-choose")} }
                p { {t.t("language-choose-hint")} }
            }
            LanguageList {
                current: None,
                labelled_by: "language-heading",
                on_pick: move |code: String| state.change(SettingChange::Language(code)),
            }
        }
    }
}

fn text_size_label(size: TextSize) -> &'static str {
    match size {
        TextSize::Normal => "text-size-normal",
        TextSize::Large => "text-size-large",
        TextSize::ExtraLarge => "text-size-extra-large",
    }
}

#[component]
pub fn SettingsPage() -> Element {
    let state = use_app();
    let t = use_i18n()();
    let settings = state.settings.read().clone();
    let save_error = state.save_error.read().clone();
    let (s1, s2, s3) = (state.clone(), state.clone(), state.clone());
    rsx! {
        PageHeader { title: t.t("tile-settings") }
        main { id: "content", class: "page settings",
            if let Some(error) = save_error {
                div { class: "notice error", role: "alert", {t.t("error-storage-title")} " " {error.to_string()} }
            }
            section { "aria-labelledby": "settings-language",
                h2 { id: "settings-language", {t.t("settings-language")} }
                LanguageList {
                    current: settings.language.clone(),
                    labelled_by: "settings-language",
                    on_pick: move |code: String| s1.change(SettingChange::Language(code)),
                }
            }
            section {
                fieldset { class: "choice",
                    legend { h2 { {t.t("settings-text-size")} } }
                    for size in TextSize::ALL {
                        label { key: "{size.as_str()}", class: "radio text-size-{size.as_str()}",
                            input {
                                r#type: "radio",
                                name: "text-size",
                                value: size.as_str(),
                                checked: settings.text_size == size,
                                onchange: {
                                    let s2 = s2.clone();
                                    move |_| s2.change(SettingChange::TextSize(size))
                                },
                            }
                            span { {t.t(text_size_label(size))} }
                        }
                    }
                }
            }
            section { "aria-labelledby": "settings-contrast",
                h2 { id: "settings-contrast", class: "visually-hidden", {t.t("settings-high-contrast")} }
                label { class: "checkbox",
                    input {
                        r#type: "checkbox",
                        checked: settings.high_contrast,
                        "aria-describedby": "contrast-hint",
                        onchange: move |e: FormEvent| s3.change(SettingChange::HighContrast(e.checked())),
                    }
                    span { {t.t("settings-high-contrast")} }
                }
                p { id: "contrast-hint", class: "hint", {t.t("settings-high-contrast-hint")} }
            }
            crate::views::updates::UpdateSettings {}
        }
    }
}
