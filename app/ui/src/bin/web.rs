//! The web app, compiled to wasm32 and started by `assets/web/boot.js`.
fn main() {
    wm_ui::platform::launch();
}
