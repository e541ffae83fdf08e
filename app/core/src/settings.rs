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
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub language: Option<String>,
    pub text_size: TextSize,
    pub high_contrast: bool,
}

/// One preference change, as the settings screen sends it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "key", content = "value", rename_all = "kebab-case")]
pub enum SettingChange {
    Language(String),
    TextSize(TextSize),
    HighContrast(bool),
}

impl SettingChange {
    /// The row this change writes: (key, value).
    pub fn to_row(&self) -> (&'static str, String) {
        match self {
            SettingChange::Language(code) => ("language", code.clone()),
            SettingChange::TextSize(size) => ("text_size", size.as_str().to_string()),
            SettingChange::HighContrast(on) => ("high_contrast", if *on { "1" } else { "0" }.into()),
        }
    }

    /// Validates a change before it is stored: only known languages are accepted.
    pub fn validate(&self) -> Result<(), String> {
        match self {
            SettingChange::Language(code) if crate::i18n::LANGUAGES.iter().all(|l| l.code != code) => {
                Err(format!("unknown language `{code}`"))
            }
            _ => Ok(()),
        }
    }

    pub fn apply(&self, settings: &mut Settings) {
        match self {
            SettingChange::Language(code) => settings.language = Some(code.clone()),
            SettingChange::TextSize(size) => settings.text_size = *size,
            SettingChange::HighContrast(on) => settings.high_contrast = *on,
        }
    }
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
    fn json_shape_is_stable() {
        let json = serde_json::to_string(&SettingChange::TextSize(TextSize::Large)).unwrap();
        assert_eq!(json, r#"{"key":"text-size","value":"large"}"#);
    }
}
