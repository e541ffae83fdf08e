//! Vault timings on this machine (native, release): the PIN's key derivation on its own,
//! unlocking without it, adding a 5 MB photo (encrypt and store in SQLite, one transaction) and
//! opening it again (read and decrypt), each the median of 12.
//! Budgets (issue "Document vault"): add < 300 ms, open < 150 ms, KDF excluded and reported.
//! Prints the figures; asserts nothing.
//! Run: `cargo run --release -p wm-core --features sqlite --example bench-vault`.
use std::time::Instant;
use wm_core::api::{Request, Response};
use wm_core::store::{NativeFiles, Service};
use wm_core::vault::crypto::{self, KdfParams, Key};
use wm_core::vault::{Bytes, Category, NewDocument, NewPage};

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

fn ms(start: Instant) -> f64 {
    start.elapsed().as_secs_f64() * 1000.0
}

fn main() {
    const RUNS: usize = 12;
    let salt: [u8; 16] = crypto::random();
    let kdf: Vec<f64> = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(crypto::derive("4711", &salt, KdfParams::DEFAULT));
            ms(t)
        })
        .collect();
    let kek = crypto::derive("4711", &salt, KdfParams::DEFAULT);
    let wrapped = crypto::wrap(&kek, &Key::random());
    let unwrap: Vec<f64> = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(crypto::unwrap(&kek, &wrapped).unwrap());
            ms(t)
        })
        .collect();

    let dir = std::env::temp_dir().join(format!("wm-bench-vault-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut svc = Service::start(dir.join("wm.db").display().to_string(), NativeFiles);
    assert!(matches!(svc.handle(Request::VaultSetUp { secret: "4711".into() }), Response::Vault { .. }));
    // 5 MB of incompressible "photo" bytes and a 20 KB preview.
    let photo: Vec<u8> = (0..5 * 1024 * 1024u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8).collect();
    let thumb = photo[..20 * 1024].to_vec();
    let mut add = Vec::new();
    let mut open = Vec::new();
    let mut decode = Vec::new();
    let mut encode = Vec::new();
    let (key, mut seal, mut sealed) = (Key::random(), Vec::new(), Vec::new());
    for i in 0..RUNS {
        let doc = NewDocument {
            title: format!("Foto {i}"),
            category: Category::Other,
            issued: None,
            expires: None,
            note: String::new(),
            pages: vec![NewPage {
                mime: "image/jpeg".into(),
                data: Bytes(photo.clone()),
                thumbnail: Some(Bytes(thumb.clone())),
            }],
        };
        let t = Instant::now();
        sealed.push(crypto::seal(&key, b"bench", &photo).len());
        seal.push(ms(t));
        let (json, buffers) = Request::VaultAdd { document: doc, at: "2026-11-24T12:00:00Z".into() }.to_wire();
        let t = Instant::now();
        let request = Request::from_wire(&json, buffers).unwrap();
        decode.push(ms(t));
        let t = Instant::now();
        let r = svc.handle(request);
        add.push(ms(t));
        assert!(matches!(r, Response::Vault { .. }), "{r:?}");
        let id = (i + 1) as i64;
        let t = Instant::now();
        let r = svc.handle(Request::VaultPage { id, page: 0 });
        open.push(ms(t));
        let t = Instant::now();
        let (json, buffers) = r.to_wire();
        let back = Response::from_wire(&json, buffers);
        encode.push(ms(t));
        assert_eq!(back, r);
        assert!(matches!(r, Response::VaultPage { data, .. } if data.0.len() == photo.len()));
    }
    println!("Vault, native release build, median of {RUNS}:");
    println!(
        "  key derivation (Argon2id, {} MiB, {} passes) {:>8.1} ms  (reported on its own)",
        KdfParams::DEFAULT.m_kib / 1024,
        KdfParams::DEFAULT.t,
        median(kdf)
    );
    println!("  unlock without the key derivation            {:>8.3} ms  (budget < 150 ms)", median(unwrap));
    println!(
        "  add a 5 MB photo (encrypt + store)           {:>8.1} ms  (budget < 300 ms; preview made by the UI)",
        median(add)
    );
    println!("  of which encrypting the 5 MB                 {:>8.1} ms", median(seal));
    println!("  open it (read + decrypt)                     {:>8.1} ms  (budget < 150 ms)", median(open));
    println!("  the request in wire form, decoded (web only) {:>8.1} ms", median(decode));
    println!("  the page in wire form, there and back (web)  {:>8.1} ms", median(encode));
    assert!(sealed.iter().all(|&n| n > photo.len()));
    let _ = std::fs::remove_dir_all(&dir);
}
