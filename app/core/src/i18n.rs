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
///
/// The web build carries German only (every chain ends in it, and it is the language before one
/// is chosen); the other languages are data files beside the code (`locales/<code>.ftl`, written by
/// `wm-tool dist`) that the app loads before it shows a language ([`add_locale`]), so the
/// code a phone downloads does not carry ten languages it does not read.
#[cfg(not(target_arch = "wasm32"))]
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

#[cfg(target_arch = "wasm32")]
pub const LOCALE_FILES: &[(&str, &str, &str)] = &[
    ("de", "app.ftl", include_str!("../../../locales/de/app.ftl")),
    ("de", "calendar.ftl", include_str!("../../../locales/de/calendar.ftl")),
    ("de", "dates.ftl", include_str!("../../../locales/de/dates.ftl")),
];

/// Fluent sources loaded at run time: (language code, source text).
static LOADED: std::sync::Mutex<Vec<(&'static str, &'static str)>> = std::sync::Mutex::new(Vec::new());

/// Adds the Fluent source of a language loaded at run time (all its files in one text).
/// Localizers made afterwards use it. A language already present is not added twice.
pub fn add_locale(code: &str, source: String) {
    let Some(language) = find_language(code) else { return };
    let mut loaded = LOADED.lock().unwrap_or_else(|e| e.into_inner());
    if !loaded.iter().any(|(c, _)| *c == language.code) {
        loaded.push((language.code, Box::leak(source.into_boxed_str())));
    }
}

/// The languages of `tag`'s fallback chain whose strings are neither built in nor loaded.
pub fn missing_locales(tag: &str) -> Vec<&'static str> {
    let loaded = LOADED.lock().unwrap_or_else(|e| e.into_inner());
    chain_of(tag)
        .into_iter()
        .filter(|code| !LOCALE_FILES.iter().any(|(c, _, _)| c == code) && !loaded.iter().any(|(c, _)| c == code))
        .collect()
}

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

/// Replaces the ASCII digits in `text` by the digits a language uses in everyday writing:
/// Arabic-Indic (U+0660–U+0669) for Arabic, Extended Arabic-Indic (U+06F0–U+06F9) for Persian,
/// Dari and Pashto. Every other language (and an unknown tag) keeps 0–9.
pub fn native_digits(lang: &str, text: &str) -> String {
    let zero = match find_language(lang).map(|l| l.code) {
        Some("ar") => 0x0660,
        Some("fa" | "prs" | "ps") => 0x06F0,
        _ => return text.to_string(),
    };
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) if c.is_ascii_digit() => char::from_u32(zero + d).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// Looks up UI strings for one language, falling back along its chain.
///
/// Cheap to clone (the bundles are shared).
#[derive(Clone)]
pub struct Localizer {
    language: &'static Language,
    bundles: Rc<Vec<FluentBundle<FluentResource>>>,
    /// How many languages had been loaded at run time when it was made: a localizer made
    /// after its language arrived is a different one (views must show the new strings).
    loaded: usize,
}

impl PartialEq for Localizer {
    fn eq(&self, other: &Self) -> bool {
        self.language.code == other.language.code && self.loaded == other.loaded
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
        let loaded = LOADED.lock().unwrap_or_else(|e| e.into_inner()).len();
        let bundles = language.chain().map(build_bundle).collect();
        Localizer { language, bundles: Rc::new(bundles), loaded }
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

/// Dates and times in the reader's language and digits (`locales/<code>/dates.ftl`), without
/// ICU: Gregorian calendar, weeks from Monday, 24-hour clock.
impl Localizer {
    /// The full name of a month (1 = January), in the nominative / standalone form.
    pub fn month_name(&self, month: i8) -> String {
        self.t(&format!("month-{month}"))
    }

    /// The short name of a month (1 = January) for a compact agenda.
    pub fn month_short(&self, month: i8) -> String {
        self.t(&format!("month-short-{month}"))
    }

    /// The full name of a weekday.
    pub fn weekday_name(&self, day: jiff::civil::Weekday) -> String {
        self.t(&format!("weekday-{}", day.to_monday_one_offset()))
    }

    /// The short name of a weekday, for the header of a month grid.
    pub fn weekday_short(&self, day: jiff::civil::Weekday) -> String {
        self.t(&format!("weekday-short-{}", day.to_monday_one_offset()))
    }

    /// Weekday, day, month and year: "Dienstag, 24. November 2026".
    pub fn date_long(&self, date: jiff::civil::Date) -> String {
        let args = [
            ("weekday", self.weekday_name(date.weekday())),
            ("day", self.number(date.day().into())),
            ("month", self.month_name(date.month())),
            ("year", self.number(date.year().into())),
        ];
        self.date_pattern("date-long", &args, date.month())
    }

    /// Day, month and year: "24. November 2026".
    pub fn date_medium(&self, date: jiff::civil::Date) -> String {
        let args = [
            ("day", self.number(date.day().into())),
            ("month", self.month_name(date.month())),
            ("year", self.number(date.year().into())),
        ];
        self.date_pattern("date-medium", &args, date.month())
    }

    /// Short weekday, day and short month, no year: "Di 24. Nov.".
    pub fn date_short(&self, date: jiff::civil::Date) -> String {
        let args = [
            ("weekday", self.weekday_short(date.weekday())),
            ("weekday-long", self.weekday_name(date.weekday())),
            ("day", self.number(date.day().into())),
            ("month", self.month_short(date.month())),
        ];
        self.date_pattern("date-short", &args, date.month())
    }

    /// A month heading: "November 2026".
    pub fn month_year(&self, year: i16, month: i8) -> String {
        let args = [("month", self.month_name(month)), ("year", self.number(year.into()))];
        self.date_pattern("month-year", &args, month)
    }

    /// A time of day, 24-hour `HH:MM` in the language's digits: "08:30", "۰۸:۳۰".
    pub fn time(&self, time: jiff::civil::Time) -> String {
        native_digits(self.language.code, &format!("{:02}:{:02}", time.hour(), time.minute()))
    }

    /// From one time to another: "08:30–09:15".
    pub fn time_range(&self, start: jiff::civil::Time, end: jiff::civil::Time) -> String {
        self.t_args("time-range", &[("start", self.time(start)), ("end", self.time(end))])
    }

    /// An integer in the language's digits, without grouping.
    pub fn number(&self, n: i64) -> String {
        native_digits(self.language.code, &n.to_string())
    }

    /// [`Localizer::t_args`] plus `$month-number` as a Fluent number, which a translation may
    /// select on (the genitive month in Russian and Ukrainian) but never shows.
    fn date_pattern(&self, id: &str, args: &[(&str, String)], month: i8) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, FluentValue::from(value.as_str()));
        }
        fluent_args.set("month-number", FluentValue::from(month));
        self.format(id, Some(&fluent_args))
    }
}

/// A language's Fluent sources: built in, then loaded at run time.
fn sources_of(code: &str) -> Vec<&'static str> {
    let loaded = LOADED.lock().unwrap_or_else(|e| e.into_inner());
    let built_in = LOCALE_FILES.iter().filter(|(c, _, _)| *c == code).map(|(_, _, s)| *s);
    built_in.chain(loaded.iter().filter(|(c, _)| *c == code).map(|(_, s)| *s)).collect()
}

fn build_bundle(code: &str) -> FluentBundle<FluentResource> {
    let langid: LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    for source in sources_of(code) {
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
    fn a_language_loaded_at_run_time_is_used_and_its_chain_reports_what_is_missing() {
        // Native builds carry every language, so nothing is missing; "xx" is not a language.
        assert!(missing_locales("fa").is_empty());
        add_locale("xx", "x = y".into());
        assert!(missing_locales("xx").is_empty(), "an unknown tag means German, which is built in");
        // A loaded language's messages are used; loading it again adds nothing.
        let before = sources_of("ti").len();
        add_locale("ti", "zz-test-only = ተወሳኺ".into());
        assert_eq!(sources_of("ti").len(), before + 1);
        add_locale("ti", "zz-test-only = ካልኣይ".into());
        assert_eq!(sources_of("ti").len(), before + 1);
        let before = Localizer::new("am");
        assert_eq!(Localizer::new("ti").t("zz-test-only"), "ተወሳኺ");
        // A localizer made after a language arrived is not equal to one made before.
        add_locale("so", "zz-test-only-so = 1".into());
        assert_ne!(Localizer::new("am"), before);
    }

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
                    ("weekday", "X"),
                    ("weekday-long", "X"),
                    ("month", "X"),
                    ("month-number", "X"),
                    ("year", "X"),
                    ("start", "X"),
                    ("end", "X"),
                    ("added", "X"),
                    ("replaced", "X"),
                    ("id", "X"),
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

    /// Removes Fluent's isolation marks (U+2068 … U+2069) around arguments.
    fn plain(text: &str) -> String {
        text.chars().filter(|c| !matches!(c, '\u{2068}' | '\u{2069}')).collect()
    }

    fn date_ids() -> Vec<String> {
        let mut ids = Vec::new();
        for n in 1..=12 {
            ids.push(format!("month-{n}"));
            ids.push(format!("month-short-{n}"));
        }
        for n in 1..=7 {
            ids.push(format!("weekday-{n}"));
            ids.push(format!("weekday-short-{n}"));
        }
        for id in ["date-long", "date-medium", "date-short", "month-year", "time-range", "all-day", "today", "tomorrow"]
        {
            ids.push(id.to_string());
        }
        ids
    }

    #[test]
    fn every_language_has_its_own_date_names_and_patterns() {
        for l in LANGUAGES {
            let loc = Localizer::new(l.code);
            let own: Vec<String> = {
                let (_, _, source) =
                    LOCALE_FILES.iter().find(|(c, f, _)| *c == l.code && *f == "dates.ftl").expect("dates.ftl");
                let resource = FluentResource::try_new(source.to_string()).expect("dates.ftl parses");
                resource
                    .entries()
                    .filter_map(|e| match e {
                        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                        _ => None,
                    })
                    .collect()
            };
            for id in date_ids() {
                assert_eq!(loc.source_language(&id), Some(l.code), "{}: {id} falls back", l.code);
                assert!(own.contains(&id), "{}: {id} is not in its dates.ftl", l.code);
            }
        }
    }

    #[test]
    fn native_digits_by_language() {
        assert_eq!(native_digits("ar", "24.11.2026"), "٢٤.١١.٢٠٢٦");
        assert_eq!(native_digits("ar-SY", "0123456789"), "٠١٢٣٤٥٦٧٨٩");
        for code in ["fa", "prs", "ps", "fa-AF"] {
            assert_eq!(native_digits(code, "0123456789"), "۰۱۲۳۴۵۶۷۸۹", "{code}");
        }
        for code in ["de", "en", "ti", "so", "kmr", "tr", "uk", "ru", "xx"] {
            assert_eq!(native_digits(code, "08:30 – 24.11.2026"), "08:30 – 24.11.2026", "{code}");
        }
        // Only ASCII digits change; text and other digits stay.
        assert_eq!(native_digits("fa", "Raum 12b ٣"), "Raum ۱۲b ٣");
    }

    fn sample_date() -> jiff::civil::Date {
        jiff::civil::date(2026, 11, 24)
    }

    #[test]
    fn date_long_in_several_languages() {
        let date = sample_date();
        assert_eq!(plain(&Localizer::new("de").date_long(date)), "Dienstag, 24. November 2026");
        assert_eq!(plain(&Localizer::new("en").date_long(date)), "Tuesday 24 November 2026");
        let fa = plain(&Localizer::new("fa").date_long(date));
        assert_eq!(fa, "سه\u{200C}شنبه ۲۴ نوامبر ۲۰۲۶");
        assert!(fa.contains("۲۴") && fa.contains("۲۰۲۶") && fa.contains("نوامبر"), "{fa}");
        let ar = plain(&Localizer::new("ar").date_long(date));
        assert!(ar.contains("٢٤") && ar.contains("٢٠٢٦") && ar.contains("نوفمبر"), "{ar}");
        assert!(!ar.chars().any(|c| c.is_ascii_digit()), "{ar}");
        let ti = plain(&Localizer::new("ti").date_long(date));
        assert!(ti.contains("ሕዳር") && ti.contains("24") && ti.contains("ሰሉስ"), "{ti}");
        // The genitive month in Russian and Ukrainian dates, the nominative in headings.
        assert_eq!(plain(&Localizer::new("ru").date_long(date)), "Вторник, 24 ноября 2026 г.");
        assert_eq!(plain(&Localizer::new("uk").date_medium(date)), "24 листопада 2026 р.");
        assert_eq!(plain(&Localizer::new("ru").month_year(2026, 11)), "Ноябрь 2026");
        // The arguments keep their isolation marks for mixed directions.
        assert!(Localizer::new("fa").date_long(date).contains("\u{2068}۲۴\u{2069}"));
    }

    #[test]
    fn date_medium_and_short() {
        let date = sample_date();
        let de = Localizer::new("de");
        assert_eq!(plain(&de.date_medium(date)), "24. November 2026");
        assert_eq!(plain(&de.date_short(date)), "Di 24. Nov.");
        assert_eq!(plain(&Localizer::new("en").date_short(date)), "Tue 24 Nov");
        assert_eq!(plain(&Localizer::new("ru").date_short(jiff::civil::date(2026, 5, 1))), "Пт 1 мая");
        // Persian writes the weekday out in running text; the one letter is for grid headers.
        let fa = Localizer::new("fa");
        assert_eq!(fa.weekday_short(date.weekday()), "س");
        assert_eq!(plain(&fa.date_short(date)), "سه\u{200C}شنبه ۲۴ نوامبر");
    }

    #[test]
    fn names_of_months_and_weekdays() {
        use jiff::civil::Weekday;
        let de = Localizer::new("de");
        assert_eq!(de.month_name(3), "März");
        assert_eq!(de.month_short(1), "Jan.");
        assert_eq!(de.weekday_name(Weekday::Monday), "Montag");
        assert_eq!(de.weekday_short(Weekday::Sunday), "So");
        assert_eq!(Localizer::new("en").weekday_name(Weekday::Sunday), "Sunday");
        assert_eq!(Localizer::new("ti").month_name(1), "ጥሪ");
        // Every language: twelve different months and seven different weekdays.
        for l in LANGUAGES {
            let loc = Localizer::new(l.code);
            let months: std::collections::HashSet<_> = (1..=12).map(|m| loc.month_name(m)).collect();
            assert_eq!(months.len(), 12, "{}", l.code);
            let days: std::collections::HashSet<_> =
                (1..=7).map(|d| loc.weekday_name(Weekday::from_monday_one_offset(d).unwrap())).collect();
            assert_eq!(days.len(), 7, "{}", l.code);
            let short: std::collections::HashSet<_> =
                (1..=7).map(|d| loc.weekday_short(Weekday::from_monday_one_offset(d).unwrap())).collect();
            assert_eq!(short.len(), 7, "{}", l.code);
        }
    }

    #[test]
    fn month_year_heading() {
        assert_eq!(plain(&Localizer::new("de").month_year(2026, 11)), "November 2026");
        assert_eq!(plain(&Localizer::new("en").month_year(2027, 1)), "January 2027");
        assert_eq!(plain(&Localizer::new("fa").month_year(2026, 11)), "نوامبر ۲۰۲۶");
        assert_eq!(plain(&Localizer::new("ar").month_year(2026, 3)), "مارس ٢٠٢٦");
        assert_eq!(plain(&Localizer::new("prs").month_year(2026, 11)), "نومبر ۲۰۲۶");
    }

    #[test]
    fn times_and_numbers_in_native_digits() {
        let t = jiff::civil::time(8, 30, 0, 0);
        let end = jiff::civil::time(9, 5, 0, 0);
        assert_eq!(Localizer::new("de").time(t), "08:30");
        assert_eq!(Localizer::new("fa").time(t), "۰۸:۳۰");
        assert_eq!(Localizer::new("ar").time(t), "٠٨:٣٠");
        assert_eq!(Localizer::new("ti").time(t), "08:30");
        assert_eq!(plain(&Localizer::new("de").time_range(t, end)), "08:30–09:05");
        assert_eq!(plain(&Localizer::new("fa").time_range(t, end)), "۰۸:۳۰–۰۹:۰۵");
        assert_eq!(Localizer::new("ps").number(2026), "۲۰۲۶");
        assert_eq!(Localizer::new("de").number(-12345), "-12345");
    }

    #[test]
    fn relative_day_words() {
        let de = Localizer::new("de");
        assert_eq!(de.t("today"), "Heute");
        assert_eq!(de.t("tomorrow"), "Morgen");
        assert_eq!(de.t("all-day"), "Ganztägig");
        for l in LANGUAGES.iter().filter(|l| l.code != "de") {
            assert_ne!(Localizer::new(l.code).t("all-day"), "Ganztägig", "{}", l.code);
        }
    }
}
