//! The root component, the state every view shares, and the routes.

use crate::platform::{PlatformEvent, PlatformHandle};
use crate::views::calendar::{
    CalendarDay, CalendarEdit, CalendarEvent, CalendarImport, CalendarMonth, CalendarNew, CalendarPage, CityEventPage,
};
use crate::views::coming_soon::ComingSoon;
use crate::views::contacts::{ContactPage, ContactsPage};
use crate::views::home::Home;
use crate::views::notes::{NoteEdit, NoteNew, NotesPage};
use crate::views::settings::{LanguagePicker, SettingsPage};
use crate::views::startup::{Splash, StartupProblem};
use crate::views::topics::{TopicPage, TopicSideBySide};
use crate::views::updates::Updates;
use crate::views::vault::{Vault, VaultAdd, VaultDocument, VaultPage};
use dioxus::dioxus_core::spawn_forever;
use dioxus::prelude::*;
use wm_core::api::{ContentInfo, Request, Response, StoreError};
use wm_core::i18n::{Localizer, BASE_LANGUAGE};
use wm_core::settings::{SettingChange, Settings};

/// Where start-up stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Boot {
    Starting,
    Ready,
    /// Storage could not be used; the view explains and offers a way forward.
    Problem(StoreError),
}

/// State shared by all views, provided as context by [`Root`].
#[derive(Clone)]
pub struct AppState {
    pub platform: PlatformHandle,
    /// The settings as stored: changed only after storage confirmed the change.
    pub settings: Signal<Settings>,
    pub boot: Signal<Boot>,
    /// Set when this start kept a copy of an unreadable database (its name).
    pub kept_copy: Signal<Option<String>>,
    pub update_ready: Signal<bool>,
    /// Set when the last settings change could not be stored.
    pub save_error: Signal<Option<StoreError>>,
    /// The installed content pack. Views that show content read it in their resources, so
    /// they load again when an update is applied.
    pub content: Signal<Option<ContentInfo>>,
    pub updates: Updates,
    pub vault: Vault,
    /// The person's appointments as last read from storage; `None` after a change, so the
    /// next view reads them again (switching calendar views does not).
    pub appointments: Signal<Option<Vec<wm_core::calendar::Appointment>>>,
    /// Counts UI languages loaded at run time, so the localizer is made again with them.
    pub locales: Signal<u32>,
}

// The actions below outlive the view that starts them (e.g. "Use here" replaces its own
// screen with the splash at once), so they run with `spawn_forever`, not the view's `spawn`.
impl AppState {
    /// Runs start-up again, e.g. after a passing storage failure.
    pub fn retry(&self) {
        spawn_forever(self.clone().boot());
    }

    /// Makes sure the strings of `tag`'s language (and its fallbacks) are there: the web build
    /// carries German and loads the others before showing them.
    pub async fn load_language(&self, tag: &str) {
        let mut added = false;
        let missing = wm_core::i18n::missing_locales(tag);
        // All asked for first, then awaited: they load side by side.
        let loading: Vec<_> = missing.iter().map(|code| self.platform.locale_source(code)).collect();
        for (code, source) in missing.into_iter().zip(loading) {
            if let Some(source) = source.await {
                wm_core::i18n::add_locale(code, source);
                added = true;
            }
        }
        if added {
            let mut locales = self.locales;
            locales += 1;
        }
    }

    /// Opens storage (or learns why it cannot) and loads the settings.
    pub async fn boot(mut self) {
        self.boot.set(Boot::Starting);
        match self.platform.call(Request::Boot).await {
            Response::Ready { settings, kept_copy, content } => {
                if let Some(code) = &settings.language {
                    self.load_language(code).await;
                }
                self.ready(settings, kept_copy, content)
            }
            Response::Failed { error } => self.boot.set(Boot::Problem(error)),
            other => self.boot.set(Boot::Problem(StoreError::Storage { detail: other.unexpected() })),
        }
    }

    /// Storage is open: show what it holds.
    fn ready(&mut self, settings: Settings, kept_copy: Option<String>, content: Option<ContentInfo>) {
        if let Some(code) = &settings.language {
            self.platform.remember_language(code);
        }
        self.settings.set(settings);
        self.kept_copy.set(kept_copy);
        self.content.set(content);
        self.boot.set(Boot::Ready);
        crate::views::updates::schedule(self);
    }

    /// Stores a settings change; the UI follows once storage has confirmed it.
    pub fn change(&self, change: SettingChange) {
        let mut state = self.clone();
        spawn_forever(async move {
            if let SettingChange::Language(code) = &change {
                state.load_language(code).await;
            }
            match state.platform.call(Request::ChangeSetting { change }).await {
                Response::Settings { settings } => {
                    if let Some(code) = &settings.language {
                        state.platform.remember_language(code);
                    }
                    state.save_error.set(None);
                    state.settings.set(settings);
                }
                Response::Failed { error: StoreError::Invalid { detail } } => {
                    state.save_error.set(Some(StoreError::Invalid { detail }))
                }
                Response::Failed { error } => state.boot.set(Boot::Problem(error)),
                other => state.save_error.set(Some(StoreError::Storage { detail: other.unexpected() })),
            }
        });
    }

    /// Keeps a copy of an unreadable database and starts with a fresh one.
    pub fn keep_copy_and_start_fresh(&self) {
        let mut state = self.clone();
        spawn_forever(async move {
            state.boot.set(Boot::Starting);
            match state.platform.call(Request::KeepCopyAndStartFresh).await {
                Response::Ready { settings, kept_copy, content } => {
                    if let Some(code) = &settings.language {
                        state.load_language(code).await;
                    }
                    state.ready(settings, kept_copy, content)
                }
                Response::Failed { error } => state.boot.set(Boot::Problem(error)),
                other => state.boot.set(Boot::Problem(StoreError::Storage { detail: other.unexpected() })),
            }
        });
    }

    /// Takes the database over from another tab, then starts again.
    pub fn take_over(&self) {
        let mut state = self.clone();
        spawn_forever(async move {
            state.boot.set(Boot::Starting);
            state.platform.take_over().await;
            state.boot().await;
        });
    }
}

/// The shared state; call from inside a component under [`Root`].
pub fn use_app() -> AppState {
    use_context::<AppState>()
}

/// The localizer for the current language; call from inside a component under [`Root`].
pub fn use_i18n() -> Memo<Localizer> {
    use_context::<Memo<Localizer>>()
}

#[derive(Routable, Clone, PartialEq, Debug)]
#[rustfmt::skip]
pub enum Route {
    #[layout(Shell)]
        #[route("/")]
        Home {},
        #[route("/settings")]
        SettingsPage {},
        #[route("/soon/:feature")]
        ComingSoon { feature: String },
        #[route("/topics/:slug")]
        TopicPage { slug: String },
        #[route("/topics/:slug/with/:second")]
        TopicSideBySide { slug: String, second: String },
        #[route("/contacts")]
        ContactsPage {},
        #[route("/contacts/:id")]
        ContactPage { id: String },
        #[route("/vault")]
        VaultPage {},
        #[route("/vault/add")]
        VaultAdd {},
        #[route("/vault/doc/:id")]
        VaultDocument { id: i64 },
        #[route("/calendar")]
        CalendarPage {},
        #[route("/calendar/month/:month")]
        CalendarMonth { month: String },
        #[route("/calendar/day/:date")]
        CalendarDay { date: String },
        #[route("/calendar/new/:date")]
        CalendarNew { date: String },
        #[route("/calendar/edit/:scope/:uid/:original")]
        CalendarEdit { scope: String, uid: String, original: String },
        #[route("/calendar/event/:uid/:original")]
        CalendarEvent { uid: String, original: String },
        #[route("/calendar/import")]
        CalendarImport {},
        #[route("/calendar/city/:id/:original")]
        CityEventPage { id: String, original: String },
        #[route("/notes")]
        NotesPage {},
        #[route("/notes/new/:link")]
        NoteNew { link: String },
        #[route("/notes/:id")]
        NoteEdit { id: i64 },
        #[route("/:..segments")]
        NotFound { segments: Vec<String> },
}

/// The whole app, given the platform it runs on.
#[component]
pub fn Root(platform: PlatformHandle) -> Element {
    let settings = use_signal(Settings::default);
    let boot = use_signal(|| Boot::Starting);
    let kept_copy = use_signal(|| None);
    let mut update_ready = use_signal(|| false);
    let save_error = use_signal(|| None);
    let content = use_signal(|| None);
    let updates = use_hook(Updates::new);
    let vault = use_hook(Vault::new);
    let appointments = use_signal(|| None);
    let locales = use_signal(|| 0);
    let state = use_context_provider(|| AppState {
        platform: platform.clone(),
        settings,
        boot,
        kept_copy,
        update_ready,
        save_error,
        content,
        updates,
        vault,
        appointments,
        locales,
    });
    // Before storage answers, screens use the language remembered outside the database.
    let hint = use_hook(|| platform.language_hint());
    let hint_for_i18n = hint.clone();
    let i18n = use_memo(move || {
        let _ = locales.read();
        let stored = settings.read().language.clone();
        Localizer::new(stored.or(hint_for_i18n.clone()).as_deref().unwrap_or(BASE_LANGUAGE))
    });
    use_context_provider(|| i18n);
    // The remembered language's strings, for the screens shown before storage answers.
    {
        let (state, hint) = (state.clone(), hint.clone());
        use_hook(move || {
            if let Some(code) = hint {
                spawn(async move { state.load_language(&code).await });
            }
        });
    }

    use_hook(|| spawn(state.clone().boot()));
    {
        let state = state.clone();
        use_hook(move || {
            spawn(async move {
                loop {
                    match state.platform.next_event().await {
                        PlatformEvent::UpdateReady => update_ready.set(true),
                        PlatformEvent::TakenOver => state.boot.clone().set(Boot::Problem(StoreError::InUseElsewhere)),
                        PlatformEvent::Hidden => {
                            if state.vault.unlocked() {
                                crate::views::vault::lock(&state).await;
                            }
                        }
                    }
                }
            })
        });
    }
    crate::views::calendar::use_reminder_notifications(state.clone());
    // The vault locks itself after a while without a tap or key press.
    {
        let state = state.clone();
        use_hook(move || {
            spawn(async move {
                loop {
                    state.platform.sleep(30_000).await;
                    let idle = state.platform.now().as_second() - *state.vault.last_activity.peek();
                    if state.vault.unlocked() && idle >= crate::views::vault::IDLE_LOCK_SECS {
                        crate::views::vault::lock(&state).await;
                    }
                }
            })
        });
    }
    // Keep <html lang dir> in step, so the browser's own UI (scrollbars, selection, screen
    // readers) follows the language too.
    use_effect(move || {
        let loc = i18n();
        let lang = loc.language();
        document::eval(&format!(
            "document.documentElement.lang='{}';document.documentElement.dir='{}';",
            lang.code,
            lang.direction.as_html()
        ));
    });

    let loc = i18n();
    let language = loc.language();
    let s = settings.read();
    let activity = state.clone();
    let activity2 = state.clone();
    rsx! {
        style { {crate::CSS} }
        div {
            class: "app",
            // Any tap or key press counts as activity for the vault's idle lock.
            onclick: move |_| {
                let mut last = activity.vault.last_activity;
                last.set(activity.platform.now().as_second());
            },
            onkeydown: move |_| {
                let mut last = activity2.vault.last_activity;
                last.set(activity2.platform.now().as_second());
            },
            lang: language.code,
            dir: language.direction.as_html(),
            "data-text-size": s.text_size.as_str(),
            "data-contrast": if s.high_contrast { "high" } else { "normal" },
            Router::<Route> {}
        }
    }
}

/// Layout around every page: start-up gating, header, update notice.
#[component]
fn Shell() -> Element {
    let state = use_app();
    let i18n = use_i18n();
    let boot = state.boot.read().clone();
    let t = i18n();
    match boot {
        Boot::Starting => return rsx! { Splash {} },
        Boot::Problem(error) => return rsx! { StartupProblem { error } },
        Boot::Ready => {}
    }
    if state.settings.read().language.is_none() {
        return rsx! { LanguagePicker {} };
    }
    let update_ready = (state.update_ready)();
    let platform = state.platform.clone();
    let quick_exit = state.clone();
    let nav = use_navigator();
    rsx! {
        document::Title { {t.t("app-title")} }
        if state.vault.unlocked() {
            // Quick exit: locks the vault and shows the neutral home screen at once.
            button {
                class: "button quick-exit",
                r#type: "button",
                onclick: move |_| {
                    nav.replace(Route::Home {});
                    let state = quick_exit.clone();
                    spawn_forever(async move { crate::views::vault::lock(&state).await });
                },
                {t.t("vault-quick-exit")}
            }
        }
        if update_ready {
            div { class: "notice update", role: "status",
                span { {t.t("update-ready")} }
                button { class: "button primary", onclick: move |_| platform.apply_update(), {t.t("update-now")} }
            }
        }
        Outlet::<Route> {}
    }
}

/// An unknown address: say so and lead home, instead of a blank page.
#[component]
fn NotFound(segments: Vec<String>) -> Element {
    let _ = segments;
    rsx! { ComingSoon { feature: String::new() } }
}
