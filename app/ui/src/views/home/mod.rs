//! The home screen: one tile per part of the Willkommensmappe.

mod tiles;

pub use tiles::{Tile, TILES};

use crate::app::{use_app, use_i18n};
use crate::components::Icon;
use dioxus::prelude::*;

#[component]
pub fn Home() -> Element {
    let state = use_app();
    let t = use_i18n()();
    let kept_copy = state.kept_copy.read().clone();
    rsx! {
        header { class: "home-header",
            p { class: "app-name", {t.t("app-title")} }
            p { class: "app-subtitle", {t.t("app-subtitle")} }
        }
        main { id: "content",
            if let Some(name) = kept_copy {
                div { class: "notice", role: "status", {t.t_args("error-kept-copy", &[("name", &name)])} }
            }
            h1 { id: "home-heading", class: "home-heading", {t.t("home-heading")} }
            nav { "aria-labelledby": "home-heading",
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
        }
    }
}
