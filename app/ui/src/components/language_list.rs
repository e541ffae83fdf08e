use dioxus::prelude::*;
use wm_core::i18n::LANGUAGES;

/// Every UI language by its own name in its own script (with the German name beside it for
/// the social worker). Each entry carries its own `lang`/`dir`, so it renders correctly
/// whatever the current UI language is.
#[component]
pub fn LanguageList(current: Option<String>, labelled_by: String, on_pick: EventHandler<String>) -> Element {
    rsx! {
        ul { class: "language-list", role: "list", "aria-labelledby": labelled_by,
            for language in LANGUAGES.iter() {
                li { key: "{language.code}",
                    button {
                        class: "language-option",
                        r#type: "button",
                        "aria-pressed": if current.as_deref() == Some(language.code) { "true" } else { "false" },
                        onclick: move |_| on_pick.call(language.code.to_string()),
                        span { class: "native", lang: language.code, dir: language.direction.as_html(), {language.native_name} }
                        if language.native_name != language.german_name {
                            span { class: "german", lang: "de", dir: "ltr", {language.german_name} }
                        }
                    }
                }
            }
        }
    }
}
