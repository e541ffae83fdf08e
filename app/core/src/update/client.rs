//! The update check over HTTP, with reqwest on every target (hyper + rustls natively, the
//! browser's `fetch` on the web).
//!
//! Hostile or broken servers are expected: nothing is followed but the content origin (no
//! redirects natively; on the web the page's Content-Security-Policy blocks other origins and
//! the final URL is checked), every body is read chunk by chunk and cut off at its limit (the
//! manifest's cap, or a file's signed size), a server that stops sending times out, and a file
//! counts only once its hash matches. Verified files are kept for the next attempt, so a
//! connection that broke halfway resumes where it stopped.

use super::{file_path, CheckRecord, UpdateProblem, UpdateStatus, Validators, VerifiedUpdate, MANIFEST_PATH};
use crate::api::{Request, Response};
use crate::content::{sha256_hex, FileEntry};
use crate::trust::{may_replace, parse_hex, to_hex, verify};
use reqwest::header::{HeaderMap, ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED};
use reqwest::{StatusCode, Url};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

pub type LocalBoxFuture<T> = Pin<Box<dyn Future<Output = T>>>;

/// How the client reaches storage (in-process on the desktop, a worker on the web).
pub trait StoreLink {
    fn call(&self, request: Request) -> LocalBoxFuture<Response>;
}

/// Where updates come from and whom to believe.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UpdateConfig {
    /// The content origin: the directory holding `manifest.sig.json` and `files/`.
    pub origin: Url,
    /// Built-in trusted signing keys.
    pub trusted: Vec<[u8; 32]>,
}

impl UpdateConfig {
    /// Parses an origin URL (http or https; a trailing `/` is added) and hex keys.
    pub fn new(origin: &str, keys: &[String]) -> Result<UpdateConfig, String> {
        let mut text = origin.trim().to_string();
        if !text.ends_with('/') {
            text.push('/');
        }
        let origin = Url::parse(&text).map_err(|e| format!("content origin {origin:?}: {e}"))?;
        if !matches!(origin.scheme(), "http" | "https") {
            return Err(format!("content origin {origin}: only http and https are supported"));
        }
        let trusted = keys
            .iter()
            .map(|k| parse_hex::<32>(k.trim()).ok_or_else(|| format!("trusted key {k:?} is not 64 hex digits")))
            .collect::<Result<_, _>>()?;
        Ok(UpdateConfig { origin, trusted })
    }
}

/// Limits a check obeys.
#[derive(Clone, Debug)]
pub struct Limits {
    /// The signed manifest may not be larger than this.
    pub manifest_bytes: u64,
    /// A server that sends nothing for this long has stalled.
    pub stall: Duration,
    /// Downloads larger than this in total count as large (progress; Wi-Fi-only setting).
    pub large_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { manifest_bytes: 512 * 1024, stall: Duration::from_secs(20), large_bytes: 1024 * 1024 }
    }
}

/// What a check did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The server could not be reached; nothing recorded, try again later.
    Offline,
    /// The installed content is the newest.
    Unchanged,
    /// Newer content is installed.
    Applied { version: u64, files: usize, bytes: u64 },
    /// A large download waits for Wi-Fi (setting).
    WaitingForWifi { bytes: u64 },
    /// Something went wrong; recorded, installed content unchanged.
    Failed(UpdateProblem),
}

/// How the network looks, and what the reader allows on it.
#[derive(Clone, Copy, Debug, Default)]
pub struct Network {
    /// The platform knows the connection is metered (mobile data).
    pub metered: bool,
    /// Setting: large downloads only on Wi-Fi.
    pub wifi_only: bool,
}

/// Checks for and applies updates. Keep one per app run: it remembers files already verified.
pub struct Updater {
    client: reqwest::Client,
    limits: Limits,
    verified: RefCell<BTreeMap<String, String>>,
}

enum Fail {
    Offline,
    Problem(UpdateProblem),
}

impl From<UpdateProblem> for Fail {
    fn from(p: UpdateProblem) -> Fail {
        Fail::Problem(p)
    }
}

struct Fetched {
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Updater {
    pub fn new(limits: Limits) -> Updater {
        let builder = reqwest::Client::builder();
        #[cfg(not(target_arch = "wasm32"))]
        let builder = builder
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(limits.stall)
            .read_timeout(limits.stall)
            .no_proxy();
        let client = builder.build().expect("a client with these settings always builds");
        Updater { client, limits, verified: RefCell::new(BTreeMap::new()) }
    }

    /// One check: manifest, verification, missing files, apply. `progress(done, total)` is
    /// called while files arrive. Every outcome but [`Outcome::Offline`] and
    /// [`Outcome::WaitingForWifi`] is recorded in storage.
    pub async fn check(
        &self,
        config: &UpdateConfig,
        store: &dyn StoreLink,
        now: jiff::Timestamp,
        network: Network,
        progress: &dyn Fn(u64, u64),
    ) -> Outcome {
        let at = now.to_string();
        let status = match store.call(Request::UpdateStatus).await {
            Response::UpdateStatus { update } => update,
            other => return Outcome::Failed(UpdateProblem::Storage { detail: other.unexpected() }),
        };
        let result = self.run(config, store, &status, now, network, progress).await;
        // Successes record themselves (with the manifest's validators); failures here. If even
        // this fails (device full), the problem is still reported to the caller.
        if let Err(Fail::Problem(problem)) = &result {
            let record = CheckRecord::Failed { at, problem: problem.clone() };
            let _ = store.call(Request::RecordCheck { record }).await;
        }
        match result {
            Ok(outcome) => outcome,
            Err(Fail::Offline) => Outcome::Offline,
            Err(Fail::Problem(p)) => Outcome::Failed(p),
        }
    }

    async fn run(
        &self,
        config: &UpdateConfig,
        store: &dyn StoreLink,
        status: &UpdateStatus,
        now: jiff::Timestamp,
        network: Network,
        progress: &dyn Fn(u64, u64),
    ) -> Result<Outcome, Fail> {
        if config.trusted.is_empty() && status.learned_keys.is_empty() {
            return Err(UpdateProblem::NotConfigured.into());
        }
        let at = now.to_string();
        let manifest_url = config.origin.join(MANIFEST_PATH).expect("a fixed relative path joins");
        let mut headers = HeaderMap::new();
        if let Some(etag) = status.validators.etag.as_deref().and_then(|v| v.parse().ok()) {
            headers.insert(IF_NONE_MATCH, etag);
        }
        if let Some(date) = status.validators.last_modified.as_deref().and_then(|v| v.parse().ok()) {
            headers.insert(IF_MODIFIED_SINCE, date);
        }
        let fetched = self.get(config, &manifest_url, headers, self.limits.manifest_bytes, MANIFEST_PATH).await?;
        let unchanged = |validators: Validators| async move {
            let record = CheckRecord::Unchanged { at: now.to_string(), validators };
            match store.call(Request::RecordCheck { record }).await {
                Response::UpdateStatus { .. } => Ok(Outcome::Unchanged),
                other => Err(Fail::Problem(UpdateProblem::Storage { detail: other.unexpected() })),
            }
        };
        if fetched.status == StatusCode::NOT_MODIFIED {
            return unchanged(status.validators.clone()).await;
        }
        let validators = Validators {
            etag: header_text(&fetched.headers, ETAG),
            last_modified: header_text(&fetched.headers, LAST_MODIFIED),
        };
        let text = String::from_utf8(fetched.body).map_err(|_| refused_malformed("the manifest is not text"))?;
        let mut keys = config.trusted.clone();
        keys.extend(status.learned_keys.iter().filter_map(|k| parse_hex::<32>(k)));
        let verified = verify(&text, &keys, now).map_err(|error| UpdateProblem::Refused { error })?;
        let signed = &verified.signed;
        // The file list's parts this phone does not have (none, when nothing changed).
        let missing_parts = match store.call(Request::MissingFiles { files: signed.parts.clone() }).await {
            Response::MissingFiles { files } => files,
            other => return Err(UpdateProblem::Storage { detail: other.unexpected() }.into()),
        };
        self.download(config, &missing_parts, &|_, _| {}).await?;
        let parts = self.cached(&missing_parts);
        let plan = Request::PlanUpdate { signed: Box::new(signed.clone()), parts: parts.clone() };
        let (manifest, missing) = match store.call(plan).await {
            Response::UpdatePlan { manifest, missing } => (manifest, missing),
            Response::UpdateFailed { problem } => return Err(problem.into()),
            other => return Err(UpdateProblem::Storage { detail: other.unexpected() }.into()),
        };
        let replace = may_replace(status.installed().as_ref(), &manifest, now)
            .map_err(|error| UpdateProblem::Refused { error })?;
        if !replace && verified.new_keys.is_empty() {
            return unchanged(validators).await;
        }
        let pending: u64 =
            missing.iter().filter(|e| !self.verified.borrow().contains_key(&e.sha256)).map(|e| e.size).sum();
        if pending > self.limits.large_bytes && network.metered && network.wifi_only {
            return Ok(Outcome::WaitingForWifi { bytes: pending });
        }
        self.download(config, &missing, progress).await?;
        let files = self.cached(&missing);
        let count = files.len();
        let update = VerifiedUpdate {
            signed: signed.clone(),
            parts,
            new_keys: verified.new_keys.iter().map(|k| to_hex(k)).collect(),
            files,
            validators,
            at,
        };
        match store.call(Request::ApplyUpdate { update: Box::new(update) }).await {
            Response::UpdateStatus { .. } => {
                self.verified.borrow_mut().clear();
                if replace {
                    Ok(Outcome::Applied { version: manifest.content_version, files: count, bytes: pending })
                } else {
                    Ok(Outcome::Unchanged)
                }
            }
            Response::UpdateFailed { problem } => Err(problem.into()),
            other => Err(UpdateProblem::Storage { detail: other.unexpected() }.into()),
        }
    }

    /// Downloads the entries not verified yet, each checked against its signed hash and size,
    /// into the cache of verified files (kept across attempts).
    async fn download(
        &self,
        config: &UpdateConfig,
        entries: &[FileEntry],
        progress: &dyn Fn(u64, u64),
    ) -> Result<(), Fail> {
        let to_fetch: Vec<&FileEntry> =
            entries.iter().filter(|e| !self.verified.borrow().contains_key(&e.sha256)).collect();
        let total: u64 = to_fetch.iter().map(|e| e.size).sum();
        let mut done = 0;
        for entry in to_fetch {
            let url = config.origin.join(&file_path(&entry.sha256)).expect("a hex name joins");
            let fetched = self.get(config, &url, HeaderMap::new(), entry.size, &entry.path).await?;
            if (fetched.body.len() as u64) < entry.size {
                return Err(UpdateProblem::Truncated { path: entry.path.clone() }.into());
            }
            if sha256_hex(&fetched.body) != entry.sha256 {
                return Err(UpdateProblem::FileDamaged { path: entry.path.clone() }.into());
            }
            let text =
                String::from_utf8(fetched.body).map_err(|_| UpdateProblem::FileDamaged { path: entry.path.clone() })?;
            self.verified.borrow_mut().insert(entry.sha256.clone(), text);
            done += entry.size;
            progress(done, total);
        }
        Ok(())
    }

    /// The verified texts of `entries`, by hash.
    fn cached(&self, entries: &[FileEntry]) -> BTreeMap<String, String> {
        let cache = self.verified.borrow();
        entries.iter().filter_map(|e| cache.get(&e.sha256).map(|t| (e.sha256.clone(), t.clone()))).collect()
    }

    /// GET with the body cut off after `limit` bytes (more is an error, not a longer read).
    async fn get(
        &self,
        config: &UpdateConfig,
        url: &Url,
        headers: HeaderMap,
        limit: u64,
        what: &str,
    ) -> Result<Fetched, Fail> {
        let request = self.client.get(url.clone()).headers(headers);
        // The browser has no read timeout: bound the whole request, generously for its size.
        #[cfg(target_arch = "wasm32")]
        let request = request.timeout(self.limits.stall + Duration::from_millis(limit / 20)).fetch_cache_no_store();
        let response = request.send().await.map_err(|e| network_failure(&e))?;
        let status = response.status();
        if status.is_redirection() && status != StatusCode::NOT_MODIFIED {
            let to = header_text(response.headers(), reqwest::header::LOCATION).unwrap_or_default();
            return Err(UpdateProblem::Redirected { to }.into());
        }
        // The browser follows redirects itself; whatever it landed on must be the origin.
        if response.url().origin() != config.origin.origin() {
            return Err(UpdateProblem::Redirected { to: response.url().to_string() }.into());
        }
        if status == StatusCode::NOT_MODIFIED {
            return Ok(Fetched { status, headers: response.headers().clone(), body: Vec::new() });
        }
        if !status.is_success() {
            return Err(UpdateProblem::Server { status: status.as_u16() }.into());
        }
        if response.content_length().is_some_and(|n| n > limit) {
            return Err(UpdateProblem::FileTooLarge { path: what.to_string() }.into());
        }
        let headers = response.headers().clone();
        let mut body = Vec::new();
        let mut chunks = Chunks::new(response);
        while let Some(chunk) = chunks.next().await.map_err(|e| body_failure(&e, what))? {
            if body.len() as u64 + chunk.len() as u64 > limit {
                return Err(UpdateProblem::FileTooLarge { path: what.to_string() }.into());
            }
            body.extend_from_slice(&chunk);
        }
        Ok(Fetched { status, headers, body })
    }
}

fn refused_malformed(detail: &str) -> UpdateProblem {
    UpdateProblem::Refused { error: crate::trust::UpdateError::Malformed { detail: detail.to_string() } }
}

fn header_text(headers: &HeaderMap, name: reqwest::header::HeaderName) -> Option<String> {
    headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_string)
}

/// A request that did not get an answer: no network is silent, a stall is a timeout.
fn network_failure(e: &reqwest::Error) -> Fail {
    if e.is_timeout() {
        Fail::Problem(UpdateProblem::TimedOut)
    } else {
        Fail::Offline
    }
}

/// A body that broke off: stalled (timeout) or cut (truncated).
fn body_failure(e: &reqwest::Error, what: &str) -> Fail {
    if e.is_timeout() {
        Fail::Problem(UpdateProblem::TimedOut)
    } else {
        Fail::Problem(UpdateProblem::Truncated { path: what.to_string() })
    }
}

/// A response body read piece by piece.
#[cfg(not(target_arch = "wasm32"))]
struct Chunks(reqwest::Response);

#[cfg(not(target_arch = "wasm32"))]
impl Chunks {
    fn new(response: reqwest::Response) -> Self {
        Chunks(response)
    }

    async fn next(&mut self) -> Result<Option<Vec<u8>>, reqwest::Error> {
        Ok(self.0.chunk().await?.map(|b| b.to_vec()))
    }
}

#[cfg(target_arch = "wasm32")]
struct Chunks(Pin<Box<dyn futures_util::Stream<Item = reqwest::Result<Vec<u8>>>>>);

#[cfg(target_arch = "wasm32")]
impl Chunks {
    fn new(response: reqwest::Response) -> Self {
        use futures_util::StreamExt;
        Chunks(Box::pin(response.bytes_stream().map(|r| r.map(|b| b.to_vec()))))
    }

    async fn next(&mut self) -> Result<Option<Vec<u8>>, reqwest::Error> {
        use futures_util::StreamExt;
        self.0.next().await.transpose()
    }
}
