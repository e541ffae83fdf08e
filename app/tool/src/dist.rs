//! Assembles the web build.
//!
//! Code files get their content hash in the name, so a browser or CDN may cache them forever and
//! a new build can never be mixed with an old one. The service worker gets a build id (a hash of
//! every file it precaches) and the list of those files.

use std::fs;
use std::path::Path;
use wm_core::content::sha256_hex;

fn read(path: &Path) -> Result<Vec<u8>, String> {
    fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Writes `bytes` as `<stem>-<hash>.<ext>` under `out` and returns that name.
fn put_hashed(out: &Path, stem: &str, ext: &str, bytes: &[u8]) -> Result<String, String> {
    let name = format!("{stem}-{}.{ext}", &sha256_hex(bytes)[..12]);
    write(&out.join(&name), bytes)?;
    Ok(name)
}

fn copy_tree(from: &Path, to: &Path, files: &mut Vec<String>, prefix: &str) -> Result<(), String> {
    let mut entries: Vec<_> = fs::read_dir(from)
        .map_err(|e| format!("cannot list {}: {e}", from.display()))?
        .filter_map(Result::ok)
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name().to_string_lossy().to_string();
        let path = entry.path();
        if path.is_dir() {
            copy_tree(&path, &to.join(&name), files, &format!("{prefix}{name}/"))?;
        } else {
            write(&to.join(&name), &read(&path)?)?;
            files.push(format!("{prefix}{name}"));
        }
    }
    Ok(())
}

/// Replaces every `__KEY__` placeholder; fails if one is left, so a template change that
/// forgets a value is caught at build time, not in a user's browser.
fn fill(template: &str, values: &[(&str, &str)], what: &str) -> Result<String, String> {
    let mut text = template.to_string();
    for (key, value) in values {
        text = text.replace(&format!("__{key}__"), value);
    }
    if let Some(left) = leftover_placeholder(&text) {
        return Err(format!("{what}: placeholder {left} has no value"));
    }
    Ok(text)
}

/// The first `__UPPER_CASE__` placeholder in `text`, if any.
fn leftover_placeholder(text: &str) -> Option<&str> {
    let mut rest = text;
    while let Some(start) = rest.find("__") {
        let after = &rest[start + 2..];
        let name_len = after.bytes().take_while(|b| b.is_ascii_uppercase() || *b == b'_').count();
        let name = &after[..name_len];
        if name.len() > 2 && name.ends_with("__") && !name.trim_end_matches('_').is_empty() {
            return Some(&rest[start..start + 2 + name_len]);
        }
        rest = &rest[start + 2..];
    }
    None
}

/// Where the web build looks for content updates, and which keys it believes.
pub struct UpdateSource {
    /// The content origin: absolute, or relative to the app's address (`inhalt/`).
    pub origin: String,
    /// Trusted public keys, hex.
    pub keys: Vec<String>,
}

impl UpdateSource {
    /// Reads keys from files: a public key file (`<hex>` alone, comments allowed) or a signing
    /// key file (its `public = "…"` line).
    pub fn new(origin: String, key_files: &[String]) -> Result<UpdateSource, String> {
        let mut keys = Vec::new();
        for f in key_files {
            let text = fs::read_to_string(f).map_err(|e| format!("cannot read {f}: {e}"))?;
            let key = text
                .lines()
                .map(|l| l.trim())
                .filter(|l| !l.starts_with('#') && !l.is_empty())
                .map(|l| l.strip_prefix("public = ").unwrap_or(l).trim_matches('"'))
                .find(|l| wm_core::trust::parse_hex::<32>(l).is_some())
                .ok_or_else(|| format!("{f} holds no public key (64 hex digits)"))?;
            keys.push(key.to_string());
        }
        if origin.contains(['"', '<', '>', ' ', ';']) {
            return Err(format!("content origin {origin:?} is not a plain URL"));
        }
        Ok(UpdateSource { origin, keys })
    }

    /// The CSP `connect-src` addition an absolute origin on another host needs.
    fn connect_src(&self) -> String {
        match self.origin.split_once("://") {
            Some((scheme, rest)) => format!(" {scheme}://{}", rest.split('/').next().unwrap_or_default()),
            None => String::new(),
        }
    }
}

pub fn run(
    ui: &Path,
    worker: &Path,
    assets: &Path,
    content: &Path,
    locales: &Path,
    out: &Path,
    source: &UpdateSource,
) -> Result<(), String> {
    if out.exists() {
        fs::remove_dir_all(out).map_err(|e| format!("cannot clear {}: {e}", out.display()))?;
    }
    let web = assets.join("web");
    let mut files: Vec<String> = Vec::new();

    // The app and the storage worker, as wasm-bindgen wrote them.
    let app_wasm = put_hashed(out, "app", "wasm", &read(&ui.join("app_bg.wasm"))?)?;
    let app_js = put_hashed(out, "app", "js", &read(&ui.join("app.js"))?)?;
    if ui.join("snippets").is_dir() {
        copy_tree(&ui.join("snippets"), &out.join("snippets"), &mut files, "snippets/")?;
    }
    let webdb_wasm = put_hashed(out, "webdb", "wasm", &read(&worker.join("webdb_bg.wasm"))?)?;
    let webdb_js = put_hashed(out, "webdb", "js", &read(&worker.join("webdb.js"))?)?;

    // The built-in content pack, beside the code (the worker installs it on first start).
    let loaded = wm_pack::load(content).map_err(|problems| {
        let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        format!("the content in {} has problems:\n{}", content.display(), list.join("\n"))
    })?;
    let content_json = put_hashed(out, "content", "json", wm_pack::bundle_json(&wm_pack::bundle(&loaded)).as_bytes())?;

    let worker_src = String::from_utf8(read(&web.join("db-worker.js"))?).map_err(|e| e.to_string())?;
    let worker_js = fill(
        &worker_src,
        &[("WEBDB_JS", &webdb_js), ("WEBDB_WASM", &webdb_wasm), ("CONTENT_JSON", &content_json)],
        "db-worker.js",
    )?;
    let worker_name = put_hashed(out, "db-worker", "js", worker_js.as_bytes())?;

    let bridge_src = String::from_utf8(read(&web.join("bridge.js"))?).map_err(|e| e.to_string())?;
    let bridge_js = fill(&bridge_src, &[("WORKER_JS", &worker_name)], "bridge.js")?;
    let bridge_name = put_hashed(out, "bridge", "js", bridge_js.as_bytes())?;

    let boot_src = String::from_utf8(read(&web.join("boot.js"))?).map_err(|e| e.to_string())?;
    let boot_js = fill(&boot_src, &[("APP_JS", &app_js), ("APP_WASM", &app_wasm)], "boot.js")?;
    let boot_name = put_hashed(out, "boot", "js", boot_js.as_bytes())?;

    files.extend([
        app_wasm.clone(),
        app_js.clone(),
        webdb_wasm,
        webdb_js,
        content_json,
        worker_name,
        bridge_name.clone(),
        boot_name.clone(),
    ]);

    // UI strings beside the code, one file per language (the app carries German and
    // loads the reader's language; see `wm_core::i18n::LOCALE_FILES`).
    fs::create_dir_all(out.join("locales")).map_err(|e| e.to_string())?;
    for language in wm_core::i18n::LANGUAGES {
        let mut text = String::new();
        for name in ["app.ftl", "calendar.ftl", "dates.ftl"] {
            let part = String::from_utf8(read(&locales.join(language.code).join(name))?).map_err(|e| e.to_string())?;
            text.push_str(&part);
            text.push('\n');
        }
        let name = format!("locales/{}.ftl", language.code);
        write(&out.join(&name), text.as_bytes())?;
        files.push(name);
    }

    copy_tree(&assets.join("fonts"), &out.join("fonts"), &mut files, "fonts/")?;
    copy_tree(&web.join("icons"), &out.join("icons"), &mut files, "icons/")?;
    write(&out.join("manifest.webmanifest"), &read(&web.join("manifest.webmanifest"))?)?;
    files.push("manifest.webmanifest".into());

    // The build id covers every file, so any change at all makes a new service worker version.
    let mut all = files.clone();
    all.sort();
    let mut everything = Vec::new();
    for f in &all {
        everything.extend_from_slice(f.as_bytes());
        everything.extend_from_slice(&read(&out.join(f))?);
    }
    // The index names hashed files only, so hashing the file list above covers it; the
    // service worker's own code counts too.
    let sw_src = String::from_utf8(read(&web.join("sw.js"))?).map_err(|e| e.to_string())?;
    everything.extend_from_slice(sw_src.as_bytes());
    // So does where updates come from and whom to trust.
    let keys = source.keys.join(" ");
    everything.extend_from_slice(format!("{}\n{keys}", source.origin).as_bytes());
    let index_src = String::from_utf8(read(&web.join("index.html"))?).map_err(|e| e.to_string())?;
    let build_id: String = sha256_hex(&everything)[..16].to_string();
    let index = fill(
        &index_src,
        &[
            ("APP_JS", &app_js),
            ("APP_WASM", &app_wasm),
            ("BRIDGE_JS", &bridge_name),
            ("BOOT_JS", &boot_name),
            ("BUILD_ID", &build_id),
            ("CONTENT_ORIGIN", &source.origin),
            ("TRUSTED_KEYS", &keys),
            ("CONNECT_SRC", &source.connect_src()),
        ],
        "index.html",
    )?;
    write(&out.join("index.html"), index.as_bytes())?;

    let mut precache: Vec<String> = vec!["/index.html".into()];
    precache.extend(all.iter().map(|f| format!("/{f}")));
    let list = format!("[{}]", precache.iter().map(|f| format!("\"{f}\"")).collect::<Vec<_>>().join(",\n  "));
    let sw = fill(&sw_src, &[("BUILD_ID", &build_id), ("PRECACHE", &list)], "sw.js")?;
    write(&out.join("sw.js"), sw.as_bytes())?;

    println!("web build {build_id} in {} ({} files)", out.display(), precache.len() + 1);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_and_rejects_leftovers() {
        assert_eq!(fill("a __X__ b", &[("X", "1")], "t").unwrap(), "a 1 b");
        let err = fill("a __X__ __Y__", &[("X", "1")], "t").unwrap_err();
        assert!(err.contains("__Y__"), "{err}");
        // Double underscores that are not an upper-case placeholder are left alone.
        assert!(fill("obj.__proto__ and x__y z__", &[], "t").is_ok());
        assert_eq!(leftover_placeholder("a __BUILD_ID__ b"), Some("__BUILD_ID__"));
    }

    #[test]
    fn update_sources_read_key_files_and_widen_the_csp_only_for_other_hosts() {
        let dir = std::env::temp_dir().join(format!("wm-dist-keys-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let hex = "ab".repeat(32);
        fs::write(dir.join("city.pub"), format!("# Stadt Neuss 2026\n{hex}\n")).unwrap();
        fs::write(dir.join("dev.toml"), format!("secret = \"{}\"\npublic = \"{hex}\"\n", "cd".repeat(32))).unwrap();
        fs::write(dir.join("bad.pub"), "nothing here").unwrap();
        let files: Vec<String> = ["city.pub", "dev.toml"].iter().map(|f| dir.join(f).display().to_string()).collect();
        let source = UpdateSource::new("inhalt/".into(), &files).unwrap();
        assert_eq!(source.keys, vec![hex.clone(), hex]);
        assert_eq!(source.connect_src(), "");
        let other = UpdateSource::new("https://inhalte.example/wm/".into(), &[]).unwrap();
        assert_eq!(other.connect_src(), " https://inhalte.example");
        assert!(UpdateSource::new("inhalt/".into(), &[dir.join("bad.pub").display().to_string()]).is_err());
        assert!(UpdateSource::new("x\" onload=\"".into(), &[]).is_err());
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn hashed_names_follow_content() {
        let dir = std::env::temp_dir().join(format!("wm-dist-test-{}", std::process::id()));
        let a = put_hashed(&dir, "app", "js", b"one").unwrap();
        let b = put_hashed(&dir, "app", "js", b"two").unwrap();
        assert_ne!(a, b);
        assert_eq!(a, put_hashed(&dir, "app", "js", b"one").unwrap());
        let _ = fs::remove_dir_all(&dir);
    }
}
