//! One folder per capability of the folder.

pub mod calendar;
pub mod coming_soon;
pub mod contacts;
pub mod home;
pub mod notes;
pub mod notices;
pub mod settings;
pub mod startup;
pub mod topics;
pub mod updates;
pub mod vault;
