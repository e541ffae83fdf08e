//! UI languages and Fluent lookup.
//!
//! Every UI string lives in `locales/<code>/*.ftl`. A language has a fallback chain that always
//! ends in German (the language every string exists in, checked by tests), so a missing
//! translation shows the nearest language the reader may know, never a message id.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::rc::Rc;
use unic_langid::LanguageIdentifier;

/// Writing direction of a language's script.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_html(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// The script family, which decides the bundled font the UI uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Script {
    Latin,
    Cyrillic,
    Arabic,
    Ethiopic,
}

/// One UI language.
#[derive(Debug, PartialEq, Eq)]
pub struct Language {
    /// BCP 47 code used for `locales/<code>/` and the HTML `lang` attribute.
    pub code: &'static str,
    /// The language's name in its own language and script, as its speakers would look for it.
    pub native_name: &'static str,
    /// The German name, for the social worker sitting beside the reader.
    pub german_name: &'static str,
    pub script: Script,
    pub direction: Direction,
    /// Languages tried, in order, when a string is missing. Always ends with `de`.
    pub fallback: &'static [&'static str],
}

/// All UI languages, in the order the language picker shows them.
pub const LANGUAGES: &[Language] = &[
    lang("de", "Deutsch", "Deutsch", Script::Latin, &[]),
    lang("en", "English", "Englisch", Script::Latin, &["de"]),
    lang("ar", "العربية", "Arabisch", Script::Arabic, &["en", "de"]),
    lang("fa", "فارسی", "Farsi", Script::Arabic, &["en", "de"]),
    lang("prs", "دری", "Dari", Script::Arabic, &["fa", "en", "de"]),
    lang("ps", "پښتو", "Paschtu", Script::Arabic, &["prs", "fa", "en", "de"]),
    lang("ti", "ትግርኛ", "Tigrinya", Script::Ethiopic, &["en", "de"]),
    lang("so", "Soomaali", "Somali", Script::Latin, &["en", "de"]),
    lang("kmr", "Kurmancî", "Kurmandschi", Script::Latin, &["en", "de"]),
    lang("tr", "Türkçe", "Türkisch", Script::Latin, &["en", "de"]),
    lang("uk", "Українська", "Ukrainisch", Script::Cyrillic, &["en", "de"]),
    lang("ru", "Русский", "Russisch", Script::Cyrillic, &["en", "de"]),
];

const fn lang(
    code: &'static str,
    native_name: &'static str,
    german_name: &'static str,
    script: Script,
    fallback: &'static [&'static str],
) -> Language {
    let direction = match script {
        Script::Arabic => Direction::Rtl,
        _ => Direction::Ltr,
    };
    Language { code, native_name, german_name, script, direction, fallback }
}

/// The Fluent sources bundled into the app: (language code, file name, source text).
pub const LOCALE_FILES: &[(&str, &str, &str)] = &[
    ("de", "app.ftl", include_str!("../../../locales/de/app.ftl")),
    ("en", "app.ftl", include_str!("../../../locales/en/app.ftl")),
    ("ar", "app.ftl", include_str!("../../../locales/ar/app.ftl")),
    ("fa", "app.ftl", include_str!("../../../locales/fa/app.ftl")),
    ("prs", "app.ftl", include_str!("../../../locales/prs/app.ftl")),
    ("ps", "app.ftl", include_str!("../../../locales/ps/app.ftl")),
    ("ti", "app.ftl", include_str!("../../../locales/ti/app.ftl")),
    ("so", "app.ftl", include_str!("../../../locales/so/app.ftl")),
    ("kmr", "app.ftl", include_str!("../../../locales/kmr/app.ftl")),
    ("tr", "app.ftl", include_str!("../../../locales/tr/app.ftl")),
    ("uk", "app.ftl", include_str!("../../../locales/uk/app.ftl")),
    ("ru", "app.ftl", include_str!("../../../locales/ru/app.ftl")),
    ("de", "calendar.ftl", include_str!("../../../locales/de/calendar.ftl")),
    ("en", "calendar.ftl", include_str!("../../../locales/en/calendar.ftl")),
    ("ar", "calendar.ftl", include_str!("../../../locales/ar/calendar.ftl")),
    ("fa", "calendar.ftl", include_str!("../../../locales/fa/calendar.ftl")),
    ("prs", "calendar.ftl", include_str!("../../../locales/prs/calendar.ftl")),
    ("ps", "calendar.ftl", include_str!("../../../locales/ps/calendar.ftl")),
    ("ti", "calendar.ftl", include_str!("../../../locales/ti/calendar.ftl")),
    ("so", "calendar.ftl", include_str!("../../../locales/so/calendar.ftl")),
    ("kmr", "calendar.ftl", include_str!("../../../locales/kmr/calendar.ftl")),
    ("tr", "calendar.ftl", include_str!("../../../locales/tr/calendar.ftl")),
    ("uk", "calendar.ftl", include_str!("../../../locales/uk/calendar.ftl")),
    ("ru", "calendar.ftl", include_str!("../../../locales/ru/calendar.ftl")),
    ("de", "dates.ftl", include_str!("../../../locales/de/dates.ftl")),
    ("en", "dates.ftl", include_str!("../../../locales/en/dates.ftl")),
    ("ar", "dates.ftl", include_str!("../../../locales/ar/dates.ftl")),
    ("fa", "dates.ftl", include_str!("../../../locales/fa/dates.ftl")),
    ("prs", "dates.ftl", include_str!("../../../locales/prs/dates.ftl")),
    ("ps", "dates.ftl", include_str!("../../../locales/ps/dates.ftl")),
    ("ti", "dates.ftl", include_str!("../../../locales/ti/dates.ftl")),
    ("so", "dates.ftl", include_str!("../../../locales/so/dates.ftl")),
    ("kmr", "dates.ftl", include_str!("../../../locales/kmr/dates.ftl")),
    ("tr", "dates.ftl", include_str!("../../../locales/tr/dates.ftl")),
    ("uk", "dates.ftl", include_str!("../../../locales/uk/dates.ftl")),
    ("ru", "dates.ftl", include_str!("../../../locales/ru/dates.ftl")),
];

/// Marks around a message id that exists in no language (see [`Localizer::t`]).
pub const MISSING_OPEN: char = '⟦';
pub const MISSING_CLOSE: char = '⟧';

/// The language used before the reader has chosen one, and the end of every fallback chain.
pub const BASE_LANGUAGE: &str = "de";

/// Finds a UI language by a BCP 47 tag such as `ar`, `fa-AF` or `uk-UA`.
///
/// The primary subtag decides, except that Persian as written in Afghanistan (`fa-AF`) is Dari.
pub fn find_language(tag: &str) -> Option<&'static Language> {
    let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
    let mut parts = tag.split('-');
    let primary = parts.next()?;
    let region = parts.find(|p| p.len() == 2);
    let code = match (primary, region) {
        ("fa", Some("af")) => "prs",
        ("ku", _) => "kmr",
        (p, _) => p,
    };
    LANGUAGES.iter().find(|l| l.code == code)
}

impl Language {
    /// The language itself, then its fallback chain (ending in German).
    pub fn chain(&self) -> impl Iterator<Item = &'static str> + use<> {
        let (code, fallback) = (self.code, self.fallback);
        std::iter::once(code).chain(fallback.iter().copied())
    }
}

/// The fallback chain for a language tag (the language first); unknown tags get German's.
pub fn chain_of(tag: &str) -> Vec<&'static str> {
    find_language(tag).or_else(|| find_language(BASE_LANGUAGE)).expect("German exists").chain().collect()
}

/// The direction of a language tag; unknown tags are left-to-right.
pub fn direction_of(tag: &str) -> Direction {
    find_language(tag).map_or(Direction::Ltr, |l| l.direction)
}

/// Looks up UI strings for one language, falling back along its chain.
///
/// Cheap to clone (the bundles are shared).
#[derive(Clone)]
pub struct Localizer {
    language: &'static Language,
    bundles: Rc<Vec<FluentBundle<FluentResource>>>,
}

impl PartialEq for Localizer {
    fn eq(&self, other: &Self) -> bool {
        self.language.code == other.language.code
    }
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").field("language", &self.language.code).finish()
    }
}

/// A problem in a bundled Fluent file, found by [`check_locale_files`].
#[derive(Debug, Clone, PartialEq)]
pub struct LocaleProblem {
    pub file: String,
    pub message: String,
}

impl Localizer {
    /// A localizer for the given tag; unknown tags get German.
    pub fn new(tag: &str) -> Self {
        let language =
            find_language(tag).unwrap_or_else(|| find_language(BASE_LANGUAGE).expect("base language exists"));
        let bundles = language.chain().map(build_bundle).collect();
        Localizer { language, bundles: Rc::new(bundles) }
    }

    pub fn language(&self) -> &'static Language {
        self.language
    }

    pub fn direction(&self) -> Direction {
        self.language.direction
    }

    /// The string for `id`, from the first language in the chain that has it.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The string for `id` with named arguments (`{ $name }` in the .ftl file).
    ///
    /// Fluent wraps each argument in Unicode isolation marks, so a phone number or a German
    /// word inside right-to-left text keeps its own direction.
    pub fn t_args<V: AsRef<str>>(&self, id: &str, args: &[(&str, V)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, FluentValue::from(value.as_ref()));
        }
        self.format(id, Some(&fluent_args))
    }

    /// The code of the language that actually supplies `id` (the reader's own, or a fallback).
    pub fn source_language(&self, id: &str) -> Option<&'static str> {
        self.bundles
            .iter()
            .find(|b| b.get_message(id).and_then(|m| m.value()).is_some())
            .and_then(|b| b.locales.first())
            .and_then(|l| find_language(&l.to_string()))
            .map(|l| l.code)
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        for bundle in self.bundles.iter() {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                if errors.is_empty() {
                    return text.into_owned();
                }
            }
        }
        // German has every id (tested), so this is reached only for an id that exists nowhere:
        // a programming error. Show the id, marked, rather than nothing, so tests and people
        // find it.
        format!("{MISSING_OPEN}{id}{MISSING_CLOSE}")
    }
}

fn build_bundle(code: &str) -> FluentBundle<FluentResource> {
    let langid: LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    for (_, _, source) in LOCALE_FILES.iter().filter(|(c, _, _)| *c == code) {
        // A file with syntax errors still yields the messages that parsed; the test suite
        // (`check_locale_files`) rejects such files before they ship.
        let resource = match FluentResource::try_new(source.to_string()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        // Duplicate ids across files are reported by the check too; keep the first.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// All message ids defined in one language's bundled files.
pub fn message_ids(code: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for (_, _, source) in LOCALE_FILES.iter().filter(|(c, _, _)| *c == code) {
        let resource = match FluentResource::try_new(source.to_string()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                ids.push(m.id.name.to_string());
            }
        }
    }
    ids
}

/// Checks every bundled Fluent file: it parses, has no duplicate ids, every language listed in
/// [`LANGUAGES`] has files, and no language defines an id German does not know (a typo would
/// otherwise hide silently behind the fallback).
pub fn check_locale_files() -> Vec<LocaleProblem> {
    let mut problems = Vec::new();
    let german: Vec<String> = message_ids(BASE_LANGUAGE);
    for language in LANGUAGES {
        if !LOCALE_FILES.iter().any(|(c, _, _)| *c == language.code) {
            problems.push(LocaleProblem {
                file: format!("locales/{}/", language.code),
                message: "no Fluent file for this language".into(),
            });
        }
    }
    for (code, name, source) in LOCALE_FILES {
        let file = format!("locales/{code}/{name}");
        if let Err((_, errors)) = FluentResource::try_new(source.to_string()) {
            for e in errors {
                let line = source[..e.pos.start.min(source.len())].lines().count().max(1);
                problems.push(LocaleProblem { file: file.clone(), message: format!("line {line}: {e}") });
            }
        }
        let ids = message_ids(code);
        let mut seen = std::collections::HashSet::new();
        for id in &ids {
            if !seen.insert(id) {
                problems.push(LocaleProblem { file: file.clone(), message: format!("duplicate id `{id}`") });
            }
            if !german.contains(id) {
                problems.push(LocaleProblem {
                    file: file.clone(),
                    message: format!("id `{id}` does not exist in German (typo?)"),
                });
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_a_chain_ending_in_german() {
        for l in LANGUAGES {
            if l.code != BASE_LANGUAGE {
                assert_eq!(l.fallback.last(), Some(&BASE_LANGUAGE), "{}", l.code);
            }
            for f in l.fallback {
                assert!(find_language(f).is_some(), "{} falls back to unknown {f}", l.code);
                assert_ne!(*f, l.code);
            }
        }
    }

    #[test]
    fn twelve_languages_by_their_own_names() {
        let names: Vec<_> = LANGUAGES.iter().map(|l| l.native_name).collect();
        for expected in [
            "Deutsch",
            "English",
            "العربية",
            "فارسی",
            "دری",
            "پښتو",
            "ትግርኛ",
            "Soomaali",
            "Kurmancî",
            "Türkçe",
            "Українська",
            "Русский",
        ] {
            assert!(names.contains(&expected), "{expected} missing");
        }
    }

    #[test]
    fn rtl_detection() {
        for code in ["ar", "fa", "prs", "ps", "ar-EG", "fa-AF", "PS"] {
            assert_eq!(direction_of(code), Direction::Rtl, "{code}");
        }
        for code in ["de", "en", "ti", "so", "kmr", "tr", "uk", "ru", "xx", ""] {
            assert_eq!(direction_of(code), Direction::Ltr, "{code}");
        }
        assert_eq!(find_language("fa-AF").unwrap().code, "prs");
        assert_eq!(find_language("ku").unwrap().code, "kmr");
        assert_eq!(find_language("uk_UA").unwrap().code, "uk");
    }

    #[test]
    fn bundled_locale_files_are_clean() {
        let problems = check_locale_files();
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn english_is_complete() {
        let german = message_ids("de");
        let english = message_ids("en");
        let missing: Vec<_> = german.iter().filter(|id| !english.contains(id)).collect();
        assert!(missing.is_empty(), "English lacks {missing:?}");
    }

    #[test]
    fn fallback_chain_is_followed_and_never_shows_an_id() {
        // The test-only message exists in German and Farsi but not in Dari or Pashto.
        let prs = Localizer::new("prs");
        assert_eq!(prs.t("fallback-probe"), Localizer::new("fa").t("fallback-probe"));
        assert_eq!(prs.source_language("fallback-probe"), Some("fa"));
        let ps = Localizer::new("ps");
        assert_eq!(ps.source_language("fallback-probe"), Some("fa"));
        // Somali has no Farsi in its chain, so it ends in English.
        let so = Localizer::new("so");
        assert_eq!(so.source_language("fallback-probe"), Some("en"));
        assert_ne!(so.t("fallback-probe"), "fallback-probe");
        // Every German id resolves to real text in every language.
        for l in LANGUAGES {
            let loc = Localizer::new(l.code);
            for id in message_ids("de") {
                // Extra arguments are ignored by messages that take none.
                let args = [
                    ("name", "X"),
                    ("language", "X"),
                    ("time", "X"),
                    ("day", "X"),
                    ("comment", "X"),
                    ("date", "X"),
                    ("version", "X"),
                    ("when", "X"),
                    ("status", "X"),
                    ("count", "X"),
                    ("skipped", "X"),
                    ("detail", "X"),
                    ("limit", "X"),
                    ("n", "X"),
                ];
                let text = loc.t_args(&id, &args);
                assert!(!text.is_empty() && !text.contains(MISSING_OPEN), "{}: {id} shows as {text:?}", l.code);
            }
        }
    }

    #[test]
    fn arguments_are_isolated_for_bidi() {
        let ar = Localizer::new("ar");
        let text = ar.t_args("language-current", &[("name", "Deutsch")]);
        // U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE around the argument.
        assert!(text.contains("\u{2068}Deutsch\u{2069}"), "{text:?}");
    }

    #[test]
    fn an_id_that_exists_nowhere_is_marked() {
        assert_eq!(Localizer::new("de").t("no-such-id"), "⟦no-such-id⟧");
    }

    #[test]
    fn unknown_language_gets_german() {
        let loc = Localizer::new("xx");
        assert_eq!(loc.language().code, "de");
    }
}
