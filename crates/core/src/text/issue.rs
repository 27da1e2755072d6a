//! French and English sentences for validation issues, for webmasters.

use super::{pick, Lang};
use crate::catalogue::text_safety::UnsafeKind;
use crate::catalogue::{DocumentError, Issue, Problem, RecordKind, ValueKind};

/// "1 caractère", "2 caractères": the French plural starts at 2, the English one at 2 too.
fn count(lang: Lang, n: usize, fr: (&str, &str), en: (&str, &str)) -> String {
    let (one, many) = if lang != Lang::En { fr } else { en };
    format!("{n} {}", if n < 2 { one } else { many })
}

impl ValueKind {
    /// The kind of value in words ("un texte", "a text").
    pub fn describe(self, lang: Lang) -> String {
        let (fr, en) = match self {
            ValueKind::Null => ("null", "null"),
            ValueKind::Boolean => ("true ou false", "true or false"),
            ValueKind::Number => ("un nombre", "a number"),
            ValueKind::WholeNumber => ("un nombre entier positif", "a non-negative whole number"),
            ValueKind::Text => ("un texte entre guillemets", "a text in quotes"),
            ValueKind::List => ("une liste [ … ]", "a list [ … ]"),
            ValueKind::Object => ("un objet { … }", "an object { … }"),
            ValueKind::Unknown => (
                "une autre valeur (voir SCHEMA.md)",
                "another value (see SCHEMA.md)",
            ),
        };
        pick(lang, fr.into(), en.into())
    }
}

impl UnsafeKind {
    /// The kind of character in words.
    pub fn describe(self, lang: Lang) -> String {
        let (fr, en) = match self {
            UnsafeKind::Bidi => (
                "caractères d'inversion du sens d'écriture",
                "bidirectional override characters",
            ),
            UnsafeKind::Invisible => ("caractères invisibles", "invisible characters"),
            UnsafeKind::Control => ("caractères de contrôle", "control characters"),
            UnsafeKind::CombiningMarks => ("accents empilés", "piled-up combining marks"),
        };
        pick(lang, fr.into(), en.into())
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
        match self {
            DocumentError::TooLarge { max } => pick(
                lang,
                format!(
                    "le document dépasse la limite de {max} octets ({} Mio) ; découpez le catalogue",
                    max / (1024 * 1024)
                ),
                format!(
                    "the document is over the {max}-byte limit ({} MiB); split the catalogue",
                    max / (1024 * 1024)
                ),
            ),
            DocumentError::NotUtf8 { line, offset } => pick(
                lang,
                format!(
                    "le fichier n'est pas en UTF-8 (octet {offset}, ligne {line}) ; enregistrez-le en UTF-8"
                ),
                format!(
                    "the file is not UTF-8 (byte {offset}, line {line}); save it as UTF-8"
                ),
            ),
            DocumentError::Empty => pick(
                lang,
                "le document est vide".into(),
                "the document is empty".into(),
            ),
            DocumentError::Html => pick(
                lang,
                "le document est une page web (HTML), pas un catalogue JSON".into(),
                "the document is a web page (HTML), not a JSON catalogue".into(),
            ),
            DocumentError::NotAnObject { found } => pick(
                lang,
                format!(
                    "le document est {}, attendu : un objet {{ \"schema_version\": 1, … }}",
                    found.describe(Lang::Fr)
                ),
                format!(
                    "the document is {}, expected an object {{ \"schema_version\": 1, … }}",
                    found.describe(Lang::En)
                ),
            ),
            DocumentError::Truncated => pick(
                lang,
                "le document s'arrête avant la fin du JSON (fichier tronqué ?)".into(),
                "the document stops before the end of the JSON (truncated file?)".into(),
            ),
            DocumentError::Syntax { line, column } => pick(
                lang,
                format!("le JSON est invalide ligne {line}, colonne {column}"),
                format!("invalid JSON at line {line}, column {column}"),
            ),
            DocumentError::MissingSchemaVersion => pick(
                lang,
                "champ `schema_version` manquant".into(),
                "field `schema_version` is missing".into(),
            ),
            DocumentError::UnsupportedSchemaVersion { found, supported } => pick(
                lang,
                format!("version de schéma {found} non prise en charge (attendu : {supported})"),
                format!("unsupported schema version {found} (expected {supported})"),
            ),
            DocumentError::ArrayWrongType { array, found } => pick(
                lang,
                format!(
                    "`{array}` est {}, attendu : une liste [ … ]",
                    found.describe(Lang::Fr)
                ),
                format!(
                    "`{array}` is {}, expected a list [ … ]",
                    found.describe(Lang::En)
                ),
            ),
        }
    }
}

impl RecordKind {
    /// "à" and the kind of record, contracted in French ("au lieu", "à la formation",
    /// "à l'organisme"); "to the place" in English.
    pub fn describe_after_a(self, lang: Lang) -> String {
        let words = self.describe(lang);
        match lang {
            Lang::Fr | Lang::Facile => match words.strip_prefix("le ") {
                Some(rest) => format!("au {rest}"),
                None => format!("à {words}"),
            },
            Lang::En => format!("to {words}"),
        }
    }

    /// The kind of record in words ("la session", "the session").
    pub fn describe(self, lang: Lang) -> String {
        let (fr, en) = match self {
            RecordKind::Document => ("le document", "the document"),
            RecordKind::Provider => ("l'organisme", "the provider"),
            RecordKind::Place => ("le lieu", "the place"),
            RecordKind::Course => ("la formation", "the course"),
            RecordKind::Session => ("la session", "the session"),
            RecordKind::HelpPlace => ("le lieu d'aide", "the help place"),
            RecordKind::HelpNetwork => ("le réseau d'aide", "the help network"),
        };
        pick(lang, fr.into(), en.into())
    }
}

impl Problem {
    /// What is wrong, in words.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Problem::Document(e) => e.describe(lang),
            Problem::MissingField => pick(
                lang,
                "champ obligatoire manquant".into(),
                "required field is missing".into(),
            ),
            Problem::DuplicateField => pick(
                lang,
                "champ donné deux fois dans le même enregistrement".into(),
                "field given twice in the same record".into(),
            ),
            Problem::WrongType {
                found,
                value,
                expected,
            } => {
                let v = |l: Lang| match (value, l) {
                    (Some(v), Lang::Fr | Lang::Facile) => format!(" « {v} »"),
                    (Some(v), Lang::En) => format!(" \"{v}\""),
                    (None, _) => String::new(),
                };
                pick(
                    lang,
                    format!(
                        "type incorrect : {}{}, attendu : {}",
                        found.describe(Lang::Fr),
                        v(Lang::Fr),
                        expected.describe(Lang::Fr)
                    ),
                    format!(
                        "wrong type: {}{}, expected {}",
                        found.describe(Lang::En),
                        v(Lang::En),
                        expected.describe(Lang::En)
                    ),
                )
            }
            Problem::UnknownValue { value, allowed } => {
                let list = allowed.join(", ");
                pick(
                    lang,
                    format!("valeur inconnue « {value} » ; valeurs possibles : {list}"),
                    format!("unknown value \"{value}\"; allowed values: {list}"),
                )
            }
            Problem::InvalidDate { value } => pick(
                lang,
                format!("date invalide « {value} », attendu AAAA-MM-JJ (ex. 2027-01-12)"),
                format!("invalid date \"{value}\", expected YYYY-MM-DD (e.g. 2027-01-12)"),
            ),
            Problem::InvalidUrl { value } => pick(
                lang,
                format!(
                    "lien refusé « {value} » : seuls les liens http:// ou https:// sont acceptés"
                ),
                format!("rejected link \"{value}\": only http:// or https:// links are accepted"),
            ),
            Problem::InvalidEmail { value } => pick(
                lang,
                format!("adresse e-mail refusée « {value} » (attendu nom@domaine.fr) ; le reste de l'enregistrement est gardé"),
                format!("rejected e-mail address \"{value}\" (expected name@domain.org); the rest of the record is kept"),
            ),
            Problem::OutOfRange { value, min, max } => pick(
                lang,
                format!("vaut {value}, attendu entre {min} et {max}"),
                format!("is {value}, expected between {min} and {max}"),
            ),
            Problem::NotFinite => pick(
                lang,
                "nombre invalide (NaN ou infini)".into(),
                "invalid number (NaN or infinite)".into(),
            ),
            Problem::TooLong { length, max } => pick(
                lang,
                format!(
                    "texte trop long : {}, {max} au plus",
                    count(Lang::Fr, *length, ("caractère", "caractères"), ("", ""))
                ),
                format!(
                    "text too long: {}, at most {max}",
                    count(Lang::En, *length, ("", ""), ("character", "characters"))
                ),
            ),
            Problem::TooManyItems { count, max } => pick(
                lang,
                format!("trop d'éléments : {count}, {max} au plus"),
                format!("too many items: {count}, at most {max}"),
            ),
            Problem::Empty => pick(
                lang,
                "ne doit pas être vide".into(),
                "must not be empty".into(),
            ),
            Problem::InvalidFormat { value, expected } => {
                let (fr, en) = expected.split_once(" / ").unwrap_or((expected, expected));
                pick(
                    lang,
                    format!("format invalide « {value} », attendu : {fr}"),
                    format!("invalid format \"{value}\", expected {en}"),
                )
            }
            Problem::DuplicateId { id } => pick(
                lang,
                format!("l'identifiant « {id} » est déjà utilisé ; cet enregistrement est ignoré"),
                format!("id \"{id}\" is already used; this record is skipped"),
            ),
            Problem::DuplicateKind { kind } => pick(
                lang,
                format!("le réseau « {kind} » est déjà listé ; cet enregistrement est ignoré"),
                format!("network \"{kind}\" is already listed; this record is skipped"),
            ),
            Problem::UnknownReference { target, id } => pick(
                lang,
                format!(
                    "fait référence {} « {id} », inconnu(e) ou rejeté(e)",
                    target.describe_after_a(Lang::Fr)
                ),
                format!(
                    "refers to {} \"{id}\", unknown or rejected",
                    target.describe(Lang::En)
                ),
            ),
            Problem::EndBeforeStart => pick(
                lang,
                "la date de fin est avant la date de début".into(),
                "the end date is before the start date".into(),
            ),
            Problem::AgeMinAboveMax => pick(
                lang,
                "l'âge minimum est supérieur à l'âge maximum".into(),
                "the minimum age is above the maximum age".into(),
            ),
            Problem::CharactersRemoved { removed, kinds } => pick(
                lang,
                format!(
                    "{} du texte ({}) ; l'enregistrement est gardé",
                    count(
                        Lang::Fr,
                        *removed,
                        ("caractère retiré", "caractères retirés"),
                        ("", "")
                    ),
                    kinds_list(kinds, Lang::Fr)
                ),
                format!(
                    "{} removed from the text ({}); the record is kept",
                    count(Lang::En, *removed, ("", ""), ("character", "characters")),
                    kinds_list(kinds, Lang::En)
                ),
            ),
            Problem::UnsafeCharacters { kinds } => pick(
                lang,
                format!(
                    "contient des {} : refusé, car il pourrait se faire passer pour un autre",
                    kinds_list(kinds, Lang::Fr)
                ),
                format!(
                    "contains {}: refused, as it could pass for another one",
                    kinds_list(kinds, Lang::En)
                ),
            ),
            Problem::Other { message } => pick(
                lang,
                format!("erreur : {message}"),
                format!("error: {message}"),
            ),
        }
    }
}

impl Issue {
    /// A sentence a webmaster can act on, e.g.
    /// "sessions[12] (id « s-42 »), champ `start` : date invalide « 2027-13-01 », attendu AAAA-MM-JJ".
    pub fn describe(&self, lang: Lang) -> String {
        let mut s = String::new();
        if let Some(i) = self.index {
            s.push_str(&format!("{}[{i}]", self.kind.array_name()));
        } else {
            s.push_str(&self.kind.describe(lang));
        }
        if let Some(id) = &self.id {
            s.push_str(&match lang {
                Lang::Fr | Lang::Facile => format!(" (id « {id} »)"),
                Lang::En => format!(" (id \"{id}\")"),
            });
        }
        if let Some(f) = &self.field {
            s.push_str(&match lang {
                Lang::Fr | Lang::Facile => format!(", champ `{f}`"),
                Lang::En => format!(", field `{f}`"),
            });
        }
        s.push_str(if lang != Lang::En { " : " } else { ": " });
        s.push_str(&self.problem.describe(lang));
        s
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
            "places[12] (id « lieu-1 »), champ `latitude` : vaut 123.4, attendu entre -90 et 90"
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
            "type incorrect : un texte entre guillemets « abc », attendu : un nombre entier positif"
        );
    }
}
