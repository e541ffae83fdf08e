//! Willkommensmappe core: everything that is not UI and not platform.
//!
//! * [`i18n`]: the UI languages, their scripts and directions, Fluent lookup with fallback chains.
//! * [`content`]: the content pack format (manifest, topics, pages, contacts) and its checks.
//! * [`calendar`]: appointments and repeating series in Europe/Berlin, their occurrences, and
//!   iCalendar (RFC 5545) import and export.
//! * [`hours`]: opening hours in OSM syntax, evaluated in Europe/Berlin with NRW holidays.
//! * [`search`]: text normalisation and typing-tolerant matching for offline search.
//! * [`settings`]: the user's preferences (language, text size, contrast).
//! * [`trust`]: signed content updates: envelope verification, key rotation, rollback checks.
//! * [`update`]: checking the content origin for newer signed content; [`update::client`]
//!   (feature `fetch`) does the HTTP with reqwest on every target.
//! * [`vault`]: the document vault's vocabulary and cryptography (Argon2id-wrapped data key,
//!   XChaCha20-Poly1305 for every page, thumbnail and title).
//! * [`notes`]: the folder's notes ("Raum für Notizen"), their checks and search.
//! * [`api`]: the request/response protocol between the UI and the storage service. The same
//!   messages travel in-process (desktop) or as JSON to a Web Worker (web).
//! * [`store`] (feature `sqlite`): the rusqlite database, its schema migrations, and the service
//!   that answers [`api::Request`]s, including recovery from an unreadable database file.

pub mod api;
pub mod calendar;
pub mod content;
pub mod hours;
pub mod i18n;
pub mod notes;
pub mod search;
pub mod settings;
#[cfg(feature = "sqlite")]
pub mod store;
pub mod trust;
pub mod update;
pub mod vault;
