//! The selection and its code: course ids percent-encoded (all but `A–Z a–z 0–9 - _ .`) and
//! joined by `~`, so any catalogue id survives the address and nothing in it is read as the
//! separator.

use crate::text::{counsel_words, fill, Lang};

/// Most courses in a selection: 8. The compare view takes 4 and the printed sheet's two A4
/// pages hold about 4 each; and 8 of the bundled catalogue's longest ids (23 to 39
/// characters, 237 with their separators) with the profile (about 25) and the address make a
/// link of about 300 characters, what a QR code scanned from a desk holds comfortably (300
/// characters are a version-13 code at level M, 69 modules: measured for issue 14, decoded by
/// zbarimg from a screenshot).
pub const MAX_SELECTED: usize = 8;

/// The longest id a catalogue accepts (`Limits::max_id_chars`).
const MAX_ID_CHARS: usize = 100;

/// The longest selection code read: [`MAX_SELECTED`] ids of 100 characters of 4 UTF-8 bytes,
/// each byte percent-encoded (12 characters a character), with separators: 9,608. Anything
/// longer is not a selection this app wrote (thousands of ids pasted, garbage).
pub const MAX_CODE_CHARS: usize = MAX_SELECTED * (12 * MAX_ID_CHARS + 1);

/// The shortlist: course ids in the order they were added, no duplicate, at most
/// [`MAX_SELECTED`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    ids: Vec<String>,
}

/// The selection is full: remove a course to add another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Full;

impl Full {
    /// "Votre sélection est pleine (8 formations)…".
    pub fn describe(self, lang: Lang) -> String {
        fill(
            counsel_words(lang).selection_full,
            &[("max", &MAX_SELECTED.to_string())],
        )
    }
}

/// Why the selection part of an address was not read (the selection is then empty).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SelectionError {
    /// Longer than [`MAX_CODE_CHARS`].
    TooLong,
    /// A broken `%` escape, bytes that are not UTF-8, or an item that cannot be an id (spaces,
    /// control characters, over 100 characters).
    Malformed,
}

impl SelectionError {
    /// What the page says.
    pub fn describe(self, lang: Lang) -> &'static str {
        let w = counsel_words(lang);
        match self {
            SelectionError::TooLong => w.selection_too_long,
            SelectionError::Malformed => w.selection_malformed,
        }
    }
}

/// A selection read from an address.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Decoded {
    /// The first [`MAX_SELECTED`] ids, duplicates removed.
    pub selection: Selection,
    /// Ids left out beyond [`MAX_SELECTED`].
    pub dropped: usize,
}

impl Decoded {
    /// "Le lien contenait plus de 8 formations…" when some were left out.
    pub fn notice(&self, lang: Lang) -> Option<String> {
        (self.dropped > 0).then(|| {
            fill(
                counsel_words(lang).selection_truncated,
                &[("max", &MAX_SELECTED.to_string())],
            )
        })
    }
}

/// Whether a text can be a catalogue id (the validation's rule: not empty, at most 100
/// characters, no space or control character).
fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.chars().count() <= MAX_ID_CHARS
        && !id.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn kept_as_is(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')
}

fn encode_id(id: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in id.bytes() {
        if kept_as_is(b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
}

fn decode_id(item: &str) -> Option<String> {
    let b = item.as_bytes();
    let mut bytes = Vec::with_capacity(b.len());
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if c == b'%' {
            let hex = item.get(i + 1..i + 3)?;
            bytes.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            bytes.push(c);
            i += 1;
        }
    }
    String::from_utf8(bytes).ok().filter(|id| is_id(id))
}

impl Selection {
    /// An empty selection.
    pub fn new() -> Selection {
        Selection::default()
    }

    /// The ids, in the order they were added.
    pub fn ids(&self) -> &[String] {
        &self.ids
    }

    /// How many courses.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether nothing is selected.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Whether the course is selected.
    pub fn contains(&self, id: &str) -> bool {
        self.ids.iter().any(|x| x == id)
    }

    /// Adds a course at the end: `Ok(true)` when added, `Ok(false)` when it was already there
    /// or is not an id (empty, spaces: no catalogue holds it, so there is nothing to star),
    /// `Err(Full)` when [`MAX_SELECTED`] courses are.
    pub fn add(&mut self, id: &str) -> Result<bool, Full> {
        if self.contains(id) || !is_id(id) {
            return Ok(false);
        }
        if self.ids.len() >= MAX_SELECTED {
            return Err(Full);
        }
        self.ids.push(id.to_string());
        Ok(true)
    }

    /// Removes a course; whether it was there.
    pub fn remove(&mut self, id: &str) -> bool {
        let before = self.ids.len();
        self.ids.retain(|x| x != id);
        self.ids.len() != before
    }

    /// The star of a card: removes the course when selected, else adds it. `Ok(true)` when it
    /// is selected afterwards.
    pub fn toggle(&mut self, id: &str) -> Result<bool, Full> {
        if self.remove(id) {
            Ok(false)
        } else {
            self.add(id).map(|_| self.contains(id))
        }
    }

    /// The code in the address: ids percent-encoded, joined by `~` (empty for no selection).
    pub fn encode(&self) -> String {
        let mut out = String::new();
        for (i, id) in self.ids.iter().enumerate() {
            if i > 0 {
                out.push(super::SEPARATOR);
            }
            encode_id(id, &mut out);
        }
        out
    }

    /// Reads a code written by [`Selection::encode`]. Empty items (`a~~b`, a trailing `~`) are
    /// skipped, duplicates removed, ids beyond [`MAX_SELECTED`] counted in
    /// [`Decoded::dropped`]. Never panics.
    pub fn decode(code: &str) -> Result<Decoded, SelectionError> {
        if code.chars().count() > MAX_CODE_CHARS {
            return Err(SelectionError::TooLong);
        }
        let mut d = Decoded::default();
        for item in code.split(super::SEPARATOR).filter(|i| !i.is_empty()) {
            let id = decode_id(item).ok_or(SelectionError::Malformed)?;
            if d.selection.contains(&id) {
                continue;
            }
            if d.selection.ids.len() < MAX_SELECTED {
                d.selection.ids.push(id);
            } else {
                d.dropped += 1;
            }
        }
        Ok(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sel(ids: &[&str]) -> Selection {
        let mut s = Selection::new();
        for id in ids {
            s.add(id).unwrap();
        }
        s
    }

    #[test]
    fn ids_are_joined_by_a_tilde_and_escaped_so_no_id_can_hold_the_separator() {
        let s = sel(&["afpa-dwwm", "crm-cda", "a~b", "école/nuit 1"]);
        assert_eq!(s.len(), 3, "an id with a space is not an id");
        assert_eq!(s.encode(), "afpa-dwwm~crm-cda~a%7Eb");
        let s = sel(&["école"]);
        assert_eq!(s.encode(), "%C3%A9cole");
        assert_eq!(Selection::decode(&s.encode()).unwrap().selection, s);
    }

    #[test]
    fn the_star_adds_then_removes_and_a_full_selection_says_so() {
        let mut s = Selection::new();
        assert_eq!(s.toggle("a"), Ok(true));
        assert_eq!(s.toggle("a"), Ok(false));
        for i in 0..MAX_SELECTED {
            assert_eq!(s.add(&format!("c{i}")), Ok(true));
        }
        assert_eq!(s.add("c0"), Ok(false), "already there");
        assert_eq!(s.add("one-more"), Err(Full));
        assert_eq!(s.toggle("one-more"), Err(Full));
        assert_eq!(s.len(), MAX_SELECTED);
        assert!(Full.describe(Lang::Fr).contains("8 formations"));
    }

    #[test]
    fn a_tampered_code_is_a_typed_error_or_keeps_the_first_eight() {
        assert_eq!(Selection::decode("a%zzb"), Err(SelectionError::Malformed));
        assert_eq!(
            Selection::decode("a%C3"),
            Err(SelectionError::Malformed),
            "half a character"
        );
        assert_eq!(Selection::decode("a%"), Err(SelectionError::Malformed));
        assert_eq!(
            Selection::decode("a%20b"),
            Err(SelectionError::Malformed),
            "a space"
        );
        assert_eq!(
            Selection::decode("a%0Ab"),
            Err(SelectionError::Malformed),
            "a line break"
        );
        assert_eq!(
            Selection::decode(&"x".repeat(101)),
            Err(SelectionError::Malformed),
            "longer than any id"
        );
        // 2,000 ids pasted (28,889 characters): not a selection.
        let many: Vec<String> = (0..2000).map(|i| format!("formation-{i}")).collect();
        assert_eq!(
            Selection::decode(&many.join("~")),
            Err(SelectionError::TooLong)
        );
        // 500 short ids (6,889 characters): the first eight are kept, and the page says so.
        let d = Selection::decode(&many[..500].join("~")).unwrap();
        assert_eq!(d.selection.ids(), &many[..8]);
        assert_eq!(d.dropped, 492);
        assert!(d
            .notice(Lang::Fr)
            .is_some_and(|n| n.contains("8 premières")));
        // Repeated ids and empty items are not errors.
        let d = Selection::decode("a~~a~b~").unwrap();
        assert_eq!(d.selection, sel(&["a", "b"]));
        assert_eq!((d.dropped, d.notice(Lang::Fr)), (0, None));
        assert_eq!(Selection::decode("").unwrap().selection, Selection::new());
    }

    proptest! {
        #[test]
        fn any_selection_of_catalogue_ids_comes_back_from_its_code(
            ids in proptest::collection::vec("[^\\s\\p{C}]{1,100}", 0..=MAX_SELECTED)
        ) {
            let mut s = Selection::new();
            for id in &ids {
                prop_assert!(s.add(id).is_ok());
            }
            let code = s.encode();
            prop_assert!(code.chars().count() <= MAX_CODE_CHARS);
            let d = Selection::decode(&code).unwrap();
            prop_assert_eq!(d.dropped, 0);
            prop_assert_eq!(d.selection, s);
        }

        #[test]
        fn garbage_never_panics_and_never_gives_more_than_eight(code in "\\PC{0,300}|[a-z%~0-9A-F]{0,3000}") {
            if let Ok(d) = Selection::decode(&code) {
                prop_assert!(d.selection.len() <= MAX_SELECTED);
            }
        }
    }
}
