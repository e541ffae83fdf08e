//! One occurrence: everything about it, and what can be done with it (change, delete, share as
//! a calendar file, write a note about it). For a series, changes and deletions ask whether
//! they mean this occurrence, this and all following, or the whole series.

use super::form::edit_route;
use super::{day_of, error_id, parse_stamp, today, when_text};
use crate::app::{use_app, use_i18n, Route};
use crate::components::{share_file, Confirm, PageHeader};
use dioxus::prelude::*;
use jiff::civil::DateTime;
use wm_core::api::{Request, Response};
use wm_core::calendar::{Appointment, Freq, Repeat, RepeatEnd};
use wm_core::i18n::Localizer;

/// `/calendar/event/<uid>/<occurrence>`
#[component]
pub fn CalendarEvent(uid: String, original: String) -> Element {
    let t = use_i18n()();
    let found = super::use_appointment(uid);
    let answer = found.read().clone();
    let at = parse_stamp(&original);
    rsx! {
        PageHeader { title: t.t("cal-title") }
        main { id: "content", class: "page calendar",
            match (answer, at) {
                (None, _) => rsx! { p { {t.t("loading")} } },
                (Some(Ok(Some(appointment))), Some(at)) if appointment.is_occurrence(at) || appointment.repeat.is_none() => {
                    rsx! { Details { appointment, at } }
                }
                (Some(Err(detail)), _) => rsx! { p { class: "notice error", role: "alert", {t.t_args("cal-error-storage", &[("detail", detail)])} } },
                _ => rsx! { p { class: "notice error", role: "alert", {t.t("cal-not-found")} } },
            }
        }
    }
}

/// A series described in words: "Jede Woche: Montag, Dienstag · bis 31. März 2027".
pub fn repeat_text(t: &Localizer, repeat: &Repeat) -> String {
    let n = t.number(i64::from(repeat.interval));
    let every = |one: &str, many: &str| if repeat.interval == 1 { t.t(one) } else { t.t_args(many, &[("n", &n)]) };
    let mut text = match &repeat.freq {
        Freq::Daily => every("cal-rule-daily", "cal-rule-days"),
        Freq::Weekly { days } => {
            let names: Vec<String> = days.iter().map(|d| t.weekday_name(*d)).collect();
            format!("{}: {}", every("cal-rule-weekly", "cal-rule-weeks"), names.join(", "))
        }
        Freq::MonthlyByDate => every("cal-rule-monthly", "cal-rule-months"),
        Freq::MonthlyByWeekday { nth, day } => {
            let which = if *nth == -1 { t.t("cal-nth-last") } else { t.t(&format!("cal-nth-{nth}")) };
            format!("{}: {which} {}", every("cal-rule-monthly", "cal-rule-months"), t.weekday_name(*day))
        }
        Freq::Yearly => every("cal-rule-yearly", "cal-rule-years"),
        Freq::YearlyByWeekday { month, nth, day } => {
            let which = if *nth == -1 { t.t("cal-nth-last") } else { t.t(&format!("cal-nth-{nth}")) };
            format!(
                "{}: {which} {} ({})",
                every("cal-rule-yearly", "cal-rule-years"),
                t.weekday_name(*day),
                t.month_name(*month)
            )
        }
    };
    match repeat.end {
        RepeatEnd::Never => {}
        RepeatEnd::Until(d) => text = format!("{text} · {}", t.t_args("cal-rule-until", &[("date", t.date_medium(d))])),
        RepeatEnd::Count(c) => {
            text = format!("{text} · {}", t.t_args("cal-rule-count", &[("n", t.number(i64::from(c)))]))
        }
    }
    text
}

/// "1 Tag vorher, 1 Stunde vorher"
fn reminders_text(t: &Localizer, minutes: &[u32]) -> String {
    let one = |m: u32| match m {
        15 => t.t("cal-reminder-15m"),
        60 => t.t("cal-reminder-1h"),
        1440 => t.t("cal-reminder-1d"),
        10080 => t.t("cal-reminder-1w"),
        m if m % 1440 == 0 => t.t_args("cal-reminder-days", &[("n", t.number(i64::from(m / 1440)))]),
        m if m % 60 == 0 => t.t_args("cal-reminder-hours", &[("n", t.number(i64::from(m / 60)))]),
        m => t.t_args("cal-reminder-minutes", &[("n", t.number(i64::from(m)))]),
    };
    minutes.iter().map(|m| one(*m)).collect::<Vec<_>>().join(", ")
}

#[component]
fn Details(appointment: Appointment, at: DateTime) -> Element {
    let state = use_app();
    let t = use_i18n()();
    let nav = use_navigator();
    let lang = state.settings.read().language.clone().unwrap_or_default();
    let (from, to) = wm_core::calendar::recur::day_window(at.date(), at.date());
    // The occurrence as it takes place (moved or changed ones included).
    let occurrences = appointment.occurrences(
        from.checked_sub(jiff::SignedDuration::from_hours(24 * 400)).unwrap_or(from),
        to.checked_add(jiff::SignedDuration::from_hours(24 * 400)).unwrap_or(to),
    );
    let Some(occ) = occurrences.iter().find(|o| o.original == at) else {
        return rsx! { p { class: "notice error", role: "alert", {t.t("cal-not-found")} } };
    };
    let day = day_of(occ);
    let when = when_text(&t, occ);
    let (title, place, note) = (occ.title.to_string(), occ.place.to_string(), occ.note.to_string());
    let series = appointment.repeat.is_some();
    let mut problem = use_signal(|| None::<String>);
    let mut deleting = use_signal(|| false);
    let mut shared = use_signal(|| None::<String>);
    let contact = {
        let id = appointment.contact.clone();
        let s = state.clone();
        use_resource(move || {
            let (id, s) = (id.clone(), s.clone());
            async move {
                match id {
                    Some(id) => match s.platform.call(Request::Contact { id }).await {
                        Response::Contact { contact } => Some(contact),
                        _ => None,
                    },
                    None => None,
                }
            }
        })
    };
    let uid = appointment.uid.clone();
    let delete = {
        let (state, appointment) = (state.clone(), appointment.clone());
        move |scope: &'static str| {
            let (state, appointment) = (state.clone(), appointment.clone());
            spawn(async move {
                let now = state.platform.now();
                let request = match scope {
                    "one" => appointment.delete_one(at, now).map(|a| Request::SaveAppointment { appointment: a }),
                    "following" => appointment.split_from(at, now).map(|(before, _)| Request::ReplaceAppointment {
                        uid: appointment.uid.clone(),
                        with: before.into_iter().collect(),
                    }),
                    _ => Ok(Request::ReplaceAppointment { uid: appointment.uid.clone(), with: vec![] }),
                };
                let result = match request {
                    Ok(request) => super::change(&state, request).await.map(|_| ()),
                    Err(e) => Err(error_id(&e).to_string()),
                };
                match result {
                    Ok(()) => {
                        nav.push(Route::CalendarDay { date: at.date().to_string() });
                    }
                    Err(m) => problem.set(Some(m)),
                }
            });
        }
    };
    let delete_one = delete.clone();
    let delete_following = delete.clone();
    let delete_all = delete.clone();
    let export = appointment.clone();
    let today = today(&state);
    rsx! {
        article { class: "appointment",
            h2 { {title.clone()} }
            p { class: "when", {super::day_heading(&t, day, today)} " · " {when} }
            if !place.is_empty() {
                p { {t.t("cal-field-place")} ": " {place} }
            }
            if let Some(Some(c)) = contact.read().clone() {
                p {
                    Link { to: Route::ContactPage { id: c.id.clone() }, {c.name_in(&lang).0.to_string()} }
                    if let Some(address) = &c.address { " · " {address.clone()} }
                }
            }
            if !note.is_empty() {
                p { class: "note", {note} }
            }
            if let Some(repeat) = &appointment.repeat {
                p { {t.t("cal-field-repeat")} ": " {repeat_text(&t, repeat)} }
            }
            if !appointment.reminders.is_empty() {
                p { {t.t("cal-field-reminders")} ": " {reminders_text(&t, &appointment.reminders)} }
            }
        }
        div { class: "toolbar",
            if series {
                Link { to: edit_route("one", &uid, at), class: "button", {t.t("cal-edit-one")} }
                Link { to: edit_route("following", &uid, at), class: "button", {t.t("cal-edit-following")} }
                Link { to: edit_route("all", &uid, at), class: "button", {t.t("cal-edit-all")} }
            } else {
                Link { to: edit_route("all", &uid, at), class: "button", {t.t("cal-edit")} }
            }
        }
        div { class: "toolbar",
            if series {
                if deleting() {
                    div { class: "notice error", role: "alertdialog", "aria-labelledby": "delete-question",
                        p { id: "delete-question", {t.t("cal-delete-question")} }
                        button { class: "button", r#type: "button", onclick: move |_| delete_one("one"), {t.t("cal-delete-one")} }
                        button { class: "button", r#type: "button", onclick: move |_| delete_following("following"), {t.t("cal-delete-following")} }
                        button { class: "button", r#type: "button", onclick: move |_| delete_all("all"), {t.t("cal-delete-all")} }
                        button { class: "button", r#type: "button", onclick: move |_| deleting.set(false), {t.t("cal-delete-no")} }
                    }
                } else {
                    button { class: "button", r#type: "button", onclick: move |_| deleting.set(true), {t.t("cal-delete")} }
                }
            } else {
                Confirm {
                    id: "delete-question",
                    label: t.t("cal-delete"),
                    question: t.t("cal-delete-question"),
                    yes: t.t("cal-delete-yes"),
                    no: t.t("cal-delete-no"),
                    tone: "error",
                    on_yes: move |_| delete("all"),
                }
            }
            button {
                class: "button",
                r#type: "button",
                onclick: move |_| {
                    let text = wm_core::calendar::ics::export(std::slice::from_ref(&export));
                    let name = format!("{}.ics", file_stem(&export.title));
                    spawn(async move {
                        shared.set(Some(share_file(name, "text/calendar".into(), text.as_bytes()).await));
                    });
                },
                {t.t("cal-export-one")}
            }
            Link { to: Route::NoteNew { link: format!("appointment:{uid}") }, class: "button", {t.t("cal-add-note")} }
        }
        if shared().is_some_and(|how| how != "cancelled") {
            p { role: "status", {t.t("cal-exported")} }
        }
        if let Some(m) = problem() {
            super::Problem { message: m }
        }
    }
}

/// A file name from a title: letters, digits, spaces and dashes.
pub fn file_stem(title: &str) -> String {
    let stem: String =
        title.chars().map(|c| if c.is_alphanumeric() || c == ' ' || c == '-' { c } else { '_' }).collect();
    let stem = stem.trim();
    if stem.is_empty() {
        "termin".into()
    } else {
        stem.chars().take(60).collect()
    }
}
