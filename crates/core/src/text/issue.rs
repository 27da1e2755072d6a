//! Validation issues in words, for webmasters, the language-neutral part: which sentence of the
//! language, filled with which values; the record, its id and field before the problem.

use super::languages::{issue_sentences, sentences};
use super::sentences::{fill, Counted};
use super::Lang;
use crate::catalogue::text_safety::UnsafeKind;
use crate::catalogue::{DocumentError, Format, Issue, Problem, RecordKind, ValueKind};

impl ValueKind {
    /// The kind of value in words ("un texte", "a text").
    pub fn describe(self, lang: Lang) -> String {
        issue_sentences(lang).value_kind(self).to_string()
    }
}

impl UnsafeKind {
    /// The kind of character in words.
    pub fn describe(self, lang: Lang) -> String {
        issue_sentences(lang).unsafe_kind(self).to_string()
    }
}

impl Format {
    /// The shape a code must have ("5 chiffres", "5 digits").
    pub fn describe(self, lang: Lang) -> String {
        let n = match self {
            Format::Digits(n) => n.to_string(),
            Format::IdWithoutSpaces
            | Format::InseeCode
            | Format::Email
            | Format::RomeCode
            | Format::RncpCode => String::new(),
        };
        fill(issue_sentences(lang).format(self), &[("n", &n)])
    }
}

fn kinds_list(kinds: &[UnsafeKind], lang: Lang) -> String {
    kinds
        .iter()
        .map(|k| k.describe(lang))
        .collect::<Vec<_>>()
        .join(", ")
}

impl DocumentError {
    /// What is wrong with the document, in words a webmaster can act on.
    pub fn describe(&self, lang: Lang) -> String {
        let template = issue_sentences(lang).document_error(self);
        match self {
            DocumentError::TooLarge { max } => fill(
                template,
                &[
                    ("max", &max.to_string()),
                    ("mib", &(max / (1024 * 1024)).to_string()),
                ],
            ),
            DocumentError::NotUtf8 { line, offset } => fill(
                template,
                &[("line", &line.to_string()), ("offset", &offset.to_string())],
            ),
            DocumentError::NotAnObject { found } => {
                fill(template, &[("found", &found.describe(lang))])
            }
            DocumentError::Syntax { line, column } => fill(
                template,
                &[("line", &line.to_string()), ("column", &column.to_string())],
            ),
            DocumentError::UnsupportedSchemaVersion { found, supported } => fill(
                template,
                &[("found", found), ("supported", &supported.to_string())],
            ),
            DocumentError::ArrayWrongType { array, found } => fill(
                template,
                &[("array", array), ("found", &found.describe(lang))],
            ),
            DocumentError::Empty
            | DocumentError::Html
            | DocumentError::Truncated
            | DocumentError::MissingSchemaVersion => template.to_string(),
        }
    }
}

impl RecordKind {
    /// "à" and the kind of record, contracted in French ("au lieu", "à la formation",
    /// "à l'organisme"); "to the place" in English.
    pub fn describe_after_a(self, lang: Lang) -> String {
        issue_sentences(lang).record_kind_after_to(self).to_string()
    }

    /// The kind of record in words ("la session", "the session").
    pub fn describe(self, lang: Lang) -> String {
        issue_sentences(lang).record_kind(self).to_string()
    }
}

impl Problem {
    /// What is wrong, in words.
    pub fn describe(&self, lang: Lang) -> String {
        let s = issue_sentences(lang);
        let template = s.problem(self);
        match self {
            Problem::Document(e) => fill(template, &[("document", &e.describe(lang))]),
            Problem::WrongType {
                found,
                value,
                expected,
            } => fill(
                template,
                &[
                    ("found", &found.describe(lang)),
                    ("value", value.as_deref().unwrap_or_default()),
                    ("expected", &expected.describe(lang)),
                ],
            ),
            Problem::UnknownValue { value, allowed } => fill(
                template,
                &[("value", value), ("allowed", &allowed.join(", "))],
            ),
            Problem::InvalidDate { value }
            | Problem::InvalidUrl { value }
            | Problem::InvalidEmail { value } => fill(template, &[("value", value)]),
            Problem::OutOfRange { value, min, max } => {
                fill(template, &[("value", value), ("min", min), ("max", max)])
            }
            Problem::TooLong { length, max } => fill(
                template,
                &[
                    (
                        "length",
                        &sentences(lang).count(*length, Counted::Characters),
                    ),
                    ("max", &max.to_string()),
                ],
            ),
            Problem::TooManyItems { count, max } => fill(
                template,
                &[("count", &count.to_string()), ("max", &max.to_string())],
            ),
            Problem::InvalidFormat { value, expected } => fill(
                template,
                &[("value", value), ("expected", &expected.describe(lang))],
            ),
            Problem::DuplicateId { id } => fill(template, &[("id", id)]),
            Problem::DuplicateKind { kind } => fill(template, &[("kind", kind)]),
            Problem::UnknownReference { target, id } => fill(
                template,
                &[
                    ("target", s.record_kind(*target)),
                    ("to_target", s.record_kind_after_to(*target)),
                    ("id", id),
                ],
            ),
            Problem::CharactersRemoved { removed, kinds } => fill(
                template,
                &[
                    (
                        "removed",
                        &sentences(lang).count(*removed, Counted::CharactersRemoved),
                    ),
                    ("kinds", &kinds_list(kinds, lang)),
                ],
            ),
            Problem::UnsafeCharacters { kinds } => {
                fill(template, &[("kinds", &kinds_list(kinds, lang))])
            }
            Problem::Other { message } => fill(template, &[("message", message)]),
            Problem::MissingField
            | Problem::DuplicateField
            | Problem::NotFinite
            | Problem::Empty
            | Problem::EndBeforeStart
            | Problem::AgeMinAboveMax => template.to_string(),
        }
    }
}

impl Issue {
    /// A sentence a webmaster can act on, e.g.
    /// "sessions[12] (id « s-42 »), champ `start` : date invalide « 2027-13-01 », attendu AAAA-MM-JJ".
    pub fn describe(&self, lang: Lang) -> String {
        let s = issue_sentences(lang);
        let mut head = self.describe_record(lang);
        if let Some(f) = &self.field {
            head.push_str(&fill(s.issue_field(), &[("field", f)]));
        }
        sentences(lang).label_value(&head, &self.problem.describe(lang))
    }

    /// The record alone, for a table of issues: "sessions[12] (id « s-42 »)", or "le document".
    pub fn describe_record(&self, lang: Lang) -> String {
        let mut head = match self.index {
            Some(i) => format!("{}[{i}]", self.kind.array_name()),
            None => self.kind.describe(lang),
        };
        if let Some(id) = &self.id {
            head.push_str(&fill(issue_sentences(lang).issue_id(), &[("id", id)]));
        }
        head
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue_sentences_name_the_record_and_field() {
        let i = Issue {
            kind: RecordKind::Place,
            index: Some(12),
            id: Some("lieu-1".into()),
            field: Some("latitude".into()),
            problem: Problem::OutOfRange {
                value: "123.4".into(),
                min: "-90".into(),
                max: "90".into(),
            },
        };
        assert_eq!(
            i.describe(Lang::Fr),
            "places[12] (id « lieu-1 »), champ `latitude`\u{a0}: vaut 123.4, attendu entre -90 et 90"
        );
        assert_eq!(
            i.describe(Lang::En),
            "places[12] (id \"lieu-1\"), field `latitude`: is 123.4, expected between -90 and 90"
        );
        assert_eq!(i.to_string(), i.describe(Lang::En));
    }

    #[test]
    fn a_reference_to_a_place_says_au_lieu_in_french() {
        let p = Problem::UnknownReference {
            target: RecordKind::Place,
            id: "x".into(),
        };
        let fr = p.describe(Lang::Fr);
        assert!(fr.starts_with("fait référence au lieu « x »"), "{fr}");
        assert!(!fr.contains("à le"), "{fr}");
        let p = Problem::UnknownReference {
            target: RecordKind::Course,
            id: "x".into(),
        };
        assert!(p
            .describe(Lang::Fr)
            .starts_with("fait référence à la formation"));
        for kind in [
            RecordKind::Provider,
            RecordKind::HelpPlace,
            RecordKind::HelpNetwork,
        ] {
            assert!(!kind.describe_after_a(Lang::Fr).contains("à le"));
        }
    }

    #[test]
    fn one_removed_character_is_singular_and_two_are_plural() {
        let one = Problem::CharactersRemoved {
            removed: 1,
            kinds: vec![UnsafeKind::Bidi],
        };
        assert!(one
            .describe(Lang::Fr)
            .starts_with("1 caractère retiré du texte"));
        assert!(one.describe(Lang::En).starts_with("1 character removed"));
        let two = Problem::CharactersRemoved {
            removed: 2,
            kinds: vec![UnsafeKind::Control],
        };
        assert!(two
            .describe(Lang::Fr)
            .starts_with("2 caractères retirés du texte"));
    }

    #[test]
    fn a_wrong_type_is_said_in_french_without_serde_words() {
        let p = Problem::WrongType {
            found: ValueKind::Text,
            value: Some("abc".into()),
            expected: ValueKind::WholeNumber,
        };
        assert_eq!(
            p.describe(Lang::Fr),
            "type incorrect\u{a0}: un texte entre guillemets « abc », attendu\u{a0}: un nombre entier positif"
        );
    }
}
