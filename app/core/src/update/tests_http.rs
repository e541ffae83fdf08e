//! The update client against a real HTTP server on 127.0.0.1 that the test controls: every
//! hostile or broken answer must leave the installed content exactly as it was and say why.

use super::client::{Limits, Network, Outcome, StoreLink, UpdateConfig, Updater};
use super::test_server::{Reply, TestServer};
use super::{file_path, UpdateProblem, UpdateStatus, MANIFEST_PATH};
use crate::api::{Request, Response};
use crate::content::{Bundle, Manifest};
use crate::store::fixtures::{leak, sample};
use crate::store::{NativeFiles, Service};
use crate::trust::{key_id, rotation_statement, to_hex, Envelope, KeyRotation, UpdateError};
use ed25519_dalek::{Signer, SigningKey};
use std::cell::RefCell;
use std::time::Duration;

struct Link<'a>(&'a RefCell<Service<NativeFiles>>);

impl StoreLink for Link<'_> {
    fn call(&self, request: Request) -> super::client::LocalBoxFuture<Response> {
        let response = self.0.borrow_mut().handle(request);
        Box::pin(std::future::ready(response))
    }
}

fn key(seed: u8) -> SigningKey {
    SigningKey::from_bytes(&[seed; 32])
}

fn sign(k: &SigningKey, manifest: &Manifest, expires: &str, rotations: Vec<KeyRotation>) -> String {
    let payload = serde_json::to_string(&super::to_sign(manifest, expires).0).unwrap();
    let signature = to_hex(&k.sign(payload.as_bytes()).to_bytes());
    let key_id = key_id(&k.verifying_key().to_bytes());
    serde_json::to_string(&Envelope { payload, key_id, signature, rotations }).unwrap()
}

fn rotate(old: &SigningKey, new: &SigningKey) -> KeyRotation {
    let new_key = to_hex(&new.verifying_key().to_bytes());
    let signature = to_hex(&old.sign(rotation_statement(&new_key).as_bytes()).to_bytes());
    KeyRotation { new_key, signed_by: key_id(&old.verifying_key().to_bytes()), signature }
}

const NOW: &str = "2026-11-24T12:00:00Z";
const EXPIRES: &str = "2026-12-24T12:00:00Z";

struct Rig {
    server: TestServer,
    _dir: tempfile::TempDir,
    service: RefCell<Service<NativeFiles>>,
    updater: Updater,
    config: UpdateConfig,
    runtime: tokio::runtime::Runtime,
}

impl Rig {
    /// An app with built-in content version 1 ("Alt"), trusting key 1, and an empty server.
    fn new() -> Rig {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("wm.db").display().to_string();
        let service = Service::start_with_content(db, NativeFiles, Some(leak(&sample(1, "Alt"))));
        let server = TestServer::start();
        let config = UpdateConfig::new(&server.base, &[to_hex(&key(1).verifying_key().to_bytes())]).unwrap();
        let limits = Limits { stall: Duration::from_millis(400), manifest_bytes: 64 * 1024, ..Limits::default() };
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        Rig { server, _dir: dir, service: RefCell::new(service), updater: Updater::new(limits), config, runtime }
    }

    /// Puts `bundle`'s files on the server and its manifest, signed by `signer`.
    fn publish(&self, bundle: &Bundle, signer: &SigningKey, expires: &str, rotations: Vec<KeyRotation>) {
        for entry in &bundle.manifest.files {
            self.server.put(&file_path(&entry.sha256), bundle.files[&entry.path].clone());
        }
        for (entry, text) in super::split(&bundle.manifest.files) {
            self.server.put(&file_path(&entry.sha256), text);
        }
        self.server.put(MANIFEST_PATH, sign(signer, &bundle.manifest, expires, rotations));
    }

    fn check_at(&self, now: &str) -> Outcome {
        let link = Link(&self.service);
        let now = now.parse().unwrap();
        self.runtime.block_on(self.updater.check(&self.config, &link, now, Network::default(), &|_, _| {}))
    }

    fn check(&self) -> Outcome {
        self.check_at(NOW)
    }

    fn status(&self) -> UpdateStatus {
        match self.service.borrow_mut().handle(Request::UpdateStatus) {
            Response::UpdateStatus { update } => update,
            other => panic!("{other:?}"),
        }
    }

    /// What a reader sees: the installed manifest's version and files, and the MEB page title.
    fn snapshot(&self) -> (Option<crate::api::ContentInfo>, Option<String>, String) {
        let status = self.status();
        let title =
            match self.service.borrow_mut().handle(Request::Topic { slug: "meb-buero".into(), lang: "de".into() }) {
                Response::Topic { topic } => topic.page.title,
                other => panic!("{other:?}"),
            };
        (status.content, status.digest, title)
    }

    /// Runs a check that must fail with `expected` and change nothing.
    fn refused(&self, expected: impl Fn(&UpdateProblem) -> bool) {
        let before = self.snapshot();
        let outcome = self.check();
        match &outcome {
            Outcome::Failed(p) if expected(p) => {}
            other => panic!("unexpected outcome {other:?}"),
        }
        assert_eq!(self.snapshot(), before, "installed content changed");
        let Outcome::Failed(problem) = outcome else { unreachable!() };
        assert_eq!(self.status().last_error, Some(problem), "the problem is recorded for settings");
    }
}

fn size_of_de_page(b: &Bundle) -> u64 {
    b.manifest.files.iter().find(|e| e.path == "topics/meb-buero/de.json").unwrap().size
}

fn refused_with(error: impl Fn(&UpdateError) -> bool) -> impl Fn(&UpdateProblem) -> bool {
    move |p| matches!(p, UpdateProblem::Refused { error: e } if error(e))
}

#[test]
fn a_one_page_change_downloads_one_file_and_a_repeat_check_is_a_304() {
    let rig = Rig::new();
    rig.publish(&sample(2, "Neu"), &key(1), EXPIRES, vec![]);
    assert_eq!(rig.check(), Outcome::Applied { version: 2, files: 1, bytes: size_of_de_page(&sample(2, "Neu")) });
    let seen: Vec<String> = rig.server.take_seen().into_iter().map(|s| s.path).collect();
    assert_eq!(seen.len(), 3, "manifest, the German part of the file list, the changed page: {seen:?}");
    assert_eq!(rig.snapshot().2, "Neu");
    let status = rig.status();
    assert_eq!((status.last_success.as_deref(), status.last_error), (Some(NOW), None));
    // Again: a conditional request, answered 304, nothing else fetched.
    assert_eq!(rig.check(), Outcome::Unchanged);
    let seen = rig.server.take_seen();
    assert_eq!(seen.len(), 1);
    assert!(seen[0].headers.iter().any(|(k, _)| k == "if-none-match"), "{:?}", seen[0].headers);
}

#[test]
fn a_tampered_file_is_refused() {
    let rig = Rig::new();
    let v2 = sample(2, "Neu");
    rig.publish(&v2, &key(1), EXPIRES, vec![]);
    let entry = v2.manifest.files.iter().find(|e| e.path == "topics/meb-buero/de.json").unwrap();
    rig.server.put(&file_path(&entry.sha256), v2.files[&entry.path].replace("Neu", "Bad"));
    rig.refused(|p| matches!(p, UpdateProblem::FileDamaged { .. }));
}

#[test]
fn unknown_keys_and_bad_signatures_are_refused() {
    let rig = Rig::new();
    rig.publish(&sample(2, "Neu"), &key(7), EXPIRES, vec![]);
    rig.refused(refused_with(|e| matches!(e, UpdateError::UnknownKey { .. })));
    let mut envelope: Envelope =
        serde_json::from_str(&sign(&key(1), &sample(2, "Neu").manifest, EXPIRES, vec![])).unwrap();
    envelope.signature = to_hex(&key(1).sign(b"something else").to_bytes());
    rig.server.put(MANIFEST_PATH, serde_json::to_string(&envelope).unwrap());
    rig.refused(refused_with(|e| *e == UpdateError::BadSignature));
}

#[test]
fn rollback_same_version_changes_and_expired_manifests_are_refused() {
    let rig = Rig::new();
    rig.publish(&sample(3, "Drei"), &key(1), EXPIRES, vec![]);
    assert!(matches!(rig.check(), Outcome::Applied { version: 3, .. }));
    rig.publish(&sample(2, "Zwei"), &key(1), EXPIRES, vec![]);
    rig.refused(refused_with(|e| matches!(e, UpdateError::Rollback { installed: 3, offered: 2 })));
    rig.publish(&sample(3, "Drei, aber anders"), &key(1), EXPIRES, vec![]);
    rig.refused(refused_with(|e| matches!(e, UpdateError::SameVersionDifferentContent { version: 3 })));
    rig.publish(&sample(4, "Vier"), &key(1), "2026-11-20T00:00:00Z", vec![]);
    rig.refused(refused_with(|e| matches!(e, UpdateError::Expired { .. })));
    assert!(rig.status().last_error.unwrap().to_string().contains("content may be outdated"));
}

#[test]
fn a_manifest_of_one_version_with_files_of_another_is_refused() {
    let rig = Rig::new();
    let (v2, v3) = (sample(2, "Zwei"), sample(3, "Drei"));
    rig.publish(&v2, &key(1), EXPIRES, vec![]);
    // The host serves v3's page under the name v2's manifest gives it.
    let path = "topics/meb-buero/de.json";
    let entry = v2.manifest.files.iter().find(|e| e.path == path).unwrap();
    rig.server.put(&file_path(&entry.sha256), v3.files[path].clone());
    rig.refused(|p| matches!(p, UpdateProblem::FileDamaged { .. } | UpdateProblem::Truncated { .. }));
}

#[test]
fn oversized_and_endless_answers_are_cut_off_while_streaming() {
    let rig = Rig::new();
    let v2 = sample(2, "Neu");
    rig.publish(&v2, &key(1), EXPIRES, vec![]);
    let entry = v2.manifest.files.iter().find(|e| e.path == "topics/meb-buero/de.json").unwrap();
    let mut bigger = v2.files[&entry.path].clone().into_bytes();
    bigger.extend_from_slice(&[b' '; 4096]);
    rig.server.put(&file_path(&entry.sha256), bigger);
    rig.refused(|p| matches!(p, UpdateProblem::FileTooLarge { .. }));
    // A body that never ends, without a length: read only up to the file's signed size.
    rig.server.reply(&file_path(&entry.sha256), Reply::Endless, false);
    rig.refused(|p| matches!(p, UpdateProblem::FileTooLarge { .. }));
    // The same for the manifest, whose size nobody signed: the manifest cap holds.
    rig.server.reply(MANIFEST_PATH, Reply::Endless, false);
    rig.refused(|p| matches!(p, UpdateProblem::FileTooLarge { path } if path == MANIFEST_PATH));
}

#[test]
fn a_stalled_server_times_out() {
    let rig = Rig::new();
    rig.publish(&sample(2, "Neu"), &key(1), EXPIRES, vec![]);
    rig.server.reply(MANIFEST_PATH, Reply::Stall(Duration::from_secs(5)), true);
    let started = std::time::Instant::now();
    rig.refused(|p| *p == UpdateProblem::TimedOut);
    assert!(started.elapsed() < Duration::from_secs(4), "the stall was waited out instead of timed out");
}

#[test]
fn a_connection_broken_halfway_resumes_on_the_next_check() {
    let rig = Rig::new();
    // Two changed files: the page and the contact.
    let mut v2 = sample(2, "Neu");
    let contact_path = "contacts/meb-buero.json".to_string();
    let text = v2.files[&contact_path].replace("MEB-Büro", "MEB-Büro Neuss");
    for e in v2.manifest.files.iter_mut().filter(|e| e.path == contact_path) {
        e.sha256 = crate::content::sha256_hex(text.as_bytes());
        e.size = text.len() as u64;
    }
    v2.files.insert(contact_path.clone(), text);
    rig.publish(&v2, &key(1), EXPIRES, vec![]);
    let page = v2.manifest.files.iter().find(|e| e.path == "topics/meb-buero/de.json").unwrap();
    let contact = v2.manifest.files.iter().find(|e| e.path == contact_path).unwrap();
    // Files are fetched part by part (languages in order, then the shared part): the page
    // first, then the contact; break the second.
    rig.server.reply(&file_path(&contact.sha256), Reply::BreakOff { after: 10 }, true);
    rig.refused(|p| matches!(p, UpdateProblem::Truncated { .. }));
    rig.server.take_seen();
    assert!(matches!(rig.check(), Outcome::Applied { version: 2, .. }));
    let seen: Vec<String> = rig.server.take_seen().into_iter().map(|s| s.path).collect();
    assert!(!seen.contains(&file_path(&page.sha256)), "the verified file was fetched again: {seen:?}");
    assert_eq!(seen, [MANIFEST_PATH.to_string(), file_path(&contact.sha256)]);
    assert_eq!(rig.snapshot().2, "Neu");
}

#[test]
fn error_pages_redirects_and_garbage_are_refused() {
    let rig = Rig::new();
    rig.publish(&sample(2, "Neu"), &key(1), EXPIRES, vec![]);
    let html = Reply::Fixed {
        status: 200,
        headers: vec![("Content-Type".into(), "text/html".into())],
        body: b"<html><body>502 Bad Gateway</body></html>".to_vec(),
    };
    rig.server.reply(MANIFEST_PATH, html, true);
    rig.refused(refused_with(|e| matches!(e, UpdateError::Malformed { .. })));
    rig.server.reply(
        MANIFEST_PATH,
        Reply::Fixed { status: 200, headers: vec![], body: b"{\"payload\": 3".to_vec() },
        true,
    );
    rig.refused(refused_with(|e| matches!(e, UpdateError::Malformed { .. })));
    rig.server.reply(MANIFEST_PATH, Reply::Fixed { status: 503, headers: vec![], body: b"busy".to_vec() }, true);
    rig.refused(|p| *p == UpdateProblem::Server { status: 503 });
    // A redirect to another host is not followed: that host sees nothing.
    let elsewhere = TestServer::start();
    elsewhere.put(MANIFEST_PATH, sign(&key(1), &sample(2, "Neu").manifest, EXPIRES, vec![]));
    let to = format!("{}{MANIFEST_PATH}", elsewhere.base);
    rig.server.reply(
        MANIFEST_PATH,
        Reply::Fixed { status: 302, headers: vec![("Location".into(), to)], body: vec![] },
        true,
    );
    rig.refused(|p| matches!(p, UpdateProblem::Redirected { .. }));
    assert!(elsewhere.take_seen().is_empty());
    // Afterwards the honest answer still works.
    assert!(matches!(rig.check(), Outcome::Applied { version: 2, .. }));
}

#[test]
fn no_network_is_silent() {
    let rig = Rig::new();
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let config =
        UpdateConfig::new(&format!("http://{closed}/pack/"), &[to_hex(&key(1).verifying_key().to_bytes())]).unwrap();
    let link = Link(&rig.service);
    let outcome =
        rig.runtime.block_on(rig.updater.check(&config, &link, NOW.parse().unwrap(), Network::default(), &|_, _| {}));
    assert_eq!(outcome, Outcome::Offline);
    let status = rig.status();
    assert_eq!((status.last_check, status.last_error), (None, None));
}

#[test]
fn a_rotated_key_is_accepted_and_remembered() {
    let rig = Rig::new();
    rig.publish(&sample(2, "Zwei"), &key(2), EXPIRES, vec![rotate(&key(1), &key(2))]);
    assert!(matches!(rig.check(), Outcome::Applied { version: 2, .. }));
    assert_eq!(rig.status().learned_keys, vec![to_hex(&key(2).verifying_key().to_bytes())]);
    // Later manifests signed by the new key alone are accepted too.
    rig.publish(&sample(3, "Drei"), &key(2), EXPIRES, vec![]);
    assert!(matches!(rig.check(), Outcome::Applied { version: 3, .. }));
    assert_eq!(rig.snapshot().2, "Drei");
}

#[test]
fn a_far_future_version_is_accepted_but_blocks_nothing_after_it_expires() {
    let rig = Rig::new();
    rig.publish(&sample(1_000_000_000_000, "Versehen"), &key(1), "2026-12-01T00:00:00Z", vec![]);
    assert!(matches!(rig.check(), Outcome::Applied { version: 1_000_000_000_000, .. }));
    // The editor notices and publishes the next real version, made later.
    let mut fixed = sample(5, "Richtig");
    fixed.manifest.created = "2026-11-25T08:00:00Z".into();
    rig.publish(&fixed, &key(1), "2026-12-30T00:00:00Z", vec![]);
    // While the far-future manifest is valid it stands ...
    assert!(matches!(rig.check_at("2026-11-26T00:00:00Z"), Outcome::Failed(UpdateProblem::Refused { .. })));
    // ... once it has expired, the later one replaces it.
    assert!(matches!(rig.check_at("2026-12-02T00:00:00Z"), Outcome::Applied { version: 5, .. }));
    assert_eq!(rig.snapshot().2, "Richtig");
}

#[test]
fn large_downloads_wait_for_wifi_when_the_reader_asked_for_it() {
    let rig = Rig::new();
    rig.publish(&sample(2, "Neu"), &key(1), EXPIRES, vec![]);
    // Everything counts as large here.
    let updater = Updater::new(Limits { large_bytes: 1, ..Limits::default() });
    let link = Link(&rig.service);
    let run = |network: Network| {
        rig.runtime.block_on(updater.check(&rig.config, &link, NOW.parse().unwrap(), network, &|_, _| {}))
    };
    let before = rig.snapshot();
    let waiting = run(Network { metered: true, wifi_only: true });
    assert!(matches!(waiting, Outcome::WaitingForWifi { bytes } if bytes > 0), "{waiting:?}");
    assert_eq!(rig.snapshot(), before);
    // On Wi-Fi, or when the reader allows mobile data, it goes ahead.
    assert!(matches!(run(Network { metered: true, wifi_only: false }), Outcome::Applied { .. }));
}

#[test]
fn progress_is_reported_while_files_arrive() {
    let rig = Rig::new();
    let v2 = sample(2, "Neu");
    rig.publish(&v2, &key(1), EXPIRES, vec![]);
    let seen = RefCell::new(Vec::new());
    let link = Link(&rig.service);
    let progress = |done: u64, total: u64| seen.borrow_mut().push((done, total));
    let outcome = rig.runtime.block_on(rig.updater.check(
        &rig.config,
        &link,
        NOW.parse().unwrap(),
        Network::default(),
        &progress,
    ));
    assert!(matches!(outcome, Outcome::Applied { .. }));
    let size = size_of_de_page(&v2);
    assert_eq!(seen.into_inner().last(), Some(&(size, size)));
}
