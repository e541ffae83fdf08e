//! Content updates: what the app and its storage tell each other about them, and why one
//! failed, in words the settings screen can show.
//!
//! The flow (see [`client`], feature `fetch`): ask storage for the [`UpdateStatus`], fetch the
//! signed manifest from the one configured content origin (conditionally), verify it
//! ([`crate::trust`]), ask storage which files it lacks, download only those (each checked
//! against its hash and size while it streams), and hand everything to storage, which applies
//! it in one transaction ([`crate::store::update`]). Any failure leaves the installed content as
//! it was and is recorded as an [`UpdateProblem`].

#[cfg(feature = "fetch")]
pub mod client;
/// A controllable HTTP server for the update tests and the bytes benchmark.
#[cfg(any(test, feature = "test-server"))]
pub mod test_server;
#[cfg(all(test, feature = "fetch", feature = "sqlite"))]
mod tests_http;

use crate::api::ContentInfo;
use crate::content::{sha256_hex, FileEntry, Manifest};
use crate::trust::{Installed, SignedManifest, UpdateError};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where the signed manifest lives below the content origin.
pub const MANIFEST_PATH: &str = "manifest.sig.json";
/// Where a content file lives below the content origin: `files/<sha256>`.
pub fn file_path(sha256: &str) -> String {
    format!("files/{sha256}")
}

/// The part of the file list a pack file belongs to: its language for a topic page
/// (`topics/<slug>/<lang>.json`), `shared` for everything else.
pub fn part_name(path: &str) -> String {
    let parts: Vec<&str> = path.split('/').collect();
    match parts.as_slice() {
        ["topics", _, file] if *file != "topic.json" => file.trim_end_matches(".json").to_string(),
        _ => "shared".to_string(),
    }
}

/// Splits a pack's file list into parts: `(entry naming the part, its text)`, in name order.
/// A part's text is the JSON list of its files' entries, sorted by path.
pub fn split(files: &[FileEntry]) -> Vec<(FileEntry, String)> {
    let mut groups: BTreeMap<String, Vec<FileEntry>> = BTreeMap::new();
    for f in files {
        groups.entry(part_name(&f.path)).or_default().push(f.clone());
    }
    groups
        .into_iter()
        .map(|(name, mut entries)| {
            entries.sort_by(|a, b| a.path.cmp(&b.path));
            let text = serde_json::to_string(&entries).expect("entries serialise");
            let entry = FileEntry {
                path: format!("parts/{name}.json"),
                sha256: sha256_hex(text.as_bytes()),
                size: text.len() as u64,
            };
            (entry, text)
        })
        .collect()
}

/// What the editor signs for a pack with `manifest`, valid until `expires`, and the parts of its
/// file list to publish beside its files.
pub fn to_sign(manifest: &Manifest, expires: &str) -> (SignedManifest, Vec<(FileEntry, String)>) {
    let parts = split(&manifest.files);
    let signed = SignedManifest {
        format: manifest.format,
        content_version: manifest.content_version,
        content_date: manifest.content_date.clone(),
        created: manifest.created.clone(),
        parts: parts.iter().map(|(e, _)| e.clone()).collect(),
        expires: expires.to_string(),
    };
    (signed, parts)
}

/// Rebuilds the pack's manifest from the signed manifest and its parts' texts (by hash). Every
/// part must be there and match its signed hash and size; a file may appear in one part only.
pub fn assemble(signed: &SignedManifest, parts: &BTreeMap<String, String>) -> Result<Manifest, UpdateProblem> {
    let mut files: Vec<FileEntry> = Vec::new();
    for part in &signed.parts {
        let text = parts.get(&part.sha256).ok_or_else(|| UpdateProblem::Truncated { path: part.path.clone() })?;
        if text.len() as u64 != part.size || sha256_hex(text.as_bytes()) != part.sha256 {
            return Err(UpdateProblem::FileDamaged { path: part.path.clone() });
        }
        let entries: Vec<FileEntry> =
            serde_json::from_str(text).map_err(|_| UpdateProblem::FileDamaged { path: part.path.clone() })?;
        files.extend(entries);
    }
    let mut paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
    paths.sort_unstable();
    if paths.windows(2).any(|w| w[0] == w[1]) {
        return Err(UpdateProblem::Refused {
            error: UpdateError::Malformed { detail: "a file is listed twice".into() },
        });
    }
    Ok(signed.manifest(files))
}

/// HTTP validators of the last manifest the app processed fully, for a conditional request.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// A verified manifest and the parts and files the app did not have, ready to apply.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VerifiedUpdate {
    pub signed: SignedManifest,
    /// Downloaded parts of the file list by SHA-256 (the others are installed).
    pub parts: BTreeMap<String, String>,
    /// Keys the manifest's rotation statements introduced (hex); trusted from now on.
    pub new_keys: Vec<String>,
    /// Downloaded file texts by SHA-256 (already checked by the client; storage checks again).
    pub files: BTreeMap<String, String>,
    pub validators: Validators,
    /// When the check happened (RFC 3339).
    pub at: String,
}

/// The outcome of a check that did not apply anything, for storage to remember.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
pub enum CheckRecord {
    /// The server had nothing newer (304, or the installed version).
    Unchanged {
        at: String,
        validators: Validators,
    },
    Failed {
        at: String,
        problem: UpdateProblem,
    },
}

/// What storage knows about updates: shown in settings, used by the next check.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdateStatus {
    pub content: Option<ContentInfo>,
    /// [`crate::trust::files_digest`] and `created` of the installed manifest.
    pub digest: Option<String>,
    pub created: Option<String>,
    /// Until when the installed signed manifest is valid; `None` for built-in content.
    pub expires: Option<String>,
    pub validators: Validators,
    /// Keys learned from rotation statements (hex).
    pub learned_keys: Vec<String>,
    /// Last time the server answered (RFC 3339).
    pub last_check: Option<String>,
    /// Last time a check ended with the newest content installed.
    pub last_success: Option<String>,
    /// The last check's problem, cleared by the next success.
    pub last_error: Option<UpdateProblem>,
}

impl UpdateStatus {
    /// What the rollback rule needs to know about the installed content.
    pub fn installed(&self) -> Option<Installed> {
        let (content, digest) = (self.content.as_ref()?, self.digest.clone()?);
        Some(Installed {
            version: content.version,
            digest,
            created: self.created.as_deref().and_then(|c| c.parse().ok()),
            expires: self.expires.as_deref().and_then(|e| e.parse().ok()),
        })
    }

    /// Whether the installed content's signature has lapsed: it is kept and shown, but may be
    /// outdated.
    pub fn outdated(&self, now: jiff::Timestamp) -> bool {
        self.expires.as_deref().and_then(|e| e.parse::<jiff::Timestamp>().ok()).is_some_and(|e| e <= now)
    }
}

/// Why a check did not bring new content. Installed content is unchanged in every case.
/// "No network" is not a problem: the app stays silent and tries again later.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UpdateProblem {
    /// No content origin or no trusted key is configured in this build.
    NotConfigured,
    /// The server answered with an error status.
    Server { status: u16 },
    /// The server redirected elsewhere; the app only talks to its content origin.
    Redirected { to: String },
    /// The server stopped sending.
    TimedOut,
    /// The manifest was refused: not a manifest, unknown key, bad signature, expired,
    /// rollback, changed content under the same version, unsupported format.
    Refused { error: UpdateError },
    /// A file did not match its hash, or could not be read as content.
    FileDamaged { path: String },
    /// A file (or the manifest) was larger than declared or allowed.
    FileTooLarge { path: String },
    /// A file ended early or the connection broke off.
    Truncated { path: String },
    /// Storing the update failed (e.g. the device is full).
    Storage { detail: String },
}

impl std::fmt::Display for UpdateProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            UpdateProblem::NotConfigured => write!(f, "no content origin or signing key is configured"),
            UpdateProblem::Server { status } => write!(f, "the server answered with an error ({status})"),
            UpdateProblem::Redirected { to } => write!(f, "the server sent the app elsewhere ({to}); refused"),
            UpdateProblem::TimedOut => write!(f, "the server stopped answering"),
            UpdateProblem::Refused { error } => write!(f, "{error}"),
            UpdateProblem::FileDamaged { path } => write!(f, "{path} arrived damaged"),
            UpdateProblem::FileTooLarge { path } => write!(f, "{path} is larger than announced"),
            UpdateProblem::Truncated { path } => write!(f, "{path} arrived incomplete"),
            UpdateProblem::Storage { detail } => write!(f, "the update could not be stored: {detail}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_round_trip_as_json() {
        let problems = [
            UpdateProblem::Server { status: 503 },
            UpdateProblem::Refused { error: UpdateError::Rollback { installed: 3, offered: 2 } },
            UpdateProblem::TimedOut,
        ];
        for p in problems {
            let back: UpdateProblem = serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
            assert_eq!(back, p);
        }
    }

    fn entry(path: &str) -> FileEntry {
        FileEntry { path: path.into(), sha256: sha256_hex(path.as_bytes()), size: path.len() as u64 }
    }

    #[test]
    fn the_file_list_splits_by_language_and_assembles_back() {
        let files = vec![
            entry("contacts/meb-buero.json"),
            entry("topics/meb-buero/de.json"),
            entry("topics/meb-buero/topic.json"),
            entry("topics/notfall/de.json"),
            entry("topics/notfall/ti.json"),
        ];
        let parts = split(&files);
        let names: Vec<&str> = parts.iter().map(|(e, _)| e.path.as_str()).collect();
        assert_eq!(names, ["parts/de.json", "parts/shared.json", "parts/ti.json"]);
        let signed = SignedManifest {
            format: 1,
            content_version: 2,
            content_date: "2026-11-24".into(),
            created: "2026-11-24T08:00:00Z".into(),
            parts: parts.iter().map(|(e, _)| e.clone()).collect(),
            expires: "2026-12-24T08:00:00Z".into(),
        };
        let texts: BTreeMap<String, String> = parts.iter().map(|(e, t)| (e.sha256.clone(), t.clone())).collect();
        let mut back = assemble(&signed, &texts).unwrap().files;
        back.sort_by(|a, b| a.path.cmp(&b.path));
        assert_eq!(back, files);
        // A missing part, a changed part, a file listed twice.
        let mut missing = texts.clone();
        missing.remove(&parts[0].0.sha256);
        assert!(matches!(assemble(&signed, &missing), Err(UpdateProblem::Truncated { .. })));
        let mut changed = texts.clone();
        changed.insert(parts[0].0.sha256.clone(), parts[1].1.clone());
        assert!(matches!(assemble(&signed, &changed), Err(UpdateProblem::FileDamaged { .. })));
        let mut twice = signed.clone();
        twice.parts.push(parts[0].0.clone());
        assert!(matches!(assemble(&twice, &texts), Err(UpdateProblem::Refused { .. })));
    }

    #[test]
    fn lapsed_signatures_mark_content_as_possibly_outdated() {
        let status = UpdateStatus { expires: Some("2026-12-01T00:00:00Z".into()), ..Default::default() };
        assert!(!status.outdated("2026-11-30T23:59:59Z".parse().unwrap()));
        assert!(status.outdated("2026-12-01T00:00:00Z".parse().unwrap()));
        assert!(!UpdateStatus::default().outdated("2030-01-01T00:00:00Z".parse().unwrap()));
    }
}
