//! The calendar: an agenda of what comes next, a month and a day view, appointments made and
//! changed by hand or imported from iCalendar files, and exported again.
//!
//! Appointments come from storage whole (`Request::Appointments`); the views expand them into
//! occurrences for the window they show (`wm_core::calendar::recur`), in Europe/Berlin time,
//! with names and digits in the reader's language (`Localizer::date_long` and friends).

mod city;
mod event;
mod form;
mod import;

pub use city::CityEventPage;
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

/// Every stored appointment (from memory if nothing changed since they were last read); a
/// storage failure is shown, not hidden.
pub async fn load(state: &AppState) -> Result<Vec<Appointment>, String> {
    if let Some(cached) = state.appointments.peek().as_ref() {
        return Ok(cached.clone());
    }
    match state.platform.call(Request::Appointments { window: None }).await {
        Response::Appointments { appointments } => {
            let mut cache = state.appointments;
            cache.set(Some(appointments.clone()));
            Ok(appointments)
        }
        other => Err(other.unexpected()),
    }
}

/// Sends a change of the calendar; `Err` is a message id, or `!` and a storage error's text.
/// The appointments are read again afterwards, whatever the answer.
pub async fn change(state: &AppState, request: Request) -> Result<(u32, u32), String> {
    let answer = state.platform.call(request).await;
    let mut cache = state.appointments;
    cache.set(None);
    match answer {
        Response::CalendarChanged { added, replaced } => Ok((added, replaced)),
        Response::AppointmentInvalid { error } => Err(error_id(&error).to_string()),
        other => Err(format!("!{}", other.unexpected())),
    }
}

/// The person's appointments and the city's events they have not hidden, for the views that
/// show both (agenda, month, day, home). City events are made for last year to next year.
pub async fn load_with_city(state: &AppState) -> Result<Vec<Appointment>, String> {
    let mut all = load(state).await?;
    let settings = state.settings.peek().clone();
    let lang = settings.language.clone().unwrap_or_else(|| "de".into());
    if let Response::CityEvents { events } = state.platform.call(Request::CityEvents).await {
        let year = today(state).year();
        let now = state.platform.now();
        for event in events.iter().filter(|e| !settings.hidden_city_events.contains(&e.category)) {
            all.extend(event.appointments(year - 1..=year + 1, &lang, now));
        }
    }
    // Documents in the vault that expire: on their expiry date and, as reminders, 8 and 2 weeks
    // before it (the vault's reminder days), without a title: the vault may be locked.
    let dates = match state.vault.state.peek().as_ref() {
        Some(vault) => vault.expiry_dates.clone(),
        None => match state.platform.call(Request::VaultState).await {
            Response::Vault { vault } => vault.expiry_dates,
            _ => Vec::new(),
        },
    };
    let t = Localizer::new(&lang);
    for date in dates.iter().filter_map(|d| d.parse::<Date>().ok()) {
        let ahead = [wm_core::vault::REMIND_DAYS, wm_core::vault::URGENT_DAYS];
        let reminders = ahead.into_iter().filter_map(|days| {
            let day = date.checked_sub(jiff::Span::new().days(days)).ok()?;
            Some((day, t.t_args("cal-document-reminder", &[("date", t.date_medium(date))])))
        });
        for (day, title) in std::iter::once((date, t.t("cal-document-expires"))).chain(reminders) {
            let when = wm_core::calendar::When::AllDay { first: day, last: day };
            let mut a = Appointment::new(title, when, state.platform.now());
            a.uid = format!("{EXPIRY_PREFIX}{date}~{day}");
            all.push(a);
        }
    }
    Ok(all)
}

/// Appointment ids of vault documents' expiry dates (they open the vault, not an appointment).
const EXPIRY_PREFIX: &str = "vault-expiry~";

/// The appointments and city events for a calendar view, read again when settings change
/// (a hidden category, another language).
fn use_calendar() -> Resource<Result<Vec<Appointment>, String>> {
    let state = use_app();
    let settings = state.settings;
    use_resource(move || {
        let state = state.clone();
        let _ = settings.read();
        async move { load_with_city(&state).await }
    })
}

/// One of the person's appointments by UID (`Ok(None)`: it no longer exists).
fn use_appointment(uid: String) -> Resource<Result<Option<Appointment>, String>> {
    let state = use_app();
    use_resource(use_reactive!(|(uid,)| {
        let state = state.clone();
        async move { load(&state).await.map(|all| all.into_iter().find(|a| a.uid == uid)) }
    }))
}

/// The days of a week, Monday first.
pub(crate) const WEEK: [Weekday; 7] = [
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
    Weekday::Saturday,
    Weekday::Sunday,
];

/// `20261124T100000`: a local start as one path segment (an occurrence's identity).
pub fn stamp(at: DateTime) -> String {
    // By hand, not strftime: jiff's strtime would add ~15 KB to the web build.
    format!("{:04}{:02}{:02}T{:02}{:02}{:02}", at.year(), at.month(), at.day(), at.hour(), at.minute(), at.second())
}

pub fn parse_stamp(text: &str) -> Option<DateTime> {
    let digits = |range: std::ops::Range<usize>| text.get(range)?.parse::<i16>().ok();
    if text.len() != 15 || text.as_bytes()[8] != b'T' {
        return None;
    }
    let (y, mo, d) = (digits(0..4)?, digits(4..6)?, digits(6..8)?);
    let (h, mi, s) = (digits(9..11)?, digits(11..13)?, digits(13..15)?);
    DateTime::new(y, mo as i8, d as i8, h as i8, mi as i8, s as i8, 0).ok()
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
    let list = use_calendar();
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
                        city::CityEvents {}
                        h2 { {t.t("cal-reminders")} }
                        NotificationChoice {}
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
    // From the local times the occurrence keeps: no time-zone arithmetic per entry.
    occ.when.first_date()
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

/// Where an occurrence opens: the person's own, or the city's event.
pub fn occurrence_route(uid: &str, original: DateTime) -> Route {
    if uid.starts_with(EXPIRY_PREFIX) {
        return Route::VaultPage {};
    }
    match city::event_id(uid) {
        Some(id) => Route::CityEventPage { id: id.to_string(), original: stamp(original) },
        None => Route::CalendarEvent { uid: uid.to_string(), original: stamp(original) },
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
        li { class: if city::is_city(&occ.uid) { "occurrence city" } else { "occurrence" },
            Link { to: occurrence_route(&occ.uid, occ.original),
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
    let first = format!("{month}-01").parse::<Date>().unwrap_or(today.first_of_month());
    let list = use_calendar();
    let answer = list.read().clone();
    let prev = first.checked_sub(jiff::Span::new().months(1)).unwrap_or(first);
    let next = first.checked_add(jiff::Span::new().months(1)).unwrap_or(first);
    let title = t.month_year(first.year(), first.month());
    rsx! {
        PageHeader { title: t.t("cal-title") }
        main { id: "content", class: "page calendar",
            ViewTabs { current: View::Month, date: if month_key(today) == month_key(first) { today } else { first } }
            div { class: "month-nav",
                Link { to: Route::CalendarMonth { month: month_key(prev) }, class: "button", "aria-label": t.t("cal-prev-month"), span { class: "arrow", "‹" } }
                h2 { id: "month-title", {title.clone()} }
                Link { to: Route::CalendarMonth { month: month_key(next) }, class: "button", "aria-label": t.t("cal-next-month"), span { class: "arrow", "›" } }
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
    let start =
        first.checked_sub(jiff::Span::new().days(i64::from(first.weekday().to_monday_zero_offset()))).unwrap_or(first);
    let end = start.checked_add(jiff::Span::new().days(41)).unwrap_or(start);
    let (from, to) = day_window(start, end);
    let occurrences = occurrences_of(&appointments, from, to);
    // Titles per grid day (a multi-day occurrence shows on each of its days).
    let mut per_day: Vec<Vec<String>> = vec![Vec::new(); 42];
    for occ in &occurrences {
        // Days from the local times (an end at midnight belongs to the day before).
        let (a, b) = match occ.when {
            wm_core::calendar::When::AllDay { first, last } => (first, last),
            wm_core::calendar::When::Timed { start, end } => {
                let last = if end.time() == jiff::civil::Time::midnight() && end.date() > start.date() {
                    end.date().yesterday().unwrap_or(end.date())
                } else {
                    end.date()
                };
                (start.date(), last.max(start.date()))
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
    rsx! {
        table { class: "month", "aria-labelledby": "month-title",
            thead {
                tr {
                    for day in WEEK {
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
    let list = use_calendar();
    let answer = list.read().clone();
    let prev = day.yesterday().unwrap_or(day);
    let next = day.tomorrow().unwrap_or(day);
    rsx! {
        PageHeader { title: t.t("cal-title") }
        main { id: "content", class: "page calendar",
            ViewTabs { current: View::Day, date: day }
            div { class: "month-nav",
                Link { to: Route::CalendarDay { date: prev.to_string() }, class: "button", "aria-label": t.t("cal-prev-day"), span { class: "arrow", "‹" } }
                h2 { {day_heading(&t, day, today)} }
                Link { to: Route::CalendarDay { date: next.to_string() }, class: "button", "aria-label": t.t("cal-next-day"), span { class: "arrow", "›" } }
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

/// On the home screen: reminders that are due, and what is on today (or next).
#[component]
pub fn TodayAndNext() -> Element {
    let state = use_app();
    let t = use_i18n()();
    let s = state.clone();
    let list = use_resource(move || {
        let s = s.clone();
        async move { load(&s).await.unwrap_or_default() }
    });
    // The person's own appointments only: the city's weekly hours are not "what is on".
    let Some(appointments) = list.read().clone() else { return rsx! {} };
    let now = state.platform.now();
    let today = today(&state);
    let due: Vec<(Item, u32)> = wm_core::calendar::remind::due_now(&appointments, now)
        .iter()
        .map(|d| (Item::from(&d.occurrence), d.minutes))
        .collect();
    // Today's (not yet ended), else the next within a month.
    let (from, _) = day_window(today, today);
    let month = today.checked_add(jiff::Span::new().days(31)).unwrap_or(today);
    let (_, to) = day_window(today, month);
    let upcoming = occurrences_of(&appointments, from, to);
    let mut shown: Vec<Item> = upcoming.iter().filter(|o| day_of(o) <= today && o.end > now).map(Item::from).collect();
    if shown.is_empty() {
        shown.extend(upcoming.iter().find(|o| o.start > now).map(Item::from));
    }
    shown.retain(|i| !due.iter().any(|(d, _)| d.uid == i.uid && d.original == i.original));
    if due.is_empty() && shown.is_empty() {
        return rsx! {};
    }
    rsx! {
        section { class: "today", "aria-labelledby": "today-heading",
            h2 { id: "today-heading", {t.t("cal-today-and-next")} }
            ul { class: "occurrences",
                for (item, _) in due {
                    li { key: "due-{item.uid}-{item.original}", class: "occurrence due",
                        Link { to: Route::CalendarEvent { uid: item.uid.clone(), original: stamp(item.original) },
                            span { class: "when", {reminder_when(&t, &item, today)} }
                            span { class: "title", {item.title.clone()} }
                        }
                    }
                }
                for item in shown {
                    li { key: "{item.uid}-{item.original}", class: "occurrence",
                        Link { to: Route::CalendarEvent { uid: item.uid.clone(), original: stamp(item.original) },
                            span { class: "when", {reminder_when(&t, &item, today)} }
                            span { class: "title", {item.title.clone()} }
                        }
                    }
                }
            }
        }
    }
}

/// "Heute 10:00–12:00", "Morgen 10:00–12:00", or the date.
fn reminder_when(t: &Localizer, item: &Item, today: Date) -> String {
    let day = match item.when {
        wm_core::calendar::When::AllDay { first, .. } => first,
        wm_core::calendar::When::Timed { start, .. } => start.date(),
    };
    let date = if day == today {
        t.t("today")
    } else if Some(day) == today.tomorrow().ok() {
        t.t("tomorrow")
    } else {
        t.date_short(day)
    };
    let time = match item.when {
        wm_core::calendar::When::AllDay { .. } => t.t("all-day"),
        wm_core::calendar::When::Timed { start, end } => t.time_range(start.time(), end.time()),
    };
    format!("{date} · {time}")
}

/// Runs while the app is open: when a reminder falls due, a system notification (where the
/// person allowed them). Checks every 30 seconds, so a changed calendar is picked up.
pub fn use_reminder_notifications(state: AppState) {
    use_hook(move || {
        spawn(async move {
            let mut since = state.platform.now();
            loop {
                state.platform.sleep(30_000).await;
                let now = state.platform.now();
                if state.platform.notification_permission() == "granted" {
                    if let Ok(appointments) = load(&state).await {
                        let t = Localizer::new(state.settings.peek().language.as_deref().unwrap_or("de"));
                        for due in wm_core::calendar::remind::due_now(&appointments, now) {
                            if due.at > since {
                                let item = Item::from(&due.occurrence);
                                let body = reminder_when(&t, &item, today(&state));
                                state.platform.notify(&item.title, &body);
                            }
                        }
                    }
                }
                since = now;
            }
        })
    });
}

/// Asking for system notifications, or saying how they stand.
#[component]
fn NotificationChoice() -> Element {
    let state = use_app();
    let t = use_i18n()();
    let mut permission = use_signal(|| state.platform.notification_permission());
    let p = permission();
    rsx! {
        match p.as_str() {
            "default" => rsx! {
                button {
                    class: "button",
                    r#type: "button",
                    onclick: move |_| {
                        let state = state.clone();
                        spawn(async move { permission.set(state.platform.ask_notification_permission().await) });
                    },
                    {t.t("cal-notify-ask")}
                }
            },
            "granted" => rsx! { p { class: "hint", {t.t("cal-notify-on")} } },
            "denied" => rsx! { p { class: "hint", {t.t("cal-notify-denied")} } },
            _ => rsx! { p { class: "hint", {t.t("cal-notify-unsupported")} } },
        }
    }
}
