//! Content updates in the UI: the background checks (at start and every few hours while the
//! app runs), "check now", and the settings section that says what the phone has and how the
//! last check went, in plain words.

use crate::app::{use_app, use_i18n, AppState};
use crate::views::home::german_date;
use dioxus::dioxus_core::spawn_forever;
use dioxus::prelude::*;
use std::rc::Rc;
use wm_core::api::{Request, Response};
use wm_core::settings::SettingChange;
use wm_core::trust::UpdateError;
use wm_core::update::client::{Limits, Network, Outcome, UpdateConfig, Updater};
use wm_core::update::{UpdateProblem, UpdateStatus};

/// First check this long after start (the reader's first screen comes first), then every
/// `EVERY_MS` while the app stays open.
const FIRST_MS: u32 = 1_500;
const EVERY_MS: u32 = 6 * 60 * 60 * 1000;
/// Downloads at least this large show progress.
const SHOW_PROGRESS_FROM: u64 = 200 * 1024;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Activity {
    Idle,
    Checking,
    Downloading { done: u64, total: u64 },
}

/// The update state every view can see.
#[derive(Clone)]
pub struct Updates {
    pub status: Signal<Option<UpdateStatus>>,
    pub activity: Signal<Activity>,
    /// What the last check in this run did (for "no network" and "waiting for Wi-Fi", which
    /// are not stored).
    pub outcome: Signal<Option<Outcome>>,
    updater: Rc<Updater>,
    scheduled: Signal<bool>,
}

impl Updates {
    /// Call inside a component (its signals belong to that scope); hence no `Default`.
    #[allow(clippy::new_without_default)]
    pub fn new() -> Updates {
        Updates {
            status: Signal::new(None),
            activity: Signal::new(Activity::Idle),
            outcome: Signal::new(None),
            updater: Rc::new(Updater::new(Limits::default())),
            scheduled: Signal::new(false),
        }
    }
}

impl PartialEq for Updates {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.updater, &other.updater)
    }
}

/// Where updates come from: the reader's override (settings) or the build's origin.
fn config(state: &AppState) -> Result<UpdateConfig, String> {
    let (origin, keys) = state.platform.update_source()?;
    let origin = state.settings.read().content_origin.clone().unwrap_or(origin);
    UpdateConfig::new(&origin, &keys)
}

/// Starts the background checks once storage is ready. Safe to call again.
pub fn schedule(state: &AppState) {
    let mut scheduled = state.updates.scheduled;
    if *scheduled.peek() {
        return;
    }
    scheduled.set(true);
    let state = state.clone();
    spawn_forever(async move {
        state.platform.sleep(FIRST_MS).await;
        loop {
            check(state.clone()).await;
            state.platform.sleep(EVERY_MS).await;
        }
    });
}

/// "Check now".
pub fn check_now(state: &AppState) {
    spawn_forever(check(state.clone()));
}

/// One check; the views follow through the signals. Content views re-read when
/// `AppState::content` changes.
async fn check(mut state: AppState) {
    let mut updates = state.updates.clone();
    if *updates.activity.peek() != Activity::Idle {
        return;
    }
    let config = match config(&state) {
        Ok(c) => c,
        Err(_) => {
            updates.outcome.set(Some(Outcome::Failed(UpdateProblem::NotConfigured)));
            refresh(&mut state).await;
            return;
        }
    };
    updates.activity.set(Activity::Checking);
    let network =
        Network { metered: state.platform.metered() == Some(true), wifi_only: state.settings.peek().wifi_only };
    let activity = updates.activity;
    let progress = move |done: u64, total: u64| {
        if total >= SHOW_PROGRESS_FROM {
            let mut activity = activity;
            activity.set(Activity::Downloading { done, total });
        }
    };
    let now = state.platform.now();
    let outcome = updates.updater.check(&config, &state.platform, now, network, &progress).await;
    updates.activity.set(Activity::Idle);
    updates.outcome.set(Some(outcome));
    refresh(&mut state).await;
}

/// Re-reads the update status, and the content info when it changed.
async fn refresh(state: &mut AppState) {
    if let Response::UpdateStatus { update } = state.platform.call(Request::UpdateStatus).await {
        if *state.content.peek() != update.content {
            state.content.set(update.content.clone());
        }
        state.updates.status.set(Some(update));
    }
}

/// The Fluent id (and arguments) that says what went wrong, in plain words.
pub fn problem_message(problem: &UpdateProblem) -> (&'static str, Vec<(&'static str, String)>) {
    match problem {
        UpdateProblem::NotConfigured => ("update-error-not-configured", vec![]),
        UpdateProblem::Server { status } => ("update-error-server", vec![("status", status.to_string())]),
        UpdateProblem::Redirected { .. } => ("update-error-redirected", vec![]),
        UpdateProblem::TimedOut => ("update-error-timeout", vec![]),
        UpdateProblem::Refused { error } => match error {
            UpdateError::Expired { .. } => ("update-error-expired", vec![]),
            UpdateError::Rollback { .. } | UpdateError::SameVersionDifferentContent { .. } => {
                ("update-error-rollback", vec![])
            }
            UpdateError::UnknownKey { .. } | UpdateError::BadSignature => ("update-error-signature", vec![]),
            UpdateError::UnsupportedFormat { .. } => ("update-error-app-too-old", vec![]),
            UpdateError::Malformed { .. } => ("update-error-malformed", vec![]),
        },
        UpdateProblem::FileDamaged { .. } => ("update-error-damaged", vec![]),
        UpdateProblem::FileTooLarge { .. } => ("update-error-too-large", vec![]),
        UpdateProblem::Truncated { .. } => ("update-error-truncated", vec![]),
        UpdateProblem::Storage { .. } => ("update-error-storage", vec![]),
    }
}

/// A stored instant as the reader's local (Berlin) date and time, `24.11.2026, 13:05`.
fn berlin_time(instant: &str) -> String {
    let Ok(ts) = instant.parse::<jiff::Timestamp>() else { return instant.to_string() };
    let local = wm_core::hours::berlin().to_datetime(ts);
    format!("{}, {:02}:{:02}", german_date(&local.date().to_string()), local.hour(), local.minute())
}

/// The settings section: content version and date, last check, last error, "check now",
/// the Wi-Fi setting where the platform can tell, and the content origin (for testing).
#[component]
pub fn UpdateSettings() -> Element {
    let state = use_app();
    let t = use_i18n()();
    let updates = state.updates.clone();
    // Load the stored status when the section first shows.
    {
        let mut state = state.clone();
        use_hook(move || spawn(async move { refresh(&mut state).await }));
    }
    let status = updates.status.read().clone();
    let activity = *updates.activity.read();
    let outcome = updates.outcome.read().clone();
    let settings = state.settings.read().clone();
    let content = state.content.read().clone();
    let now = state.platform.now();
    let outdated = status.as_ref().is_some_and(|s| s.outdated(now));
    let error = status.as_ref().and_then(|s| s.last_error.clone());
    let (s1, s2, s3, s4) = (state.clone(), state.clone(), state.clone(), state.clone());
    let mut origin_draft = use_signal(|| settings.content_origin.clone().unwrap_or_default());
    let busy = activity != Activity::Idle;
    rsx! {
        section { "aria-labelledby": "settings-content", class: "updates",
            h2 { id: "settings-content", {t.t("settings-content")} }
            if let Some(info) = content {
                p { {t.t_args("content-as-of", &[("date", &german_date(&info.date))])} }
                p { class: "hint", {t.t_args("settings-content-version", &[("version", &info.version.to_string())])} }
            }
            if outdated {
                p { class: "notice warning", role: "status", {t.t("update-outdated")} }
            }
            p { class: "hint",
                match status.as_ref().and_then(|s| s.last_success.clone()) {
                    Some(at) => t.t_args("update-last-success", &[("when", &berlin_time(&at))]),
                    None => t.t("update-never-checked"),
                }
            }
            div { role: "status", "aria-live": "polite",
                match activity {
                    Activity::Checking => rsx! { p { {t.t("update-checking")} } },
                    Activity::Downloading { done, total } => rsx! {
                        label { r#for: "update-progress", {t.t("update-downloading")} }
                        progress { id: "update-progress", max: "{total}", value: "{done}" }
                    },
                    Activity::Idle => match &outcome {
                        Some(Outcome::Applied { .. }) => rsx! { p { class: "notice ok", {t.t("update-applied")} } },
                        Some(Outcome::Unchanged) => rsx! { p { {t.t("update-up-to-date")} } },
                        Some(Outcome::Offline) => rsx! { p { {t.t("update-offline")} } },
                        Some(Outcome::WaitingForWifi { .. }) => rsx! { p { {t.t("update-waiting-for-wifi")} } },
                        _ => rsx! {},
                    },
                }
            }
            if let Some(problem) = error {
                {
                    let (id, args) = problem_message(&problem);
                    rsx! {
                        p { class: "notice error",
                            strong { {t.t("update-last-error")} } " " {t.t_args(id, &args)}
                        }
                    }
                }
            }
            button {
                class: "button",
                r#type: "button",
                disabled: busy,
                onclick: move |_| check_now(&s1),
                {t.t("update-check-now")}
            }
            if state.platform.metered().is_some() {
                label { class: "checkbox",
                    input {
                        r#type: "checkbox",
                        checked: settings.wifi_only,
                        onchange: move |e: FormEvent| s2.change(SettingChange::WifiOnly(e.checked())),
                    }
                    span { {t.t("update-wifi-only")} }
                }
            }
            details { class: "advanced",
                summary { {t.t("update-origin")} }
                p { class: "hint", {t.t("update-origin-hint")} }
                form {
                    onsubmit: move |e: FormEvent| {
                        e.prevent_default();
                        let text = origin_draft().trim().to_string();
                        s3.change(SettingChange::ContentOrigin((!text.is_empty()).then_some(text)));
                    },
                    label { r#for: "content-origin", {t.t("update-origin-label")} }
                    input {
                        id: "content-origin",
                        r#type: "url",
                        inputmode: "url",
                        dir: "ltr",
                        value: "{origin_draft}",
                        placeholder: state.platform.update_source().map(|(o, _)| o).unwrap_or_default(),
                        oninput: move |e: FormEvent| origin_draft.set(e.value()),
                    }
                    button { class: "button", r#type: "submit", {t.t("update-origin-save")} }
                    if settings.content_origin.is_some() {
                        button {
                            class: "button secondary",
                            r#type: "button",
                            onclick: move |_| {
                                origin_draft.set(String::new());
                                s4.change(SettingChange::ContentOrigin(None));
                            },
                            {t.t("update-origin-reset")}
                        }
                    }
                }
            }
        }
    }
}
