//! Reading a catalogue document as a whole: the bytes (size cap, UTF-8 with or without a byte
//! order mark) and the document's shape (a JSON object with a supported `schema_version`).
//! A document that fails here is a load error, never an empty catalogue: the app says the
//! file is broken (with a retry) instead of "no training fits".

use super::value::{shown, ValueKind};
use super::Limits;

/// Why a catalogue document cannot be read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocumentError {
    /// Over the size cap (the reader stopped after `max` bytes and one more).
    TooLarge {
        /// The cap, in bytes.
        max: usize,
    },
    /// Not UTF-8 (e.g. saved as Latin-1 / Windows-1252).
    NotUtf8 {
        /// 1-based line of the first invalid byte.
        line: usize,
        /// 0-based byte offset of the first invalid byte.
        offset: usize,
    },
    /// Nothing but spaces.
    Empty,
    /// An HTML page (a captive portal, an error page served with status 200).
    Html,
    /// JSON, but not an object `{ … }`.
    NotAnObject {
        /// What it is instead.
        found: ValueKind,
    },
    /// The text stops before the JSON does (an interrupted download).
    Truncated,
    /// Not valid JSON.
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// No `schema_version`.
    MissingSchemaVersion,
    /// A `schema_version` this program does not read.
    UnsupportedSchemaVersion {
        /// What the document says (truncated).
        found: String,
        /// What we read.
        supported: u32,
    },
    /// One of the record arrays (`courses`…) is not a list.
    ArrayWrongType {
        /// The array's name.
        array: &'static str,
        /// What it is instead.
        found: ValueKind,
    },
}

impl std::error::Error for DocumentError {}

/// UTF-8 byte order mark, which Windows editors write at the start of a file.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The document's text: at most `limits.max_document_bytes`, UTF-8 (a leading byte order mark
/// is skipped).
pub fn decode<'a>(bytes: &'a [u8], limits: &Limits) -> Result<&'a str, DocumentError> {
    if bytes.len() > limits.max_document_bytes {
        return Err(DocumentError::TooLarge {
            max: limits.max_document_bytes,
        });
    }
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        let line = 1 + bytes[..offset].iter().filter(|b| **b == b'\n').count();
        DocumentError::NotUtf8 { line, offset }
    })
}

/// A shape problem found before the JSON is parsed: empty, an HTML page, JSON that is not an
/// object (serde would read an array as a struct in field order).
pub fn shape(text: &str) -> Option<DocumentError> {
    let start = text.trim_start();
    let Some(first) = start.chars().next() else {
        return Some(DocumentError::Empty);
    };
    Some(match first {
        '{' => return None,
        '<' => DocumentError::Html,
        '[' => DocumentError::NotAnObject {
            found: ValueKind::List,
        },
        '"' => DocumentError::NotAnObject {
            found: ValueKind::Text,
        },
        '-' | '0'..='9' => DocumentError::NotAnObject {
            found: ValueKind::Number,
        },
        't' | 'f' if start.starts_with("true") || start.starts_with("false") => {
            DocumentError::NotAnObject {
                found: ValueKind::Boolean,
            }
        }
        'n' if start.starts_with("null") => DocumentError::NotAnObject {
            found: ValueKind::Null,
        },
        _ => DocumentError::Syntax {
            line: 1,
            column: 1 + text.len() - start.len(),
        },
    })
}

/// A serde_json error on the whole document, typed.
pub fn from_serde(e: &serde_json::Error) -> DocumentError {
    if e.classify() == serde_json::error::Category::Eof {
        DocumentError::Truncated
    } else {
        DocumentError::Syntax {
            line: e.line(),
            column: e.column(),
        }
    }
}

/// The `schema_version` field, checked.
pub fn version(raw: Option<&serde_json::value::RawValue>) -> Result<(), DocumentError> {
    let raw = raw.ok_or(DocumentError::MissingSchemaVersion)?;
    match serde_json::from_str::<u32>(raw.get()) {
        Ok(super::SCHEMA_VERSION) => Ok(()),
        _ => Err(DocumentError::UnsupportedSchemaVersion {
            found: shown(raw.get()),
            supported: super::SCHEMA_VERSION,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_order_mark_is_skipped_and_latin1_is_refused_with_its_line() {
        let limits = Limits::default();
        assert_eq!(decode(b"\xEF\xBB\xBF{}", &limits), Ok("{}"));
        assert_eq!(
            decode(b"{\n\"name\": \"D\xE9veloppeur\"}", &limits),
            Err(DocumentError::NotUtf8 {
                line: 2,
                offset: 12
            })
        );
    }

    #[test]
    fn the_size_cap_is_checked_before_decoding() {
        let limits = Limits {
            max_document_bytes: 4,
            ..Limits::default()
        };
        assert_eq!(
            decode(b"\xFF\xFF\xFF\xFF\xFF", &limits),
            Err(DocumentError::TooLarge { max: 4 })
        );
    }

    #[test]
    fn an_html_page_and_non_objects_are_named() {
        assert_eq!(
            shape("  <!DOCTYPE html><title>Wi-Fi</title>"),
            Some(DocumentError::Html)
        );
        assert_eq!(
            shape("[1, 2]"),
            Some(DocumentError::NotAnObject {
                found: ValueKind::List
            })
        );
        assert_eq!(shape(" {\"schema_version\": 1}"), None);
        assert_eq!(shape("   "), Some(DocumentError::Empty));
    }
}
