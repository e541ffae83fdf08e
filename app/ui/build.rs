//! Embeds the content pack built from `content/` into the desktop app. (On the web the storage
//! worker embeds it; see app/webdb/build.rs.)
fn main() {
    if std::env::var_os("CARGO_FEATURE_DESKTOP").is_none() {
        return;
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("content.json");
    wm_pack::embed_for_build(&root, &out);
    // The trusted content signing keys: every `content/keys/*.pub` (64 hex digits each).
    let keys_dir = root.join("keys");
    println!("cargo:rerun-if-changed={}", keys_dir.display());
    let mut keys = Vec::new();
    for entry in std::fs::read_dir(&keys_dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "pub") {
            println!("cargo:rerun-if-changed={}", path.display());
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let key = text.lines().map(str::trim).find(|l| l.len() == 64 && l.bytes().all(|b| b.is_ascii_hexdigit()));
            match key {
                Some(k) => keys.push(k.to_string()),
                None => panic!("{} holds no public key (a line of 64 hex digits)", path.display()),
            }
        }
    }
    let out_keys = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("trusted_keys.txt");
    std::fs::write(out_keys, keys.join("\n")).unwrap();
}
