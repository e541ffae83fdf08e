//! The honest page behind tiles whose capability is not built yet.

use crate::app::{use_i18n, Route};
use crate::components::{Icon, PageHeader};
use crate::views::home::Tile;
use dioxus::prelude::*;

#[component]
pub fn ComingSoon(feature: String) -> Element {
    let t = use_i18n()();
    let Some(tile) = Tile::by_slug(&feature) else {
        return rsx! {
            PageHeader { title: t.t("not-found-title") }
            main { id: "content", class: "page",
                p { {t.t("not-found-body")} }
                Link { to: Route::Home {}, class: "button primary", {t.t("nav-home")} }
            }
        };
    };
    rsx! {
        PageHeader { title: t.t(tile.label) }
        main { id: "content", class: "page coming-soon",
            Icon { name: tile.icon, class: "big" }
            h2 { {t.t("coming-soon-title")} }
            p { {t.t("coming-soon-body")} }
            Link { to: Route::Home {}, class: "button primary", {t.t("nav-home")} }
        }
    }
}
