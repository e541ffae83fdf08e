//! `wm-tool`: the project's own command-line tool.
//!
//! * `wm-tool keygen --out FILE` makes a content signing key (keep the file out of git).
//! * `wm-tool publish [CONTENT] --key FILE --out DIR [--expires-days N] [--rotation FILE]…`
//!   validates, signs and writes the pack for a static host: `manifest.sig.json` plus
//!   `files/<sha256>` (earlier files stay).
//! * `wm-tool rotate --old FILE --new FILE --out FILE` writes a key rotation statement, signed
//!   with the old key, to pass to `publish --rotation`.
//! * `wm-tool dist --ui DIR --worker DIR --assets DIR [--content DIR] [--locales DIR] --out DIR
//!   [--content-origin URL] [--trust KEYFILE]…` assembles the web build from wasm-bindgen's
//!   output: content-hashed file names, the built-in content pack as data beside the code
//!   (default `content`), one UI-strings file per language (default `locales`), the service worker's file list and build id, the manifest, fonts and
//!   icons, and where updates come from (default `inhalt/` beside the app) and which keys sign
//!   them.
//! * `wm-tool serve DIR [--addr 127.0.0.1:8080]` serves a directory like any static web host
//!   would (every unknown page address answers with the app's index.html).
//!
//! * `wm-tool validate [CONTENT]` checks the editor's content folder (default `content`) and
//!   prints every problem as `file:line: message`.
//! * `wm-tool pack [CONTENT] --out DIR` validates, then writes the content pack as a static
//!   host serves it (`manifest.json`, `files/<sha256>`) plus `bundle.json` (the form the app embeds).

mod dist;
mod serve;

use std::process::ExitCode;

fn usage() -> ExitCode {
    eprintln!(
        "usage:\n  wm-tool validate [CONTENT]\n  wm-tool pack [CONTENT] --out DIR\n  wm-tool keygen --out FILE\n  wm-tool publish [CONTENT] --key FILE --out DIR [--expires-days N] [--rotation FILE]...\n  wm-tool rotate --old FILE --new FILE --out FILE\n  wm-tool dist --ui DIR --worker DIR --assets DIR [--content DIR] [--locales DIR] --out DIR [--content-origin URL] [--trust KEYFILE]...\n  wm-tool serve DIR [--addr HOST:PORT]"
    );
    ExitCode::from(2)
}

fn flag(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned()
}

/// Every value of a repeatable flag.
fn flags(args: &[String], name: &str) -> Vec<String> {
    args.iter().enumerate().filter(|(_, a)| *a == name).filter_map(|(i, _)| args.get(i + 1).cloned()).collect()
}

fn read_key(path: &str) -> Result<wm_pack::KeyFile, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read the key file {path}: {e}"))?;
    wm_pack::KeyFile::parse(&text).map_err(|e| format!("{path}: {e}"))
}

fn keygen(out: &std::path::Path) -> Result<(), String> {
    if out.exists() {
        return Err(format!("{} exists; a key is never overwritten", out.display()));
    }
    let mut secret = [0u8; 32];
    getrandom::fill(&mut secret).map_err(|e| format!("no randomness from the system: {e}"))?;
    let key = wm_pack::KeyFile::from_secret(secret);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    use std::io::Write;
    options
        .open(out)
        .and_then(|mut f| f.write_all(key.to_text().as_bytes()))
        .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    println!("key written to {} (keep it secret, out of git)", out.display());
    println!("public key, for the app's list of trusted keys: {}", wm_core::trust::to_hex(&key.public));
    println!("key id: {}", wm_core::trust::key_id(&key.public));
    Ok(())
}

fn publish(
    dir: &std::path::Path,
    key: &str,
    out: &std::path::Path,
    days: i64,
    rotation_files: &[String],
) -> Result<(), String> {
    let key = read_key(key)?;
    let loaded = wm_pack::load(dir).map_err(|problems| {
        for p in &problems {
            eprintln!("{p}");
        }
        format!("{} problem(s) in {}; nothing was published", problems.len(), dir.display())
    })?;
    let mut rotations = Vec::new();
    for f in rotation_files {
        let text = std::fs::read_to_string(f).map_err(|e| format!("cannot read {f}: {e}"))?;
        rotations.push(serde_json::from_str(&text).map_err(|e| format!("{f} is not a key rotation statement: {e}"))?);
    }
    if !(1..=wm_core::trust::MAX_VALIDITY_DAYS).contains(&days) {
        return Err(format!("--expires-days must be between 1 and {}", wm_core::trust::MAX_VALIDITY_DAYS));
    }
    let expires = jiff::Timestamp::now()
        .checked_add(jiff::SignedDuration::from_hours(24 * days))
        .map_err(|e| e.to_string())?
        .round(jiff::Unit::Second)
        .map_err(|e| e.to_string())?
        .to_string();
    let bundle = wm_pack::bundle(&loaded);
    let envelope = wm_pack::publish(&bundle, &key, &expires, rotations, out)?;
    println!(
        "published content version {} (expires {expires}) to {}, signed by key {}",
        loaded.version,
        out.display(),
        envelope.key_id
    );
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("dist") => {
            let (Some(ui), Some(worker), Some(assets), Some(out)) =
                (flag(&args, "--ui"), flag(&args, "--worker"), flag(&args, "--assets"), flag(&args, "--out"))
            else {
                return usage();
            };
            let origin = flag(&args, "--content-origin").unwrap_or_else(|| "inhalt/".into());
            let content = flag(&args, "--content").unwrap_or_else(|| "content".into());
            let locales = flag(&args, "--locales").unwrap_or_else(|| "locales".into());
            let key_files = flags(&args, "--trust");
            dist::UpdateSource::new(origin, &key_files).and_then(|source| {
                let paths = (ui.as_ref(), worker.as_ref(), assets.as_ref(), content.as_ref(), locales.as_ref());
                dist::run(paths.0, paths.1, paths.2, paths.3, paths.4, out.as_ref(), &source)
            })
        }
        Some(cmd @ ("validate" | "pack")) => {
            let dir = args.get(1).filter(|d| !d.starts_with("--")).cloned().unwrap_or_else(|| "content".into());
            match wm_pack::load(dir.as_ref()) {
                Err(problems) => {
                    for p in &problems {
                        eprintln!("{p}");
                    }
                    Err(format!("{} problem(s) in {dir}; nothing was built", problems.len()))
                }
                Ok(loaded) => {
                    println!(
                        "{dir}: {} topics, {} pages, {} contacts, {} events, content version {} of {}: all good",
                        loaded.topics.len(),
                        loaded.pages.len(),
                        loaded.contacts.len(),
                        loaded.events.len(),
                        loaded.version,
                        loaded.date
                    );
                    if cmd == "pack" {
                        let Some(out) = flag(&args, "--out") else { return usage() };
                        let bundle = wm_pack::bundle(&loaded);
                        let out = std::path::PathBuf::from(out);
                        wm_pack::write_dir(&bundle, &out)
                            .and_then(|()| std::fs::write(out.join("bundle.json"), wm_pack::bundle_json(&bundle)))
                            .map_err(|e| format!("cannot write the pack: {e}"))
                            .map(|()| println!("pack written to {}", out.display()))
                    } else {
                        Ok(())
                    }
                }
            }
        }
        Some("keygen") => {
            let Some(out) = flag(&args, "--out") else { return usage() };
            keygen(out.as_ref())
        }
        Some("rotate") => {
            let (Some(old), Some(new), Some(out)) = (flag(&args, "--old"), flag(&args, "--new"), flag(&args, "--out"))
            else {
                return usage();
            };
            read_key(&old).and_then(|old| {
                let new = read_key(&new)?;
                let statement = wm_pack::rotation(&old, &new.public);
                std::fs::write(&out, serde_json::to_string_pretty(&statement).expect("serialises"))
                    .map_err(|e| format!("cannot write {out}: {e}"))
            })
        }
        Some("publish") => {
            let dir = args.get(1).filter(|d| !d.starts_with("--")).cloned().unwrap_or_else(|| "content".into());
            let (Some(key), Some(out)) = (flag(&args, "--key"), flag(&args, "--out")) else { return usage() };
            let days: i64 = flag(&args, "--expires-days").and_then(|d| d.parse().ok()).unwrap_or(30);
            let rotation_files = flags(&args, "--rotation");
            publish(dir.as_ref(), &key, out.as_ref(), days, &rotation_files)
        }
        Some("serve") => {
            let Some(dir) = args.get(1).filter(|d| !d.starts_with("--")) else {
                return usage();
            };
            let addr = flag(&args, "--addr").unwrap_or_else(|| "127.0.0.1:8080".into());
            serve::run(dir.as_ref(), &addr)
        }
        _ => return usage(),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("wm-tool: {message}");
            ExitCode::FAILURE
        }
    }
}
