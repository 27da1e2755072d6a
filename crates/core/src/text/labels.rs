//! `label(lang)` of every enumeration people read (domains, levels, funders…): the words are
//! in each language's file (`fr.rs`, `en.rs`, `facile.rs`).

use super::languages::sentences;
use super::Lang;
use crate::catalogue::{Audience, Funder, FundingKind, HelpKind, Intake, Label, SelectionStep};
use crate::profile::{
    DigitalComfort, Diploma, Domain, EducationLevel, Gender, Modality, Newcomer, Rhythm, Rqth,
    Situation, StartWindow,
};

/// `impl Type { fn label(self, lang) }` delegating to the language's method of that name.
macro_rules! label {
    ($($ty:ty => $method:ident,)*) => {
        $(impl $ty {
            /// A short label for people ("développement web & mobile").
            pub fn label(self, lang: Lang) -> &'static str {
                sentences(lang).$method(self)
            }
        })*
    };
}

label! {
    Domain => domain,
    EducationLevel => education_level,
    Diploma => diploma,
    Situation => situation,
    DigitalComfort => digital_comfort,
    Modality => modality,
    Rhythm => rhythm,
    StartWindow => start_window,
    Audience => audience,
    Funder => funder,
    SelectionStep => selection_step,
    HelpKind => help_kind,
    Gender => gender,
    Newcomer => newcomer,
    FundingKind => funding_kind,
    Intake => intake,
    Label => quality_label,
    Rqth => rqth,
}

/// `join_labels(items, lang, Domain::label)`: the labels joined ("a, b et c").
pub(crate) fn join_labels<T: Copy>(
    items: &[T],
    lang: Lang,
    label: fn(T, Lang) -> &'static str,
) -> String {
    let words: Vec<&str> = items.iter().map(|x| label(*x, lang)).collect();
    super::join(&words, sentences(lang).and())
}
