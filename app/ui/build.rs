//! Embeds the content pack built from `content/` into the desktop app. (On the web the storage
//! worker embeds it; see app/webdb/build.rs.)
fn main() {
    if std::env::var_os("CARGO_FEATURE_DESKTOP").is_none() {
        return;
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("content.json");
    wm_pack::embed_for_build(&root, &out);
}
