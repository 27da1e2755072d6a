//! French and English sentences for validation issues, for webmasters.

use super::{pick, Lang};
use crate::catalogue::{Issue, Problem, RecordKind};

impl RecordKind {
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
            Problem::Syntax {
                line,
                column,
                detail,
            } => pick(
                lang,
                format!("le JSON est invalide ligne {line}, colonne {column} ({detail})"),
                format!("invalid JSON at line {line}, column {column} ({detail})"),
            ),
            Problem::DocumentTooLarge { bytes, max } => pick(
                lang,
                format!("le document fait {bytes} octets, au-delà de la limite de {max} octets"),
                format!("the document is {bytes} bytes, over the {max}-byte limit"),
            ),
            Problem::UnsupportedSchemaVersion { found, supported } => pick(
                lang,
                format!("version de schéma {found} non prise en charge (attendu : {supported})"),
                format!("unsupported schema version {found} (expected {supported})"),
            ),
            Problem::MissingField => pick(
                lang,
                "champ obligatoire manquant".into(),
                "required field is missing".into(),
            ),
            Problem::WrongType { found, expected } => pick(
                lang,
                format!("type incorrect : {found}, attendu : {expected}"),
                format!("wrong type: {found}, expected {expected}"),
            ),
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
                format!("texte trop long : {length} caractères, {max} au plus"),
                format!("text too long: {length} characters, at most {max}"),
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
                    "fait référence à {} « {id} », inconnu(e) ou rejeté(e)",
                    target.describe(Lang::Fr)
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
                Lang::Fr => format!(" (id « {id} »)"),
                Lang::En => format!(" (id \"{id}\")"),
            });
        }
        if let Some(f) = &self.field {
            s.push_str(&match lang {
                Lang::Fr => format!(", champ `{f}`"),
                Lang::En => format!(", field `{f}`"),
            });
        }
        s.push_str(if lang == Lang::Fr { " : " } else { ": " });
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
}
