//! One folder per capability of the folder.

pub mod coming_soon;
pub mod contacts;
pub mod home;
pub mod notices;
pub mod settings;
pub mod startup;
pub mod topics;
pub mod updates;
pub mod vault;
