//! The browser: storage in a Web Worker, reached through `window.wmBridge` (assets/web/bridge.js).

use super::{LocalBoxFuture, Platform, PlatformEvent, PlatformHandle};
use dioxus::prelude::*;
use wasm_bindgen::prelude::*;
use wm_core::api::{Request, Response, StoreError};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = wmBridge, js_name = call)]
    async fn bridge_call(json: String, buffers: Vec<js_sys::Uint8Array>) -> JsValue;
    #[wasm_bindgen(js_namespace = wmBridge, js_name = notificationPermission)]
    fn bridge_notification_permission() -> String;
    #[wasm_bindgen(js_namespace = wmBridge, js_name = askNotificationPermission)]
    async fn bridge_ask_notification_permission() -> JsValue;
    #[wasm_bindgen(js_namespace = wmBridge, js_name = notify)]
    fn bridge_notify(title: &str, body: &str);
    #[wasm_bindgen(js_namespace = wmBridge, js_name = loadLocale)]
    fn bridge_load_locale(code: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_namespace = wmBridge, js_name = objectUrl)]
    fn bridge_object_url(mime: &str, bytes: &[u8]) -> String;
    #[wasm_bindgen(js_namespace = wmBridge, js_name = revokeUrl)]
    fn bridge_revoke_url(url: &str);
    #[wasm_bindgen(js_namespace = wmBridge, js_name = preview)]
    async fn bridge_preview(mime: &str, bytes: js_sys::Uint8Array, size: u32) -> JsValue;
    #[wasm_bindgen(js_namespace = wmBridge, js_name = takeOver)]
    async fn bridge_take_over();
    #[wasm_bindgen(js_namespace = wmBridge, js_name = nextEvent)]
    async fn bridge_next_event() -> JsValue;
    #[wasm_bindgen(js_namespace = wmBridge, js_name = applyUpdate)]
    fn bridge_apply_update();
    #[wasm_bindgen(js_namespace = wmBridge, js_name = rememberLanguage)]
    fn bridge_remember_language(code: &str);
    #[wasm_bindgen(js_namespace = wmBridge, js_name = languageHint)]
    fn bridge_language_hint() -> Option<String>;
    #[wasm_bindgen(js_namespace = wmBridge, js_name = nowMillis)]
    fn bridge_now_millis() -> f64;
    #[wasm_bindgen(js_namespace = wmBridge, js_name = contentOrigin)]
    fn bridge_content_origin() -> Option<String>;
    #[wasm_bindgen(js_namespace = wmBridge, js_name = trustedKeys)]
    fn bridge_trusted_keys() -> String;
    #[wasm_bindgen(js_namespace = wmBridge, js_name = metered)]
    fn bridge_metered() -> Option<String>;
    #[wasm_bindgen(js_namespace = wmBridge, js_name = sleep)]
    async fn bridge_sleep(ms: u32);
}

struct WebPlatform;

impl Platform for WebPlatform {
    fn call(&self, request: Request) -> LocalBoxFuture<Response> {
        Box::pin(async move {
            // Photos go to the worker and come back as buffers beside the JSON, not as base64.
            let (json, buffers) = request.to_wire();
            let buffers = buffers.iter().map(|b| js_sys::Uint8Array::from(&b[..])).collect();
            let answer = js_sys::Array::from(&bridge_call(json, buffers).await);
            match answer.get(0).as_string() {
                Some(json) => {
                    let buffers = answer.iter().skip(1).map(|b| js_sys::Uint8Array::from(b).to_vec()).collect();
                    Response::from_wire(&json, buffers)
                }
                None => Response::failed(StoreError::Storage { detail: "storage bridge gave no answer".into() }),
            }
        })
    }

    fn take_over(&self) -> LocalBoxFuture<()> {
        Box::pin(bridge_take_over())
    }

    fn next_event(&self) -> LocalBoxFuture<PlatformEvent> {
        Box::pin(async {
            loop {
                match bridge_next_event().await.as_string().as_deref() {
                    Some("update-ready") => return PlatformEvent::UpdateReady,
                    Some("taken-over") => return PlatformEvent::TakenOver,
                    Some("hidden") => return PlatformEvent::Hidden,
                    _ => continue,
                }
            }
        })
    }

    fn apply_update(&self) {
        bridge_apply_update();
    }

    fn remember_language(&self, code: &str) {
        bridge_remember_language(code);
    }

    fn language_hint(&self) -> Option<String> {
        bridge_language_hint()
    }

    fn now(&self) -> jiff::Timestamp {
        jiff::Timestamp::from_millisecond(bridge_now_millis() as i64).unwrap_or(jiff::Timestamp::UNIX_EPOCH)
    }

    fn update_source(&self) -> Result<(String, Vec<String>), String> {
        let origin = bridge_content_origin().ok_or("this build names no content origin")?;
        Ok((origin, bridge_trusted_keys().split_whitespace().map(str::to_string).collect()))
    }

    fn metered(&self) -> Option<bool> {
        match bridge_metered().as_deref() {
            Some("yes") => Some(true),
            Some("no") => Some(false),
            _ => None,
        }
    }

    fn sleep(&self, ms: u32) -> LocalBoxFuture<()> {
        Box::pin(bridge_sleep(ms))
    }

    fn object_url(&self, mime: &str, bytes: &[u8]) -> String {
        bridge_object_url(mime, bytes)
    }

    fn notification_permission(&self) -> String {
        bridge_notification_permission()
    }

    fn ask_notification_permission(&self) -> LocalBoxFuture<String> {
        Box::pin(async { bridge_ask_notification_permission().await.as_string().unwrap_or_default() })
    }

    fn notify(&self, title: &str, body: &str) {
        bridge_notify(title, body);
    }

    fn locale_source(&self, code: &str) -> LocalBoxFuture<Option<String>> {
        // Asked at once (not when first polled), so several languages load in parallel.
        let promise = wasm_bindgen_futures::JsFuture::from(bridge_load_locale(code));
        Box::pin(async move { promise.await.ok().and_then(|v| v.as_string()) })
    }

    fn revoke_url(&self, url: &str) {
        bridge_revoke_url(url);
    }

    fn preview(&self, mime: &str, bytes: &[u8], size: u32) -> LocalBoxFuture<Option<Vec<u8>>> {
        let (mime, bytes) = (mime.to_string(), js_sys::Uint8Array::from(bytes));
        Box::pin(async move {
            let answer = bridge_preview(&mime, bytes, size).await;
            (!answer.is_null()).then(|| js_sys::Uint8Array::from(answer).to_vec()).filter(|b| !b.is_empty())
        })
    }
}

pub fn launch() {
    dioxus::launch(App);
}

#[allow(non_snake_case)]
fn App() -> Element {
    let platform = use_hook(|| PlatformHandle::new(WebPlatform));
    rsx! { crate::app::Root { platform } }
}
