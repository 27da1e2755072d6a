//! An embedding parameter that was ignored, and why: the page works as if it were absent and
//! the app logs this sentence to the console, for the webmaster.

use std::fmt;

use crate::text::{embed_words, fill, ignored_why, IgnoredWhy, Lang};

/// Longest part of a value repeated in the sentence (a 10 000-character paste is cut).
const SHOWN_CHARS: usize = 100;

/// A parameter ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ignored {
    /// The parameter's name (`couleur`).
    pub param: &'static str,
    /// Its value, as given (cut to 100 characters).
    pub value: String,
    /// Why.
    pub why: IgnoredWhy,
}

impl Ignored {
    /// An entry, the value cut to 100 characters.
    pub fn new(param: &'static str, value: &str, why: IgnoredWhy) -> Ignored {
        Ignored {
            param,
            value: value.chars().take(SHOWN_CHARS).collect(),
            why,
        }
    }

    /// The sentence: « paramètre « couleur » ignoré (« rouge ») : ce n'est pas une couleur… ».
    pub fn describe(&self, lang: Lang) -> String {
        fill(
            embed_words(lang).ignored,
            &[
                ("param", self.param),
                ("value", &self.value),
                ("why", ignored_why(lang, self.why)),
            ],
        )
    }
}

impl fmt::Display for Ignored {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ignored_parameter_says_its_name_value_and_why_in_each_language() {
        let i = Ignored::new("couleur", "rouge", IgnoredWhy::NotAColour);
        assert_eq!(
            i.describe(Lang::Fr),
            "paramètre « couleur » ignoré (« rouge »)\u{a0}: ce n'est pas une couleur, écrivez-la #005a9c ou #05a"
        );
        assert_eq!(
            i.to_string(),
            "parameter \"couleur\" ignored (\"rouge\"): not a colour, write it #005a9c or #05a"
        );
        assert_eq!(
            Ignored::new("nom", &"x".repeat(500), IgnoredWhy::TooLong)
                .value
                .len(),
            100
        );
    }

    #[test]
    fn every_reason_has_a_sentence_in_every_language() {
        for lang in Lang::ALL {
            let mut seen = std::collections::BTreeSet::new();
            for why in IgnoredWhy::ALL {
                let s = ignored_why(lang, why);
                assert!(!s.is_empty() && !s.contains('{'), "{lang:?} {why:?}");
                assert!(
                    seen.insert(s),
                    "{lang:?}: {why:?} says the same as another reason"
                );
            }
        }
    }
}
