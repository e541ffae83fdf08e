//! A small HTTP/1.1 server on 127.0.0.1 that the tests and the bytes benchmark control: it
//! serves a published pack from memory and can misbehave on purpose (stall, break off, send
//! forever, redirect, lie about sizes). It counts every byte that crosses the wire.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How the server answers one path.
#[derive(Clone, Debug)]
pub enum Reply {
    /// Serve the site's file as a static server would (ETag, Last-Modified, 304).
    Static,
    /// A fixed answer.
    Fixed { status: u16, headers: Vec<(String, String)>, body: Vec<u8> },
    /// Headers promising the site's file, then a part of it, then the connection closes.
    BreakOff { after: usize },
    /// Headers, then nothing for this long.
    Stall(Duration),
    /// A chunked body that never ends.
    Endless,
}

/// One request as the server saw it.
#[derive(Clone, Debug)]
pub struct Seen {
    pub path: String,
    pub headers: Vec<(String, String)>,
}

#[derive(Default)]
struct State {
    site: BTreeMap<String, Vec<u8>>,
    /// Replies for single paths; `once` ones are used for one request, then `Static` again.
    replies: BTreeMap<String, (Reply, bool)>,
    seen: Vec<Seen>,
}

pub struct TestServer {
    pub base: String,
    state: Arc<Mutex<State>>,
    bytes: Arc<AtomicU64>,
}

impl TestServer {
    pub fn start() -> TestServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let base = format!("http://{}/pack/", listener.local_addr().unwrap());
        let state = Arc::new(Mutex::new(State::default()));
        let bytes = Arc::new(AtomicU64::new(0));
        let (s, b) = (state.clone(), bytes.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (s, b) = (s.clone(), b.clone());
                std::thread::spawn(move || handle(stream, &s, &b));
            }
        });
        TestServer { base, state, bytes }
    }

    /// Puts a file on the site (`manifest.sig.json`, `files/<sha256>`).
    pub fn put(&self, path: &str, body: impl Into<Vec<u8>>) {
        self.state.lock().unwrap().site.insert(path.to_string(), body.into());
    }

    pub fn remove(&self, path: &str) {
        self.state.lock().unwrap().site.remove(path);
    }

    /// Answers `path` with `reply` from now on (`once`: for the next request only).
    pub fn reply(&self, path: &str, reply: Reply, once: bool) {
        self.state.lock().unwrap().replies.insert(path.to_string(), (reply, once));
    }

    pub fn clear_replies(&self) {
        self.state.lock().unwrap().replies.clear();
    }

    /// The requests so far, and forgets them.
    pub fn take_seen(&self) -> Vec<Seen> {
        std::mem::take(&mut self.state.lock().unwrap().seen)
    }

    /// Bytes received and sent so far (request and response, headers and bodies), then zero.
    pub fn take_bytes(&self) -> u64 {
        self.bytes.swap(0, Ordering::SeqCst)
    }
}

fn etag_of(body: &[u8]) -> String {
    format!("\"{}\"", &crate::content::sha256_hex(body)[..16])
}

const LAST_MODIFIED: &str = "Tue, 24 Nov 2026 08:00:00 GMT";

fn handle(mut stream: TcpStream, state: &Mutex<State>, bytes: &AtomicU64) {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        match stream.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => return,
        }
    }
    bytes.fetch_add(head.len() as u64, Ordering::SeqCst);
    let text = String::from_utf8_lossy(&head).to_string();
    let mut lines = text.split("\r\n");
    let target = lines.next().unwrap_or_default().split(' ').nth(1).unwrap_or_default().to_string();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let path = target.strip_prefix("/pack/").unwrap_or(&target).to_string();
    let (reply, file) = {
        let mut st = state.lock().unwrap();
        st.seen.push(Seen { path: path.clone(), headers: headers.clone() });
        let reply = match st.replies.get(&path).cloned() {
            Some((r, once)) => {
                if once {
                    st.replies.remove(&path);
                }
                r
            }
            None => Reply::Static,
        };
        (reply, st.site.get(&path).cloned())
    };
    let mut send = |data: &[u8]| -> bool {
        let ok = stream.write_all(data).is_ok();
        if ok {
            bytes.fetch_add(data.len() as u64, Ordering::SeqCst);
        }
        ok
    };
    let response = |status: u16, extra: &[(String, String)], body: &[u8]| -> Vec<u8> {
        let reason = match status {
            200 => "OK",
            304 => "Not Modified",
            404 => "Not Found",
            _ => "Status",
        };
        let mut out = format!("HTTP/1.1 {status} {reason}\r\nConnection: close\r\n");
        for (k, v) in extra {
            out.push_str(&format!("{k}: {v}\r\n"));
        }
        if status != 304 {
            out.push_str(&format!("Content-Length: {}\r\n", body.len()));
        }
        out.push_str("\r\n");
        let mut out = out.into_bytes();
        out.extend_from_slice(body);
        out
    };
    match (reply, file) {
        (Reply::Fixed { status, headers, body }, _) => {
            send(&response(status, &headers, &body));
        }
        (Reply::Static, Some(body)) => {
            let etag = etag_of(&body);
            let matches = headers.iter().any(|(k, v)| k == "if-none-match" && *v == etag);
            let validators = [("ETag".to_string(), etag), ("Last-Modified".to_string(), LAST_MODIFIED.to_string())];
            if matches {
                send(&response(304, &validators, &[]));
            } else {
                send(&response(200, &validators, &body));
            }
        }
        (Reply::BreakOff { after }, Some(body)) => {
            let full = response(200, &[], &body);
            let cut = full.len() - body.len() + after.min(body.len());
            send(&full[..cut]);
            let _ = stream.shutdown(Shutdown::Both);
        }
        (Reply::Stall(time), _) => {
            send(b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 100\r\n\r\n");
            std::thread::sleep(time);
        }
        (Reply::Endless, _) => {
            if send(b"HTTP/1.1 200 OK\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n") {
                let chunk = format!("{:x}\r\n{}\r\n", 8192, "x".repeat(8192));
                // Stops when the client hangs up (or after 1 GiB, whichever is first).
                for _ in 0..(1 << 17) {
                    if !send(chunk.as_bytes()) {
                        break;
                    }
                }
            }
        }
        (_, None) => {
            send(&response(404, &[], b"not found"));
        }
    }
}
