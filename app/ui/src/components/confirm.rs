//! An action that needs a second "yes": a button that, when pressed, turns into the question
//! with a "yes" and a "no" in its place (an `alertdialog`, so screen readers announce it).
//! Used where something is lost or leaves the vault: delete, share, restore.

use dioxus::prelude::*;

#[component]
pub fn Confirm(
    /// Unique on the page; names the question for assistive technology.
    id: String,
    /// The button that asks.
    label: String,
    question: String,
    yes: String,
    no: String,
    /// `error` for what cannot be undone, `warning` for what only leaves the vault.
    #[props(default = "warning")]
    tone: &'static str,
    on_yes: EventHandler<()>,
) -> Element {
    let mut open = use_signal(|| false);
    if !open() {
        return rsx! {
            button { class: "button", r#type: "button", onclick: move |_| open.set(true), {label} }
        };
    }
    rsx! {
        div { class: "notice {tone}", role: "alertdialog", "aria-labelledby": "{id}",
            p { id: "{id}", {question} }
            button {
                class: "button primary",
                r#type: "button",
                onclick: move |_| {
                    open.set(false);
                    on_yes.call(());
                },
                {yes}
            }
            button { class: "button", r#type: "button", onclick: move |_| open.set(false), {no} }
        }
    }
}
