//! Characters that make catalogue text lie about itself: bidi overrides ("gpj.exe" shown as
//! "exe.jpg"), invisible zero-width characters, control characters (NUL, ESC, BEL, CR…) and
//! piles of combining marks ("Zalgo" text drawn over the page). Texts lose them (with an issue
//! saying so); ids and links that contain them are refused.

use std::borrow::Cow;

/// Combining marks kept after one base character. French needs at most 2 (a decomposed "ệ"
/// has two); 4 leaves room for other scripts and stops a pile drawn over the lines above.
pub const MAX_COMBINING_MARKS: usize = 4;

/// What kind of unsafe character was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum UnsafeKind {
    /// Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and marks
    /// (U+200E, U+200F, U+061C).
    Bidi,
    /// Zero-width and invisible characters (U+200B–U+200D, U+2060–U+2064, U+FEFF, U+00AD).
    Invisible,
    /// C0 and C1 control characters and DEL (NUL, ESC, BEL, CR…).
    Control,
    /// More than [`MAX_COMBINING_MARKS`] combining marks on one character.
    CombiningMarks,
}

/// The kind of an unsafe character taken alone (combining marks are judged by count).
pub fn unsafe_kind(c: char) -> Option<UnsafeKind> {
    match c {
        '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{061C}' => Some(UnsafeKind::Bidi),
        '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}' => {
            Some(UnsafeKind::Invisible)
        }
        c if c.is_control() => Some(UnsafeKind::Control),
        _ => None,
    }
}

/// Whether a character is a combining mark (the blocks "Zalgo" text draws from).
pub fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// The kinds in a bit set, in their order (a bit set rather than a sort: sorting code costs
/// 3 KB of wasm).
fn kinds_of(mask: u8) -> Vec<UnsafeKind> {
    ALL.iter()
        .filter(|k| mask & bit(**k) != 0)
        .copied()
        .collect()
}

const ALL: [UnsafeKind; 4] = [
    UnsafeKind::Bidi,
    UnsafeKind::Invisible,
    UnsafeKind::Control,
    UnsafeKind::CombiningMarks,
];

fn bit(k: UnsafeKind) -> u8 {
    1 << (k as u8)
}

/// The unsafe kinds found in a text in which nothing is allowed (an id, a link).
pub fn unsafe_kinds(s: &str) -> Vec<UnsafeKind> {
    let mut mask = 0u8;
    let mut marks = 0usize;
    for c in s.chars() {
        let kind = if is_combining_mark(c) {
            marks += 1;
            (marks > MAX_COMBINING_MARKS).then_some(UnsafeKind::CombiningMarks)
        } else {
            let kind = unsafe_kind(c);
            if kind.is_none() {
                marks = 0;
            }
            kind
        };
        if let Some(k) = kind {
            mask |= bit(k);
        }
    }
    kinds_of(mask)
}

/// A text without its unsafe characters, and what was removed.
#[derive(Debug, PartialEq, Eq)]
pub struct Cleaned<'a> {
    /// The text to keep (borrowed when nothing was removed).
    pub text: Cow<'a, str>,
    /// Number of characters removed.
    pub removed: usize,
    /// Their kinds, sorted, each once.
    pub kinds: Vec<UnsafeKind>,
}

/// Removes unsafe characters. In a long text (`multiline`) line feeds and tabs are kept; in a
/// title they become spaces (removing them would glue two words).
pub fn clean(s: &str, multiline: bool) -> Cleaned<'_> {
    // Fast path: plain printable ASCII, the bulk of any catalogue.
    if s.bytes().all(|b| (0x20..0x7F).contains(&b)) {
        return Cleaned {
            text: Cow::Borrowed(s),
            removed: 0,
            kinds: Vec::new(),
        };
    }
    let mut out = String::with_capacity(s.len());
    let mut removed = 0usize;
    let mut mask = 0u8;
    let mut marks = 0usize;
    let mut changed = false;
    for c in s.chars() {
        // The count restarts at each character kept: a removed one between two piles of marks
        // must not reset it.
        let kind = if is_combining_mark(c) {
            marks += 1;
            (marks > MAX_COMBINING_MARKS).then_some(UnsafeKind::CombiningMarks)
        } else {
            match c {
                '\n' | '\t' if multiline => None,
                '\n' | '\t' => {
                    marks = 0;
                    out.push(' ');
                    changed = true;
                    continue;
                }
                _ => unsafe_kind(c),
            }
        };
        match kind {
            None => {
                if !is_combining_mark(c) {
                    marks = 0;
                }
                out.push(c);
            }
            Some(k) => {
                removed += 1;
                changed = true;
                mask |= bit(k);
            }
        }
    }
    Cleaned {
        text: if changed {
            Cow::Owned(out)
        } else {
            Cow::Borrowed(s)
        },
        removed,
        kinds: kinds_of(mask),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bidi_override_is_removed_from_a_title() {
        let c = clean("photo-\u{202E}gpj.exe", false);
        assert_eq!(c.text, "photo-gpj.exe");
        assert_eq!((c.removed, c.kinds), (1, vec![UnsafeKind::Bidi]));
    }

    #[test]
    fn zero_width_and_control_characters_are_removed_but_line_feeds_stay_in_long_texts() {
        let c = clean("a\u{200B}b\u{0}c\u{1b}[2Jd\r\ne\tf", true);
        assert_eq!(c.text, "abc[2Jd\ne\tf");
        assert_eq!(c.kinds, vec![UnsafeKind::Invisible, UnsafeKind::Control]);
        assert_eq!(clean("a\nb", false).text, "a b");
    }

    #[test]
    fn combining_marks_are_capped_per_character_and_french_accents_are_kept() {
        let zalgo = format!("Z{}a", "\u{0301}".repeat(30));
        let c = clean(&zalgo, false);
        assert_eq!(
            c.text,
            format!("Z{}a", "\u{0301}".repeat(MAX_COMBINING_MARKS))
        );
        assert_eq!(c.removed, 30 - MAX_COMBINING_MARKS);
        let decomposed = "De\u{0301}veloppeur·se — l’été";
        let c = clean(decomposed, false);
        assert_eq!((c.text.as_ref(), c.removed), (decomposed, 0));
        assert!(matches!(c.text, Cow::Borrowed(_)));
        // A removed character between two piles does not restart the count.
        let split = format!("a{m}\u{200B}{m}", m = "\u{0301}".repeat(3));
        assert_eq!(
            clean(&split, false).text,
            format!("a{}", "\u{0301}".repeat(MAX_COMBINING_MARKS))
        );
    }

    #[test]
    fn ids_report_every_kind_once() {
        assert_eq!(
            unsafe_kinds("a\u{200D}b\u{2066}c\u{200B}"),
            vec![UnsafeKind::Bidi, UnsafeKind::Invisible]
        );
        assert!(unsafe_kinds("formation-42").is_empty());
    }
}
