//! Which file speaks which language: the one place that names every language's sentences.
//! Adding a [`Lang`] makes these matches fail to compile until its file exists.

use super::counsel::CounselWords;
use super::embedding::{EmbedWords, IgnoredWhy};
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

/// The words of embedding of a language.
pub fn embed_words(lang: Lang) -> &'static EmbedWords {
    match lang {
        Lang::Fr => &super::fr::EMBED,
        Lang::En => &super::en::EMBED,
        Lang::Facile => &super::facile::EMBED,
    }
}

/// Why an embedding parameter was ignored, in words (easy French: the French sentence, read
/// by a webmaster in the console).
pub fn ignored_why(lang: Lang, why: IgnoredWhy) -> &'static str {
    match lang {
        Lang::Fr | Lang::Facile => super::fr::ignored_why(why),
        Lang::En => super::en::ignored_why(why),
    }
}

/// The counsellor's words of a language (calendar, comparison, selection, offer).
pub fn counsel_words(lang: Lang) -> &'static CounselWords {
    match lang {
        Lang::Fr => &super::fr::COUNSEL,
        Lang::En => &super::en::COUNSEL,
        Lang::Facile => &super::facile::COUNSEL,
    }
}
