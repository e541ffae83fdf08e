//! Importing an iCalendar file: one appointment from an e-mail or a booking, or a whole
//! calendar. The file is read here, shown, and added only when the person agrees, all at once.
//! A broken or hostile file is refused with a reason and adds nothing.

use super::{day_of, when_text, Problem};
use crate::app::{use_app, use_i18n, Route};
use crate::components::PageHeader;
use dioxus::prelude::*;
use wm_core::api::Request;
use wm_core::calendar::ics::{self, IcsError, Import, Kept, SkipReason};
use wm_core::calendar::recur::occurrences_of;

fn refusal_id(error: &IcsError) -> &'static str {
    match error {
        IcsError::TooLarge => "cal-import-too-large",
        IcsError::WrongEncoding => "cal-import-encoding",
        IcsError::NotCalendar => "cal-import-not-calendar",
        IcsError::TooManyEvents => "cal-import-too-many",
        _ => "cal-import-broken",
    }
}

fn skip_id(reason: &SkipReason) -> &'static str {
    match reason {
        SkipReason::NoStart | SkipReason::NoTitle | SkipReason::TooLong | SkipReason::Invalid(_) => "cal-skip-invalid",
        SkipReason::UnknownTimeZone => "cal-skip-time-zone",
        SkipReason::UnsupportedRepeat => "cal-skip-repeat",
        SkipReason::CountShortened => "cal-skip-count",
        SkipReason::OtherTimeZoneRules => "cal-skip-other-zone",
        SkipReason::Duplicate => "cal-skip-duplicate",
    }
}

/// `/calendar/import`
#[component]
pub fn CalendarImport() -> Element {
    let state = use_app();
    let t = use_i18n()();
    let mut read = use_signal(|| None::<Result<Import, String>>);
    let mut done = use_signal(|| None::<Result<(u32, u32), String>>);
    let mut busy = use_signal(|| false);
    let preview = read();
    rsx! {
        PageHeader { title: t.t("cal-import") }
        main { id: "content", class: "page calendar",
            p { class: "hint", {t.t("cal-import-intro")} }
            label { r#for: "ics-file", {t.t("cal-import-file")} }
            input {
                id: "ics-file",
                r#type: "file",
                accept: ".ics,text/calendar",
                onchange: move |e: FormEvent| {
                    done.set(None);
                    let Some(file) = e.files().into_iter().next() else { return };
                    spawn(async move {
                        let result = match file.read_bytes().await {
                            Ok(bytes) => ics::import(&bytes).map_err(|e| refusal_id(&e).to_string()),
                            Err(_) => Err("cal-import-unreadable".to_string()),
                        };
                        read.set(Some(result));
                    });
                },
            }
            match (preview, done()) {
                (_, Some(Ok((added, replaced)))) => rsx! {
                    p { class: "notice ok", role: "status",
                        {t.t_args("cal-import-done", &[("added", t.number(i64::from(added))), ("replaced", t.number(i64::from(replaced)))])}
                    }
                    Link { to: Route::CalendarPage {}, class: "button primary", {t.t("cal-title")} }
                },
                (Some(Err(id)), _) => rsx! { Problem { message: id } },
                (Some(Ok(import)), result) => {
                    let today = super::today(&state);
                    let to_add = import.appointments.clone();
                    let state = state.clone();
                    rsx! {
                        if import.appointments.is_empty() {
                            p { class: "notice warning", role: "alert", {t.t("cal-import-nothing")} }
                        } else {
                            h2 { {t.t("cal-import-preview")} }
                            ul { class: "occurrences",
                                for a in import.appointments.iter() {
                                    {
                                        let (from, _) = a.bounds();
                                        let first = occurrences_of(std::slice::from_ref(a), from, from.checked_add(jiff::SignedDuration::from_hours(24 * 366)).unwrap_or(from));
                                        let heading = first.first().map(|o| format!("{} · {}", super::day_heading(&t, day_of(o), today), when_text(&t, o))).unwrap_or_default();
                                        rsx! {
                                            li { key: "{a.uid}", class: "occurrence",
                                                span { class: "title", {a.title.clone()} }
                                                span { class: "when", {heading} }
                                                if let Some(r) = &a.repeat {
                                                    span { class: "hint", {super::event::repeat_text(&t, r)} }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                        if !import.skipped.is_empty() {
                            h2 { {t.t("cal-import-left-out")} }
                            ul {
                                for s in import.skipped.iter() {
                                    li { key: "{s.uid}-{s.summary}",
                                        strong { {s.summary.clone()} }
                                        ": "
                                        {t.t(skip_id(&s.reason))}
                                        if matches!(s.kept, Kept::FirstOnly) { " " {t.t("cal-skip-first-only")} }
                                    }
                                }
                            }
                        }
                        if !import.cancelled.is_empty() {
                            p { class: "notice warning",
                                {t.t("cal-import-cancellations")} " "
                                {import.cancelled.iter().map(|c| c.summary.clone()).collect::<Vec<_>>().join(", ")}
                            }
                        }
                        if let Some(Err(m)) = result {
                            Problem { message: m }
                        }
                        if !to_add.is_empty() {
                            button {
                                class: "button primary",
                                r#type: "button",
                                disabled: busy(),
                                onclick: move |_| {
                                    let (state, appointments) = (state.clone(), to_add.clone());
                                    spawn(async move {
                                        busy.set(true);
                                        let r = super::change(&state, Request::ImportAppointments { appointments }).await;
                                        busy.set(false);
                                        done.set(Some(r));
                                    });
                                },
                                {t.t_args("cal-import-confirm", &[("n", t.number(import.appointments.len() as i64))])}
                            }
                        }
                    }
                }
                (None, _) => rsx! {},
            }
        }
    }
}
