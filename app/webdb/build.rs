//! Embeds the content pack built from `content/` into the storage worker (web build only).
fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() != Ok("wasm32") {
        return;
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("content.json");
    wm_pack::embed_for_build(&root, &out);
}
