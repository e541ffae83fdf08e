//! Dokumente: the encrypted vault. Set a PIN on first use, unlock, browse by category with
//! previews, add a photo or PDF (location data stripped, preview made here), open, delete,
//! lock — by hand, after idle time, when the app is hidden, and with the quick exit.

mod backup;

use crate::app::{use_app, use_i18n, AppState, Route};
use crate::components::{share_file, Confirm, Icon, IconName, PageHeader};
use crate::platform::PlatformHandle;
use crate::views::home::german_date;
use dioxus::prelude::*;
use wm_core::api::{Request, Response};
use wm_core::vault::{Bytes, Category, DocumentSummary, NewDocument, NewPage, VaultRefusal, VaultState};

/// Lock after this much time without a tap or key press while unlocked.
pub const IDLE_LOCK_SECS: i64 = 5 * 60;

/// Vault state shared with the shell (quick exit, auto-lock).
#[derive(Clone, Copy, PartialEq)]
pub struct Vault {
    pub state: Signal<Option<VaultState>>,
    /// Last tap or key press (Unix seconds), for the idle lock.
    pub last_activity: Signal<i64>,
}

impl Vault {
    /// Call inside a component (its signals belong to that scope); hence no `Default`.
    #[allow(clippy::new_without_default)]
    pub fn new() -> Vault {
        Vault { state: Signal::new(None), last_activity: Signal::new(0) }
    }

    pub fn unlocked(&self) -> bool {
        self.state.read().as_ref().is_some_and(|s| s.unlocked)
    }
}

/// A message id and its arguments, to show.
type Message = (String, Vec<(&'static str, String)>);

/// A labelled password field bound to `value`.
#[component]
fn SecretInput(
    id: &'static str,
    label: String,
    autocomplete: &'static str,
    value: Signal<String>,
    described_by: Option<&'static str>,
) -> Element {
    let mut value = value;
    rsx! {
        label { r#for: id, {label} }
        input {
            id,
            r#type: "password",
            autocomplete,
            "aria-describedby": described_by,
            value: "{value}",
            oninput: move |e: FormEvent| value.set(e.value()),
        }
    }
}

/// Sends a vault request and keeps the shared state in step. `Err` is a refusal's message id
/// and arguments, or a storage error's text.
async fn call(state: &AppState, request: Request) -> Result<Response, Message> {
    let mut vault_state = state.vault.state;
    // Views that show documents re-read them when the state is set: after a change to the
    // documents, or when the state itself changed (not on every unchanged answer).
    let changes_documents = matches!(
        request,
        Request::VaultAdd { .. }
            | Request::VaultDelete { .. }
            | Request::VaultRotate { .. }
            | Request::VaultRestore { .. }
    );
    match state.platform.call(request).await {
        Response::Vault { vault } => {
            if vault.unlocked && !state.vault.unlocked() {
                // Just opened (or set up): the idle time counts from now.
                let mut last = state.vault.last_activity;
                last.set(state.platform.now().as_second());
            }
            if changes_documents || vault_state.peek().as_ref() != Some(&vault) {
                vault_state.set(Some(vault.clone()));
            }
            Ok(Response::Vault { vault })
        }
        Response::VaultRefused { refusal } => {
            if matches!(refusal, VaultRefusal::Locked | VaultRefusal::Erased) {
                refresh(state).await;
            }
            Err(refusal_message(&refusal))
        }
        Response::Failed { error } => Err(("vault-error-storage".into(), vec![("detail", error.to_string())])),
        other => Ok(other),
    }
}

/// Re-reads the vault's state.
pub async fn refresh(state: &AppState) {
    let mut vault_state = state.vault.state;
    if let Response::Vault { vault } = state.platform.call(Request::VaultState).await {
        if vault_state.peek().as_ref() != Some(&vault) {
            vault_state.set(Some(vault));
        }
    }
}

/// Loads the vault's state when the calling component first shows.
fn use_refresh_on_mount() {
    let state = use_app();
    use_hook(move || spawn(async move { refresh(&state).await }));
}

/// Locks the vault now (by hand, idle, hidden, quick exit).
pub async fn lock(state: &AppState) {
    let _ = call(state, Request::VaultLock).await;
}

fn local_time(instant: &str) -> String {
    match instant.parse::<jiff::Timestamp>() {
        Ok(ts) => {
            let local = wm_core::hours::berlin().to_datetime(ts);
            format!("{:02}:{:02}:{:02}", local.hour(), local.minute(), local.second())
        }
        Err(_) => instant.to_string(),
    }
}

fn refusal_message(refusal: &VaultRefusal) -> Message {
    match refusal {
        VaultRefusal::WrongSecret { failed_attempts, wait_until: Some(until) } => (
            "vault-wrong-secret-wait".into(),
            vec![("count", failed_attempts.to_string()), ("time", local_time(until))],
        ),
        VaultRefusal::WrongSecret { failed_attempts, wait_until: None } => {
            ("vault-wrong-secret".into(), vec![("count", failed_attempts.to_string())])
        }
        VaultRefusal::Waiting { wait_until } => ("vault-waiting".into(), vec![("time", local_time(wait_until))]),
        VaultRefusal::Invalid { rule } => (rule.split(':').next().unwrap_or("vault-invalid").to_string(), vec![]),
        VaultRefusal::TooLarge { limit_bytes } => {
            ("vault-too-large".into(), vec![("limit", format!("{}", limit_bytes / (1024 * 1024)))])
        }
        VaultRefusal::NotSetUp => ("vault-not-set-up".into(), vec![]),
        VaultRefusal::AlreadySetUp => ("vault-already-set-up".into(), vec![]),
        VaultRefusal::Locked => ("vault-locked".into(), vec![]),
        VaultRefusal::Erased => ("vault-erased".into(), vec![]),
        VaultRefusal::Tampered => ("vault-tampered".into(), vec![]),
        VaultRefusal::NotFound => ("vault-not-found".into(), vec![]),
        VaultRefusal::NotABackup => ("vault-not-a-backup".into(), vec![]),
        VaultRefusal::BackupWrongPassphrase => ("vault-backup-wrong-passphrase".into(), vec![]),
        VaultRefusal::BackupDamaged => ("vault-backup-damaged".into(), vec![]),
    }
}

/// A message id with arguments, shown as an alert.
#[component]
fn Problem(message: Message) -> Element {
    let t = use_i18n()();
    rsx! { p { class: "notice error", role: "alert", {t.t_args(&message.0, &message.1)} } }
}

/// On the home screen: documents that expire soon (dates only, so nothing is revealed while
/// the vault is locked).
#[component]
pub fn ExpiryReminders() -> Element {
    let state = use_app();
    let t = use_i18n()();
    use_refresh_on_mount();
    let today = wm_core::hours::berlin().to_datetime(state.platform.now()).date();
    let dates = state.vault.state.read().as_ref().map(|v| v.expiry_dates.clone()).unwrap_or_default();
    let due = wm_core::vault::due_reminders(&dates, today);
    rsx! {
        for (date, urgent) in due {
            Link {
                key: "{date}",
                to: Route::VaultPage {},
                class: if urgent { "notice error reminder" } else { "notice warning reminder" },
                if date.as_str() < today.to_string().as_str() {
                    {t.t_args("vault-reminder-expired", &[("date", &german_date(&date))])}
                } else {
                    {t.t_args("vault-reminder", &[("date", &german_date(&date))])}
                }
            }
        }
    }
}

/// Change the PIN; erase after 10 wrong attempts (off by default, with a warning).
#[component]
fn VaultSettings() -> Element {
    let state = use_app();
    let t = use_i18n()();
    let mut old = use_signal(String::new);
    let mut new = use_signal(String::new);
    let mut again = use_signal(String::new);
    let mut message = use_signal(|| None::<Result<(), Message>>);
    let erase = state.vault.state.read().as_ref().is_some_and(|v| v.erase_after_10);
    let s_change = state.clone();
    let s_erase = state.clone();
    rsx! {
        details { class: "advanced",
            summary { {t.t("vault-settings")} }
            form {
                class: "stack",
                onsubmit: move |e: FormEvent| {
                    e.prevent_default();
                    if new() != again() {
                        message.set(Some(Err(("vault-secrets-differ".into(), vec![]))));
                        return;
                    }
                    let state = s_change.clone();
                    spawn(async move {
                        let result = call(&state, Request::VaultChangeSecret { old: old(), new: new() }).await;
                        old.set(String::new());
                        new.set(String::new());
                        again.set(String::new());
                        message.set(Some(result.map(|_| ())));
                    });
                },
                h3 { {t.t("vault-change-secret")} }
                SecretInput { id: "vault-old", label: t.t("vault-secret-old"), autocomplete: "current-password", value: old }
                SecretInput { id: "vault-new", label: t.t("vault-secret-new"), autocomplete: "new-password", value: new }
                SecretInput { id: "vault-new-again", label: t.t("vault-secret-again"), autocomplete: "new-password", value: again }
                match message() {
                    Some(Ok(())) => rsx! { p { class: "notice ok", role: "status", {t.t("vault-changed")} } },
                    Some(Err(m)) => rsx! { Problem { message: m } },
                    None => rsx! {},
                }
                button { class: "button", r#type: "submit", {t.t("vault-change")} }
            }
            label { class: "checkbox",
                input {
                    r#type: "checkbox",
                    checked: erase,
                    "aria-describedby": "vault-erase-warning",
                    onchange: move |e: FormEvent| {
                        let state = s_erase.clone();
                        let on = e.checked();
                        spawn(async move {
                            let _ = call(&state, Request::VaultEraseAfter10 { on }).await;
                        });
                    },
                }
                span { {t.t("vault-erase-after-10")} }
            }
            p { id: "vault-erase-warning", class: "hint", {t.t("vault-erase-warning")} }
        }
    }
}

/// `/vault`
#[component]
pub fn VaultPage() -> Element {
    let state = use_app();
    let t = use_i18n()();
    use_refresh_on_mount();
    let vault = state.vault.state.read().clone();
    rsx! {
        PageHeader { title: t.t("tile-documents") }
        main { id: "content", class: "page vault",
            match vault {
                None => rsx! { p { {t.t("loading")} } },
                Some(v) if !v.set_up => rsx! { SetUp {} },
                Some(v) if !v.unlocked => rsx! { Unlock { vault: v } },
                Some(_) => rsx! { Documents {} },
            }
        }
    }
}

#[component]
fn SetUp() -> Element {
    let state = use_app();
    let t = use_i18n()();
    let secret = use_signal(String::new);
    let again = use_signal(String::new);
    let mut problem = use_signal(|| None::<Message>);
    rsx! {
        h2 { {t.t("vault-set-up-title")} }
        p { {t.t("vault-set-up-intro")} }
        p { class: "notice warning", role: "note", {t.t("vault-no-recovery")} }
        p { class: "hint", {t.t("vault-restore-after-set-up")} }
        form {
            class: "stack",
            onsubmit: move |e: FormEvent| {
                e.prevent_default();
                if secret() != again() {
                    problem.set(Some(("vault-secrets-differ".into(), vec![])));
                    return;
                }
                let state = state.clone();
                spawn(async move {
                    match call(&state, Request::VaultSetUp { secret: secret() }).await {
                        Ok(_) => problem.set(None),
                        Err(m) => problem.set(Some(m)),
                    }
                });
            },
            p { id: "vault-secret-hint", class: "hint", {t.t("vault-secret-rules")} }
            SecretInput {
                id: "vault-secret",
                label: t.t("vault-secret-new"),
                autocomplete: "new-password",
                value: secret,
                described_by: "vault-secret-hint",
            }
            SecretInput { id: "vault-secret-again", label: t.t("vault-secret-again"), autocomplete: "new-password", value: again }
            if let Some(m) = problem() {
                Problem { message: m }
            }
            button { class: "button primary", r#type: "submit", {t.t("vault-set-up")} }
        }
    }
}

#[component]
fn Unlock(vault: VaultState) -> Element {
    let state = use_app();
    let t = use_i18n()();
    let mut secret = use_signal(String::new);
    let mut problem = use_signal(|| None::<Message>);
    rsx! {
        h2 { {t.t("vault-locked-title")} }
        form {
            class: "stack",
            onsubmit: move |e: FormEvent| {
                e.prevent_default();
                let state = state.clone();
                spawn(async move {
                    let at = state.platform.now().to_string();
                    let result = call(&state, Request::VaultUnlock { secret: secret(), at }).await;
                    secret.set(String::new());
                    match result {
                        Ok(_) => problem.set(None),
                        Err(m) => problem.set(Some(m)),
                    }
                });
            },
            SecretInput { id: "vault-unlock", label: t.t("vault-secret"), autocomplete: "current-password", value: secret }
            if let Some(m) = problem() {
                Problem { message: m }
            } else if let Some(until) = vault.wait_until.clone() {
                Problem { message: ("vault-waiting".to_string(), vec![("time", local_time(&until))]) }
            }
            button { class: "button primary", r#type: "submit", {t.t("vault-unlock")} }
        }
    }
}

/// The document list, by category, searchable.
#[component]
fn Documents() -> Element {
    let state = use_app();
    let t = use_i18n()();
    let vault_state = state.vault.state;
    let platform = state.platform.clone();
    let list = use_resource(move || {
        let platform = platform.clone();
        let _ = vault_state.read();
        async move {
            match platform.call(Request::VaultDocuments).await {
                Response::VaultDocuments { documents } => Ok(documents),
                Response::VaultRefused { refusal } => Err(refusal_message(&refusal)),
                other => Err(("vault-error-storage".to_string(), vec![("detail", other.unexpected())])),
            }
        }
    });
    let mut query = use_signal(String::new);
    let answer = list.read().clone();
    let s_lock = state.clone();
    let q = query().to_lowercase();
    rsx! {
        div { class: "toolbar",
            Link { to: Route::VaultAdd {}, class: "button primary", {t.t("vault-add")} }
            button {
                class: "button",
                r#type: "button",
                onclick: move |_| {
                    let state = s_lock.clone();
                    spawn(async move { lock(&state).await });
                },
                {t.t("vault-lock")}
            }
        }
        label { r#for: "vault-search", class: "visually-hidden", {t.t("vault-search")} }
        input {
            id: "vault-search",
            r#type: "search",
            placeholder: t.t("vault-search"),
            value: "{query}",
            oninput: move |e: FormEvent| query.set(e.value()),
        }
        match answer {
            None => rsx! { p { {t.t("loading")} } },
            Some(Err(m)) => rsx! { Problem { message: m } },
            Some(Ok(docs)) if docs.is_empty() => rsx! {
                p { class: "hint", {t.t("vault-empty")} }
            },
            Some(Ok(docs)) => {
                let shown: Vec<DocumentSummary> = docs
                    .into_iter()
                    .filter(|d| q.is_empty() || d.meta.title.to_lowercase().contains(&q) || d.meta.note.to_lowercase().contains(&q))
                    .collect();
                rsx! {
                    ExpiryReminders {}
                    for category in Category::ALL.into_iter().filter(|c| shown.iter().any(|d| d.meta.category == *c)) {
                        section { key: "{category.message_id()}", "aria-labelledby": "{category.message_id()}",
                            h2 { id: "{category.message_id()}", {t.t(category.message_id())} }
                            ul { class: "documents", role: "list",
                                for doc in shown.iter().filter(|d| d.meta.category == category) {
                                    DocumentCard { key: "{doc.id}", doc: doc.clone() }
                                }
                            }
                        }
                    }
                }
            }
        }
        // Outside the list's states, so what they show survives the list reloading.
        backup::VaultBackup {}
        VaultSettings {}
    }
}

fn data_url(mime: &str, bytes: &Bytes) -> String {
    use base64::Engine;
    format!("data:{mime};base64,{}", base64::engine::general_purpose::STANDARD.encode(&bytes.0))
}

#[component]
fn DocumentCard(doc: DocumentSummary) -> Element {
    let t = use_i18n()();
    rsx! {
        li { class: "document-card",
            Link { to: Route::VaultDocument { id: doc.id },
                match &doc.thumbnail {
                    Some(thumb) => rsx! {
                        img {
                            src: data_url("image/jpeg", thumb),
                            alt: "",
                            style: "transform: rotate({doc.meta.pages[0].rotation as u32 * 90}deg);",
                        }
                    },
                    None => rsx! { Icon { name: IconName::Folder } },
                }
                span { class: "title", {doc.meta.title.clone()} }
                if let Some(expires) = &doc.meta.expires {
                    span { class: "hint", {t.t_args("vault-valid-until", &[("date", &german_date(expires))])} }
                }
            }
        }
    }
}

/// Reads a picked file, strips location data, and makes a preview for images.
async fn page_from(platform: &PlatformHandle, file: dioxus::html::FileData) -> Result<NewPage, Message> {
    let unreadable = || ("vault-file-unreadable".to_string(), vec![("name", file.name())]);
    let bytes = file.read_bytes().await.map_err(|_| unreadable())?;
    if bytes.len() > wm_core::vault::MAX_FILE_BYTES {
        let mb = format!("{}", wm_core::vault::MAX_FILE_BYTES / (1024 * 1024));
        return Err(("vault-too-large".into(), vec![("limit", mb)]));
    }
    let name = file.name().to_lowercase();
    let mime = match file.content_type().filter(|m| !m.is_empty()) {
        Some(m) => m,
        None if name.ends_with(".pdf") => "application/pdf".into(),
        None if name.ends_with(".png") => "image/png".into(),
        None if name.ends_with(".webp") => "image/webp".into(),
        None => "image/jpeg".into(),
    };
    let data = wm_core::vault::metadata::strip_metadata(&mime, &bytes)
        .map_err(|_| ("vault-file-unreadable".to_string(), vec![("name", file.name())]))?;
    let thumbnail = if mime.starts_with("image/") { platform.preview(&mime, &data, 320).await } else { None };
    Ok(NewPage { mime, data: Bytes(data), thumbnail: thumbnail.map(Bytes) })
}

/// `/vault/add`
#[component]
pub fn VaultAdd() -> Element {
    let state = use_app();
    let t = use_i18n()();
    let nav = use_navigator();
    let mut title = use_signal(String::new);
    let mut category = use_signal(|| Category::Other);
    let mut issued = use_signal(String::new);
    let mut expires = use_signal(String::new);
    let mut note = use_signal(String::new);
    let mut files = use_signal(Vec::<dioxus::html::FileData>::new);
    let mut busy = use_signal(|| false);
    let mut problem = use_signal(|| None::<Message>);
    if !state.vault.unlocked() {
        return rsx! { VaultPage {} };
    }
    rsx! {
        PageHeader { title: t.t("vault-add") }
        main { id: "content", class: "page vault",
            form {
                class: "stack",
                onsubmit: move |e: FormEvent| {
                    e.prevent_default();
                    let state = state.clone();
                    spawn(async move {
                        busy.set(true);
                        let mut pages = Vec::new();
                        for f in files() {
                            match page_from(&state.platform, f).await {
                                Ok(p) => pages.push(p),
                                Err(m) => {
                                    problem.set(Some(m));
                                    busy.set(false);
                                    return;
                                }
                            }
                        }
                        let date = |s: String| (!s.is_empty()).then_some(s);
                        let document = NewDocument {
                            title: title(),
                            category: category(),
                            issued: date(issued()),
                            expires: date(expires()),
                            note: note(),
                            pages,
                        };
                        let at = state.platform.now().to_string();
                        match call(&state, Request::VaultAdd { document, at }).await {
                            Ok(_) => {
                                nav.push(Route::VaultPage {});
                            }
                            Err(m) => problem.set(Some(m)),
                        }
                        busy.set(false);
                    });
                },
                label { r#for: "doc-files", {t.t("vault-files")} }
                p { id: "doc-files-hint", class: "hint", {t.t("vault-files-hint")} }
                input {
                    id: "doc-files",
                    r#type: "file",
                    accept: "image/jpeg,image/png,image/webp,application/pdf",
                    multiple: true,
                    "aria-describedby": "doc-files-hint",
                    onchange: move |e: FormEvent| files.set(e.files()),
                }
                label { r#for: "doc-title", {t.t("vault-title")} }
                input { id: "doc-title", value: "{title}", oninput: move |e: FormEvent| title.set(e.value()) }
                label { r#for: "doc-category", {t.t("vault-category")} }
                select {
                    id: "doc-category",
                    onchange: move |e: FormEvent| {
                        if let Some(c) = Category::ALL.into_iter().find(|c| c.message_id() == e.value()) {
                            category.set(c);
                        }
                    },
                    for c in Category::ALL {
                        option { key: "{c.message_id()}", value: c.message_id(), selected: category() == c, {t.t(c.message_id())} }
                    }
                }
                label { r#for: "doc-issued", {t.t("vault-issued")} }
                input { id: "doc-issued", r#type: "date", value: "{issued}", oninput: move |e: FormEvent| issued.set(e.value()) }
                label { r#for: "doc-expires", {t.t("vault-expires")} }
                input { id: "doc-expires", r#type: "date", value: "{expires}", oninput: move |e: FormEvent| expires.set(e.value()) }
                label { r#for: "doc-note", {t.t("vault-note")} }
                textarea { id: "doc-note", value: "{note}", oninput: move |e: FormEvent| note.set(e.value()) }
                if let Some(m) = problem() {
                    Problem { message: m }
                }
                button { class: "button primary", r#type: "submit", disabled: busy(),
                    if busy() { {t.t("vault-saving")} } else { {t.t("vault-save")} }
                }
            }
        }
    }
}

/// `/vault/doc/:id`
#[component]
pub fn VaultDocument(id: i64) -> Element {
    let state = use_app();
    let t = use_i18n()();
    let nav = use_navigator();
    let platform = state.platform.clone();
    let vault_state = state.vault.state;
    let doc = use_resource(use_reactive!(|(id,)| {
        let platform = platform.clone();
        let _ = vault_state.read();
        async move {
            match platform.call(Request::VaultDocuments).await {
                Response::VaultDocuments { documents } => documents.into_iter().find(|d| d.id == id),
                _ => None,
            }
        }
    }));
    let mut zoom = use_signal(|| 1.0f64);
    if !state.vault.unlocked() {
        return rsx! { VaultPage {} };
    }
    let Some(Some(doc)) = doc.read().clone() else {
        return rsx! {
            PageHeader { title: t.t("tile-documents") }
            main { id: "content", class: "page", p { {t.t("loading")} } }
        };
    };
    let s_delete = state.clone();
    rsx! {
        PageHeader { title: doc.meta.title.clone() }
        main { id: "content", class: "page vault document",
            p { {t.t(doc.meta.category.message_id())} }
            if let Some(d) = &doc.meta.issued {
                p { {t.t_args("vault-issued-on", &[("date", &german_date(d))])} }
            }
            if let Some(d) = &doc.meta.expires {
                p { {t.t_args("vault-valid-until", &[("date", &german_date(d))])} }
            }
            if !doc.meta.note.is_empty() {
                p { class: "note", {doc.meta.note.clone()} }
            }
            div { class: "toolbar",
                button { class: "button", r#type: "button", onclick: move |_| zoom.set((zoom() * 1.5).min(4.0)), {t.t("vault-zoom-in")} }
                button { class: "button", r#type: "button", onclick: move |_| zoom.set((zoom() / 1.5).max(1.0)), {t.t("vault-zoom-out")} }
            }
            for (n, info) in doc.meta.pages.iter().enumerate() {
                DocumentPage {
                    key: "{n}",
                    id: doc.id,
                    page: n as u32,
                    zoom: zoom(),
                    rotation: info.rotation,
                    title: doc.meta.title.clone(),
                }
            }
            Confirm {
                id: "delete-question",
                label: t.t("vault-delete"),
                question: t.t("vault-delete-confirm"),
                yes: t.t("vault-delete-yes"),
                no: t.t("vault-delete-no"),
                tone: "error",
                on_yes: move |_| {
                    let state = s_delete.clone();
                    spawn(async move {
                        if call(&state, Request::VaultDelete { id }).await.is_ok() {
                            nav.push(Route::VaultPage {});
                        }
                    });
                },
            }
        }
    }
}

/// Hands a decrypted page to the platform's share sheet or saves it (see [`share_file`]).
async fn share(name: String, mime: String, bytes: &Bytes) -> String {
    share_file(name, mime, &bytes.0).await
}

/// A file name for a shared page: the title, the page number, the file type's extension.
fn file_name(title: &str, page: u32, mime: &str) -> String {
    let ext = match mime {
        "application/pdf" => "pdf",
        "image/png" => "png",
        "image/webp" => "webp",
        _ => "jpg",
    };
    let stem: String =
        title.chars().map(|c| if c.is_alphanumeric() || c == ' ' || c == '-' { c } else { '_' }).collect();
    format!("{} - {}.{ext}", stem.trim(), page + 1)
}

#[component]
fn DocumentPage(id: i64, page: u32, zoom: f64, rotation: u8, title: String) -> Element {
    let t = use_i18n()();
    let state = use_app();
    let platform = state.platform.clone();
    // The page is shown from an object URL (web: blob:), made once per page, freed when the
    // page changes or the view goes.
    let mut shown = use_signal(|| None::<String>);
    let data = use_resource(use_reactive!(|(id, page)| {
        let platform = platform.clone();
        async move {
            let answer = platform.call(Request::VaultPage { id, page }).await;
            if let Some(old) = shown.write().take() {
                platform.revoke_url(&old);
            }
            match answer {
                Response::VaultPage { info, data } => {
                    let url = platform.object_url(&info.mime, &data.0);
                    shown.set(Some(url.clone()));
                    Some((info, std::rc::Rc::new(data), url))
                }
                _ => None,
            }
        }
    }));
    let platform = state.platform.clone();
    use_drop(move || {
        if let Some(url) = shown.write().take() {
            platform.revoke_url(&url);
        }
    });
    let mut shared = use_signal(|| None::<String>);
    let label = t.t_args("vault-page", &[("n", &(page + 1).to_string())]);
    let current = data.read().clone();
    let Some(Some((info, bytes, url))) = current else {
        return match current {
            None => rsx! { p { {t.t("loading")} } },
            _ => rsx! { p { class: "notice error", {t.t("vault-tampered")} } },
        };
    };
    let share_bytes = bytes.clone();
    let share_mime = info.mime.clone();
    let name = file_name(&title, page, &info.mime);
    let sharing = rsx! {
        Confirm {
            id: "share-question-{page}",
            label: t.t("vault-share"),
            question: t.t("vault-share-confirm"),
            yes: t.t("vault-share-yes"),
            no: t.t("vault-delete-no"),
            on_yes: move |_| {
                let (bytes, mime, name) = (share_bytes.clone(), share_mime.clone(), name.clone());
                spawn(async move { shared.set(Some(share(name, mime, &bytes).await)) });
            },
        }
        match shared().as_deref() {
            Some("shared") => rsx! { p { role: "status", {t.t("vault-shared")} } },
            Some("downloaded") => rsx! { p { role: "status", {t.t("vault-downloaded")} } },
            _ => rsx! {},
        }
    };
    if info.mime == "application/pdf" {
        rsx! {
            div { class: "pdf-page",
                Icon { name: IconName::Folder }
                span { {label.clone()} " · PDF · " {format!("{} KB", bytes.0.len() / 1024)} }
                button {
                    class: "button",
                    r#type: "button",
                    onclick: move |_| {
                        // Opened as a blob: URL in a new tab; the webview makes it from either URL kind.
                        let eval = document::eval(
                            "const url = await dioxus.recv(); const blob = await (await fetch(url)).blob();
                             window.open(URL.createObjectURL(blob), '_blank');",
                        );
                        let _ = eval.send(url.clone());
                    },
                    {t.t("vault-open-pdf")}
                }
                {sharing}
            }
        }
    } else {
        rsx! {
            figure { class: if rotation % 2 == 1 { "page-image sideways" } else { "page-image" },
                img {
                    src: url,
                    alt: label.clone(),
                    style: "--zoom: {zoom}; --turn: {rotation as u32 * 90}deg;",
                }
            }
            div { class: "toolbar",
                button {
                    class: "button",
                    r#type: "button",
                    "aria-label": t.t_args("vault-rotate-page", &[("n", &(page + 1).to_string())]),
                    onclick: move |_| {
                        let state = state.clone();
                        spawn(async move {
                            let _ = call(&state, Request::VaultRotate { id, page }).await;
                        });
                    },
                    {t.t("vault-rotate")}
                }
                {sharing}
            }
        }
    }
}
