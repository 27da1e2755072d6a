//! Validation issues: which record, which field, what is wrong (typed; rendered in French or English by `text`).

pub use super::document::DocumentError;
pub use super::text_safety::UnsafeKind;
pub use super::value::{shown, ValueKind, MAX_SHOWN_CHARS};

/// The scalar value inside serde's description of a value found, if any.
fn found_value(found: &str) -> Option<String> {
    if let Some(v) = backticked(found).into_iter().next() {
        return Some(shown(&v));
    }
    let start = found.find('"')?;
    found.get(start + 1..)?.strip_suffix('"').map(shown)
}

/// The kind of record an issue is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RecordKind {
    /// The document as a whole.
    Document,
    /// `providers[i]`.
    Provider,
    /// `places[i]`.
    Place,
    /// `courses[i]`.
    Course,
    /// `sessions[i]`.
    Session,
    /// `help_places[i]`.
    HelpPlace,
    /// `help_networks[i]`.
    HelpNetwork,
}

impl RecordKind {
    /// The JSON array holding records of this kind.
    pub fn array_name(self) -> &'static str {
        match self {
            Self::Document => "",
            Self::Provider => "providers",
            Self::Place => "places",
            Self::Course => "courses",
            Self::Session => "sessions",
            Self::HelpPlace => "help_places",
            Self::HelpNetwork => "help_networks",
        }
    }
}

/// What is wrong with a field or a record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The document as a whole cannot be read (not JSON, too large, wrong version…).
    Document(DocumentError),
    /// A required field is missing.
    MissingField,
    /// A field given twice in the same record.
    DuplicateField,
    /// The field has the wrong JSON type.
    WrongType {
        /// What was found.
        found: ValueKind,
        /// The value found, when it is a scalar (truncated).
        value: Option<String>,
        /// What was expected.
        expected: ValueKind,
    },
    /// A value outside an enumeration.
    UnknownValue {
        /// The value given.
        value: String,
        /// The allowed values.
        allowed: Vec<String>,
    },
    /// Not a `YYYY-MM-DD` date.
    InvalidDate {
        /// The value given.
        value: String,
    },
    /// Not an `http(s)://` link (e.g. `javascript:`).
    InvalidUrl {
        /// The value given (truncated).
        value: String,
    },
    /// Not an e-mail address by the rule of [`super::Email`]: the field is left out, the record
    /// kept.
    InvalidEmail {
        /// The value given (truncated).
        value: String,
    },
    /// A number outside its allowed range.
    OutOfRange {
        /// The value given.
        value: String,
        /// Smallest allowed.
        min: String,
        /// Largest allowed.
        max: String,
    },
    /// A number that is NaN or infinite.
    NotFinite,
    /// A text longer than the cap.
    TooLong {
        /// Length in characters.
        length: usize,
        /// Cap.
        max: usize,
    },
    /// A list with too many items.
    TooManyItems {
        /// Number of items.
        count: usize,
        /// Cap.
        max: usize,
    },
    /// A required text is empty.
    Empty,
    /// A code that does not have the expected shape (postcode, INSEE, SIRET, ROME, RNCP, id).
    InvalidFormat {
        /// The value given (truncated).
        value: String,
        /// What shape is expected (its words are in each language's file).
        expected: Format,
    },
    /// Two records of the same kind share an id.
    DuplicateId {
        /// The id.
        id: String,
    },
    /// Two help networks of the same kind (only one locator per network).
    DuplicateKind {
        /// The kind's code (`mission-locale`).
        kind: String,
    },
    /// A reference to a record that does not exist (or was rejected).
    UnknownReference {
        /// Kind of record referred to.
        target: RecordKind,
        /// The id referred to.
        id: String,
    },
    /// The end date is before the start date.
    EndBeforeStart,
    /// `age_min` is above `age_max`.
    AgeMinAboveMax,
    /// Unsafe characters (bidi overrides, zero-width, controls, piled combining marks) were
    /// removed from a text; the record is kept.
    CharactersRemoved {
        /// How many were removed.
        removed: usize,
        /// Which kinds.
        kinds: Vec<UnsafeKind>,
    },
    /// An id or a link holds unsafe characters: refused, as one that looks like another.
    UnsafeCharacters {
        /// Which kinds.
        kinds: Vec<UnsafeKind>,
    },
    /// Anything else serde reported.
    Other {
        /// serde's message.
        message: String,
    },
}

impl Problem {
    /// Whether the record is dropped for this problem (a text cleaned of unsafe characters is
    /// kept, the issue only says so).
    pub fn drops_record(&self) -> bool {
        !matches!(
            self,
            Problem::CharactersRemoved { .. } | Problem::InvalidEmail { .. }
        )
    }
}

/// The shape a code must have, for [`Problem::InvalidFormat`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// An id: any characters but spaces.
    IdWithoutSpaces,
    /// Exactly this many digits (postcode: 5, SIRET: 14).
    Digits(u8),
    /// An INSEE commune code: 5 characters (93048, 2A004).
    InseeCode,
    /// An e-mail address.
    Email,
    /// A ROME code: a capital letter and 4 digits (M1805).
    RomeCode,
    /// An RNCP code: "RNCP" and digits (RNCP37674).
    RncpCode,
}

/// One problem found while reading a catalogue. The record is dropped (unless
/// [`Problem::drops_record`] says otherwise); the others are kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    /// Kind of record.
    pub kind: RecordKind,
    /// Position in its JSON array (0-based); `None` for the document.
    pub index: Option<usize>,
    /// The record's id, when it could be read.
    pub id: Option<String>,
    /// Path of the field inside the record (`address.postcode`, `domains[2]`); `None` for the whole record.
    pub field: Option<String>,
    /// What is wrong.
    pub problem: Problem,
}

/// Text between the first two backticks after `from`.
fn backticked(s: &str) -> Vec<String> {
    s.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// Turns serde's message (already stripped of its position) into a typed problem, plus an
/// extra path segment for missing fields.
pub(crate) fn problem_from_serde(msg: &str) -> (Problem, Option<String>) {
    if let Some((tag, value)) = crate::serde_tag::untag(msg) {
        let value = shown(value);
        let p = match tag {
            "date" => Problem::InvalidDate { value },
            "url" => Problem::InvalidUrl { value },
            "email" => Problem::InvalidEmail { value },
            _ => Problem::Other {
                message: shown(msg),
            },
        };
        return (p, None);
    }
    if let Some(rest) = msg.strip_prefix("missing field ") {
        return (Problem::MissingField, backticked(rest).into_iter().next());
    }
    if let Some(rest) = msg.strip_prefix("duplicate field ") {
        return (Problem::DuplicateField, backticked(rest).into_iter().next());
    }
    if let Some(rest) = msg.strip_prefix("unknown variant ") {
        let mut names = backticked(rest);
        let value = if names.is_empty() {
            String::new()
        } else {
            shown(&names.remove(0))
        };
        return (
            Problem::UnknownValue {
                value,
                allowed: names,
            },
            None,
        );
    }
    if let Some(rest) = msg.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return (
            Problem::WrongType {
                found: ValueKind::of_found(found),
                value: found_value(found),
                expected: ValueKind::of_expected(expected),
            },
            None,
        );
    }
    if let Some(rest) = msg.strip_prefix("invalid value: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let value = found_value(found).unwrap_or_else(|| shown(found));
        let (min, max) = match expected {
            "u8" => ("0", "255"),
            "u16" => ("0", "65535"),
            "u32" => ("0", "4294967295"),
            _ => ("", ""),
        };
        if !min.is_empty() {
            return (
                Problem::OutOfRange {
                    value,
                    min: min.into(),
                    max: max.into(),
                },
                None,
            );
        }
        return (
            Problem::WrongType {
                found: ValueKind::of_found(found),
                value: Some(value),
                expected: ValueKind::of_expected(expected),
            },
            None,
        );
    }
    (
        Problem::Other {
            message: shown(msg),
        },
        None,
    )
}

/// Removes serde_json's " at line L column C" suffix.
pub(crate) fn strip_position(msg: &str) -> &str {
    match msg.rfind(" at line ") {
        Some(i) => msg.get(..i).unwrap_or(msg),
        None => msg,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::serde_tag::tagged_message;

    #[test]
    fn reads_serde_messages() {
        let (p, extra) = problem_from_serde("missing field `title`");
        assert_eq!(
            (p, extra.as_deref()),
            (Problem::MissingField, Some("title"))
        );
        let (p, _) = problem_from_serde(
            "unknown variant `zoom`, expected one of `presentiel`, `hybride`, `distanciel`",
        );
        assert_eq!(
            p,
            Problem::UnknownValue {
                value: "zoom".into(),
                allowed: vec!["presentiel".into(), "hybride".into(), "distanciel".into()]
            }
        );
        let (p, _) = problem_from_serde("invalid value: integer `300`, expected u8");
        assert!(matches!(p, Problem::OutOfRange { ref value, .. } if value == "300"));
        let (p, _) = problem_from_serde(&tagged_message("url", "javascript:alert(1)"));
        assert_eq!(
            p,
            Problem::InvalidUrl {
                value: "javascript:alert(1)".into()
            }
        );
        let (p, _) = problem_from_serde("invalid type: string \"abc\", expected u32");
        assert_eq!(
            p,
            Problem::WrongType {
                found: ValueKind::Text,
                value: Some("abc".into()),
                expected: ValueKind::WholeNumber
            }
        );
        let (p, _) = problem_from_serde("invalid type: integer `3`, expected a sequence");
        assert!(matches!(
            p,
            Problem::WrongType {
                found: ValueKind::Number,
                expected: ValueKind::List,
                ..
            }
        ));
        assert_eq!(
            strip_position("missing field `x` at line 1 column 20"),
            "missing field `x`"
        );
    }
}
