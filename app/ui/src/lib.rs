//! The Willkommensmappe user interface (Dioxus 0.7).
//!
//! * [`app`]: the root component, shared state and routes.
//! * [`platform`]: everything that differs between web and desktop, behind one trait.
//! * [`views`]: one folder per capability of the folder (home, settings, start-up problems, …).
//! * [`components`]: small pieces the views share (icons, page header, language list).

pub mod app;
pub mod components;
pub mod platform;
pub mod views;

/// The app's stylesheet, compiled in so it works without a bundler (and offline).
pub const CSS: &str = include_str!("style.css");
