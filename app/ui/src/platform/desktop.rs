//! The desktop: SQLite in-process, a file in the user's data directory, fonts served from the
//! binary.

use super::{LocalBoxFuture, Platform, PlatformEvent, PlatformHandle};
use dioxus::desktop::{tao::dpi::LogicalSize, Config, WindowBuilder};
use dioxus::prelude::*;
use std::cell::RefCell;
use std::path::PathBuf;
use wm_core::api::{Request, Response, StoreError};
use wm_core::store::{NativeFiles, Service};

struct DesktopPlatform {
    service: RefCell<Result<Service<NativeFiles>, String>>,
}

impl Platform for DesktopPlatform {
    fn call(&self, request: Request) -> LocalBoxFuture<Response> {
        let response = match &mut *self.service.borrow_mut() {
            Ok(service) => service.handle(request),
            Err(detail) => Response::failed(StoreError::Storage { detail: detail.clone() }),
        };
        Box::pin(std::future::ready(response))
    }

    fn take_over(&self) -> LocalBoxFuture<()> {
        Box::pin(std::future::ready(()))
    }

    fn next_event(&self) -> LocalBoxFuture<PlatformEvent> {
        Box::pin(std::future::pending())
    }

    fn update_source(&self) -> Result<(String, Vec<String>), String> {
        let origin = std::env::var("WM_CONTENT_ORIGIN")
            .ok()
            .or(option_env!("WM_CONTENT_ORIGIN").map(str::to_string))
            .filter(|o| !o.is_empty())
            .ok_or("this build names no content origin (set WM_CONTENT_ORIGIN)")?;
        let mut keys: Vec<String> = include_str!(concat!(env!("OUT_DIR"), "/trusted_keys.txt"))
            .split_whitespace()
            .map(str::to_string)
            .collect();
        keys.extend(
            std::env::var("WM_TRUSTED_KEYS")
                .unwrap_or_default()
                .split([' ', ','])
                .filter(|k| !k.is_empty())
                .map(str::to_string),
        );
        Ok((origin, keys))
    }

    fn sleep(&self, ms: u32) -> LocalBoxFuture<()> {
        Box::pin(tokio::time::sleep(std::time::Duration::from_millis(ms.into())))
    }

    fn now(&self) -> jiff::Timestamp {
        let pinned = std::env::var("WM_NOW").ok().and_then(|s| s.parse().ok());
        pinned.unwrap_or_else(|| {
            let since = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
            jiff::Timestamp::from_second(since.as_secs() as i64).unwrap_or(jiff::Timestamp::UNIX_EPOCH)
        })
    }
}

/// Where the database lives: `$WM_DATA_DIR` if set (tests, portable installs), else the
/// platform's per-user data directory (e.g. `~/.local/share/willkommensmappe` on Linux).
fn data_dir() -> Result<PathBuf, String> {
    if let Some(dir) = std::env::var_os("WM_DATA_DIR") {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("de", "Stadt Neuss", "Willkommensmappe")
        .map(|d| d.data_dir().to_path_buf())
        .ok_or_else(|| "no home directory to keep the app's data in".to_string())
}

fn open_service() -> Result<Service<NativeFiles>, String> {
    let dir = data_dir()?;
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let path = dir.join("willkommensmappe.db");
    let content = include_str!(concat!(env!("OUT_DIR"), "/content.json"));
    Ok(Service::start_with_content(path.display().to_string(), NativeFiles, Some(content)))
}

/// The bundled fonts, served to the webview under `/fonts/…` like the web build serves them.
const FONTS: &[(&str, &[u8])] = &[
    ("NotoSans-Regular.woff2", include_bytes!("../../../../assets/fonts/NotoSans-Regular.woff2")),
    ("NotoSans-Bold.woff2", include_bytes!("../../../../assets/fonts/NotoSans-Bold.woff2")),
    ("NotoSansArabic-Regular.woff2", include_bytes!("../../../../assets/fonts/NotoSansArabic-Regular.woff2")),
    ("NotoSansArabic-Bold.woff2", include_bytes!("../../../../assets/fonts/NotoSansArabic-Bold.woff2")),
    ("NotoSansEthiopic-Regular.woff2", include_bytes!("../../../../assets/fonts/NotoSansEthiopic-Regular.woff2")),
    ("NotoSansEthiopic-Bold.woff2", include_bytes!("../../../../assets/fonts/NotoSansEthiopic-Bold.woff2")),
];

pub fn launch() {
    let window = WindowBuilder::new().with_title("Willkommensmappe").with_inner_size(LogicalSize::new(430.0, 860.0));
    let config = Config::new().with_window(window).with_menu(None).with_disable_context_menu(true);
    dioxus::LaunchBuilder::desktop().with_cfg(config).launch(App);
}

#[allow(non_snake_case)]
fn App() -> Element {
    dioxus::desktop::use_asset_handler("fonts", |request, responder| {
        let name = request.uri().path().rsplit('/').next().unwrap_or_default().to_string();
        let response = match FONTS.iter().find(|(n, _)| *n == name) {
            Some((_, bytes)) => dioxus::desktop::wry::http::Response::builder()
                .header("Content-Type", "font/woff2")
                .body(bytes.to_vec()),
            None => dioxus::desktop::wry::http::Response::builder().status(404).body(Vec::new()),
        };
        responder.respond(response.expect("static response"));
    });
    let platform = use_hook(|| PlatformHandle::new(DesktopPlatform { service: RefCell::new(open_service()) }));
    rsx! { crate::app::Root { platform } }
}
