//! Typed explanations and issues in words, one file per language.
//!
//! Every user-facing type has `fn describe(&self, lang: Lang) -> String` (enums:
//! `label(lang)`). The words are in `fr.rs`, `en.rs` and `facile.rs`, each implementing
//! [`Sentences`] with exhaustive matches; `explanations.rs`, `hours.rs`, `issue.rs` and
//! `labels.rs` hold the language-neutral part (which sentence, with which values, in which
//! order). French uses the decimal comma ("à 4,2 km"), French dates ("12 janvier 2027") and a
//! non-breaking space before « : ; ? ! ».

pub use crate::latin as case;
mod counsel;
mod embedding;
mod en;
#[cfg(test)]
mod every_language;
mod explanations;
mod facile;
mod fr;
mod hours;
mod issue;
mod labels;
mod languages;
mod sentences;

pub use counsel::CounselWords;
pub use embedding::{EmbedWords, IgnoredWhy};
pub use explanations::{distance, ranking_disclosure, warning_lines};
pub use languages::{counsel_words, embed_words, ignored_why, issue_sentences, sentences};
pub use sentences::{fill, Counted, IssueSentences, Sentences};

use crate::date::Date;
use serde::{Deserialize, Serialize};

/// The language of a sentence.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Lang {
    /// French (the default).
    #[default]
    Fr,
    /// English.
    En,
    /// « Français facile »: easy-to-read French (short sentences, everyday words, abbreviations
    /// explained), in the spirit of FALC but not certified (see `docs/francais-facile.md`).
    Facile,
}

impl Lang {
    /// Every language, default first.
    pub const ALL: [Lang; 3] = [Lang::Fr, Lang::Facile, Lang::En];

    /// The code of the language in links (`?lang=`) and storage: `fr`, `facile`, `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
            Lang::Facile => "facile",
        }
    }

    /// The BCP 47 tag for `<html lang>` and `lang` attributes: easy French is French to a
    /// screen reader or a translator.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::Fr | Lang::Facile => "fr",
            Lang::En => "en",
        }
    }

    /// The writing direction for `<html dir>`: every language so far is written left to right;
    /// a new one must say (the match has no catch-all).
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Fr | Lang::Facile | Lang::En => "ltr",
        }
    }

    /// The language's own name, for the language menu (the same in every language).
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::Fr => "Français",
            Lang::Facile => "Français facile",
            Lang::En => "English",
        }
    }

    /// Parses a code such as `fr`, `en`, `en-GB`, `facile`, `falc`, `fr-facile`
    /// (case-insensitive); `None` for other languages.
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        if matches!(code.as_str(), "facile" | "falc" | "fr-facile" | "fr-x-falc") {
            return Some(Lang::Facile);
        }
        let primary = code.split(['-', '_']).next()?;
        match primary {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The other language, for a language switch.
    pub fn other(self) -> Lang {
        match self {
            Lang::Fr | Lang::Facile => Lang::En,
            Lang::En => Lang::Fr,
        }
    }
}

/// A distance in km with one decimal under 10 km, none above: "4,2" in French, "4.2" in English.
pub fn format_km(km: f32, lang: Lang) -> String {
    let s = if km < 10.0 {
        format!("{:.1}", km)
    } else {
        format!("{:.0}", km)
    };
    s.replace(
        '.',
        sentences(lang).decimal_separator().encode_utf8(&mut [0; 4]),
    )
}

/// A date in words: "12 janvier 2027" / "12 January 2027" ("1er" for the first in French).
pub fn format_date(d: Date, lang: Lang) -> String {
    sentences(lang).date(d)
}

/// An amount in euros: "3 500 €" / "€3,500".
pub fn format_eur(amount: u32, lang: Lang) -> String {
    let s = sentences(lang);
    let digits = amount.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(s.thousands_separator());
        }
        grouped.push(c);
    }
    fill(s.euros(), &[("amount", &grouped)])
}

/// Labels as one capitalised phrase: "Région, France Travail et OPCO".
pub fn label_list<'a>(labels: impl IntoIterator<Item = &'a str>, lang: Lang) -> String {
    let words: Vec<&str> = labels.into_iter().collect();
    case::capitalise(&join(&words, sentences(lang).and()))
}

/// Joins words: "a, b et c" / "a, b and c".
pub fn join_words(words: &[String], lang: Lang) -> String {
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    join(&words, sentences(lang).and())
}

/// "a, b{last}c": commas, then `last` (" et ", " ou ") before the last word.
fn join(words: &[&str], last: &str) -> String {
    match words {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., end] => format!("{}{last}{end}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_codes_parse_and_refuse_others() {
        assert_eq!(Lang::from_code("fr"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("EN-gb"), Some(Lang::En));
        assert_eq!(Lang::from_code("de"), None);
        assert_eq!(Lang::from_code("FALC"), Some(Lang::Facile));
        assert_eq!(Lang::from_code("fr-facile"), Some(Lang::Facile));
        assert_eq!(Lang::Facile.html_lang(), "fr");
        assert_eq!(Lang::from_code(""), None);
        assert_eq!(Lang::Fr.other(), Lang::En);
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
    }

    #[test]
    fn french_formats() {
        assert_eq!(format_km(4.2, Lang::Fr), "4,2");
        assert_eq!(format_km(4.2, Lang::En), "4.2");
        assert_eq!(format_km(35.4, Lang::Fr), "35");
        let d = Date::parse("2027-01-12").unwrap();
        assert_eq!(format_date(d, Lang::Fr), "12 janvier 2027");
        assert_eq!(format_date(d, Lang::En), "12 January 2027");
        assert_eq!(
            format_date(Date::parse("2027-08-01").unwrap(), Lang::Fr),
            "1er août 2027"
        );
        assert_eq!(format_eur(3500, Lang::Fr), "3\u{202f}500\u{a0}€");
        assert_eq!(format_eur(350, Lang::En), "€350");
        assert_eq!(
            join_words(&["a".into(), "b".into(), "c".into()], Lang::Fr),
            "a, b et c"
        );
        assert_eq!(label_list(["région", "OPCO"], Lang::Fr), "Région et OPCO");
        assert_eq!(label_list(["éducation"], Lang::En), "Éducation");
        assert_eq!(label_list([], Lang::En), "");
    }
}
