//! The text encoding of a spreadsheet export: UTF-8 (with or without a byte order mark) or
//! Windows-1252, what Excel in French writes with "CSV (séparateur : point-virgule)".
//!
//! Windows-1252 is Latin-1 with 27 printable characters (€, œ, ’, …) in 0x80–0x9F: one table,
//! so no encoding crate is needed. A file that is not valid UTF-8 is read as Windows-1252:
//! every byte sequence is then text (5 unassigned bytes become U+FFFD), so decoding never fails.

/// How the bytes were read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 without a byte order mark.
    Utf8,
    /// UTF-8 after a byte order mark (what Excel's "CSV UTF-8" writes).
    Utf8Bom,
    /// Not UTF-8: read as Windows-1252 (Excel's default in France).
    Windows1252,
}

impl Encoding {
    /// The name a person knows the encoding by.
    pub fn name(self) -> &'static str {
        match self {
            Self::Utf8 => "UTF-8",
            Self::Utf8Bom => "UTF-8 (BOM)",
            Self::Windows1252 => "Windows-1252",
        }
    }
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Windows-1252 0x80–0x9F (unassigned bytes as U+FFFD), from the Unicode mapping
/// `MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT`.
const HIGH: [char; 32] = [
    '€', '\u{FFFD}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{FFFD}', 'Ž',
    '\u{FFFD}', '\u{FFFD}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{FFFD}',
    'ž', 'Ÿ',
];

/// One Windows-1252 byte as a character.
fn cp1252(b: u8) -> char {
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// The text of `bytes` and how it was read. A byte order mark is dropped; bytes after a byte
/// order mark that are not UTF-8 (a Latin-1 file a tool prefixed with a mark) are read as
/// Windows-1252 too, so the person's accents are never lost.
pub fn decode(bytes: &[u8]) -> (String, Encoding) {
    let (rest, bom) = match bytes.strip_prefix(BOM) {
        Some(rest) => (rest, true),
        None => (bytes, false),
    };
    match std::str::from_utf8(rest) {
        Ok(text) if bom => (text.to_string(), Encoding::Utf8Bom),
        Ok(text) => (text.to_string(), Encoding::Utf8),
        Err(_) => (
            rest.iter().copied().map(cp1252).collect(),
            Encoding::Windows1252,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_a_byte_order_mark_is_read_as_is() {
        assert_eq!(
            decode("Créteil".as_bytes()),
            ("Créteil".to_string(), Encoding::Utf8)
        );
        assert_eq!(
            decode(b"\xEF\xBB\xBFCr\xC3\xA9teil"),
            ("Créteil".to_string(), Encoding::Utf8Bom)
        );
    }

    #[test]
    fn windows_1252_keeps_accents_the_euro_sign_and_the_oe_ligature() {
        // "Cœur de ville, 12 € ; « été »" as Excel writes it in France.
        let bytes = b"C\x9cur de ville, 12 \x80 ; \xAB \xE9t\xE9 \xBB";
        assert_eq!(
            decode(bytes),
            (
                "Cœur de ville, 12 € ; « été »".to_string(),
                Encoding::Windows1252
            )
        );
    }

    #[test]
    fn latin1_after_a_byte_order_mark_is_still_read_as_windows_1252() {
        assert_eq!(
            decode(b"\xEF\xBB\xBFCr\xE9teil"),
            ("Créteil".to_string(), Encoding::Windows1252)
        );
    }

    #[test]
    fn unassigned_bytes_become_replacement_characters_not_a_failure() {
        assert_eq!(decode(b"a\x81b").0, "a\u{FFFD}b");
    }
}
