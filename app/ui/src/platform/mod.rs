//! Platform differences, in one place.
//!
//! The UI talks to storage and to its host (browser or desktop window) only through
//! [`Platform`]. The web implementation forwards requests to a Web Worker that owns the SQLite
//! database in OPFS (`assets/web/bridge.js`, `app/webdb`); the desktop one runs the same
//! `wm_core::store::Service` in-process on a file in the user's data directory.

use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use wm_core::api::{Request, Response};

#[cfg(all(feature = "desktop", not(feature = "web")))]
mod desktop;
#[cfg(feature = "web")]
mod web;

pub type LocalBoxFuture<T> = Pin<Box<dyn Future<Output = T>>>;

/// Something the host tells the app without being asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlatformEvent {
    /// A new version of the app has been downloaded and waits to be used (web).
    UpdateReady,
    /// Another tab or window has taken over the database (web).
    TakenOver,
    /// The app went to the background (web: the tab was hidden); the vault locks.
    Hidden,
}

pub trait Platform {
    /// Sends one request to storage.
    fn call(&self, request: Request) -> LocalBoxFuture<Response>;
    /// Claims storage from another tab that holds it; resolves when this tab may boot again.
    fn take_over(&self) -> LocalBoxFuture<()>;
    /// Resolves with the next event from the host; never resolves where there are none.
    fn next_event(&self) -> LocalBoxFuture<PlatformEvent>;
    /// Switches to the waiting new version of the app (web); no-op elsewhere.
    fn apply_update(&self) {}
    /// Remembers the UI language outside the database, for screens shown before it opens.
    fn remember_language(&self, _code: &str) {}
    /// The language remembered by [`Platform::remember_language`], if any.
    fn language_hint(&self) -> Option<String> {
        None
    }
    /// The current instant. Platforms let tests pin it (web: `window.WM_NOW`, desktop:
    /// `$WM_NOW`, both an RFC 3339 instant such as `2026-11-23T09:30:00Z`).
    fn now(&self) -> jiff::Timestamp;
    /// The built-in content origin (absolute URL) and trusted signing keys (hex), or why this
    /// build has none. Web: `<meta name="wm-content-origin">` / `wm-trusted-keys`, written by
    /// `wm-tool dist`; desktop: `$WM_CONTENT_ORIGIN` / `$WM_TRUSTED_KEYS` and `content/keys/`.
    fn update_source(&self) -> Result<(String, Vec<String>), String>;
    /// Whether the connection is metered (mobile data); `None` where the platform cannot tell.
    fn metered(&self) -> Option<bool> {
        None
    }
    /// Resolves after `ms` milliseconds.
    fn sleep(&self, ms: u32) -> LocalBoxFuture<()>;
    /// An address an `<img>` can show `bytes` from. Web: a `blob:` URL (no base64 copy of a
    /// 5 MB photo), to be given back with [`Platform::revoke_url`]; elsewhere a `data:` URL.
    fn object_url(&self, mime: &str, bytes: &[u8]) -> String {
        use base64::Engine;
        format!("data:{mime};base64,{}", base64::engine::general_purpose::STANDARD.encode(bytes))
    }
    /// Whether reminders may appear as system notifications: `"granted"`, `"denied"`,
    /// `"default"` (not asked yet) or `"unsupported"` (web: the Notification API's permission).
    fn notification_permission(&self) -> String {
        "unsupported".into()
    }
    /// Asks the person (web: the browser's prompt); resolves with the new permission.
    fn ask_notification_permission(&self) -> LocalBoxFuture<String> {
        Box::pin(std::future::ready("unsupported".to_string()))
    }
    /// Shows a system notification, if permitted.
    fn notify(&self, _title: &str, _body: &str) {}
    /// The UI strings of a language the build does not carry (web: `locales/<code>.ftl`
    /// beside the code, cached for offline use); `None` where all are built in or it failed.
    fn locale_source(&self, _code: &str) -> LocalBoxFuture<Option<String>> {
        Box::pin(std::future::ready(None))
    }
    /// Frees an address from [`Platform::object_url`].
    fn revoke_url(&self, _url: &str) {}
    /// A JPEG of the image in `bytes`, at most `size` pixels wide and high, drawn by the
    /// webview; `None` if it cannot decode the image.
    fn preview(&self, mime: &str, bytes: &[u8], size: u32) -> LocalBoxFuture<Option<Vec<u8>>> {
        use base64::Engine;
        let engine = base64::engine::general_purpose::STANDARD;
        let (mime, b64) = (mime.to_string(), engine.encode(bytes));
        Box::pin(async move {
            let mut eval = dioxus::document::eval(
                r#"
                const [b64, mime, size] = await dioxus.recv();
                try {
                  const bin = atob(b64); const bytes = new Uint8Array(bin.length);
                  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
                  const bitmap = await createImageBitmap(new Blob([bytes], { type: mime }));
                  const scale = Math.min(1, size / Math.max(bitmap.width, bitmap.height));
                  const canvas = document.createElement('canvas');
                  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
                  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
                  canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
                  dioxus.send(canvas.toDataURL('image/jpeg', 0.75).split(',')[1]);
                } catch (e) { dioxus.send(''); }
                "#,
            );
            eval.send((b64, mime, size)).ok()?;
            let b64: String = eval.recv().await.ok()?;
            engine.decode(b64).ok().filter(|b| !b.is_empty())
        })
    }
}

/// The update client reaches storage through the platform, like every view.
impl wm_core::update::client::StoreLink for PlatformHandle {
    fn call(&self, request: Request) -> LocalBoxFuture<Response> {
        self.0.call(request)
    }
}

/// A shared handle to the platform, comparable so it can be a component property.
#[derive(Clone)]
pub struct PlatformHandle(pub Rc<dyn Platform>);

impl PlatformHandle {
    pub fn new(platform: impl Platform + 'static) -> Self {
        PlatformHandle(Rc::new(platform))
    }
}

impl PartialEq for PlatformHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for PlatformHandle {
    type Target = dyn Platform;
    fn deref(&self) -> &Self::Target {
        &*self.0
    }
}

/// Launches the app for the platform this binary was built for.
pub fn launch() {
    #[cfg(feature = "web")]
    web::launch();
    #[cfg(all(feature = "desktop", not(feature = "web")))]
    desktop::launch();
    #[cfg(not(any(feature = "web", feature = "desktop")))]
    {
        eprintln!("This build has no platform. Build with `--features web` or `--features desktop`.");
        std::process::exit(2);
    }
}
