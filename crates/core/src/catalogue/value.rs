//! How a value is named in a message: quoted at most [`MAX_SHOWN_CHARS`] characters
//! ([`shown`]), and its JSON type ([`ValueKind`]). Used by the document's errors and by the
//! records' issues, which use the document's: its own file keeps that one way.

/// Longest value quoted in a message, in characters: a 10 MB enum value is cut, not echoed.
pub const MAX_SHOWN_CHARS: usize = 80;

/// A value as quoted in a message: at most [`MAX_SHOWN_CHARS`] characters, then "…".
pub fn shown(value: &str) -> String {
    let mut it = value.chars();
    let mut out: String = it.by_ref().take(MAX_SHOWN_CHARS).collect();
    if it.next().is_some() {
        out.push('…');
    }
    out
}

/// The JSON type of a value, as found or as expected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueKind {
    /// `null`.
    Null,
    /// `true` or `false`.
    Boolean,
    /// Any number.
    Number,
    /// A whole number (no decimals, not negative).
    WholeNumber,
    /// A text in quotes.
    Text,
    /// A list `[ … ]`.
    List,
    /// An object `{ … }`.
    Object,
    /// Something serde described in words we do not know.
    Unknown,
}

impl ValueKind {
    /// From serde's description of a value found ("string \"abc\"", "integer `3`", "map").
    pub(crate) fn of_found(found: &str) -> ValueKind {
        let word = found.split([' ', '`', '"']).next().unwrap_or("");
        match word {
            "null" | "unit" => ValueKind::Null,
            "boolean" => ValueKind::Boolean,
            "integer" | "floating" => ValueKind::Number,
            "string" | "character" => ValueKind::Text,
            "sequence" => ValueKind::List,
            "map" => ValueKind::Object,
            _ => ValueKind::Unknown,
        }
    }

    /// From serde's description of what was expected ("u32", "a string", "struct Course").
    pub(crate) fn of_expected(expected: &str) -> ValueKind {
        match expected {
            "u8" | "u16" | "u32" | "u64" | "usize" => ValueKind::WholeNumber,
            "i8" | "i16" | "i32" | "i64" | "f32" | "f64" => ValueKind::Number,
            "a string" | "a borrowed string" | "a character" | "variant identifier" => {
                ValueKind::Text
            }
            "a boolean" => ValueKind::Boolean,
            "a sequence" => ValueKind::List,
            e if e.starts_with("struct ") || e.starts_with("a map") || e == "map" => {
                ValueKind::Object
            }
            _ => ValueKind::Unknown,
        }
    }
}
