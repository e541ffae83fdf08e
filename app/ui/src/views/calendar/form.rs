//! Making and changing appointments. Built for speed when a social worker enters appointments
//! on someone's phone: the date comes from the day that was open, the end follows the start,
//! the usual reminders are one tap each.

use super::{error_id, parse_stamp, stamp, today, WEEK};
use crate::app::{use_app, use_i18n, AppState, Route};
use crate::components::PageHeader;
use dioxus::prelude::*;
use jiff::civil::{Date, DateTime, Time, Weekday};
use wm_core::api::{Request, Response};
use wm_core::calendar::{Appointment, Freq, Override, Repeat, RepeatEnd, When};

/// Reminder choices offered, in minutes before the start.
const REMINDERS: [(u32, &str); 4] =
    [(15, "cal-reminder-15m"), (60, "cal-reminder-1h"), (1440, "cal-reminder-1d"), (10080, "cal-reminder-1w")];

/// What the form changes.
#[derive(Clone, PartialEq, Debug)]
pub enum Scope {
    /// A new appointment.
    New,
    /// The whole appointment or series.
    All,
    /// One occurrence of a series (becomes an override).
    One(DateTime),
    /// This occurrence and all following (the series is split there).
    Following(DateTime),
}

/// `/calendar/new/2026-11-24`
#[component]
pub fn CalendarNew(date: String) -> Element {
    let state = use_app();
    let t = use_i18n()();
    let day = date.parse::<Date>().unwrap_or_else(|_| today(&state));
    let start = day.to_datetime(Time::constant(10, 0, 0, 0));
    let end = day.to_datetime(Time::constant(11, 0, 0, 0));
    let blank = Appointment::new("", When::Timed { start, end }, state.platform.now());
    rsx! {
        PageHeader { title: t.t("cal-new") }
        main { id: "content", class: "page calendar",
            AppointmentForm { original: blank, scope: Scope::New }
        }
    }
}

/// `/calendar/edit/all|one|following/<uid>/<occurrence>`
#[component]
pub fn CalendarEdit(scope: String, uid: String, original: String) -> Element {
    let t = use_i18n()();
    let found = super::use_appointment(uid);
    let at = parse_stamp(&original);
    let scope = match (scope.as_str(), at) {
        ("one", Some(at)) => Scope::One(at),
        ("following", Some(at)) => Scope::Following(at),
        _ => Scope::All,
    };
    let answer = found.read().clone();
    rsx! {
        PageHeader { title: t.t("cal-edit") }
        main { id: "content", class: "page calendar",
            match answer {
                None => rsx! { p { {t.t("loading")} } },
                Some(Ok(Some(appointment))) => rsx! { AppointmentForm { original: appointment, scope } },
                Some(Ok(None)) => rsx! { p { class: "notice error", role: "alert", {t.t("cal-not-found")} } },
                Some(Err(detail)) => rsx! { p { class: "notice error", role: "alert", {t.t_args("cal-error-storage", &[("detail", detail)])} } },
            }
        }
    }
}

/// The form's fields, as the inputs hold them.
#[derive(Clone, PartialEq)]
struct Fields {
    title: String,
    all_day: bool,
    date: String,
    last_date: String,
    start: String,
    end: String,
    place: String,
    contact: String,
    note: String,
    reminders: Vec<u32>,
    repeat: String,
    interval: String,
    days: [bool; 7],
    end_kind: String,
    until: String,
    count: String,
}

fn hhmm(t: Time) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

impl Fields {
    /// The fields for `appointment`, shown as the occurrence at `at` where one is being changed.
    fn of(appointment: &Appointment, scope: &Scope) -> Fields {
        let mut when = appointment.when;
        let (mut title, mut place, mut note) =
            (appointment.title.clone(), appointment.place.clone(), appointment.note.clone());
        if let Scope::One(at) | Scope::Following(at) = scope {
            when = when.moved_to(at.date());
            if let Some(o) = appointment.overrides.iter().find(|o| o.original == *at) {
                if matches!(scope, Scope::One(_)) {
                    when = o.when;
                    (title, place, note) = (o.title.clone(), o.place.clone(), o.note.clone());
                }
            }
        }
        let (all_day, date, last_date, start, end) = match when {
            When::Timed { start, end } => (false, start.date(), start.date(), hhmm(start.time()), hhmm(end.time())),
            When::AllDay { first, last } => (true, first, last, "10:00".into(), "11:00".into()),
        };
        let mut days = [false; 7];
        // "This and all following": the new series has what is left of a count.
        let rule = match scope {
            Scope::Following(at) => appointment
                .split_from(*at, appointment.updated)
                .map(|(_, rest)| rest.repeat)
                .unwrap_or_else(|_| appointment.repeat.clone()),
            _ => appointment.repeat.clone(),
        };
        let (repeat, interval, end_kind, until, count) = match &rule {
            None => ("none", "1".to_string(), "never", String::new(), "10".to_string()),
            Some(r) => {
                let kind = match &r.freq {
                    Freq::Daily => "daily",
                    Freq::Weekly { days: list } => {
                        for d in list {
                            days[d.to_monday_zero_offset() as usize] = true;
                        }
                        "weekly"
                    }
                    Freq::MonthlyByDate => "monthly-date",
                    Freq::MonthlyByWeekday { .. } => "monthly-weekday",
                    Freq::Yearly | Freq::YearlyByWeekday { .. } => "yearly",
                };
                let (end_kind, until, count) = match r.end {
                    RepeatEnd::Never => ("never", String::new(), "10".to_string()),
                    RepeatEnd::Until(d) => ("until", d.to_string(), "10".to_string()),
                    RepeatEnd::Count(n) => ("count", String::new(), n.to_string()),
                };
                (kind, r.interval.to_string(), end_kind, until, count)
            }
        };
        if !days.contains(&true) {
            days[date.weekday().to_monday_zero_offset() as usize] = true;
        }
        Fields {
            title,
            all_day,
            date: date.to_string(),
            last_date: last_date.to_string(),
            start,
            end,
            place,
            contact: appointment.contact.clone().unwrap_or_default(),
            note,
            reminders: appointment.reminders.clone(),
            repeat: repeat.into(),
            interval,
            days,
            end_kind: end_kind.into(),
            until,
            count,
        }
    }

    /// The `When` the fields describe, or the message id of what is wrong.
    fn when(&self) -> Result<When, &'static str> {
        let date: Date = self.date.parse().map_err(|_| "cal-error-date")?;
        if self.all_day {
            let last: Date = self.last_date.parse().unwrap_or(date);
            return Ok(When::AllDay { first: date, last: last.max(date) });
        }
        let start: Time = self.start.parse().map_err(|_| "cal-error-time")?;
        let end: Time = self.end.parse().map_err(|_| "cal-error-time")?;
        // An end before the start means the next day (a night shift, 22:00–06:00).
        let end_date = if end <= start { date.tomorrow().map_err(|_| "cal-error-date")? } else { date };
        Ok(When::Timed { start: date.to_datetime(start), end: end_date.to_datetime(end) })
    }

    fn repeat(&self, when: &When) -> Result<Option<Repeat>, &'static str> {
        let first = when.first_date();
        let freq = match self.repeat.as_str() {
            "daily" => Freq::Daily,
            "weekly" => {
                let days: Vec<Weekday> = WEEK.iter().zip(self.days).filter(|(_, on)| *on).map(|(d, _)| *d).collect();
                Freq::Weekly { days }
            }
            "monthly-date" => Freq::MonthlyByDate,
            "monthly-weekday" => Freq::MonthlyByWeekday { nth: nth_of(first), day: first.weekday() },
            "yearly" => Freq::Yearly,
            _ => return Ok(None),
        };
        let interval = self.interval.trim().parse::<u16>().map_err(|_| "cal-error-interval")?;
        let end = match self.end_kind.as_str() {
            "until" => RepeatEnd::Until(self.until.parse().map_err(|_| "cal-error-until")?),
            "count" => RepeatEnd::Count(self.count.trim().parse().map_err(|_| "cal-error-count")?),
            _ => RepeatEnd::Never,
        };
        Ok(Some(Repeat { freq, interval, end }))
    }
}

/// Which n-th weekday of its month a date is: 1..=4, or -1 for a fifth (then it is the last).
fn nth_of(date: Date) -> i8 {
    match (date.day() - 1) / 7 + 1 {
        5 => -1,
        n => n,
    }
}

#[component]
fn AppointmentForm(original: Appointment, scope: Scope) -> Element {
    let state = use_app();
    let t = use_i18n()();
    let nav = use_navigator();
    let initial = Fields::of(&original, &scope);
    let mut f = use_signal(|| initial);
    let mut problem = use_signal(|| None::<String>);
    let mut busy = use_signal(|| false);
    let s = state.clone();
    let contacts = use_resource(move || {
        let s = s.clone();
        async move {
            match s.platform.call(Request::Contacts).await {
                Response::Contacts { contacts } => contacts,
                _ => Vec::new(),
            }
        }
    });
    let lang = state.settings.read().language.clone().unwrap_or_default();
    let one = matches!(scope, Scope::One(_));
    let v = f();
    let submit_scope = scope.clone();
    rsx! {
        form {
            class: "stack appointment-form",
            onsubmit: move |e: FormEvent| {
                e.prevent_default();
                let fields = f();
                let state = state.clone();
                let original = original.clone();
                let scope = submit_scope.clone();
                spawn(async move {
                    busy.set(true);
                    let result = save(&state, &original, &scope, &fields).await;
                    busy.set(false);
                    match result {
                        Ok(day) => {
                            nav.push(Route::CalendarDay { date: day.to_string() });
                        }
                        Err(id) => problem.set(Some(id)),
                    }
                });
            },
            label { r#for: "cal-title", {t.t("cal-field-title")} }
            input {
                id: "cal-title",
                value: "{v.title}",
                required: true,
                autocomplete: "off",
                oninput: move |e: FormEvent| f.write().title = e.value(),
            }
            label { r#for: "cal-date", {t.t("cal-field-date")} }
            input {
                id: "cal-date",
                r#type: "date",
                value: "{v.date}",
                oninput: move |e: FormEvent| {
                    let mut w = f.write();
                    w.date = e.value();
                    if w.last_date < w.date { w.last_date = w.date.clone(); }
                },
            }
            div { class: "check",
                input {
                    id: "cal-all-day",
                    r#type: "checkbox",
                    checked: v.all_day,
                    onchange: move |e: FormEvent| f.write().all_day = e.checked(),
                }
                label { r#for: "cal-all-day", {t.t("all-day")} }
            }
            if v.all_day {
                label { r#for: "cal-last-date", {t.t("cal-field-last-date")} }
                input {
                    id: "cal-last-date",
                    r#type: "date",
                    value: "{v.last_date}",
                    min: "{v.date}",
                    oninput: move |e: FormEvent| f.write().last_date = e.value(),
                }
            } else {
                div { class: "times",
                    div { class: "stack",
                        label { r#for: "cal-start", {t.t("cal-field-start")} }
                        input {
                            id: "cal-start",
                            r#type: "time",
                            value: "{v.start}",
                            oninput: move |e: FormEvent| {
                                // The end keeps the length it had.
                                let mut w = f.write();
                                let (old, new) = (w.start.parse::<Time>(), e.value().parse::<Time>());
                                if let (Ok(old), Ok(new), Ok(end)) = (old, new, w.end.parse::<Time>()) {
                                    let len = end.since(old).map(|s| s.get_minutes() as i64 + s.get_hours() as i64 * 60).unwrap_or(60);
                                    let len = if len > 0 { len } else { 60 };
                                    if let Ok(moved) = new.checked_add(jiff::Span::new().minutes(len)) {
                                        if moved > new { w.end = hhmm(moved); }
                                    }
                                }
                                w.start = e.value();
                            },
                        }
                    }
                    div { class: "stack",
                        label { r#for: "cal-end", {t.t("cal-field-end")} }
                        input {
                            id: "cal-end",
                            r#type: "time",
                            value: "{v.end}",
                            oninput: move |e: FormEvent| f.write().end = e.value(),
                        }
                    }
                }
            }
            label { r#for: "cal-place", {t.t("cal-field-place")} }
            input {
                id: "cal-place",
                value: "{v.place}",
                oninput: move |e: FormEvent| f.write().place = e.value(),
            }
            if !one {
                label { r#for: "cal-contact", {t.t("cal-field-contact")} }
                select {
                    id: "cal-contact",
                    onchange: move |e: FormEvent| f.write().contact = e.value(),
                    option { value: "", selected: v.contact.is_empty(), {t.t("cal-field-contact-none")} }
                    for c in contacts.read().clone().unwrap_or_default() {
                        option { key: "{c.id}", value: "{c.id}", selected: v.contact == c.id, {c.name_in(&lang).0.to_string()} }
                    }
                }
            }
            label { r#for: "cal-note", {t.t("cal-field-note")} }
            textarea {
                id: "cal-note",
                value: "{v.note}",
                oninput: move |e: FormEvent| f.write().note = e.value(),
            }
            if !one {
                fieldset { class: "choices",
                    legend { {t.t("cal-field-reminders")} }
                    for (minutes, id) in REMINDERS {
                        div { class: "check", key: "{minutes}",
                            input {
                                id: "cal-reminder-{minutes}",
                                r#type: "checkbox",
                                checked: v.reminders.contains(&minutes),
                                onchange: move |e: FormEvent| {
                                    let mut w = f.write();
                                    w.reminders.retain(|m| *m != minutes);
                                    if e.checked() {
                                        w.reminders.push(minutes);
                                        w.reminders.sort_unstable_by(|a, b| b.cmp(a));
                                    }
                                },
                            }
                            label { r#for: "cal-reminder-{minutes}", {t.t(id)} }
                        }
                    }
                }
                label { r#for: "cal-repeat", {t.t("cal-field-repeat")} }
                select {
                    id: "cal-repeat",
                    onchange: move |e: FormEvent| f.write().repeat = e.value(),
                    for (value, id) in [
                        ("none", "cal-repeat-none"),
                        ("daily", "cal-repeat-daily"),
                        ("weekly", "cal-repeat-weekly"),
                        ("monthly-date", "cal-repeat-monthly-date"),
                        ("monthly-weekday", "cal-repeat-monthly-weekday"),
                        ("yearly", "cal-repeat-yearly"),
                    ] {
                        option { key: "{value}", value, selected: v.repeat == value, {t.t(id)} }
                    }
                }
                if v.repeat != "none" {
                    label { r#for: "cal-interval", {t.t("cal-field-interval")} }
                    input {
                        id: "cal-interval",
                        r#type: "number",
                        min: "1",
                        max: "999",
                        inputmode: "numeric",
                        value: "{v.interval}",
                        oninput: move |e: FormEvent| f.write().interval = e.value(),
                    }
                    if v.repeat == "weekly" {
                        fieldset { class: "choices weekdays",
                            legend { {t.t("cal-field-weekdays")} }
                            for (i, day) in WEEK.iter().enumerate() {
                                div { class: "check", key: "{i}",
                                    input {
                                        id: "cal-day-{i}",
                                        r#type: "checkbox",
                                        checked: v.days[i],
                                        onchange: move |e: FormEvent| f.write().days[i] = e.checked(),
                                    }
                                    label { r#for: "cal-day-{i}", {t.weekday_name(*day)} }
                                }
                            }
                        }
                    }
                    label { r#for: "cal-end-kind", {t.t("cal-field-repeat-end")} }
                    select {
                        id: "cal-end-kind",
                        onchange: move |e: FormEvent| f.write().end_kind = e.value(),
                        for (value, id) in [("never", "cal-end-never"), ("until", "cal-end-until"), ("count", "cal-end-count")] {
                            option { key: "{value}", value, selected: v.end_kind == value, {t.t(id)} }
                        }
                    }
                    if v.end_kind == "until" {
                        label { r#for: "cal-until", {t.t("cal-field-until")} }
                        input {
                            id: "cal-until",
                            r#type: "date",
                            value: "{v.until}",
                            min: "{v.date}",
                            oninput: move |e: FormEvent| f.write().until = e.value(),
                        }
                    }
                    if v.end_kind == "count" {
                        label { r#for: "cal-count", {t.t("cal-field-count")} }
                        input {
                            id: "cal-count",
                            r#type: "number",
                            min: "1",
                            max: "1000",
                            inputmode: "numeric",
                            value: "{v.count}",
                            oninput: move |e: FormEvent| f.write().count = e.value(),
                        }
                    }
                }
            }
            if let Some(id) = problem() {
                super::Problem { message: id }
            }
            button { class: "button primary", r#type: "submit", disabled: busy(), {t.t("cal-save")} }
        }
    }
}

/// Builds what the form describes and stores it; the day to show next, or a message id
/// (`!detail` for a storage failure).
async fn save(state: &AppState, original: &Appointment, scope: &Scope, fields: &Fields) -> Result<Date, String> {
    let now = state.platform.now();
    let when = fields.when().map_err(String::from)?;
    let day = when.first_date();
    let contact = (!fields.contact.is_empty()).then(|| fields.contact.clone());
    let edited = |base: &Appointment| -> Result<Appointment, String> {
        let mut a = base.clone();
        a.title = fields.title.trim().to_string();
        a.when = when;
        a.place = fields.place.trim().to_string();
        a.contact = contact.clone();
        a.note = fields.note.clone();
        a.reminders = fields.reminders.clone();
        a.repeat = fields.repeat(&when).map_err(String::from)?;
        if a.repeat.is_none() {
            a.exdates.clear();
            a.overrides.clear();
        } else {
            // Changing the times or the rule may leave cancelled or changed occurrences that the
            // series no longer has; they go.
            let keep: Vec<DateTime> = a.exdates.iter().copied().filter(|d| a.is_occurrence(*d)).collect();
            a.exdates = keep;
            let overrides: Vec<Override> =
                a.overrides.iter().filter(|o| a.is_occurrence(o.original)).cloned().collect();
            a.overrides = overrides;
        }
        a.sequence = base.sequence + u32::from(base.title != a.title || base.when != a.when || base.repeat != a.repeat);
        a.updated = now;
        Ok(a)
    };
    let request = match scope {
        Scope::New | Scope::All => Request::SaveAppointment { appointment: edited(original)? },
        Scope::One(at) => {
            let change = Override {
                original: *at,
                when,
                title: fields.title.trim().to_string(),
                place: fields.place.trim().to_string(),
                note: fields.note.clone(),
            };
            let changed = original.change_one(change, now).map_err(|e| error_id(&e).to_string())?;
            Request::SaveAppointment { appointment: changed }
        }
        Scope::Following(at) => {
            let (before, from_here) = original.split_from(*at, now).map_err(|e| error_id(&e).to_string())?;
            let mut with: Vec<Appointment> = before.into_iter().collect();
            with.push(edited(&from_here)?);
            Request::ReplaceAppointment { uid: original.uid.clone(), with }
        }
    };
    super::change(state, request).await?;
    Ok(day)
}

/// The address of the form for changing `uid` in `scope` (`all`, `one`, `following`).
pub fn edit_route(scope: &str, uid: &str, at: DateTime) -> Route {
    Route::CalendarEdit { scope: scope.into(), uid: uid.into(), original: stamp(at) }
}
