use dioxus::prelude::*;

/// The bundled pictograms (Material Symbols, Apache-2.0; see assets/icons/README.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IconName {
    Checklist,
    Office,
    Advice,
    Key,
    Bus,
    Folder,
    Calendar,
    Note,
    Emergency,
    Settings,
    Back,
    Forward,
    Language,
}

impl IconName {
    fn svg(self) -> &'static str {
        match self {
            IconName::Checklist => include_str!("../../../../assets/icons/checklist.svg"),
            IconName::Office => include_str!("../../../../assets/icons/account_balance.svg"),
            IconName::Advice => include_str!("../../../../assets/icons/support_agent.svg"),
            IconName::Key => include_str!("../../../../assets/icons/key.svg"),
            IconName::Bus => include_str!("../../../../assets/icons/directions_bus.svg"),
            IconName::Folder => include_str!("../../../../assets/icons/folder.svg"),
            IconName::Calendar => include_str!("../../../../assets/icons/calendar_month.svg"),
            IconName::Note => include_str!("../../../../assets/icons/edit_note.svg"),
            IconName::Emergency => include_str!("../../../../assets/icons/emergency.svg"),
            IconName::Settings => include_str!("../../../../assets/icons/settings.svg"),
            IconName::Back => include_str!("../../../../assets/icons/arrow_back.svg"),
            IconName::Forward => include_str!("../../../../assets/icons/chevron_right.svg"),
            IconName::Language => include_str!("../../../../assets/icons/translate.svg"),
        }
    }

    /// Arrows point the other way in right-to-left layouts.
    fn mirrors_in_rtl(self) -> bool {
        matches!(self, IconName::Back | IconName::Forward)
    }
}

/// A decorative icon: hidden from screen readers, so it must sit beside a text label.
#[component]
pub fn Icon(name: IconName, #[props(default)] class: String) -> Element {
    let mirror = if name.mirrors_in_rtl() { " mirror-rtl" } else { "" };
    rsx! {
        span { class: "icon{mirror} {class}", "aria-hidden": "true", dangerous_inner_html: name.svg() }
    }
}
