//! Text normalisation for offline search, the same for what is indexed and what is typed.
//!
//! Spelling variants meet in one form: German umlauts and their `ue` spellings (`Müll`,
//! `Muell`), Arabic and Persian letter variants (`ي`/`ی`, `ك`/`ک`, hamza forms of alef),
//! diacritics and tatweel, the Persian zero-width non-joiner, Eastern Arabic and Persian digits,
//! Latin accents (Kurmancî, Turkish). Typing mistakes are handled by comparing letter trigrams.

/// Lower-cases and folds spelling variants; everything that is not a letter or digit becomes a
/// single space.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars().flat_map(char::to_lowercase) {
        match ch {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            'à' | 'á' | 'â' | 'ã' | 'å' | 'ā' => out.push('a'),
            'è' | 'é' | 'ê' | 'ë' | 'ē' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' | 'ı' | 'ī' => out.push('i'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ō' => out.push('o'),
            'ù' | 'ú' | 'û' | 'ū' => out.push('u'),
            'ç' => out.push('c'),
            'ş' => out.push('s'),
            'ğ' => out.push('g'),
            'ñ' => out.push('n'),
            'ё' => out.push('е'),
            // Arabic script: one form per letter.
            'ي' | 'ى' | 'ئ' | 'ۍ' | 'ې' => out.push('ی'),
            'ك' => out.push('ک'),
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ؤ' => out.push('و'),
            'ة' => out.push('ه'),
            // Harakat, superscript alef, tatweel, joiners: not letters of their own.
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{200C}' | '\u{200D}' | '\u{200E}' | '\u{200F}' => {}
            '٠'..='٩' => out.push(char::from(b'0' + (ch as u32 - '٠' as u32) as u8)),
            '۰'..='۹' => out.push(char::from(b'0' + (ch as u32 - '۰' as u32) as u8)),
            c if c.is_alphanumeric() => out.push(c),
            // Combining marks (e.g. Ethiopic or Latin diacritics typed separately) are dropped.
            c if is_combining(c) => {}
            _ => {
                if !out.ends_with(' ') && !out.is_empty() {
                    out.push(' ');
                }
            }
        }
    }
    out.trim_end().to_string()
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x135D..=0x135F | 0x1AB0..=0x1AFF | 0x20D0..=0x20FF)
}

/// The distinct letter trigrams of one normalised word (the word itself when shorter).
pub fn trigrams(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() < 3 {
        return if chars.is_empty() { Vec::new() } else { vec![word.to_string()] };
    }
    let mut grams: Vec<String> = chars.windows(3).map(|w| w.iter().collect()).collect();
    grams.sort();
    grams.dedup();
    grams
}

/// How much of a query word is in `haystack` (normalised): the share of its trigrams found,
/// 0.0 to 1.0. Short words must appear as a word prefix.
pub fn coverage(word: &str, haystack: &str) -> f32 {
    let grams = trigrams(word);
    if grams.is_empty() {
        return 0.0;
    }
    if word.chars().count() < 3 {
        let hit = haystack.split(' ').any(|w| w.starts_with(word));
        return if hit { 1.0 } else { 0.0 };
    }
    let found = grams.iter().filter(|g| haystack.contains(g.as_str())).count();
    found as f32 / grams.len() as f32
}

/// The minimum coverage for a query word to count as found: forgiving enough for one or two
/// typing mistakes in a longer word, strict for short words.
pub fn threshold(word: &str) -> f32 {
    match word.chars().count() {
        0..=4 => 1.0,
        5..=7 => 0.6,
        _ => 0.5,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_spellings_meet() {
        assert_eq!(normalize("Mülltrennung"), normalize("Muelltrennung"));
        assert_eq!(normalize("Straße"), "strasse");
        assert_eq!(normalize("MEB-Büro, Raum E.258"), "meb buero raum e 258");
    }

    #[test]
    fn arabic_and_persian_variants_meet() {
        // Arabic yeh/kaf vs Persian yeh/keheh.
        assert_eq!(normalize("كتابي"), normalize("کتابی"));
        // Diacritics and tatweel vanish.
        assert_eq!(normalize("مُسْتَشَار"), normalize("مستشار"));
        assert_eq!(normalize("مـــكتب"), normalize("مكتب"));
        // Hamza forms of alef; teh marbuta.
        assert_eq!(normalize("أسرة"), normalize("اسره"));
        // Zero-width non-joiner inside Persian words.
        assert_eq!(normalize("می\u{200C}توانید"), normalize("میتوانید"));
        // Eastern digits.
        assert_eq!(normalize("١١٢ و ۱۱۰"), "112 و 110");
    }

    #[test]
    fn other_scripts() {
        assert_eq!(normalize("Kurmancî Türkçe"), "kurmanci tuerkce");
        assert_eq!(normalize("Ёлка"), "елка");
        assert_eq!(normalize("ቤት ጽሕፈት"), "ቤት ጽሕፈት");
    }

    #[test]
    fn typing_mistakes_still_match() {
        let text = normalize("Die Mülltrennung in Neuss");
        let typo = normalize("Mülltrenung");
        assert!(coverage(&typo, &text) >= threshold(&typo), "{}", coverage(&typo, &text));
        let wrong = normalize("Mietvertrag");
        assert!(coverage(&wrong, &text) < threshold(&wrong));
        assert_eq!(coverage("ne", "die neuss"), 1.0);
        assert_eq!(coverage("xy", "die neuss"), 0.0);
    }
}
