//! The on-device database (rusqlite on every target) and the service that answers the UI.
//!
//! * The schema is versioned with `PRAGMA user_version`; [`MIGRATIONS`] are applied in order,
//!   each in its own transaction, so a failed migration leaves the previous version intact.
//! * An unreadable file is never deleted or overwritten: the service reports
//!   [`StoreError::Unreadable`] and waits until the user chooses to keep a copy and start fresh.
//! * Where files live and how a damaged one is set aside differs per platform: [`DbFiles`].

pub mod calendar;
pub mod content;
#[cfg(test)]
pub(crate) mod fixtures;
pub mod search;
pub mod update;
pub mod vault;

use crate::api::{Request, Response, StoreError};
use crate::content::Bundle;
use crate::settings::Settings;
use rusqlite::{Connection, OpenFlags};

/// Schema migrations; entry `i` takes the database from version `i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[
    // 1: preferences as key/value rows.
    "CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT;",
    // 2: the installed content pack.
    content::MIGRATION,
    // 3: its search index.
    search::MIGRATION,
    // 4: what the updater remembers (validators, last check, learned keys).
    update::MIGRATION,
    // 5: the document vault (ciphertext only).
    vault::MIGRATION,
    // 6: vault previews stored before the pages' files, so the list reads only previews.
    vault::MIGRATION_THUMB_FIRST,
    // 7: the calendar's appointments and the notes.
    calendar::MIGRATION,
    // 8: the city's events from the content pack.
    content::MIGRATION_EVENTS,
];

/// The page size of a new database: SQLite's largest. The vault stores files of megabytes, and
/// in the browser's storage every page is a separate write; with 64 KiB pages adding a 5 MB
/// photo takes half the time it took with the default 4 KiB (`bench-vault.mjs`). Searching
/// the content is as fast as before (`bench-search`). A database created with smaller pages
/// keeps them.
const PAGE_SIZE: u32 = 65536;

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Platform file operations the service needs beyond SQLite itself.
pub trait DbFiles {
    /// Moves the database file `db_name` (and any journal beside it) aside under a new,
    /// unused name that tells what it is, and returns that name. Must not delete anything.
    fn keep_aside(&mut self, db_name: &str) -> Result<String, String>;
}

/// An open, migrated database.
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (creating if needed) and migrates the database at `path`.
    pub fn open(path: &str) -> Result<Store, StoreError> {
        Self::open_with(path, MIGRATIONS)
    }

    fn open_with(path: &str, migrations: &[&str]) -> Result<Store, StoreError> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_URI;
        let conn = Connection::open_with_flags(path, flags).map_err(storage)?;
        check_readable(&conn)?;
        // FULL: a committed transaction is on disk before the call returns, so a reload or
        // crash right after a write cannot lose it.
        // secure_delete: deleted rows (a vault document) are overwritten, not left in free pages.
        conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;")
            .map_err(storage)?;
        // Takes effect only while the file is still empty (a new database).
        conn.execute_batch(&format!("PRAGMA page_size = {PAGE_SIZE}")).map_err(storage)?;
        migrate(&conn, migrations)?;
        Ok(Store { conn })
    }

    pub fn schema_version(&self) -> Result<i64, StoreError> {
        user_version(&self.conn)
    }

    pub fn settings(&self) -> Result<Settings, StoreError> {
        let mut stmt = self.conn.prepare("SELECT key, value FROM settings").map_err(storage)?;
        let rows: Vec<(String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(storage)?
            .collect::<Result<_, _>>()
            .map_err(storage)?;
        Ok(Settings::from_rows(rows.iter().map(|(k, v)| (k.as_str(), v.as_str()))))
    }

    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    pub fn connection_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    pub fn change_setting(&mut self, change: &crate::settings::SettingChange) -> Result<Settings, StoreError> {
        change.validate().map_err(|detail| StoreError::Invalid { detail })?;
        let (key, value) = change.to_row();
        self.conn
            .execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
            .map_err(storage)?;
        self.settings()
    }
}

fn storage(e: rusqlite::Error) -> StoreError {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) | Some(rusqlite::ErrorCode::DatabaseCorrupt) => {
            StoreError::Unreadable { detail: e.to_string() }
        }
        _ => StoreError::Storage { detail: e.to_string() },
    }
}

fn user_version(conn: &Connection) -> Result<i64, StoreError> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(storage)
}

/// Reads the header and checks every page's structure. A file that is not a database, is
/// truncated or has damaged pages fails here, before anything writes to it.
fn check_readable(conn: &Connection) -> Result<(), StoreError> {
    user_version(conn)?;
    let result: String = conn.query_row("PRAGMA quick_check(1)", [], |r| r.get(0)).map_err(storage)?;
    if result == "ok" {
        Ok(())
    } else {
        Err(StoreError::Unreadable { detail: result })
    }
}

fn migrate(conn: &Connection, migrations: &[&str]) -> Result<(), StoreError> {
    let current = user_version(conn)?;
    let target = migrations.len() as i64;
    if current > target {
        return Err(StoreError::TooNew { found: current, supported: target });
    }
    for (index, sql) in migrations.iter().enumerate().skip(current as usize) {
        let version = index as i64 + 1;
        let apply = || -> rusqlite::Result<()> {
            conn.execute_batch("BEGIN IMMEDIATE")?;
            conn.execute_batch(sql)?;
            conn.execute_batch(&format!("PRAGMA user_version = {version}"))?;
            conn.execute_batch("COMMIT")
        };
        if let Err(e) = apply() {
            let _ = conn.execute_batch("ROLLBACK");
            return Err(StoreError::Storage { detail: format!("schema migration {version} failed: {e}") });
        }
    }
    Ok(())
}

/// Answers [`Request`]s; owns the database or the reason it could not be opened.
pub struct Service<F: DbFiles> {
    db_name: String,
    files: F,
    /// The content pack built into the app (JSON of a [`Bundle`]), installed when newer.
    embedded: Option<&'static str>,
    state: Result<Store, StoreError>,
    kept_copy: Option<String>,
    /// The vault's data key while it is unlocked; only ever in memory.
    vault_key: Option<crate::vault::crypto::Key>,
    kdf: crate::vault::crypto::KdfParams,
    backup_kdf: crate::vault::crypto::KdfParams,
}

impl<F: DbFiles> Service<F> {
    /// Tries to open the database. Failure is kept and reported on [`Request::Boot`].
    pub fn start(db_name: impl Into<String>, files: F) -> Self {
        Self::start_with_content(db_name, files, None)
    }

    /// Like [`Service::start`], and installs the app's built-in content pack when it is newer
    /// than the installed one (first start, or an app update that brings newer content).
    pub fn start_with_content(db_name: impl Into<String>, files: F, embedded: Option<&'static str>) -> Self {
        let db_name = db_name.into();
        let mut service = Service {
            db_name,
            files,
            embedded,
            state: Err(StoreError::InUseElsewhere),
            kept_copy: None,
            vault_key: None,
            kdf: crate::vault::crypto::KdfParams::DEFAULT,
            backup_kdf: crate::vault::crypto::KdfParams::BACKUP,
        };
        service.state = service.open_store();
        service
    }

    /// Uses other Argon2id parameters for new vault keys and backups (tests use cheap ones).
    pub fn with_kdf(mut self, kdf: crate::vault::crypto::KdfParams) -> Self {
        self.kdf = kdf;
        self.backup_kdf = kdf;
        self
    }

    fn open_store(&self) -> Result<Store, StoreError> {
        let mut store = Store::open(&self.db_name)?;
        if let Some(json) = self.embedded {
            // Most starts have the built-in content installed already: read only its version
            // (serde skips the rest without building it) before decoding the whole pack.
            #[derive(serde::Deserialize)]
            struct Head {
                manifest: HeadManifest,
            }
            #[derive(serde::Deserialize)]
            struct HeadManifest {
                content_version: u64,
            }
            let unreadable =
                |e: serde_json::Error| StoreError::Invalid { detail: format!("built-in content cannot be read: {e}") };
            let head: Head = serde_json::from_str(json).map_err(unreadable)?;
            let installed = content::info(store.connection())?.map_or(0, |i| i.version);
            if head.manifest.content_version > installed {
                let bundle: Bundle = serde_json::from_str(json).map_err(unreadable)?;
                content::install_if_newer(store.connection_mut(), &bundle)?;
            }
        }
        Ok(store)
    }

    pub fn handle(&mut self, request: Request) -> Response {
        match request {
            Request::Boot => {
                // A storage failure may be passing (e.g. disk was full): try again. Unreadable
                // and too-new files stay as they are until the user decides.
                if matches!(self.state, Err(StoreError::Storage { .. })) {
                    self.state = self.open_store();
                }
                match &self.state {
                    Ok(store) => match (store.settings(), content::info(store.connection())) {
                        (Ok(settings), Ok(content)) => {
                            Response::Ready { settings, kept_copy: self.kept_copy.clone(), content }
                        }
                        (Err(e), _) | (_, Err(e)) => Response::failed(e),
                    },
                    Err(e) => Response::failed(e.clone()),
                }
            }
            Request::ChangeSetting { change } => match &mut self.state {
                Ok(store) => match store.change_setting(&change) {
                    Ok(settings) => Response::Settings { settings },
                    Err(e) => Response::failed(e),
                },
                Err(e) => Response::failed(e.clone()),
            },
            Request::KeepCopyAndStartFresh => match &self.state {
                Err(StoreError::Unreadable { .. }) | Err(StoreError::TooNew { .. }) => {
                    match self.files.keep_aside(&self.db_name) {
                        Ok(kept) => {
                            self.kept_copy = Some(kept);
                            self.state = self.open_store();
                            self.handle(Request::Boot)
                        }
                        Err(detail) => Response::failed(StoreError::Storage {
                            detail: format!("could not keep a copy, nothing was changed: {detail}"),
                        }),
                    }
                }
                _ => Response::failed(StoreError::Invalid {
                    detail: "the saved data is readable; there is nothing to recover".into(),
                }),
            },
            Request::Topic { slug, lang } => self.read(|conn| {
                Ok(content::topic(conn, &slug, &lang)?.map_or(Response::NotFound, |topic| Response::Topic { topic }))
            }),
            Request::Topics { lang } => self.read(|conn| Ok(Response::Topics { pages: content::topics(conn, &lang)? })),
            Request::Contacts => self.read(|conn| Ok(Response::Contacts { contacts: content::contacts(conn)? })),
            Request::Notices => self.read(|conn| Ok(Response::Notices { notices: content::notices(conn)? })),
            Request::CityEvents => self.read(|conn| Ok(Response::CityEvents { events: content::events(conn)? })),
            Request::Search { query, lang } => {
                self.read(|conn| Ok(Response::Search { hits: search::search(conn, &query, &lang)? }))
            }
            Request::UpdateStatus => self.read(|conn| Ok(Response::UpdateStatus { update: update::status(conn)? })),
            Request::MissingFiles { files } => {
                self.read(|conn| Ok(Response::MissingFiles { files: content::missing_files(conn, &files)? }))
            }
            Request::PlanUpdate { signed, parts } => self.read(|conn| {
                Ok(match update::plan(conn, &signed, &parts) {
                    Ok((manifest, missing)) => Response::UpdatePlan { manifest, missing },
                    Err(problem) => Response::UpdateFailed { problem },
                })
            }),
            Request::ApplyUpdate { update: verified } => match &mut self.state {
                Ok(store) => match update::apply(store.connection_mut(), &verified) {
                    Ok(update) => Response::UpdateStatus { update },
                    Err(problem) => Response::UpdateFailed { problem },
                },
                Err(e) => Response::failed(e.clone()),
            },
            Request::RecordCheck { record } => match &mut self.state {
                Ok(store) => update::record(store.connection_mut(), &record)
                    .map_or_else(Response::failed, |update| Response::UpdateStatus { update }),
                Err(e) => Response::failed(e.clone()),
            },
            Request::VaultState
            | Request::VaultSetUp { .. }
            | Request::VaultUnlock { .. }
            | Request::VaultLock
            | Request::VaultChangeSecret { .. }
            | Request::VaultEraseAfter10 { .. }
            | Request::VaultAdd { .. }
            | Request::VaultDocuments
            | Request::VaultPage { .. }
            | Request::VaultDelete { .. }
            | Request::VaultRotate { .. }
            | Request::VaultBackup { .. }
            | Request::VaultRestore { .. } => self.vault(request),
            Request::Contact { id } => self.read(|conn| {
                Ok(content::contact(conn, &id)?.map_or(Response::NotFound, |contact| Response::Contact { contact }))
            }),
            Request::Appointments { window } => {
                self.read(|conn| Ok(Response::Appointments { appointments: calendar::appointments(conn, window)? }))
            }
            Request::SaveAppointment { appointment } => self.calendar(|conn| {
                let (added, replaced) = calendar::import(conn, std::slice::from_ref(&appointment))?;
                Ok(Response::CalendarChanged { added, replaced })
            }),
            Request::ReplaceAppointment { uid, with } => self.calendar(|conn| {
                calendar::replace(conn, &uid, &with)?;
                Ok(Response::CalendarChanged { added: with.len() as u32, replaced: 0 })
            }),
            Request::ImportAppointments { appointments } => self.calendar(|conn| {
                let (added, replaced) = calendar::import(conn, &appointments)?;
                Ok(Response::CalendarChanged { added, replaced })
            }),
            Request::Notes => self.read(|conn| Ok(Response::Notes { notes: calendar::notes(conn)? })),
            Request::SaveNote { note, at } => {
                self.calendar(|conn| Ok(Response::NoteSaved { id: calendar::save_note(conn, &note, at)? }))
            }
            Request::DeleteNote { id } => self.read(|conn| calendar::delete_note(conn, id).map(|_| Response::Done)),
        }
    }

    /// A change to the calendar or the notes; a refused one is answered with its reason.
    fn calendar(
        &mut self,
        f: impl FnOnce(&mut rusqlite::Connection) -> Result<Response, calendar::CalendarStoreError>,
    ) -> Response {
        use calendar::CalendarStoreError as E;
        match &mut self.state {
            Ok(store) => match f(store.connection_mut()) {
                Ok(response) => response,
                Err(E::Invalid(error)) => Response::AppointmentInvalid { error },
                Err(E::InvalidNote(error)) => Response::NoteInvalid { error },
                Err(E::Store(e)) => Response::failed(e),
            },
            Err(e) => Response::failed(e.clone()),
        }
    }

    /// The vault's requests. Every answer but a page or the list is the vault's state.
    fn vault(&mut self, request: Request) -> Response {
        use crate::vault::VaultRefusal;
        use vault::VaultError;
        let store = match &mut self.state {
            Ok(store) => store,
            Err(e) => return Response::failed(e.clone()),
        };
        let conn = store.connection_mut();
        let instant = |at: &str| {
            at.parse::<jiff::Timestamp>()
                .map_err(|_| VaultError::Refused(VaultRefusal::Invalid { rule: "vault-time".into() }))
        };
        let locked = VaultError::Refused(VaultRefusal::Locked);
        let result: Result<Option<Response>, VaultError> = match request {
            Request::VaultSetUp { secret } => {
                vault::set_up(conn, &secret, self.kdf).map(|key| self.vault_key = Some(key)).map(|_| None)
            }
            Request::VaultUnlock { secret, at } => instant(&at)
                .and_then(|now| vault::unlock(conn, &secret, now))
                .map(|key| self.vault_key = Some(key))
                .map(|_| None),
            Request::VaultLock => {
                self.vault_key = None;
                Ok(None)
            }
            Request::VaultChangeSecret { old, new } => vault::change_secret(conn, &old, &new, self.kdf).map(|_| None),
            Request::VaultEraseAfter10 { on } => vault::set_erase_after_10(conn, on).map(|_| None),
            Request::VaultAdd { document, at } => match &self.vault_key {
                Some(key) => instant(&at).and_then(|now| vault::add(conn, key, &document, now)).map(|_| None),
                None => Err(locked),
            },
            Request::VaultDocuments => match &self.vault_key {
                Some(key) => vault::documents(conn, key).map(|documents| Some(Response::VaultDocuments { documents })),
                None => Err(locked),
            },
            Request::VaultPage { id, page } => match &self.vault_key {
                Some(key) => vault::page(conn, key, id, page as usize)
                    .map(|(info, data)| Some(Response::VaultPage { info, data })),
                None => Err(locked),
            },
            Request::VaultDelete { id } => match &self.vault_key {
                Some(_) => vault::delete(conn, id).map(|_| None),
                None => Err(locked),
            },
            Request::VaultRotate { id, page } => match &self.vault_key {
                Some(key) => vault::rotate(conn, key, id, page as usize).map(|_| None),
                None => Err(locked),
            },
            Request::VaultBackup { passphrase, at } => match &self.vault_key {
                Some(key) => vault::backup(conn, key, &passphrase, self.backup_kdf, &at)
                    .map(|file| Some(Response::VaultBackup { file: crate::vault::Bytes(file) })),
                None => Err(locked),
            },
            Request::VaultRestore { file, passphrase } => match &self.vault_key {
                Some(key) => vault::restore(conn, key, &file.0, &passphrase).and_then(|(restored, skipped)| {
                    Ok(Some(Response::VaultRestored { restored, skipped, vault: vault::state(conn, true)? }))
                }),
                None => Err(locked),
            },
            _ => Ok(None),
        };
        match result {
            Ok(Some(response)) => response,
            Ok(None) => match vault::state(conn, self.vault_key.is_some()) {
                Ok(vault) => Response::Vault { vault },
                Err(VaultError::Refused(refusal)) => Response::VaultRefused { refusal },
                Err(VaultError::Store(e)) => Response::failed(e),
            },
            Err(VaultError::Refused(refusal)) => {
                if refusal == VaultRefusal::Erased {
                    self.vault_key = None;
                }
                Response::VaultRefused { refusal }
            }
            Err(VaultError::Store(e)) => Response::failed(e),
        }
    }

    fn read(&self, f: impl FnOnce(&Connection) -> Result<Response, StoreError>) -> Response {
        match &self.state {
            Ok(store) => f(store.connection()).unwrap_or_else(Response::failed),
            Err(e) => Response::failed(e.clone()),
        }
    }
}

/// [`DbFiles`] on an ordinary file system (desktop, Android, iOS).
#[cfg(not(target_arch = "wasm32"))]
pub struct NativeFiles;

#[cfg(not(target_arch = "wasm32"))]
impl DbFiles for NativeFiles {
    fn keep_aside(&mut self, db_name: &str) -> Result<String, String> {
        use std::path::PathBuf;
        let path = PathBuf::from(db_name);
        let stamp =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("data").to_string();
        let mut n = 0;
        let target = loop {
            let suffix = if n == 0 { String::new() } else { format!("-{n}") };
            let candidate = path.with_file_name(format!("{stem}.unreadable-{stamp}{suffix}.db"));
            if !candidate.exists() {
                break candidate;
            }
            n += 1;
        };
        std::fs::rename(&path, &target).map_err(|e| e.to_string())?;
        for side in ["-journal", "-wal", "-shm"] {
            let from = PathBuf::from(format!("{db_name}{side}"));
            if from.exists() {
                let to = PathBuf::from(format!("{}{side}", target.display()));
                std::fs::rename(&from, &to).map_err(|e| e.to_string())?;
            }
        }
        Ok(target.display().to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::{SettingChange, TextSize};

    fn temp_db() -> (tempfile::TempDir, String) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("wm.db").display().to_string();
        (dir, path)
    }

    fn ready_settings(r: Response) -> Settings {
        match r {
            Response::Ready { settings, .. } | Response::Settings { settings } => settings,
            other => panic!("expected settings, got {other:?}"),
        }
    }

    #[test]
    fn fresh_database_is_migrated_to_current_version() {
        let (_d, path) = temp_db();
        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        assert_eq!(store.settings().unwrap(), Settings::default());
        drop(store);
        // Opening again applies nothing twice.
        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    }

    #[test]
    fn an_older_database_is_migrated_and_keeps_its_data() {
        let (_d, path) = temp_db();
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(MIGRATIONS[0]).unwrap();
            conn.execute_batch("INSERT INTO settings VALUES ('language', 'ps'); PRAGMA user_version = 1;").unwrap();
        }
        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        assert_eq!(store.settings().unwrap().language.as_deref(), Some("ps"));
        assert_eq!(content::info(store.connection()).unwrap(), None);
    }

    #[test]
    fn settings_survive_reopen() {
        let (_d, path) = temp_db();
        let mut svc = Service::start(path.clone(), NativeFiles);
        assert_eq!(ready_settings(svc.handle(Request::Boot)).language, None);
        svc.handle(Request::ChangeSetting { change: SettingChange::Language("ar".into()) });
        svc.handle(Request::ChangeSetting { change: SettingChange::TextSize(TextSize::Large) });
        let after = ready_settings(svc.handle(Request::ChangeSetting { change: SettingChange::HighContrast(true) }));
        drop(svc);
        let mut svc = Service::start(path, NativeFiles);
        let s = ready_settings(svc.handle(Request::Boot));
        assert_eq!(s, after);
        assert_eq!(s.language.as_deref(), Some("ar"));
        assert_eq!(s.text_size, TextSize::Large);
        assert!(s.high_contrast);
    }

    #[test]
    fn invalid_change_is_refused_and_changes_nothing() {
        let (_d, path) = temp_db();
        let mut svc = Service::start(path, NativeFiles);
        svc.handle(Request::ChangeSetting { change: SettingChange::Language("fa".into()) });
        let r = svc.handle(Request::ChangeSetting { change: SettingChange::Language("xx".into()) });
        assert!(matches!(r, Response::Failed { error: StoreError::Invalid { .. } }), "{r:?}");
        assert_eq!(ready_settings(svc.handle(Request::Boot)).language.as_deref(), Some("fa"));
    }

    #[test]
    fn failed_migration_rolls_back_to_previous_version() {
        let (_d, path) = temp_db();
        Store::open(&path).unwrap();
        let mut broken = MIGRATIONS.to_vec();
        broken.push("CREATE TABLE half_made (id INTEGER PRIMARY KEY); THIS IS NOT SQL;");
        let err = Store::open_with(&path, &broken).err().expect("migration must fail");
        let next = format!("migration {}", SCHEMA_VERSION + 1);
        assert!(matches!(&err, StoreError::Storage { detail } if detail.contains(&next)), "{err:?}");
        let conn = Connection::open(&path).unwrap();
        assert_eq!(user_version(&conn).unwrap(), SCHEMA_VERSION);
        let left: i64 =
            conn.query_row("SELECT count(*) FROM sqlite_master WHERE name = 'half_made'", [], |r| r.get(0)).unwrap();
        assert_eq!(left, 0, "half-applied migration left a table behind");
    }

    #[test]
    fn database_from_newer_app_is_not_touched() {
        let (_d, path) = temp_db();
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 99;").unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        let mut svc = Service::start(path.clone(), NativeFiles);
        let r = svc.handle(Request::Boot);
        assert_eq!(r, Response::failed(StoreError::TooNew { found: 99, supported: SCHEMA_VERSION }));
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }

    #[test]
    fn garbage_file_is_reported_kept_and_replaced_only_on_request() {
        let (dir, path) = temp_db();
        let garbage = b"this is not a database, it is a shopping list: milk, bread".repeat(100);
        std::fs::write(&path, &garbage).unwrap();
        let mut svc = Service::start(path.clone(), NativeFiles);
        // Booting twice (a "crash loop") changes nothing and keeps reporting the same problem.
        for _ in 0..2 {
            let r = svc.handle(Request::Boot);
            assert!(matches!(r, Response::Failed { error: StoreError::Unreadable { .. } }), "{r:?}");
            assert_eq!(std::fs::read(&path).unwrap(), garbage);
        }
        // Writes are refused while broken.
        let r = svc.handle(Request::ChangeSetting { change: SettingChange::HighContrast(true) });
        assert!(matches!(r, Response::Failed { .. }));
        assert_eq!(std::fs::read(&path).unwrap(), garbage);

        let r = svc.handle(Request::KeepCopyAndStartFresh);
        let Response::Ready { settings, kept_copy: Some(kept), .. } = r else { panic!("{r:?}") };
        assert_eq!(settings, Settings::default());
        assert_eq!(std::fs::read(&kept).unwrap(), garbage, "the copy must hold the old bytes");
        assert!(kept.starts_with(&dir.path().display().to_string()));
        assert!(kept.contains("unreadable"));
        // The fresh database works and persists.
        svc.handle(Request::ChangeSetting { change: SettingChange::Language("ti".into()) });
        drop(svc);
        let mut svc = Service::start(path, NativeFiles);
        let r = svc.handle(Request::Boot);
        assert_eq!(ready_settings(r).language.as_deref(), Some("ti"));
    }

    #[test]
    fn damaged_pages_are_detected() {
        let (_d, path) = temp_db();
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch("CREATE TABLE t (x TEXT); CREATE INDEX t_x ON t(x);").unwrap();
            let mut stmt = conn.prepare("INSERT INTO t VALUES (?1)").unwrap();
            for i in 0..2000 {
                stmt.execute([format!("row number {i} with some padding text")]).unwrap();
            }
        }
        let mut bytes = std::fs::read(&path).unwrap();
        assert!(bytes.len() > 8 * 4096);
        // Scribble over the middle pages, leaving the header intact.
        for b in &mut bytes[3 * 4096..6 * 4096] {
            *b = 0xA5;
        }
        std::fs::write(&path, &bytes).unwrap();
        let mut svc = Service::start(path.clone(), NativeFiles);
        let r = svc.handle(Request::Boot);
        assert!(matches!(r, Response::Failed { error: StoreError::Unreadable { .. } }), "{r:?}");
        assert_eq!(std::fs::read(&path).unwrap(), bytes);
    }

    #[test]
    fn recovery_is_refused_when_nothing_is_wrong() {
        let (_d, path) = temp_db();
        let mut svc = Service::start(path.clone(), NativeFiles);
        let r = svc.handle(Request::KeepCopyAndStartFresh);
        assert!(matches!(r, Response::Failed { error: StoreError::Invalid { .. } }), "{r:?}");
        assert!(std::path::Path::new(&path).exists());
    }

    #[test]
    fn keep_aside_never_overwrites_an_earlier_copy() {
        let (dir, path) = temp_db();
        std::fs::write(&path, b"first").unwrap();
        let a = NativeFiles.keep_aside(&path).unwrap();
        std::fs::write(&path, b"second").unwrap();
        let b = NativeFiles.keep_aside(&path).unwrap();
        assert_ne!(a, b);
        assert_eq!(std::fs::read(&a).unwrap(), b"first");
        assert_eq!(std::fs::read(&b).unwrap(), b"second");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    }
}
