//! The protocol between the UI and the storage service.
//!
//! On the desktop the UI calls the service in-process; on the web the same messages travel as
//! JSON to a dedicated Web Worker that owns the SQLite database (OPFS needs a worker). Keeping
//! one protocol means one code path and one set of tests for both.

use crate::calendar::{Appointment, CalendarError};
use crate::content::{Contact, FileEntry, Manifest, Notice, Page, TopicMeta};
use crate::notes::{Note, NoteError};
use crate::settings::{SettingChange, Settings};
use crate::trust::SignedManifest;
use crate::update::{CheckRecord, UpdateProblem, UpdateStatus, VerifiedUpdate};
use crate::vault::{Bytes, DocumentSummary, NewDocument, PageInfo, VaultRefusal, VaultState};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Request {
    /// First call after start: opens (or reports why it cannot open) the database.
    Boot,
    /// Stores one preference change; answered with the complete settings after the change.
    ChangeSetting {
        change: SettingChange,
    },
    /// After a [`StoreError::Unreadable`]: keep the unreadable file under a new name and start
    /// with a fresh, empty database.
    KeepCopyAndStartFresh,
    /// One topic page in `lang`, or in the nearest language of its fallback chain.
    Topic {
        slug: String,
        lang: String,
    },
    /// Every topic's title and summary in `lang` (or fallback), in order.
    Topics {
        lang: String,
    },
    /// All contacts (every language; the UI picks).
    Contacts,
    /// All notices of the installed content (the UI shows those active today).
    Notices,
    /// One contact.
    Contact {
        id: String,
    },
    /// Full-text search over pages and contacts in all languages; `lang` is the reader's.
    Search {
        query: String,
        lang: String,
    },
    /// What the updater remembers, and which content is installed.
    UpdateStatus,
    /// Which of these files are not installed (an update downloads only those).
    MissingFiles {
        files: Vec<FileEntry>,
    },
    /// Assembles an offered pack's manifest from its parts (`parts`: downloaded ones by hash,
    /// the others installed) and says which files are missing.
    PlanUpdate {
        signed: Box<SignedManifest>,
        parts: BTreeMap<String, String>,
    },
    /// Applies a verified update in one transaction; answered with the new status.
    ApplyUpdate {
        update: Box<VerifiedUpdate>,
    },
    /// Remembers a check that applied nothing; answered with the new status.
    RecordCheck {
        record: CheckRecord,
    },
    /// Where the vault stands (answered with [`Response::Vault`]).
    VaultState,
    /// First use: set the PIN or passphrase; the vault is then unlocked.
    VaultSetUp {
        secret: String,
    },
    /// `at`: now (RFC 3339), for the delay after wrong attempts.
    VaultUnlock {
        secret: String,
        at: String,
    },
    /// Forget the unlocked key.
    VaultLock,
    VaultChangeSecret {
        old: String,
        new: String,
    },
    VaultEraseAfter10 {
        on: bool,
    },
    /// Adds a document whole or not at all (needs the vault unlocked).
    VaultAdd {
        document: NewDocument,
        at: String,
    },
    VaultDocuments,
    VaultPage {
        id: i64,
        page: u32,
    },
    VaultDelete {
        id: i64,
    },
    /// Turns a page a quarter turn clockwise (kept in the document's metadata).
    VaultRotate {
        id: i64,
        page: u32,
    },
    /// The whole vault as one file under `passphrase` ([`crate::vault::backup`]).
    VaultBackup {
        passphrase: String,
        /// Now (RFC 3339), written into the file.
        at: String,
    },
    /// Adds a backup's documents (skipping ones already here), all or nothing.
    VaultRestore {
        file: Bytes,
        passphrase: String,
    },
    /// Appointments that may occur in `[from, to)` (instants), or all ([`Response::Appointments`]).
    Appointments {
        window: Option<(jiff::Timestamp, jiff::Timestamp)>,
    },
    /// Adds or replaces (same UID) one appointment ([`Response::CalendarChanged`]).
    SaveAppointment {
        appointment: Appointment,
    },
    /// Removes the appointment `uid` and stores `with` in its place, in one step: deleting
    /// (`with` empty) or splitting a series at "this and all following".
    ReplaceAppointment {
        uid: String,
        with: Vec<Appointment>,
    },
    /// Adds all of an iCalendar import or nothing; same UIDs replace.
    ImportAppointments {
        appointments: Vec<Appointment>,
    },
    /// The city's events of the installed content ([`Response::CityEvents`]).
    CityEvents,
    /// Every note ([`Response::Notes`]).
    Notes,
    /// Stores a new note (`id` none) or changes one ([`Response::NoteSaved`]).
    SaveNote {
        note: Note,
        at: jiff::Timestamp,
    },
    DeleteNote {
        id: i64,
    },
}

/// One search result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchHit {
    /// `topic` or `contact`.
    pub kind: String,
    /// Topic slug or contact id.
    pub key: String,
    /// The language the match was found in.
    pub lang: String,
    pub title: String,
    pub score: f32,
    /// 0: the reader's language, 1: its fallback chain, 2: German or English, 3: other.
    pub language_rank: u8,
}

/// Which content the app has installed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContentInfo {
    pub version: u64,
    /// "Content as of" this date (`YYYY-MM-DD`).
    pub date: String,
}

/// A topic page ready to show.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TopicView {
    pub meta: TopicMeta,
    /// In the requested language if it exists, else the first of its fallback chain that does;
    /// `page.lang` tells which.
    pub page: Page,
    pub contacts: Vec<Contact>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Response {
    /// The database is open. `kept_copy` names the file an unreadable database was saved as,
    /// when this start followed a recovery.
    Ready {
        settings: Settings,
        kept_copy: Option<String>,
        content: Option<ContentInfo>,
    },
    Settings {
        settings: Settings,
    },
    Topic {
        topic: TopicView,
    },
    /// Pages (without `html`) in order.
    Topics {
        pages: Vec<Page>,
    },
    Contacts {
        contacts: Vec<Contact>,
    },
    Notices {
        notices: Vec<Notice>,
    },
    Contact {
        contact: Contact,
    },
    Search {
        hits: Vec<SearchHit>,
    },
    UpdateStatus {
        update: UpdateStatus,
    },
    MissingFiles {
        files: Vec<FileEntry>,
    },
    UpdatePlan {
        manifest: Manifest,
        missing: Vec<FileEntry>,
    },
    /// An update was not applied; installed content is unchanged.
    UpdateFailed {
        problem: UpdateProblem,
    },
    Vault {
        vault: VaultState,
    },
    VaultDocuments {
        documents: Vec<DocumentSummary>,
    },
    VaultPage {
        info: PageInfo,
        data: Bytes,
    },
    VaultBackup {
        file: Bytes,
    },
    VaultRestored {
        restored: u32,
        /// Documents the vault already had.
        skipped: u32,
        vault: VaultState,
    },
    /// The vault did not do it, for a reason the reader can act on.
    VaultRefused {
        refusal: VaultRefusal,
    },
    Appointments {
        appointments: Vec<Appointment>,
    },
    /// The calendar was changed: appointments newly added and replaced.
    CalendarChanged {
        added: u32,
        replaced: u32,
    },
    /// An appointment was refused (nothing was stored).
    AppointmentInvalid {
        error: CalendarError,
    },
    Notes {
        notes: Vec<Note>,
    },
    CityEvents {
        events: Vec<crate::calendar::city::CityEvent>,
    },
    NoteSaved {
        id: i64,
    },
    /// A note was refused (nothing was stored).
    NoteInvalid {
        error: NoteError,
    },
    /// Done; nothing to report.
    Done,
    /// The requested topic or contact does not exist.
    NotFound,
    Failed {
        error: StoreError,
    },
}

/// Why the storage could not do what was asked. Each has a message the UI can explain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StoreError {
    /// The database file exists but cannot be read as a database (damaged, truncated, not a
    /// database). Nothing is deleted; the user may keep a copy and start fresh.
    Unreadable { detail: String },
    /// The database was written by a newer version of the app; this version must not touch it.
    TooNew { found: i64, supported: i64 },
    /// The app is open in another tab or window, which holds the database.
    InUseElsewhere,
    /// A request that is not valid (e.g. an unknown language code).
    Invalid { detail: String },
    /// Any other storage failure (disk full, permission denied, browser storage unavailable).
    Storage { detail: String },
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Unreadable { detail } => write!(f, "the saved data cannot be read: {detail}"),
            StoreError::TooNew { found, supported } => {
                write!(f, "the saved data is from a newer app version (schema {found}, this app knows {supported})")
            }
            StoreError::InUseElsewhere => write!(f, "the app is open in another tab or window"),
            StoreError::Invalid { detail } => write!(f, "invalid request: {detail}"),
            StoreError::Storage { detail } => write!(f, "storage error: {detail}"),
        }
    }
}

impl Response {
    pub fn failed(error: StoreError) -> Response {
        Response::Failed { error }
    }

    /// The kind of answer, for messages about an answer a view did not expect (without
    /// `Debug`, whose code for every type in the protocol would weigh on the web build).
    pub fn name(&self) -> &'static str {
        match self {
            Response::Ready { .. } => "Ready",
            Response::Settings { .. } => "Settings",
            Response::Topic { .. } => "Topic",
            Response::Topics { .. } => "Topics",
            Response::Contacts { .. } => "Contacts",
            Response::Notices { .. } => "Notices",
            Response::Contact { .. } => "Contact",
            Response::Search { .. } => "Search",
            Response::UpdateStatus { .. } => "UpdateStatus",
            Response::MissingFiles { .. } => "MissingFiles",
            Response::UpdatePlan { .. } => "UpdatePlan",
            Response::UpdateFailed { .. } => "UpdateFailed",
            Response::Vault { .. } => "Vault",
            Response::VaultDocuments { .. } => "VaultDocuments",
            Response::VaultPage { .. } => "VaultPage",
            Response::VaultBackup { .. } => "VaultBackup",
            Response::VaultRestored { .. } => "VaultRestored",
            Response::VaultRefused { .. } => "VaultRefused",
            Response::Appointments { .. } => "Appointments",
            Response::CalendarChanged { .. } => "CalendarChanged",
            Response::AppointmentInvalid { .. } => "AppointmentInvalid",
            Response::Notes { .. } => "Notes",
            Response::CityEvents { .. } => "CityEvents",
            Response::NoteSaved { .. } => "NoteSaved",
            Response::NoteInvalid { .. } => "NoteInvalid",
            Response::Done => "Done",
            Response::NotFound => "NotFound",
            Response::Failed { .. } => "Failed",
        }
    }

    /// "unexpected answer: Vault", or the storage error's text.
    pub fn unexpected(&self) -> String {
        match self {
            Response::Failed { error } => error.to_string(),
            other => format!("unexpected answer: {}", other.name()),
        }
    }

    /// Decodes a response coming back over a message channel. A malformed answer becomes a
    /// storage error instead of a panic.
    pub fn from_json(json: &str) -> Response {
        serde_json::from_str(json).unwrap_or_else(|e| {
            Response::failed(StoreError::Storage { detail: format!("malformed answer from storage: {e}") })
        })
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("responses always serialise")
    }

    /// JSON with every byte field set aside as a buffer (see [`crate::vault::Bytes`]).
    pub fn to_wire(&self) -> (String, Vec<Vec<u8>>) {
        crate::vault::wire::detached(|| self.to_json())
    }

    /// The inverse of [`Response::to_wire`]; malformed answers become storage errors.
    pub fn from_wire(json: &str, buffers: Vec<Vec<u8>>) -> Response {
        crate::vault::wire::attached(buffers, || Response::from_json(json))
    }
}

impl Request {
    /// Decodes a request from the UI; a malformed one is described, not panicked on.
    pub fn from_json(json: &str) -> Result<Request, String> {
        serde_json::from_str(json).map_err(|e| format!("malformed request: {e}"))
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("requests always serialise")
    }

    /// JSON with every byte field set aside as a buffer, for a message channel that carries
    /// binary data beside text (the browser's `postMessage` with transferred buffers).
    pub fn to_wire(&self) -> (String, Vec<Vec<u8>>) {
        crate::vault::wire::detached(|| self.to_json())
    }

    /// The inverse of [`Request::to_wire`].
    pub fn from_wire(json: &str, buffers: Vec<Vec<u8>>) -> Result<Request, String> {
        crate::vault::wire::attached(buffers, || Request::from_json(json))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::TextSize;

    #[test]
    fn requests_and_responses_round_trip_as_json() {
        let reqs = [
            Request::Boot,
            Request::ChangeSetting { change: SettingChange::TextSize(TextSize::Large) },
            Request::KeepCopyAndStartFresh,
        ];
        for r in reqs {
            let back: Request = serde_json::from_str(&r.to_json()).unwrap();
            assert_eq!(back, r);
        }
        let resp = Response::failed(StoreError::TooNew { found: 9, supported: 1 });
        assert_eq!(Response::from_json(&resp.to_json()), resp);
    }

    #[test]
    fn garbage_from_the_channel_is_an_error_not_a_panic() {
        match Response::from_json("{not json") {
            Response::Failed { error: StoreError::Storage { detail } } => assert!(detail.contains("malformed")),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn byte_fields_travel_beside_the_json_on_the_wire() {
        use crate::vault::{Category, NewPage};
        let photo = vec![0xAB; 3000];
        let document = NewDocument {
            title: "Pass".into(),
            category: Category::Passport,
            issued: None,
            expires: None,
            note: String::new(),
            pages: vec![
                NewPage { mime: "image/png".into(), data: Bytes(photo.clone()), thumbnail: Some(Bytes(vec![1, 2])) },
                NewPage { mime: "application/pdf".into(), data: Bytes(vec![7; 10]), thumbnail: None },
            ],
        };
        let request = Request::VaultAdd { document, at: "2026-11-24T10:00:00Z".into() };
        let (json, buffers) = request.to_wire();
        assert_eq!(buffers, vec![photo, vec![1, 2], vec![7; 10]]);
        assert!(json.len() < 400, "no bytes inside the JSON: {json}");
        assert_eq!(Request::from_wire(&json, buffers.clone()), Ok(request.clone()));
        // A buffer missing, or the JSON read without its buffers: an error, not a panic.
        assert!(Request::from_wire(&json, buffers[..2].to_vec()).is_err());
        assert!(Request::from_json(&json).is_err());
        // Outside the wire, bytes are base64 again (nothing stays switched on).
        assert!(request.to_json().contains("q6ur"));
        assert_eq!(Request::from_json(&request.to_json()), Ok(request));

        let page =
            Response::VaultPage { info: PageInfo { mime: "image/jpeg".into(), rotation: 1 }, data: Bytes(vec![9; 50]) };
        let (json, buffers) = page.to_wire();
        assert_eq!(buffers.len(), 1);
        assert_eq!(Response::from_wire(&json, buffers), page);
    }
}
