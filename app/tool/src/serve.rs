//! A small static file server, standing in for "any static web host".
//!
//! GET and HEAD only; paths cannot leave the served directory; an address with no file
//! extension that matches no file answers with index.html (the app routes it). Content-hashed
//! files are cacheable forever, everything else must be revalidated.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

pub fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "woff2" => "font/woff2",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        "txt" | "ftl" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Maps a request path to a file under `root`, refusing anything that would leave it.
pub fn resolve(root: &Path, url_path: &str) -> Option<PathBuf> {
    let path = url_path.split(['?', '#']).next().unwrap_or("/");
    let decoded = percent_decode(path)?;
    let mut file = root.to_path_buf();
    for part in Path::new(&decoded).components() {
        match part {
            Component::Normal(p) => file.push(p),
            Component::RootDir | Component::CurDir => {}
            Component::ParentDir | Component::Prefix(_) => return None,
        }
    }
    if file.is_dir() {
        file.push("index.html");
    }
    if file.is_file() {
        return Some(file);
    }
    // An app address such as /settings: the app itself answers. Not below a real directory:
    // a missing content file (/inhalt/files/<hash>) is a 404, not the app's page.
    let first_dir = Path::new(&decoded).components().find_map(|c| match c {
        Component::Normal(p) => Some(root.join(p)),
        _ => None,
    });
    if Path::new(&decoded).extension().is_none() && !first_dir.is_some_and(|d| d.is_dir()) {
        return Some(root.join("index.html"));
    }
    None
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn is_hashed(name: &str) -> bool {
    // A content file of a published pack: its whole name is its SHA-256.
    if name.len() == 64 && name.bytes().all(|b| b.is_ascii_hexdigit()) {
        return true;
    }
    // app-0123456789ab.wasm and the like
    name.rsplit_once('.')
        .and_then(|(stem, _)| stem.rsplit_once('-'))
        .is_some_and(|(_, h)| h.len() == 12 && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn handle(mut stream: TcpStream, root: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut if_none_match = None;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header == "\r\n" || header == "\n" {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            if name.trim().eq_ignore_ascii_case("if-none-match") {
                if_none_match = Some(value.trim().to_string());
            }
        }
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    if method != "GET" && method != "HEAD" {
        return respond(
            &mut stream,
            "405 Method Not Allowed",
            "text/plain",
            "no-store",
            "",
            b"method not allowed",
            true,
        );
    }
    let Some(file) = resolve(root, target) else {
        return respond(&mut stream, "404 Not Found", "text/plain", "no-store", "", b"not found", method == "GET");
    };
    let body = std::fs::read(&file)?;
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let cache = if is_hashed(name) { "public, max-age=31536000, immutable" } else { "no-cache" };
    // Like any static host: an ETag, and 304 when the client already has this version.
    let etag = format!("\"{}\"", &wm_core::content::sha256_hex(&body)[..20]);
    if if_none_match.as_deref() == Some(etag.as_str()) {
        let head =
            format!("HTTP/1.1 304 Not Modified\r\nETag: {etag}\r\nCache-Control: {cache}\r\nConnection: close\r\n\r\n");
        stream.write_all(head.as_bytes())?;
        return stream.flush();
    }
    respond(&mut stream, "200 OK", content_type(&file), cache, &etag, &body, method == "GET")
}

fn respond(
    stream: &mut TcpStream,
    status: &str,
    kind: &str,
    cache: &str,
    etag: &str,
    body: &[u8],
    with_body: bool,
) -> std::io::Result<()> {
    let etag = if etag.is_empty() { String::new() } else { format!("ETag: {etag}\r\n") };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: {cache}\r\n{etag}X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    if with_body {
        stream.write_all(body)?;
    }
    stream.flush()
}

pub fn run(dir: &Path, addr: &str) -> Result<(), String> {
    let root = dir.canonicalize().map_err(|e| format!("cannot serve {}: {e}", dir.display()))?;
    let listener = TcpListener::bind(addr).map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    let local = listener.local_addr().map_err(|e| e.to_string())?;
    println!("Willkommensmappe is served at http://{local}/ (Ctrl+C stops)");
    for stream in listener.incoming().flatten() {
        let root = root.clone();
        std::thread::spawn(move || {
            let _ = handle(stream, &root);
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_cannot_escape_and_app_addresses_get_the_index() {
        let dir = std::env::temp_dir().join(format!("wm-serve-test-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("fonts")).unwrap();
        std::fs::write(dir.join("index.html"), "x").unwrap();
        std::fs::write(dir.join("fonts/a.woff2"), "x").unwrap();
        assert_eq!(resolve(&dir, "/"), Some(dir.join("index.html")));
        assert_eq!(resolve(&dir, "/fonts/a.woff2?v=1"), Some(dir.join("fonts/a.woff2")));
        assert_eq!(resolve(&dir, "/settings"), Some(dir.join("index.html")));
        assert_eq!(resolve(&dir, "/soon/bus"), Some(dir.join("index.html")));
        assert_eq!(resolve(&dir, "/missing.js"), None);
        assert_eq!(resolve(&dir, "/../etc/passwd"), None);
        assert_eq!(resolve(&dir, "/%2e%2e/etc/passwd"), None);
        assert_eq!(resolve(&dir, "/bad%zz"), None);
        // Below a real directory a missing file is missing, not the app.
        assert_eq!(resolve(&dir, "/fonts/nothing"), None);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn only_hashed_names_are_immutable() {
        assert!(is_hashed("app-0123456789ab.wasm"));
        assert!(!is_hashed("sw.js"));
        assert!(!is_hashed("NotoSans-Regular.woff2"));
        assert!(is_hashed(&"ab".repeat(32)));
    }
}
