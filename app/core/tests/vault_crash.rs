//! Crash safety of the document vault on the native build: the process is killed with SIGKILL
//! at random moments while it adds and deletes documents, and afterwards nothing it reported
//! done is lost and nothing half-done is visible.
//!
//! The test binary runs itself as the child. [`child_process`] does nothing in an ordinary test
//! run; with `WM_CRASH_DB` set it opens that database, unlocks the vault (setting it up on the
//! first run), reports `ready`, and then adds and deletes documents until it is killed. On
//! stdout it reports what it is about to do (`adding <key>`, `deleting <key>`) and, flushed
//! only after the service has answered, what is done (`added <key>`, `deleted <key>`). A
//! document's key is in its title; its 1–3 pages (1 KiB to 400 KiB each, so most kills land
//! in the middle of writing one) are bytes that follow from the key.
//!
//! The parent, [`sigkill_during_adds_and_deletes_loses_nothing_reported`], starts the child
//! 200 times (`WM_CRASH_RUNS` sets another number) on one database and kills it at a random
//! moment: in two runs of three 5–120 ms after it reported ready (an add takes tens of
//! milliseconds, so these mostly land in one), in the third 0–2 ms after it reported
//! beginning a delete (which takes a millisecond or two). After every kill it opens the
//! database with a fresh service and checks:
//!
//! * the PIN unlocks the vault, `PRAGMA integrity_check` says ok, `PRAGMA foreign_key_check`
//!   finds nothing, and there are no page rows beyond the documents' pages;
//! * every document whose add was reported done, and whose delete was not begun, is there;
//! * every document there was begun by the child and not reported deleted, and each of its
//!   pages decrypts to exactly the bytes written: a cut-off add or delete may or may not have
//!   happened, but only whole;
//! * a document seen after one run is expected at the start of the next; one not seen must
//!   never come back.
//!
//! SIGKILL ends the process, not the machine: the kernel still writes what SQLite handed it.
//! This tests the store's transactions against a crash of the app, not fsync on power loss.
#![cfg(unix)]

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::process::ExitStatusExt;
use std::process::{ChildStdout, Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};
use wm_core::api::{Request, Response};
use wm_core::store::{NativeFiles, Service};
use wm_core::vault::crypto::KdfParams;
use wm_core::vault::{Bytes, Category, DocumentSummary, NewDocument, NewPage, VaultState};

/// The child's database; its presence makes [`child_process`] the child.
const DB_VAR: &str = "WM_CRASH_DB";
/// The child's run number, the first part of every key it adds.
const RUN_VAR: &str = "WM_CRASH_RUN";
/// How many runs the parent makes.
const RUNS_VAR: &str = "WM_CRASH_RUNS";
const DEFAULT_RUNS: u64 = 200;
/// The child's test, run alone and with its output going to the parent.
const CHILD_ARGS: [&str; 4] = ["child_process", "--exact", "--nocapture", "--test-threads=1"];
/// Marks the child's reports: libtest writes "test child_process ... " on the same line.
const REPORT: &str = "wm-crash:";
/// Keys of run `r` are `r * KEYS_PER_RUN + i`.
const KEYS_PER_RUN: u64 = 10_000;
/// The child deletes whenever the vault holds this many documents (and every third step).
const MAX_DOCS: u32 = 8;
/// The child gives up if nobody kills it (the parent died).
const CHILD_LIFETIME: Duration = Duration::from_secs(30);
/// How long the parent waits for the child to reach the moment to kill it.
const TRIGGER_TIMEOUT: Duration = Duration::from_secs(30);
const SIGKILL: i32 = 9;
const PIN: &str = "4711";
const MIME: &str = "application/pdf";
const TITLE: &str = "Crash test document ";

// ---------------------------------------------------------------------------------------------
// Documents that follow from their key.

/// SplitMix64: a small, good enough generator for sizes, contents and delays.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn title_of(key: u64) -> String {
    format!("{TITLE}{key}")
}

fn key_of(title: &str) -> Option<u64> {
    title.strip_prefix(TITLE)?.parse().ok()
}

/// Document `key`'s pages: 1–3 of them, each 1 KiB to 400 KiB (sizes spread over a few orders
/// of magnitude), of bytes that follow from the key.
fn pages_of(key: u64) -> Vec<Vec<u8>> {
    let mut sizes = SplitMix(key);
    let count = 1 + sizes.below(3);
    (0..count)
        .map(|n| {
            let max = (399 * 1024) >> sizes.below(6);
            let len = 1024 + sizes.below(max) as usize;
            let mut bytes = SplitMix(key.rotate_left(16) ^ n);
            let mut data = Vec::with_capacity(len + 8);
            data.extend_from_slice(b"%PDF-1.7\n");
            while data.len() < len {
                data.extend_from_slice(&bytes.next().to_le_bytes());
            }
            data.truncate(len);
            data
        })
        .collect()
}

fn thumbnail_of(key: u64, page: usize) -> Vec<u8> {
    format!("thumbnail {key}/{page}").into_bytes()
}

fn document_of(key: u64) -> NewDocument {
    NewDocument {
        title: title_of(key),
        category: Category::Other,
        issued: None,
        expires: None,
        note: String::new(),
        pages: pages_of(key)
            .into_iter()
            .enumerate()
            .map(|(n, data)| NewPage {
                mime: MIME.into(),
                data: Bytes(data),
                thumbnail: Some(Bytes(thumbnail_of(key, n))),
            })
            .collect(),
    }
}

// ---------------------------------------------------------------------------------------------
// The service, as the app uses it.

fn service(db: &str) -> Service<NativeFiles> {
    Service::start(db, NativeFiles).with_kdf(KdfParams::FAST_FOR_TESTS)
}

fn now() -> String {
    jiff::Timestamp::now().to_string()
}

fn vault_state(response: Response) -> VaultState {
    match response {
        Response::Vault { vault } => vault,
        other => panic!("expected the vault's state, got {other:?}"),
    }
}

fn unlock(svc: &mut Service<NativeFiles>) -> VaultState {
    let state = vault_state(svc.handle(Request::VaultUnlock { secret: PIN.into(), at: now() }));
    assert!(state.unlocked, "the PIN did not unlock the vault: {state:?}");
    state
}

fn documents(svc: &mut Service<NativeFiles>) -> Vec<DocumentSummary> {
    match svc.handle(Request::VaultDocuments) {
        Response::VaultDocuments { documents } => documents,
        other => panic!("expected the documents, got {other:?}"),
    }
}

// ---------------------------------------------------------------------------------------------
// The child.

/// The child's side; an ordinary test run passes straight through.
#[test]
fn child_process() {
    let Some(db) = std::env::var_os(DB_VAR) else { return };
    let db = db.into_string().expect("the database path is UTF-8");
    let run = std::env::var(RUN_VAR).ok().and_then(|r| r.parse().ok()).expect("WM_CRASH_RUN is a number");
    work_until_killed(&db, run);
}

/// One line to the parent, on its way before the child goes on.
fn report(line: impl std::fmt::Display) {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{REPORT} {line}").and_then(|()| out.flush()).expect("report to the parent");
}

fn work_until_killed(db: &str, run: u64) -> ! {
    let mut svc = service(db);
    let state = if vault_state(svc.handle(Request::VaultState)).set_up {
        unlock(&mut svc)
    } else {
        vault_state(svc.handle(Request::VaultSetUp { secret: PIN.into() }))
    };
    let mut count = state.documents;
    report("ready");
    let mut rng = SplitMix(run);
    let deadline = Instant::now() + CHILD_LIFETIME;
    for i in 0..KEYS_PER_RUN {
        if Instant::now() > deadline {
            break;
        }
        count = if count > 0 && (i % 3 == 2 || count >= MAX_DOCS) {
            let docs = documents(&mut svc);
            let doc = &docs[rng.below(docs.len() as u64) as usize];
            let key = key_of(&doc.meta.title).expect("only this test's documents are in the vault");
            report(format_args!("deleting {key}"));
            let state = vault_state(svc.handle(Request::VaultDelete { id: doc.id }));
            report(format_args!("deleted {key}"));
            state.documents
        } else {
            let key = run * KEYS_PER_RUN + i;
            let document = document_of(key);
            report(format_args!("adding {key}"));
            let state = vault_state(svc.handle(Request::VaultAdd { document, at: now() }));
            report(format_args!("added {key}"));
            state.documents
        };
    }
    panic!("run {run}: nobody killed the child");
}

// ---------------------------------------------------------------------------------------------
// The parent.

/// One line the child reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Event {
    Ready,
    Adding(u64),
    Added(u64),
    Deleting(u64),
    Deleted(u64),
}

impl Event {
    /// A whole line (with its newline) carrying a report; anything else is libtest's.
    fn parse(line: &str) -> Option<Event> {
        let line = line.strip_suffix('\n')?;
        let (_, report) = line.split_once(REPORT)?;
        let report = report.trim();
        if report == "ready" {
            return Some(Event::Ready);
        }
        let (what, key) = report.split_once(' ')?;
        let key = key.parse().ok()?;
        Some(match what {
            "adding" => Event::Adding(key),
            "added" => Event::Added(key),
            "deleting" => Event::Deleting(key),
            "deleted" => Event::Deleted(key),
            _ => return None,
        })
    }
}

/// Collects the child's reports until its stdout closes, passing each on as it comes.
fn read_reports(stdout: ChildStdout, live: mpsc::Sender<Event>) -> Vec<Event> {
    let mut reader = BufReader::new(stdout);
    let mut events = Vec::new();
    let mut line = String::new();
    while reader.read_line(&mut line).expect("read the child's stdout") > 0 {
        if let Some(event) = Event::parse(&line) {
            // Once the parent has killed, nobody listens.
            let _ = live.send(event);
            events.push(event);
        }
        line.clear();
    }
    events
}

/// When the parent kills the child.
#[derive(Clone, Copy, Debug)]
enum Moment {
    /// This long after the child is ready: mostly in the middle of an add, which takes longest.
    AfterReady(Duration),
    /// This long after the child began its first delete, which takes a few milliseconds; a
    /// random moment after ready would hit one only now and then.
    InDelete(Duration),
}

impl Moment {
    fn random(rng: &mut SplitMix) -> Moment {
        if rng.below(3) == 0 {
            Moment::InDelete(Duration::from_micros(rng.below(2000)))
        } else {
            Moment::AfterReady(Duration::from_millis(5 + rng.below(116)))
        }
    }

    /// The report to wait for, and how long to wait after it.
    fn after(self) -> (fn(&Event) -> bool, Duration) {
        match self {
            Moment::AfterReady(delay) => (|e| *e == Event::Ready, delay),
            Moment::InDelete(delay) => (|e| matches!(e, Event::Deleting(_)), delay),
        }
    }
}

/// Runs the child on `db` and kills it at `moment`; returns what it reported.
fn run_and_kill(db: &str, run: u64, moment: Moment) -> Vec<Event> {
    let mut child = Command::new(std::env::current_exe().expect("the test binary"))
        .args(CHILD_ARGS)
        .env(DB_VAR, db)
        .env(RUN_VAR, run.to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the child");
    let stdout = child.stdout.take().expect("piped stdout");
    let mut stderr = child.stderr.take().expect("piped stderr");
    let (live_tx, live_rx) = mpsc::channel();
    let reports = thread::spawn(move || read_reports(stdout, live_tx));
    let errors = thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });

    let (is_trigger, delay) = moment.after();
    let deadline = Instant::now() + TRIGGER_TIMEOUT;
    let triggered = loop {
        match live_rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            Ok(event) if is_trigger(&event) => break Ok(()),
            Ok(_) => {}
            Err(e) => break Err(e),
        }
    };
    if triggered.is_ok() {
        thread::sleep(delay);
    }
    let ended_early = child.try_wait().expect("the child's status");
    // On Unix, `kill` is SIGKILL: no destructor, no rollback, no flush.
    let _ = child.kill();
    let status = child.wait().expect("wait for the child");
    let events = reports.join().expect("the stdout reader");
    let stderr = errors.join().expect("the stderr reader");

    assert!(triggered.is_ok(), "run {run}: no moment to kill ({moment:?}: {triggered:?}), {status}:\n{stderr}");
    assert!(ended_early.is_none(), "run {run}: the child ended by itself ({status}):\n{events:?}\n{stderr}");
    assert_eq!(status.signal(), Some(SIGKILL), "run {run}: {status}\n{stderr}");
    events
}

/// What the vault must and may hold after a run that started with `before`.
struct Expected {
    must: BTreeSet<u64>,
    may: BTreeSet<u64>,
}

fn expected_after(run: u64, before: &BTreeSet<u64>, events: &[Event]) -> Expected {
    let mut must = before.clone();
    let mut may = BTreeSet::new();
    for event in events {
        match *event {
            Event::Ready => {}
            Event::Adding(key) => {
                assert!(key / KEYS_PER_RUN == run && !must.contains(&key), "run {run}: a reused key {key}");
                may.insert(key);
            }
            Event::Added(key) => {
                assert!(may.remove(&key), "run {run}: added {key} without adding it");
                must.insert(key);
            }
            Event::Deleting(key) => {
                // Both the first listing and the adds since are known: nothing else can be seen.
                assert!(must.remove(&key), "run {run}: the child saw document {key}, which should not be there");
                may.insert(key);
            }
            Event::Deleted(key) => {
                assert!(may.remove(&key), "run {run}: deleted {key} without deleting it");
            }
        }
    }
    Expected { must, may }
}

/// Checks the database after run `run` against `expected`; returns the documents it holds.
fn check(db: &str, run: u64, expected: &Expected) -> BTreeSet<u64> {
    let mut svc = service(db);
    let state = unlock(&mut svc);
    let docs = documents(&mut svc);
    assert_eq!(state.documents as usize, docs.len(), "run {run}: the count disagrees with the list");
    let mut present = BTreeSet::new();
    let mut pages = 0;
    for doc in &docs {
        let title = &doc.meta.title;
        let key = key_of(title).unwrap_or_else(|| panic!("run {run}: a document nobody added: {title:?}"));
        assert!(present.insert(key), "run {run}: document {key} is there twice");
        assert!(
            expected.must.contains(&key) || expected.may.contains(&key),
            "run {run}: document {key} is there, but it was never begun, or deleted, or gone after an earlier run"
        );
        pages += check_intact(&mut svc, run, key, doc);
    }
    let missing: Vec<_> = expected.must.difference(&present).collect();
    assert!(missing.is_empty(), "run {run}: documents reported added are missing: {missing:?}");
    drop(svc);
    check_file(db, run, pages);
    present
}

/// Checks that document `key` is whole: its pages, their bytes and its preview. Returns the
/// number of pages.
fn check_intact(svc: &mut Service<NativeFiles>, run: u64, key: u64, doc: &DocumentSummary) -> usize {
    let pages = pages_of(key);
    assert_eq!(doc.meta.pages.len(), pages.len(), "run {run}: document {key} has the wrong number of pages");
    let thumbnail = doc.thumbnail.as_ref().map(|t| t.0.as_slice());
    assert_eq!(thumbnail, Some(thumbnail_of(key, 0).as_slice()), "run {run}: document {key}'s preview");
    for (n, written) in pages.iter().enumerate() {
        match svc.handle(Request::VaultPage { id: doc.id, page: n as u32 }) {
            Response::VaultPage { info, data } => {
                assert_eq!(info.mime, MIME, "run {run}: document {key} page {n}");
                assert!(
                    data.0 == *written,
                    "run {run}: document {key} page {n} has {} bytes, not the {} written",
                    data.0.len(),
                    written.len()
                );
            }
            other => panic!("run {run}: document {key} page {n} does not open: {other:?}"),
        }
    }
    pages.len()
}

/// Checks the file itself, read-only and after the service closed it: its structure, no page
/// without its document, and no page beyond the documents' `pages`.
fn check_file(db: &str, run: u64, pages: usize) {
    use rusqlite::{Connection, OpenFlags};
    let conn = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY).expect("open read-only");
    let integrity: Vec<String> = conn
        .prepare("PRAGMA integrity_check")
        .and_then(|mut stmt| stmt.query_map([], |r| r.get(0))?.collect())
        .expect("integrity_check");
    assert_eq!(integrity, ["ok"], "run {run}: integrity_check");
    let dangling: Vec<(String, Option<i64>)> = conn
        .prepare("PRAGMA foreign_key_check")
        .and_then(|mut stmt| stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect())
        .expect("foreign_key_check");
    assert_eq!(dangling, [], "run {run}: rows whose document is gone (table, rowid)");
    let stored: i64 = conn.query_row("SELECT count(*) FROM vault_pages", [], |r| r.get(0)).expect("count pages");
    assert_eq!(stored as usize, pages, "run {run}: page rows left beside the documents' pages");
}

/// Keeps the database for a look when the test fails.
struct KeepOnFailure(Option<tempfile::TempDir>);

impl Drop for KeepOnFailure {
    fn drop(&mut self) {
        if let (true, Some(dir)) = (thread::panicking(), self.0.take()) {
            eprintln!("the crashed database is kept in {}", dir.keep().display());
        }
    }
}

#[derive(Default)]
struct Tally {
    added: usize,
    deleted: usize,
    /// Kills while an add was under way, and how many of those adds were there afterwards.
    cut_adds: (usize, usize),
    /// Kills while a delete was under way, and how many of those deletes had happened.
    cut_deletes: (usize, usize),
}

#[test]
fn sigkill_during_adds_and_deletes_loses_nothing_reported() {
    let runs = match std::env::var(RUNS_VAR) {
        Ok(runs) => runs.parse().expect("WM_CRASH_RUNS is a number"),
        Err(_) => DEFAULT_RUNS,
    };
    let dir = tempfile::tempdir().expect("a temporary directory");
    let db = dir.path().join("wm.db").display().to_string();
    let _keep = KeepOnFailure(Some(dir));
    let mut seed = [0; 8];
    getrandom::fill(&mut seed).expect("randomness");
    let seed = u64::from_le_bytes(seed);
    let mut rng = SplitMix(seed);

    let started = Instant::now();
    let mut present = BTreeSet::new();
    let mut tally = Tally::default();
    for run in 1..=runs {
        let events = run_and_kill(&db, run, Moment::random(&mut rng));
        let expected = expected_after(run, &present, &events);
        present = check(&db, run, &expected);

        tally.added += events.iter().filter(|e| matches!(e, Event::Added(_))).count();
        tally.deleted += events.iter().filter(|e| matches!(e, Event::Deleted(_))).count();
        match events.last() {
            Some(Event::Adding(key)) => {
                tally.cut_adds.0 += 1;
                tally.cut_adds.1 += usize::from(present.contains(key));
            }
            Some(Event::Deleting(key)) => {
                tally.cut_deletes.0 += 1;
                tally.cut_deletes.1 += usize::from(!present.contains(key));
            }
            _ => {}
        }
    }
    let between = runs as usize - tally.cut_adds.0 - tally.cut_deletes.0;
    println!(
        "{runs} runs killed in {:.1} s (seed {seed:#018x}): {} adds and {} deletes reported done; \
         killed during an add {}× ({} of them there afterwards), during a delete {}× ({} of them done), \
         otherwise {between}×; {} documents at the end, all whole",
        started.elapsed().as_secs_f64(),
        tally.added,
        tally.deleted,
        tally.cut_adds.0,
        tally.cut_adds.1,
        tally.cut_deletes.0,
        tally.cut_deletes.1,
        present.len(),
    );
}
