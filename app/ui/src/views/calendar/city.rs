//! The city's events in the calendar: shown or hidden by category, each with its details and
//! one tap to copy an occurrence into the person's own calendar.

use super::{day_heading, parse_stamp, today, Problem};
use crate::app::{use_app, use_i18n, Route};
use crate::components::PageHeader;
use dioxus::prelude::*;
use wm_core::api::{Request, Response};
use wm_core::calendar::city::CityEvent;
use wm_core::calendar::Appointment;
use wm_core::settings::SettingChange;

pub fn is_city(uid: &str) -> bool {
    event_id(uid).is_some()
}

pub fn event_id(uid: &str) -> Option<&str> {
    wm_core::calendar::city::event_id(uid)
}

/// On the calendar page: which of the city's events to show, and what each is.
#[component]
pub fn CityEvents() -> Element {
    let state = use_app();
    let t = use_i18n()();
    let s = state.clone();
    let events = use_resource(move || {
        let s = s.clone();
        async move {
            match s.platform.call(Request::CityEvents).await {
                Response::CityEvents { events } => events,
                _ => Vec::new(),
            }
        }
    });
    let Some(events) = events.read().clone() else { return rsx! {} };
    if events.is_empty() {
        return rsx! {};
    }
    let lang = t.language().code;
    let hidden = state.settings.read().hidden_city_events.clone();
    rsx! {
        h2 { id: "city-heading", {t.t("cal-city")} }
        p { class: "hint", {t.t("cal-city-intro")} }
        ul { class: "city-events", "aria-labelledby": "city-heading",
            for event in events {
                {
                    let shown = !hidden.contains(&event.category);
                    let category = event.category.clone();
                    let state = state.clone();
                    let hidden = hidden.clone();
                    let id = format!("city-{}", event.id);
                    rsx! {
                        li { key: "{event.id}",
                            div { class: "check",
                                input {
                                    id: "{id}",
                                    r#type: "checkbox",
                                    checked: shown,
                                    onchange: move |e: FormEvent| {
                                        let mut list: Vec<String> = hidden.iter().filter(|c| **c != category).cloned().collect();
                                        if !e.checked() {
                                            list.push(category.clone());
                                        }
                                        list.sort();
                                        state.change(SettingChange::HiddenCityEvents(list));
                                    },
                                }
                                label { r#for: "{id}", {event.title_in(lang).to_string()} }
                            }
                            if !event.when_text_in(lang).is_empty() {
                                p { class: "hint", {event.when_text_in(lang).to_string()} }
                            }
                            Link { to: Route::CityEventPage { id: event.id.clone(), original: "-".into() }, {t.t("cal-city-more")} }
                        }
                    }
                }
            }
        }
    }
}

/// `/calendar/city/<event>/<occurrence or ->`: what the event is, where, when; and for an
/// occurrence, "add to my calendar".
#[component]
pub fn CityEventPage(id: String, original: String) -> Element {
    let state = use_app();
    let t = use_i18n()();
    let nav = use_navigator();
    let s = state.clone();
    let found = use_resource(use_reactive!(|(id,)| {
        let s = s.clone();
        async move {
            match s.platform.call(Request::CityEvents).await {
                Response::CityEvents { events } => events.into_iter().find(|e| e.id == id),
                _ => None,
            }
        }
    }));
    let mut problem = use_signal(|| None::<String>);
    let Some(found) = found.read().clone() else { return rsx! { p { {t.t("loading")} } } };
    let Some(event) = found else {
        return rsx! {
            PageHeader { title: t.t("cal-city") }
            main { id: "content", class: "page calendar", p { class: "notice error", role: "alert", {t.t("cal-not-found")} } }
        };
    };
    let lang = t.language().code.to_string();
    let at = parse_stamp(&original);
    let today = today(&state);
    let occurrence = at.and_then(|at| find_occurrence(&event, at, &lang, &state));
    let title = event.title_in(&lang).to_string();
    rsx! {
        PageHeader { title: t.t("cal-city") }
        main { id: "content", class: "page calendar",
            article { class: "appointment",
                h2 { {title.clone()} }
                if let Some(a) = &occurrence {
                    p { class: "when", {day_heading(&t, a.when.first_date(), today)} " · "
                        {match a.when {
                            wm_core::calendar::When::AllDay { first, last } if first != last => format!("{} – {}", t.date_medium(first), t.date_medium(last)),
                            wm_core::calendar::When::AllDay { .. } => t.t("all-day"),
                            wm_core::calendar::When::Timed { start, end } => t.time_range(start.time(), end.time()),
                        }}
                    }
                }
                if !event.when_text_in(&lang).is_empty() {
                    p { {event.when_text_in(&lang).to_string()} }
                }
                if let Some(place) = &event.place {
                    p { {t.t("cal-field-place")} ": " {place.clone()} }
                }
                if let Some(contact) = &event.contact {
                    p { Link { to: Route::ContactPage { id: contact.clone() }, {t.t("cal-city-contact")} } }
                }
                p { {event.about_in(&lang).to_string()} }
                if event.reviewed.get(&lang) != Some(&true) && lang != "de" {
                    p { class: "notice unreviewed", {t.t("cal-city-unreviewed")} }
                }
            }
            if let Some(a) = occurrence {
                button {
                    class: "button primary",
                    r#type: "button",
                    onclick: move |_| {
                        let (state, a) = (state.clone(), a.clone());
                        spawn(async move {
                            let mut own = Appointment::new(a.title.clone(), a.when, state.platform.now());
                            own.place = a.place.clone();
                            own.contact = a.contact.clone();
                            own.note = a.note.clone();
                            own.reminders = vec![1440];
                            let day = a.when.first_date();
                            match super::change(&state, Request::SaveAppointment { appointment: own }).await {
                                Ok(_) => {
                                    nav.push(Route::CalendarDay { date: day.to_string() });
                                }
                                Err(m) => problem.set(Some(m)),
                            }
                        });
                    },
                    {t.t("cal-city-add")}
                }
            }
            if let Some(m) = problem() {
                Problem { message: m }
            }
        }
    }
}

/// The occurrence starting at `at` as a one-off appointment (the series' copy for that day).
fn find_occurrence(
    event: &CityEvent,
    at: jiff::civil::DateTime,
    lang: &str,
    state: &crate::app::AppState,
) -> Option<Appointment> {
    let year = at.year();
    let all = event.appointments(year..=year, lang, state.platform.now());
    let (from, to) = wm_core::calendar::recur::day_window(at.date(), at.date());
    let occurrences = wm_core::calendar::occurrences_of(&all, from, to);
    let occ = occurrences.iter().find(|o| o.original == at)?;
    let mut one = occ.appointment.clone();
    one.when = occ.when;
    one.repeat = None;
    one.exdates.clear();
    one.overrides.clear();
    Some(one)
}
