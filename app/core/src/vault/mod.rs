//! The document vault: the newcomer's papers, encrypted on the device.
//!
//! [`crypto`] holds the keys and ciphers; this module the vault's vocabulary (categories,
//! document metadata, what the UI sends and gets back, why something was refused) and the rule
//! for the growing delay after wrong PINs. Storage is `store/vault.rs`: it keeps only
//! ciphertext, and the unlocked data key only in memory.

pub mod backup;
pub mod crypto;
pub mod metadata;

use serde::{Deserialize, Serialize};

/// The largest file the vault takes (a page: photo or PDF). Larger files are refused with a
/// message that names the limit.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
/// The most pages one document may have.
pub const MAX_PAGES: usize = 30;
/// Wrong attempts before "erase after 10 wrong attempts" (when switched on) erases the vault.
pub const ERASE_AFTER: u32 = 10;

/// The folder's categories, in the order the paper Willkommensmappe files them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Passport,
    ResidencePermit,
    Certificates,
    School,
    Work,
    Housing,
    Health,
    Jobcenter,
    Other,
}

impl Category {
    pub const ALL: [Category; 9] = [
        Category::Passport,
        Category::ResidencePermit,
        Category::Certificates,
        Category::School,
        Category::Work,
        Category::Housing,
        Category::Health,
        Category::Jobcenter,
        Category::Other,
    ];

    /// The Fluent id of its name (German: Pass/Ausweis, Aufenthaltstitel, Zertifikate und
    /// Zeugnisse, Schule, Arbeit, Wohnung, Gesundheit, Jobcenter/Leistungen, Sonstiges).
    pub fn message_id(self) -> &'static str {
        match self {
            Category::Passport => "vault-category-passport",
            Category::ResidencePermit => "vault-category-residence-permit",
            Category::Certificates => "vault-category-certificates",
            Category::School => "vault-category-school",
            Category::Work => "vault-category-work",
            Category::Housing => "vault-category-housing",
            Category::Health => "vault-category-health",
            Category::Jobcenter => "vault-category-jobcenter",
            Category::Other => "vault-category-other",
        }
    }
}

/// One page of a document as stored: what kind of file it is, and its rotation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageInfo {
    /// `image/jpeg`, `image/png`, `image/webp` or `application/pdf`.
    pub mime: String,
    /// Quarter turns clockwise to show it upright (0–3).
    #[serde(default)]
    pub rotation: u8,
}

/// What the reader says about a document. Stored encrypted, whole.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentMeta {
    pub title: String,
    pub category: Category,
    /// `YYYY-MM-DD`
    pub issued: Option<String>,
    /// `YYYY-MM-DD`; reminders come ahead of it.
    pub expires: Option<String>,
    pub note: String,
    pub pages: Vec<PageInfo>,
}

/// Bytes inside the protocol: base64 in plain JSON, or, on the wire to the browser's storage
/// worker, a reference (`"#3"`) to the third of the buffers sent beside the JSON (see
/// [`crate::api::Request::to_wire`]), so megabytes of a photo are neither base64-encoded nor
/// parsed as JSON text. `#` is not in the base64 alphabet, so the two forms cannot be confused.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Bytes(pub Vec<u8>);

impl std::fmt::Debug for Bytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Bytes({} B)", self.0.len())
    }
}

pub(crate) mod wire {
    use std::cell::RefCell;

    thread_local! {
        /// While serialising for the wire: the buffers set aside, in order.
        pub(crate) static OUTGOING: RefCell<Option<Vec<Vec<u8>>>> = const { RefCell::new(None) };
        /// While deserialising from the wire: the buffers that came beside the JSON.
        pub(crate) static INCOMING: RefCell<Option<Vec<Option<Vec<u8>>>>> = const { RefCell::new(None) };
    }

    /// Runs `f` with byte fields set aside; returns its result and the buffers.
    pub(crate) fn detached<T>(f: impl FnOnce() -> T) -> (T, Vec<Vec<u8>>) {
        OUTGOING.with(|o| *o.borrow_mut() = Some(Vec::new()));
        let value = f();
        let buffers = OUTGOING.with(|o| o.borrow_mut().take()).unwrap_or_default();
        (value, buffers)
    }

    /// Runs `f` with `buffers` available to byte fields that refer to them.
    pub(crate) fn attached<T>(buffers: Vec<Vec<u8>>, f: impl FnOnce() -> T) -> T {
        INCOMING.with(|i| *i.borrow_mut() = Some(buffers.into_iter().map(Some).collect()));
        let value = f();
        INCOMING.with(|i| *i.borrow_mut() = None);
        value
    }
}

impl Serialize for Bytes {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use base64::Engine;
        let reference = wire::OUTGOING.with(|o| {
            o.borrow_mut().as_mut().map(|buffers| {
                buffers.push(self.0.clone());
                format!("#{}", buffers.len() - 1)
            })
        });
        match reference {
            Some(r) => s.serialize_str(&r),
            None => s.serialize_str(&base64::engine::general_purpose::STANDARD.encode(&self.0)),
        }
    }
}

impl<'de> Deserialize<'de> for Bytes {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use base64::Engine;
        use serde::de::Error;
        let text = String::deserialize(d)?;
        if let Some(index) = text.strip_prefix('#') {
            let index: usize = index.parse().map_err(|_| D::Error::custom("bad buffer reference"))?;
            let taken = wire::INCOMING
                .with(|i| i.borrow_mut().as_mut().and_then(|buffers| buffers.get_mut(index).and_then(Option::take)));
            return taken.map(Bytes).ok_or_else(|| D::Error::custom("buffer reference without its buffer"));
        }
        base64::engine::general_purpose::STANDARD.decode(text).map(Bytes).map_err(D::Error::custom)
    }
}

/// A page to add: the file's bytes and a small preview image (made by the UI).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewPage {
    pub mime: String,
    pub data: Bytes,
    pub thumbnail: Option<Bytes>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewDocument {
    pub title: String,
    pub category: Category,
    pub issued: Option<String>,
    pub expires: Option<String>,
    pub note: String,
    pub pages: Vec<NewPage>,
}

/// A document in the list: its metadata and the first page's preview.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentSummary {
    pub id: i64,
    pub meta: DocumentMeta,
    pub thumbnail: Option<Bytes>,
    /// When it was added (RFC 3339).
    pub added: String,
}

/// Where the vault stands.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VaultState {
    /// A PIN or passphrase has been set.
    pub set_up: bool,
    pub unlocked: bool,
    /// Wrong attempts since the last unlock.
    pub failed_attempts: u32,
    /// No attempt is accepted before this instant (RFC 3339).
    pub wait_until: Option<String>,
    pub erase_after_10: bool,
    pub documents: u32,
    /// Expiry dates of documents (shown as reminders even while locked; no titles).
    pub expiry_dates: Vec<String>,
}

/// Why the vault did not do what was asked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum VaultRefusal {
    NotSetUp,
    AlreadySetUp,
    Locked,
    /// The PIN or passphrase is wrong; the next attempt is possible after `wait_until`.
    WrongSecret {
        failed_attempts: u32,
        wait_until: Option<String>,
    },
    /// Too soon after wrong attempts.
    Waiting {
        wait_until: String,
    },
    /// Erased after too many wrong attempts (the reader had switched that on).
    Erased,
    /// A rule for the input (a message id, e.g. `vault-pin-length`).
    Invalid {
        rule: String,
    },
    /// A file is larger than [`MAX_FILE_BYTES`], or a document has more than [`MAX_PAGES`].
    TooLarge {
        limit_bytes: u64,
    },
    /// Stored data was changed behind the app's back: refused, not shown.
    Tampered,
    NotFound,
    /// The chosen file is not a vault backup.
    NotABackup,
    /// The backup passphrase does not open the backup.
    BackupWrongPassphrase,
    /// The backup is cut off or was changed; nothing was restored.
    BackupDamaged,
}

impl From<backup::BackupError> for VaultRefusal {
    fn from(e: backup::BackupError) -> Self {
        match e {
            backup::BackupError::NotABackup => VaultRefusal::NotABackup,
            backup::BackupError::WrongPassphrase => VaultRefusal::BackupWrongPassphrase,
            backup::BackupError::Damaged => VaultRefusal::BackupDamaged,
        }
    }
}

/// Reminders start this many days before a document expires (8 weeks) ...
pub const REMIND_DAYS: i32 = 56;
/// ... and become urgent this many days before (2 weeks).
pub const URGENT_DAYS: i32 = 14;

/// The reminders due on `today` (Neuss date) for these expiry dates: `(date, urgent)`, soonest
/// first. An expired document stays listed, urgent, until the reader replaces or deletes it.
pub fn due_reminders(expiry_dates: &[String], today: jiff::civil::Date) -> Vec<(String, bool)> {
    let mut due: Vec<(String, bool)> = expiry_dates
        .iter()
        .filter_map(|d| {
            let date: jiff::civil::Date = d.parse().ok()?;
            let days = today.until(date).ok()?.get_days();
            (days <= REMIND_DAYS).then(|| (d.clone(), days <= URGENT_DAYS))
        })
        .collect();
    due.sort();
    due.dedup();
    due
}

/// How long to wait after `failed` wrong attempts in a row: nothing for the first two, then
/// 5 s, doubling with each further one, at most an hour.
pub fn wait_after(failed: u32) -> jiff::SignedDuration {
    if failed < 3 {
        return jiff::SignedDuration::ZERO;
    }
    let secs = 5i64.saturating_mul(1i64 << (failed - 3).min(20));
    jiff::SignedDuration::from_secs(secs.min(3600))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delay_grows_and_is_capped() {
        let secs: Vec<i64> = (0..14).map(|n| wait_after(n).as_secs()).collect();
        assert_eq!(secs, [0, 0, 0, 5, 10, 20, 40, 80, 160, 320, 640, 1280, 2560, 3600]);
        assert_eq!(wait_after(1000).as_secs(), 3600);
    }

    #[test]
    fn reminders_come_eight_and_two_weeks_ahead() {
        let today: jiff::civil::Date = "2026-11-24".parse().unwrap();
        let dates: Vec<String> =
            ["2027-06-01", "2027-01-19", "2027-01-20", "2026-12-08", "2026-12-09", "2026-11-01", "kaputt"]
                .iter()
                .map(|s| s.to_string())
                .collect();
        assert_eq!(
            due_reminders(&dates, today),
            vec![
                ("2026-11-01".to_string(), true),  // expired: stays, urgent
                ("2026-12-08".to_string(), true),  // 14 days
                ("2026-12-09".to_string(), false), // 15 days
                ("2027-01-19".to_string(), false), // 56 days
            ]
        );
    }

    #[test]
    fn bytes_travel_as_base64() {
        let page = NewPage { mime: "image/png".into(), data: Bytes(vec![0, 255, 7]), thumbnail: None };
        let json = serde_json::to_string(&page).unwrap();
        assert!(json.contains("\"AP8H\""), "{json}");
        assert_eq!(serde_json::from_str::<NewPage>(&json).unwrap(), page);
    }
}
