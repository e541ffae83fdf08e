use crate::app::Route;
use crate::components::IconName;

/// One capability of the folder as it appears on the home screen.
#[derive(Debug, PartialEq)]
pub struct Tile {
    /// Address part, stable across languages.
    pub slug: &'static str,
    /// Fluent id of the label.
    pub label: &'static str,
    pub icon: IconName,
}

impl Tile {
    /// Where the tile leads. Capabilities not built yet lead to an honest "coming soon" page.
    pub fn route(&self) -> Route {
        match self.slug {
            "settings" => Route::SettingsPage {},
            "contacts" => Route::ContactsPage {},
            "documents" => Route::VaultPage {},
            "calendar" => Route::CalendarPage {},
            "notes" => Route::NotesPage {},
            // Until the guided onboarding exists, its tile shows the "first steps" page.
            "first-steps" => Route::TopicPage { slug: "erste-schritte".into() },
            "meb" => Route::TopicPage { slug: "meb-buero".into() },
            "emergency" => Route::TopicPage { slug: "notfall".into() },
            slug => Route::ComingSoon { feature: slug.to_string() },
        }
    }

    pub fn by_slug(slug: &str) -> Option<&'static Tile> {
        TILES.iter().find(|t| t.slug == slug)
    }
}

/// The home screen's tiles, in the order the paper folder's sections suggest.
pub const TILES: &[Tile] = &[
    Tile { slug: "first-steps", label: "tile-onboarding", icon: IconName::Checklist },
    Tile { slug: "contacts", label: "tile-contacts", icon: IconName::Office },
    Tile { slug: "meb", label: "tile-meb", icon: IconName::Advice },
    Tile { slug: "tenant-course", label: "tile-course", icon: IconName::Key },
    Tile { slug: "bus", label: "tile-bus", icon: IconName::Bus },
    Tile { slug: "documents", label: "tile-documents", icon: IconName::Folder },
    Tile { slug: "calendar", label: "tile-calendar", icon: IconName::Calendar },
    Tile { slug: "notes", label: "tile-notes", icon: IconName::Note },
    Tile { slug: "emergency", label: "tile-emergency", icon: IconName::Emergency },
    Tile { slug: "settings", label: "tile-settings", icon: IconName::Settings },
];
