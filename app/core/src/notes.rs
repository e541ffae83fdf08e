//! Notes: the folder's "Raum für Notizen". Free text with a title and an optional date, linked
//! if the user wishes to an appointment, a contact or a vault document. Stored on the device
//! like the calendar (not in the vault: notes are what a person jots down while sitting with a
//! social worker, and must be at hand without a PIN).

use serde::{Deserialize, Serialize};

/// Longest title, in characters.
pub const MAX_TITLE_CHARS: usize = 200;
/// Longest text, in characters.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// One note.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// `None` for a note not yet stored.
    pub id: Option<i64>,
    pub title: String,
    /// The day the note is about, `YYYY-MM-DD` (e.g. the day of a visit).
    pub day: Option<jiff::civil::Date>,
    pub text: String,
    pub link: Option<NoteLink>,
    /// Last change (set by the store).
    pub updated: Option<jiff::Timestamp>,
}

/// What a note is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NoteLink {
    /// An appointment in the calendar, by UID.
    Appointment { uid: String },
    /// A contact of the content pack, by id.
    Contact { id: String },
    /// A document in the vault, by id (its title stays encrypted; the note shows only the link).
    Document { id: i64 },
}

/// Why a note cannot be stored. The UI shows a translated message for each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteError {
    EmptyNote,
    TitleTooLong,
    TextTooLong,
}

impl Note {
    /// A note needs a title or some text; both have a length limit.
    pub fn check(&self) -> Result<(), NoteError> {
        if self.title.trim().is_empty() && self.text.trim().is_empty() {
            return Err(NoteError::EmptyNote);
        }
        if self.title.chars().count() > MAX_TITLE_CHARS {
            return Err(NoteError::TitleTooLong);
        }
        if self.text.chars().count() > MAX_TEXT_CHARS {
            return Err(NoteError::TextTooLong);
        }
        Ok(())
    }

    /// Whether the note matches a search (title and text; case, accents and typing slips
    /// forgiven as in the content search).
    pub fn matches(&self, query: &str) -> bool {
        let query = crate::search::normalize(query);
        if query.trim().is_empty() {
            return true;
        }
        let haystack = crate::search::normalize(&format!("{} {}", self.title, self.text));
        query.split_whitespace().all(|word| {
            haystack.contains(word) || crate::search::coverage(word, &haystack) >= crate::search::threshold(word)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(title: &str, text: &str) -> Note {
        Note { id: None, title: title.into(), day: None, text: text.into(), link: None, updated: None }
    }

    #[test]
    fn a_note_needs_a_title_or_text_within_limits() {
        assert_eq!(note(" ", "\n").check(), Err(NoteError::EmptyNote));
        assert_eq!(note("Jobcenter", "").check(), Ok(()));
        assert_eq!(note("", "Termin mitbringen: Pass").check(), Ok(()));
        assert_eq!(note(&"x".repeat(201), "").check(), Err(NoteError::TitleTooLong));
        assert_eq!(note("t", &"ü".repeat(20_001)).check(), Err(NoteError::TextTooLong));
    }

    #[test]
    fn search_finds_words_in_title_and_text_in_any_case_and_script() {
        let n = note("Besuch beim Jobcenter", "Frau Özdemir: Mietvertrag mitbringen. یادداشت برای فردا");
        assert!(n.matches("jobcenter"));
        assert!(n.matches("mietvertrag OZDEMIR"));
        assert!(n.matches("یادداشت"));
        assert!(n.matches(""));
        assert!(n.matches("Mietvertarg"), "one typing slip in a long word is forgiven");
        assert!(!n.matches("Ausländerbehörde"));
    }
}
