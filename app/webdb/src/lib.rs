//! The web build's storage worker.
//!
//! OPFS sync access handles, which give SQLite real durability in the browser, exist only in
//! dedicated workers. `assets/web/db-worker.js` loads this module in one, holds a Web Lock so
//! only one tab at a time owns the database, and forwards the UI's JSON requests to
//! [`WebDb::call`], which runs the same `wm_core::store::Service` the desktop runs in-process.
#![cfg(target_arch = "wasm32")]

use rsqlite_vfs::transfer::{DbTransfer, ExportSource, ImportTarget};
use rsqlite_vfs::VfsFilesManager;
use sqlite_wasm_vfs::sahpool::{install, OpfsSAHPoolCfgBuilder, OpfsSAHPoolUtil};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wm_core::api::{Request, Response, StoreError};
use wm_core::store::{DbFiles, Service};

/// The database's name inside the OPFS pool.
const DB_NAME: &str = "/willkommensmappe.db";

/// [`DbFiles`] for the OPFS pool: a damaged database is copied byte for byte to a new name in
/// the pool, then the original is removed. If the copy fails, nothing is removed.
struct PoolFiles {
    util: Rc<OpfsSAHPoolUtil>,
}

impl DbFiles for PoolFiles {
    fn keep_aside(&mut self, db_name: &str) -> Result<String, String> {
        let stamp = js_sys::Date::now() as u64 / 1000;
        let mut n = 0;
        let target = loop {
            let suffix = if n == 0 { String::new() } else { format!("-{n}") };
            let candidate = format!("/willkommensmappe.unreadable-{stamp}{suffix}.db");
            if !self.util.contains(&candidate).map_err(|e| e.to_string())? {
                break candidate;
            }
            n += 1;
        };
        let bytes = {
            let mut source = self.util.open_export(db_name).map_err(|e| e.to_string())?;
            let mut bytes = vec![0u8; source.size() as usize];
            let mut offset = 0;
            while offset < bytes.len() {
                let read = source.read_at(offset as u64, &mut bytes[offset..]).map_err(|e| e.to_string())?;
                if read == 0 {
                    return Err("unexpected end of the database file while copying".into());
                }
                offset += read;
            }
            bytes
        };
        let mut import = self.util.create_import(&target, bytes.len() as u64).map_err(|e| e.to_string())?;
        import.write_at(0, &bytes).map_err(|e| e.to_string())?;
        import.commit().map_err(|e| e.to_string())?;
        self.util.remove(db_name).map_err(|e| e.to_string())?;
        for side in ["-journal", "-wal"] {
            let _ = self.util.remove(&format!("{db_name}{side}"));
        }
        Ok(target)
    }
}

/// The open database of this tab. Created by [`open_web_db`] once the worker holds the lock.
#[wasm_bindgen]
pub struct WebDb {
    service: Option<Service<PoolFiles>>,
    util: Rc<OpfsSAHPoolUtil>,
}

/// Installs the OPFS pool as SQLite's default file system and opens the database.
/// `content` is the built-in content pack (a `Bundle` as JSON), which `db-worker.js` fetches
/// from the app's own files (cached for offline use by the service worker): it is data, not
/// code, and kept out of this module so the code stays small. It is installed if newer than
/// what the database holds.
///
/// A database that cannot be opened is not an error here: the service keeps the reason and
/// reports it to the UI on `Boot`, so the user sees what happened and can decide.
#[wasm_bindgen]
pub async fn open_web_db(content: String) -> Result<WebDb, JsValue> {
    let cfg = OpfsSAHPoolCfgBuilder::new().directory(".willkommensmappe").initial_capacity(8).build();
    let util = install::<sqlite_wasm_rs::WasmOsCallback>(&cfg, true)
        .await
        .map_err(|e| JsValue::from_str(&format!("browser storage (OPFS) is not available: {e}")))?;
    let util = Rc::new(util);
    // Kept for the worker's lifetime (the service installs it again after a recovery); this
    // runs once per worker, so leaking it is the simple way to give it that lifetime.
    let content: &'static str = Box::leak(content.into_boxed_str());
    let service = Service::start_with_content(DB_NAME, PoolFiles { util: util.clone() }, Some(content));
    Ok(WebDb { service: Some(service), util })
}

#[wasm_bindgen]
impl WebDb {
    /// Answers one `wm_core::api::Request` in its wire form: JSON with byte fields set aside
    /// as `buffers`. The answer is an array `[json, ...buffers]`; the worker transfers those
    /// buffers to the page without copying (see `wm_core::api::Request::to_wire`).
    pub fn call(&mut self, request: &str, buffers: Vec<js_sys::Uint8Array>) -> js_sys::Array {
        let buffers = buffers.iter().map(js_sys::Uint8Array::to_vec).collect();
        let response = match (Request::from_wire(request, buffers), self.service.as_mut()) {
            (Ok(request), Some(service)) => service.handle(request),
            (Err(detail), _) => Response::failed(StoreError::Invalid { detail }),
            (_, None) => Response::failed(StoreError::InUseElsewhere),
        };
        let (json, buffers) = response.to_wire();
        let answer = js_sys::Array::of1(&JsValue::from_str(&json));
        for buffer in buffers {
            answer.push(&js_sys::Uint8Array::from(&buffer[..]));
        }
        answer
    }

    /// Closes the database and releases the OPFS handles, so another tab can open it.
    /// Every request answered before this call is already on disk.
    pub fn release(&mut self) -> Result<(), JsValue> {
        self.service = None;
        self.util.pause().map_err(|e| JsValue::from_str(&e.to_string()))
    }
}
