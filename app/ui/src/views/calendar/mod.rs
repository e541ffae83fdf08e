//! The calendar: an agenda of what comes next, a month and a day view, appointments made and
//! changed by hand or imported from iCalendar files, and exported again.
//!
//! Appointments come from storage whole (`Request::Appointments`); the views expand them into
//! occurrences for the window they show (`wm_core::calendar::recur`), in Europe/Berlin time,
//! with names and digits in the reader's language (`Localizer::date_long` and friends).

mod event;
mod form;
mod import;

pub use event::CalendarEvent;
pub use form::{CalendarEdit, CalendarNew};
pub use import::CalendarImport;

use crate::app::{use_app, use_i18n, AppState, Route};
use crate::components::{share_file, Icon, IconName, PageHeader};
use dioxus::prelude::*;
use jiff::civil::{Date, DateTime, Weekday};
use jiff::Timestamp;
use wm_core::api::{Request, Response};
use wm_core::calendar::recur::{day_window, occurrences_of};
use wm_core::calendar::{Appointment, CalendarError, Occurrence};
use wm_core::i18n::Localizer;

/// How many occurrences the agenda shows at first, and adds with "more".
const AGENDA_ITEMS: usize = 60;
/// How far ahead the agenda looks (days).
const AGENDA_HORIZON: i64 = 366;

/// Today in Berlin.
pub fn today(state: &AppState) -> Date {
    wm_core::hours::berlin().to_datetime(state.platform.now()).date()
}

/// Every stored appointment; a storage failure is shown, not hidden.
pub async fn load(state: &AppState) -> Result<Vec<Appointment>, String> {
    match state.platform.call(Request::Appointments { window: None }).await {
        Response::Appointments { appointments } => Ok(appointments),
        Response::Failed { error } => Err(error.to_string()),
        other => Err(format!("{other:?}")),
    }
}

/// `20261124T100000`: a local start as one path segment (an occurrence's identity).
pub fn stamp(at: DateTime) -> String {
    at.strftime("%Y%m%dT%H%M%S").to_string()
}

pub fn parse_stamp(text: &str) -> Option<DateTime> {
    DateTime::strptime("%Y%m%dT%H%M%S", text).ok()
}

/// The message id for a refused appointment.
pub fn error_id(error: &CalendarError) -> &'static str {
    match error {
        CalendarError::EmptyTitle => "cal-error-title",
        CalendarError::TitleTooLong | CalendarError::PlaceTooLong | CalendarError::NoteTooLong => "cal-error-too-long",
        CalendarError::EndNotAfterStart => "cal-error-end",
        CalendarError::TooLong => "cal-error-duration",
        CalendarError::BadInterval => "cal-error-interval",
        CalendarError::BadCount => "cal-error-count",
        CalendarError::UntilBeforeStart => "cal-error-until",
        CalendarError::StartNotInPattern => "cal-error-pattern",
        CalendarError::TooManyReminders | CalendarError::ReminderTooEarly | CalendarError::DuplicateReminder => {
            "cal-error-reminders"
        }
        _ => "cal-error-invalid",
    }
}

/// When an occurrence takes place, in words: "Ganztägig" or "08:30–12:45".
pub fn when_text(t: &Localizer, occ: &Occurrence) -> String {
    match occ.when {
        wm_core::calendar::When::AllDay { .. } => t.t("all-day"),
        wm_core::calendar::When::Timed { start, end } => t.time_range(start.time(), end.time()),
    }
}

/// A refusal or failure: a message id, or `!` and a storage error's text.
#[component]
pub fn Problem(message: String) -> Element {
    let t = use_i18n()();
    let text = match message.strip_prefix('!') {
        Some(detail) => t.t_args("cal-error-storage", &[("detail", detail)]),
        None => t.t(&message),
    };
    rsx! { p { class: "notice error", role: "alert", {text} } }
}

/// Which calendar view is shown; the three are tabs of one page.
#[derive(Clone, Copy, PartialEq)]
enum View {
    Agenda,
    Month,
    Day,
}

#[component]
fn ViewTabs(current: View, date: Date) -> Element {
    let t = use_i18n()();
    let tab = |view: View, label: String, to: Route| {
        rsx! {
            Link {
                to,
                class: if view == current { "tab current" } else { "tab" },
                "aria-current": if view == current { "page" } else { "false" },
                {label}
            }
        }
    };
    rsx! {
        nav { class: "tabs", "aria-label": t.t("cal-views"),
            {tab(View::Agenda, t.t("cal-view-agenda"), Route::CalendarPage {})}
            {tab(View::Month, t.t("cal-view-month"), Route::CalendarMonth { month: month_key(date) })}
            {tab(View::Day, t.t("cal-view-day"), Route::CalendarDay { date: date.to_string() })}
        }
        div { class: "toolbar",
            Link { to: Route::CalendarNew { date: date.to_string() }, class: "button primary", {t.t("cal-new")} }
        }
    }
}

/// `2026-11`
pub fn month_key(date: Date) -> String {
    format!("{:04}-{:02}", date.year(), date.month())
}

/// `/calendar`: what comes next, day by day.
#[component]
pub fn CalendarPage() -> Element {
    let state = use_app();
    let t = use_i18n()();
    let s = state.clone();
    let list = use_resource(move || {
        let s = s.clone();
        async move { load(&s).await }
    });
    let mut limit = use_signal(|| AGENDA_ITEMS);
    let mut exported = use_signal(|| None::<String>);
    let today = today(&state);
    let answer = list.read().clone();
    rsx! {
        PageHeader { title: t.t("cal-title") }
        main { id: "content", class: "page calendar",
            ViewTabs { current: View::Agenda, date: today }
            match answer {
                None => rsx! { p { {t.t("loading")} } },
                Some(Err(detail)) => rsx! { p { class: "notice error", role: "alert", {t.t_args("cal-error-storage", &[("detail", detail)])} } },
                Some(Ok(appointments)) => {
                    let export_all = appointments.clone();
                    rsx! {
                        Agenda { appointments, first: today, limit: limit(), today }
                        div { class: "toolbar",
                            button {
                                class: "button",
                                r#type: "button",
                                onclick: move |_| limit += AGENDA_ITEMS,
                                {t.t("cal-more")}
                            }
                        }
                        h2 { {t.t("cal-files")} }
                        div { class: "toolbar",
                            button {
                                class: "button",
                                r#type: "button",
                                onclick: move |_| {
                                    let text = wm_core::calendar::ics::export(&export_all);
                                    spawn(async move {
                                        let how = share_file("willkommensmappe.ics".into(), "text/calendar".into(), text.as_bytes()).await;
                                        exported.set(Some(how));
                                    });
                                },
                                {t.t("cal-export-all")}
                            }
                            Link { to: Route::CalendarImport {}, class: "button", {t.t("cal-import")} }
                        }
                        if exported().is_some_and(|how| how != "cancelled") {
                            p { role: "status", {t.t("cal-exported")} }
                        }
                    }
                }
            }
            Link { to: Route::NotesPage {}, class: "button", Icon { name: IconName::Note } {t.t("notes-title")} }
        }
    }
}

/// The next `limit` occurrences from `first` on (within a year), grouped by day.
#[component]
pub fn Agenda(appointments: Vec<Appointment>, first: Date, limit: usize, today: Date) -> Element {
    let t = use_i18n()();
    // Look two weeks ahead, then further until there is enough to show: a busy calendar is
    // expanded only as far as the list goes, a quiet one finds its next appointment months out.
    let mut ahead = 14;
    let occurrences = loop {
        let last = first.checked_add(jiff::Span::new().days(ahead)).unwrap_or(first);
        let (from, to) = day_window(first, last);
        let mut found = occurrences_of(&appointments, from, to);
        if found.len() >= limit || ahead >= AGENDA_HORIZON {
            found.truncate(limit);
            break found;
        }
        ahead = (ahead * 4).min(AGENDA_HORIZON);
    };
    if occurrences.is_empty() {
        return rsx! { p { class: "hint", {t.t("cal-empty")} } };
    }
    // An occurrence spanning several days is listed on its first day in the window.
    let mut groups: Vec<(Date, Vec<&Occurrence>)> = Vec::new();
    for occ in &occurrences {
        let day = day_of(occ).max(first);
        match groups.last_mut() {
            Some((d, list)) if *d == day => list.push(occ),
            _ => groups.push((day, vec![occ])),
        }
    }
    rsx! {
        ol { class: "agenda",
            for (day, list) in groups {
                li { key: "{day}",
                    h3 { class: "agenda-day", {day_heading(&t, day, today)} }
                    ul { class: "occurrences",
                        for occ in list {
                            OccurrenceItem { key: "{occ.uid}-{occ.original}", occ: Item::from(occ) }
                        }
                    }
                }
            }
        }
    }
}

/// "Heute, Dienstag, 24. November 2026"
pub fn day_heading(t: &Localizer, day: Date, today: Date) -> String {
    let long = t.date_long(day);
    if day == today {
        format!("{} · {long}", t.t("today"))
    } else if Some(day) == today.tomorrow().ok() {
        format!("{} · {long}", t.t("tomorrow"))
    } else {
        long
    }
}

/// The local day an occurrence starts on.
pub fn day_of(occ: &Occurrence) -> Date {
    match occ.all_day {
        Some((first, _)) => first,
        None => wm_core::hours::berlin().to_datetime(occ.start).date(),
    }
}

/// What a list shows of one occurrence (owned, so it can be a component property).
#[derive(Clone, PartialEq)]
pub struct Item {
    uid: String,
    original: DateTime,
    when: wm_core::calendar::When,
    title: String,
    place: String,
    start: Timestamp,
}

impl Item {
    pub fn from(occ: &Occurrence) -> Item {
        Item {
            uid: occ.uid.to_string(),
            original: occ.original,
            when: occ.when,
            title: occ.title.to_string(),
            place: occ.place.to_string(),
            start: occ.start,
        }
    }
}

#[component]
pub fn OccurrenceItem(occ: Item) -> Element {
    let t = use_i18n()();
    let when = match occ.when {
        wm_core::calendar::When::AllDay { .. } => t.t("all-day"),
        wm_core::calendar::When::Timed { start, end } => t.time_range(start.time(), end.time()),
    };
    rsx! {
        li { class: "occurrence",
            Link { to: Route::CalendarEvent { uid: occ.uid.clone(), original: stamp(occ.original) },
                span { class: "when", {when} }
                span { class: "title", {occ.title.clone()} }
                if !occ.place.is_empty() {
                    span { class: "hint", {occ.place.clone()} }
                }
            }
        }
    }
}

/// `/calendar/month/2026-11`: the month as a grid of weeks, Monday first.
#[component]
pub fn CalendarMonth(month: String) -> Element {
    let state = use_app();
    let t = use_i18n()();
    let today = today(&state);
    let first = Date::strptime("%Y-%m-%d", format!("{month}-01")).unwrap_or(today.first_of_month());
    let s = state.clone();
    let list = use_resource(move || {
        let s = s.clone();
        async move { load(&s).await }
    });
    let answer = list.read().clone();
    let prev = first.checked_sub(jiff::Span::new().months(1)).unwrap_or(first);
    let next = first.checked_add(jiff::Span::new().months(1)).unwrap_or(first);
    let title = t.month_year(first.year(), first.month());
    rsx! {
        PageHeader { title: t.t("cal-title") }
        main { id: "content", class: "page calendar",
            ViewTabs { current: View::Month, date: if month_key(today) == month_key(first) { today } else { first } }
            div { class: "month-nav",
                Link { to: Route::CalendarMonth { month: month_key(prev) }, class: "button", "aria-label": t.t("cal-prev-month"), "‹" }
                h2 { id: "month-title", {title.clone()} }
                Link { to: Route::CalendarMonth { month: month_key(next) }, class: "button", "aria-label": t.t("cal-next-month"), "›" }
            }
            match answer {
                None => rsx! { p { {t.t("loading")} } },
                Some(Err(detail)) => rsx! { p { class: "notice error", role: "alert", {t.t_args("cal-error-storage", &[("detail", detail)])} } },
                Some(Ok(appointments)) => rsx! { MonthGrid { appointments, first, today } },
            }
        }
    }
}

#[component]
pub fn MonthGrid(appointments: Vec<Appointment>, first: Date, today: Date) -> Element {
    let t = use_i18n()();
    let start = first.checked_sub(jiff::Span::new().days(i64::from(first.weekday().to_monday_zero_offset()))).unwrap_or(first);
    let end = start.checked_add(jiff::Span::new().days(41)).unwrap_or(start);
    let (from, to) = day_window(start, end);
    let occurrences = occurrences_of(&appointments, from, to);
    // Titles per grid day (a multi-day occurrence shows on each of its days).
    let mut per_day: Vec<Vec<String>> = vec![Vec::new(); 42];
    for occ in &occurrences {
        let (a, b) = match occ.all_day {
            Some((f, l)) => (f, l),
            None => {
                let berlin = wm_core::hours::berlin();
                let s = berlin.to_datetime(occ.start).date();
                let e = berlin.to_datetime(occ.end.checked_sub(jiff::SignedDuration::from_secs(1)).unwrap_or(occ.end)).date();
                (s, e.max(s))
            }
        };
        let (a, b) = (a.max(start), b.min(end));
        let mut d = a;
        while d <= b {
            let i = (d - start).get_days() as usize;
            if let Some(slot) = per_day.get_mut(i) {
                slot.push(occ.title.to_string());
            }
            d = match d.tomorrow() {
                Ok(n) => n,
                Err(_) => break,
            };
        }
    }
    let weekdays = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];
    rsx! {
        table { class: "month", "aria-labelledby": "month-title",
            thead {
                tr {
                    for day in weekdays {
                        th { scope: "col", abbr: t.weekday_name(day), {t.weekday_short(day)} }
                    }
                }
            }
            tbody {
                for week in 0..6usize {
                    tr { key: "{week}",
                        for wd in 0..7usize {
                            {
                                let i = week * 7 + wd;
                                let day = start.checked_add(jiff::Span::new().days(i as i64)).unwrap_or(start);
                                let titles = &per_day[i];
                                let mut class = String::from("day");
                                if day.month() != first.month() { class.push_str(" other-month"); }
                                if day == today { class.push_str(" today"); }
                                // The date and what is on: up to three titles, then how many more.
                                let mut label = t.date_long(day);
                                if !titles.is_empty() {
                                    label.push_str(": ");
                                    label.push_str(&titles.iter().take(3).cloned().collect::<Vec<_>>().join(", "));
                                }
                                if titles.len() > 3 {
                                    label.push_str(&format!(" +{}", t.number(titles.len() as i64 - 3)));
                                }
                                rsx! {
                                    td { key: "{i}", class,
                                        Link { to: Route::CalendarDay { date: day.to_string() }, "aria-label": label,
                                            span { class: "number", {t.number(i64::from(day.day()))} }
                                            for title in titles.iter().take(3) {
                                                span { class: "entry", {title.clone()} }
                                            }
                                            if titles.len() > 3 {
                                                span { class: "entry more", {format!("+{}", t.number(titles.len() as i64 - 3))} }
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
    }
}

/// `/calendar/day/2026-11-24`
#[component]
pub fn CalendarDay(date: String) -> Element {
    let state = use_app();
    let t = use_i18n()();
    let today = today(&state);
    let day = date.parse::<Date>().unwrap_or(today);
    let s = state.clone();
    let list = use_resource(move || {
        let s = s.clone();
        async move { load(&s).await }
    });
    let answer = list.read().clone();
    let prev = day.yesterday().unwrap_or(day);
    let next = day.tomorrow().unwrap_or(day);
    rsx! {
        PageHeader { title: t.t("cal-title") }
        main { id: "content", class: "page calendar",
            ViewTabs { current: View::Day, date: day }
            div { class: "month-nav",
                Link { to: Route::CalendarDay { date: prev.to_string() }, class: "button", "aria-label": t.t("cal-prev-day"), "‹" }
                h2 { {day_heading(&t, day, today)} }
                Link { to: Route::CalendarDay { date: next.to_string() }, class: "button", "aria-label": t.t("cal-next-day"), "›" }
            }
            match answer {
                None => rsx! { p { {t.t("loading")} } },
                Some(Err(detail)) => rsx! { p { class: "notice error", role: "alert", {t.t_args("cal-error-storage", &[("detail", detail)])} } },
                Some(Ok(appointments)) => {
                    let (from, to) = day_window(day, day);
                    let items: Vec<Item> = occurrences_of(&appointments, from, to).iter().map(Item::from).collect();
                    rsx! {
                        if items.is_empty() {
                            p { class: "hint", {t.t("cal-empty-day")} }
                        }
                        ul { class: "occurrences",
                            for occ in items {
                                OccurrenceItem { key: "{occ.uid}-{occ.original}", occ }
                            }
                        }
                    }
                }
            }
        }
    }
}
