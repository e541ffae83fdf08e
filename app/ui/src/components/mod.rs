//! Small pieces the views share.

mod confirm;
mod icon;
mod language_list;
mod page_header;
mod share;

pub use confirm::Confirm;
pub use icon::{Icon, IconName};
pub use language_list::LanguageList;
pub use page_header::PageHeader;
pub use share::share_file;
