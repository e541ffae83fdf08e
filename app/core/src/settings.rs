//! The user's preferences. Stored as key/value rows so a new preference needs no migration.

use serde::{Deserialize, Serialize};

/// Text size the whole UI follows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    ExtraLarge,
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Normal, TextSize::Large, TextSize::ExtraLarge];

    pub fn as_str(self) -> &'static str {
        match self {
            TextSize::Normal => "normal",
            TextSize::Large => "large",
            TextSize::ExtraLarge => "extra-large",
        }
    }

    pub fn parse(s: &str) -> Option<TextSize> {
        TextSize::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// All preferences. `language` is `None` until the reader has picked one on first start.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub language: Option<String>,
    pub text_size: TextSize,
    pub high_contrast: bool,
    /// Large content downloads wait for Wi-Fi (where the platform can tell). On by default:
    /// many readers pay for every megabyte.
    pub wifi_only: bool,
    /// A different content origin than the built-in one (for testing a new pack).
    pub content_origin: Option<String>,
    /// Categories of the city's events the reader does not want in the calendar.
    #[serde(default)]
    pub hidden_city_events: Vec<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            language: None,
            text_size: TextSize::Normal,
            high_contrast: false,
            wifi_only: true,
            content_origin: None,
            hidden_city_events: Vec::new(),
        }
    }
}

/// One preference change, as the settings screen sends it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "key", content = "value", rename_all = "kebab-case")]
pub enum SettingChange {
    Language(String),
    TextSize(TextSize),
    HighContrast(bool),
    WifiOnly(bool),
    /// `None` returns to the built-in origin.
    ContentOrigin(Option<String>),
    /// The categories of city events to leave out of the calendar (all of them, sorted).
    HiddenCityEvents(Vec<String>),
}

impl SettingChange {
    /// The row this change writes: (key, value).
    pub fn to_row(&self) -> (&'static str, String) {
        match self {
            SettingChange::Language(code) => ("language", code.clone()),
            SettingChange::TextSize(size) => ("text_size", size.as_str().to_string()),
            SettingChange::HighContrast(on) => ("high_contrast", if *on { "1" } else { "0" }.into()),
            SettingChange::WifiOnly(on) => ("wifi_only", if *on { "1" } else { "0" }.into()),
            SettingChange::ContentOrigin(origin) => ("content_origin", origin.clone().unwrap_or_default()),
            SettingChange::HiddenCityEvents(list) => ("hidden_city_events", list.join(",")),
        }
    }

    /// Validates a change before it is stored: only known languages are accepted.
    pub fn validate(&self) -> Result<(), String> {
        match self {
            SettingChange::Language(code) if crate::i18n::LANGUAGES.iter().all(|l| l.code != code) => {
                Err(format!("unknown language `{code}`"))
            }
            SettingChange::ContentOrigin(Some(origin)) if !is_web_address(origin) => {
                Err(format!("`{origin}` is not a web address (http:// or https://)"))
            }
            SettingChange::HiddenCityEvents(list) if !list.iter().all(|c| is_category(c)) => {
                Err("a category is lower-case letters and dashes".into())
            }
            _ => Ok(()),
        }
    }

    pub fn apply(&self, settings: &mut Settings) {
        match self {
            SettingChange::Language(code) => settings.language = Some(code.clone()),
            SettingChange::TextSize(size) => settings.text_size = *size,
            SettingChange::HighContrast(on) => settings.high_contrast = *on,
            SettingChange::WifiOnly(on) => settings.wifi_only = *on,
            SettingChange::ContentOrigin(origin) => settings.content_origin = origin.clone(),
            SettingChange::HiddenCityEvents(list) => settings.hidden_city_events = list.clone(),
        }
    }
}

fn is_category(text: &str) -> bool {
    !text.is_empty() && text.len() <= 40 && text.chars().all(|c| c.is_ascii_lowercase() || c == '-')
}

/// An absolute http(s) address with a host and nothing that could break out of a header.
fn is_web_address(text: &str) -> bool {
    let rest = text.strip_prefix("https://").or_else(|| text.strip_prefix("http://"));
    rest.is_some_and(|r| {
        !r.is_empty() && !r.starts_with('/') && r.chars().all(|c| c.is_ascii_graphic() && c != '"' && c != '\\')
    })
}

impl Settings {
    /// Builds settings from stored rows. Unknown keys and unreadable values are ignored (the
    /// default is used), so a row written by a newer app version never blocks the start.
    pub fn from_rows<'a>(rows: impl IntoIterator<Item = (&'a str, &'a str)>) -> Settings {
        let mut s = Settings::default();
        for (key, value) in rows {
            match key {
                "language" if crate::i18n::find_language(value).is_some() => {
                    s.language = crate::i18n::find_language(value).map(|l| l.code.to_string())
                }
                "text_size" => s.text_size = TextSize::parse(value).unwrap_or_default(),
                "high_contrast" => s.high_contrast = value == "1",
                "wifi_only" => s.wifi_only = value != "0",
                "content_origin" if is_web_address(value) => s.content_origin = Some(value.to_string()),
                "hidden_city_events" => {
                    s.hidden_city_events = value.split(',').filter(|c| is_category(c)).map(str::to_string).collect()
                }
                _ => {}
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_round_trip() {
        let mut s = Settings::default();
        let changes = [
            SettingChange::Language("ti".into()),
            SettingChange::TextSize(TextSize::ExtraLarge),
            SettingChange::HighContrast(true),
            SettingChange::WifiOnly(false),
            SettingChange::ContentOrigin(Some("http://127.0.0.1:9000/inhalt/".into())),
            SettingChange::HiddenCityEvents(vec!["beratung".into(), "film".into()]),
        ];
        let rows: Vec<_> = changes.iter().map(|c| c.to_row()).collect();
        for c in &changes {
            c.apply(&mut s);
        }
        let back = Settings::from_rows(rows.iter().map(|(k, v)| (*k, v.as_str())));
        assert_eq!(back, s);
    }

    #[test]
    fn unknown_and_bad_rows_fall_back_to_defaults() {
        let s = Settings::from_rows([("language", "klingon"), ("text_size", "huge"), ("future", "x")]);
        assert_eq!(s, Settings::default());
    }

    #[test]
    fn unknown_language_is_rejected() {
        assert!(SettingChange::Language("xx".into()).validate().is_err());
        assert!(SettingChange::Language("ps".into()).validate().is_ok());
    }

    #[test]
    fn only_web_addresses_are_accepted_as_content_origin() {
        assert!(SettingChange::ContentOrigin(Some("https://example.org/inhalt/".into())).validate().is_ok());
        assert!(SettingChange::ContentOrigin(None).validate().is_ok());
        for bad in ["ftp://x", "javascript:alert(1)", "https://", "http://a b", "inhalt/"] {
            assert!(SettingChange::ContentOrigin(Some(bad.into())).validate().is_err(), "{bad}");
        }
        let s = Settings::from_rows([("content_origin", "")]);
        assert_eq!(s.content_origin, None);
    }

    #[test]
    fn json_shape_is_stable() {
        let json = serde_json::to_string(&SettingChange::TextSize(TextSize::Large)).unwrap();
        assert_eq!(json, r#"{"key":"text-size","value":"large"}"#);
    }
}
