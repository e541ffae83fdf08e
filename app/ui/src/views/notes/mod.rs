//! Notes ("Raum für Notizen"): write, find, change and delete notes, each optionally about an
//! appointment, a contact or a vault document.

use crate::app::{use_app, use_i18n, AppState, Route};
use crate::components::{Confirm, PageHeader};
use dioxus::prelude::*;
use wm_core::api::{Request, Response};
use wm_core::notes::{Note, NoteError, NoteLink};

async fn load(state: &AppState) -> Result<Vec<Note>, String> {
    match state.platform.call(Request::Notes).await {
        Response::Notes { notes } => Ok(notes),
        Response::Failed { error } => Err(error.to_string()),
        other => Err(other.unexpected()),
    }
}

/// `appointment:<uid>`, `contact:<id>`, `document:<id>`, anything else: no link.
fn parse_link(text: &str) -> Option<NoteLink> {
    let (kind, id) = text.split_once(':')?;
    match kind {
        "appointment" => Some(NoteLink::Appointment { uid: id.into() }),
        "contact" => Some(NoteLink::Contact { id: id.into() }),
        "document" => id.parse().ok().map(|id| NoteLink::Document { id }),
        _ => None,
    }
}

/// `/notes`
#[component]
pub fn NotesPage() -> Element {
    let state = use_app();
    let t = use_i18n()();
    let s = state.clone();
    let list = use_resource(move || {
        let s = s.clone();
        async move { load(&s).await }
    });
    let mut query = use_signal(String::new);
    let answer = list.read().clone();
    rsx! {
        PageHeader { title: t.t("notes-title") }
        main { id: "content", class: "page notes",
            div { class: "toolbar",
                Link { to: Route::NoteNew { link: "none".into() }, class: "button primary", {t.t("notes-new")} }
            }
            label { r#for: "notes-search", {t.t("notes-search")} }
            input {
                id: "notes-search",
                r#type: "search",
                value: "{query}",
                oninput: move |e: FormEvent| query.set(e.value()),
            }
            match answer {
                None => rsx! { p { {t.t("loading")} } },
                Some(Err(detail)) => rsx! { p { class: "notice error", role: "alert", {t.t_args("cal-error-storage", &[("detail", detail)])} } },
                Some(Ok(notes)) if notes.is_empty() => rsx! { p { class: "hint", {t.t("notes-empty")} } },
                Some(Ok(notes)) => {
                    let q = query();
                    let found: Vec<Note> = notes.into_iter().filter(|n| n.matches(&q)).collect();
                    rsx! {
                        if found.is_empty() {
                            p { class: "hint", role: "status", {t.t("notes-none-found")} }
                        }
                        ul { class: "note-list",
                            for note in found {
                                li { key: "{note.id.unwrap_or_default()}",
                                    Link { to: Route::NoteEdit { id: note.id.unwrap_or_default() },
                                        span { class: "title", {if note.title.trim().is_empty() { t.t("notes-untitled") } else { note.title.clone() }} }
                                        if let Some(day) = note.day {
                                            span { class: "hint", {t.date_medium(day)} }
                                        }
                                        span { class: "excerpt", {note.text.chars().take(120).collect::<String>()} }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// `/notes/new/<link>`
#[component]
pub fn NoteNew(link: String) -> Element {
    let t = use_i18n()();
    let note =
        Note { id: None, title: String::new(), day: None, text: String::new(), link: parse_link(&link), updated: None };
    rsx! {
        PageHeader { title: t.t("notes-new") }
        main { id: "content", class: "page notes", NoteForm { note } }
    }
}

/// `/notes/<id>`
#[component]
pub fn NoteEdit(id: i64) -> Element {
    let state = use_app();
    let t = use_i18n()();
    let s = state.clone();
    let found = use_resource(use_reactive!(|(id,)| {
        let s = s.clone();
        async move { load(&s).await.map(|all| all.into_iter().find(|n| n.id == Some(id))) }
    }));
    let answer = found.read().clone();
    rsx! {
        PageHeader { title: t.t("notes-title") }
        main { id: "content", class: "page notes",
            match answer {
                None => rsx! { p { {t.t("loading")} } },
                Some(Ok(Some(note))) => rsx! { NoteForm { note } },
                Some(Ok(None)) => rsx! { p { class: "notice error", role: "alert", {t.t("notes-not-found")} } },
                Some(Err(detail)) => rsx! { p { class: "notice error", role: "alert", {t.t_args("cal-error-storage", &[("detail", detail)])} } },
            }
        }
    }
}

#[component]
fn NoteForm(note: Note) -> Element {
    let state = use_app();
    let t = use_i18n()();
    let nav = use_navigator();
    let mut title = use_signal(|| note.title.clone());
    let mut day = use_signal(|| note.day.map(|d| d.to_string()).unwrap_or_default());
    let mut text = use_signal(|| note.text.clone());
    let mut problem = use_signal(|| None::<String>);
    let id = note.id;
    let link = note.link.clone();
    let s_delete = state.clone();
    let link_text = match &note.link {
        Some(NoteLink::Appointment { .. }) => Some(t.t("notes-linked-appointment")),
        Some(NoteLink::Contact { id }) => Some(t.t_args("notes-linked-contact", &[("id", id)])),
        Some(NoteLink::Document { .. }) => Some(t.t("notes-linked-document")),
        None => None,
    };
    rsx! {
        form {
            class: "stack",
            onsubmit: move |e: FormEvent| {
                e.prevent_default();
                let state = state.clone();
                let note = Note {
                    id,
                    title: title().trim().to_string(),
                    day: day().parse().ok(),
                    text: text(),
                    link: link.clone(),
                    updated: None,
                };
                spawn(async move {
                    let at = state.platform.now();
                    match state.platform.call(Request::SaveNote { note, at }).await {
                        Response::NoteSaved { .. } => {
                            nav.push(Route::NotesPage {});
                        }
                        Response::NoteInvalid { error } => problem.set(Some(
                            match error {
                                NoteError::EmptyNote => "notes-error-empty",
                                NoteError::TitleTooLong | NoteError::TextTooLong => "notes-error-too-long",
                            }
                            .into(),
                        )),
                        Response::Failed { error } => problem.set(Some(format!("!{error}"))),
                        other => problem.set(Some(format!("!{}", other.unexpected()))),
                    }
                });
            },
            if let Some(link) = link_text {
                p { class: "hint", {link} }
            }
            label { r#for: "note-title", {t.t("notes-field-title")} }
            input { id: "note-title", value: "{title}", oninput: move |e: FormEvent| title.set(e.value()) }
            label { r#for: "note-day", {t.t("notes-field-day")} }
            input { id: "note-day", r#type: "date", value: "{day}", oninput: move |e: FormEvent| day.set(e.value()) }
            label { r#for: "note-text", {t.t("notes-field-text")} }
            textarea { id: "note-text", value: "{text}", oninput: move |e: FormEvent| text.set(e.value()) }
            if let Some(m) = problem() {
                crate::views::calendar::Problem { message: m }
            }
            button { class: "button primary", r#type: "submit", {t.t("notes-save")} }
        }
        if let Some(id) = id {
            Confirm {
                id: "note-delete-question",
                label: t.t("notes-delete"),
                question: t.t("notes-delete-question"),
                yes: t.t("notes-delete-yes"),
                no: t.t("notes-delete-no"),
                tone: "error",
                on_yes: move |_| {
                    let state = s_delete.clone();
                    spawn(async move {
                        if let Response::Done = state.platform.call(Request::DeleteNote { id }).await {
                            nav.push(Route::NotesPage {});
                        }
                    });
                },
            }
        }
    }
}
