//! The desktop app (Linux, macOS, Windows): `cargo run -p wm-ui --features desktop`.
fn main() {
    wm_ui::platform::launch();
}
