use super::{Icon, IconName};
use crate::app::{use_i18n, Route};
use dioxus::prelude::*;

/// The top of every page below home: a way back and the page's title as its heading.
#[component]
pub fn PageHeader(title: String) -> Element {
    let t = use_i18n()();
    rsx! {
        header { class: "page-header",
            Link { to: Route::Home {}, class: "back", aria_label: t.t("nav-back"),
                Icon { name: IconName::Back }
            }
            h1 { id: "page-title", {title} }
        }
    }
}
