//! `wm-tool`: the project's own command-line tool.
//!
//! * `wm-tool dist --ui DIR --worker DIR --assets DIR --out DIR` assembles the web build from
//!   wasm-bindgen's output: content-hashed file names, the service worker's file list and build
//!   id, the manifest, fonts and icons.
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
        "usage:\n  wm-tool validate [CONTENT]\n  wm-tool pack [CONTENT] --out DIR\n  wm-tool dist --ui DIR --worker DIR --assets DIR --out DIR\n  wm-tool serve DIR [--addr HOST:PORT]"
    );
    ExitCode::from(2)
}

fn flag(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned()
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
            dist::run(ui.as_ref(), worker.as_ref(), assets.as_ref(), out.as_ref())
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
                        "{dir}: {} topics, {} pages, {} contacts, content version {} of {}: all good",
                        loaded.topics.len(),
                        loaded.pages.len(),
                        loaded.contacts.len(),
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
