//! Which file speaks which language: the one place that names every language's sentences.
//! Adding a [`Lang`] makes these matches fail to compile until its file exists.

use super::embedding::EmbedSentences;
use super::sentences::{IssueSentences, Sentences};
use super::Lang;

/// The issue sentences of a language.
pub fn issue_sentences(lang: Lang) -> &'static dyn IssueSentences {
    match lang {
        Lang::Fr => &super::fr::Fr,
        Lang::En => &super::en::En,
        Lang::Facile => &super::facile::Facile,
    }
}

/// The sentences of a language.
pub fn sentences(lang: Lang) -> &'static dyn Sentences {
    match lang {
        Lang::Fr => &super::fr::Fr,
        Lang::En => &super::en::En,
        Lang::Facile => &super::facile::Facile,
    }
}

/// The embedding sentences of a language.
pub fn embed_sentences(lang: Lang) -> &'static dyn EmbedSentences {
    match lang {
        Lang::Fr => &super::fr::Fr,
        Lang::En => &super::en::En,
        Lang::Facile => &super::facile::Facile,
    }
}
