//! Every user-facing string of the app: French first, then « Français facile » and English. A
//! `Texts` table per language: the compiler refuses a language that misses a string. French is
//! built into the app; the other languages are read from a file when chosen (`load`).

mod en;
mod facile;
mod fr;
pub mod load;
mod texts;

pub use aiguillage_core::Lang;
pub use texts::Texts;

use leptos::prelude::*;

/// The current language, shared through Leptos context.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: RwSignal<Lang>,
    /// A language asked for whose strings are on their way (the page stays as it is meanwhile).
    pending: RwSignal<Option<Lang>>,
    /// A language asked for whose strings could not be read (the page stayed as it was).
    failed: RwSignal<Option<Lang>>,
}

impl I18n {
    /// A new context starting in `lang` when its strings are at hand (the app waits for them at
    /// start, `crate::start`), else in French, saying that `lang` could not be loaded.
    pub fn new(lang: Lang) -> Self {
        let ready = load::loaded(lang).is_some();
        Self {
            lang: RwSignal::new(if ready { lang } else { Lang::Fr }),
            pending: RwSignal::new(None),
            failed: RwSignal::new((!ready).then_some(lang)),
        }
    }

    /// The current language (reactive).
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    /// The language whose strings are being fetched, if any (reactive).
    pub fn pending(&self) -> Option<Lang> {
        self.pending.get()
    }

    /// The language whose strings could not be read, if any (reactive).
    pub fn failed(&self) -> Option<Lang> {
        self.failed.get()
    }

    /// Switches the language: at once when its strings are at hand, else once they arrive (the
    /// page, and the answers, stay as they are meanwhile; the latest choice wins). When they
    /// cannot be read, the page stays in its language and [`I18n::failed`] says which.
    pub fn set_lang(&self, lang: Lang) {
        let this = *self;
        leptos::task::spawn_local(async move {
            this.switch(lang).await;
        });
    }

    /// [`I18n::set_lang`], done: whether the page is now in `lang`.
    pub async fn switch(self, lang: Lang) -> bool {
        self.failed.set(None);
        if load::loaded(lang).is_some() {
            self.pending.set(None);
            self.lang.set(lang);
            return true;
        }
        if self.pending.get_untracked() == Some(lang) {
            return false;
        }
        self.pending.set(Some(lang));
        let read = load::load(lang).await;
        // Another choice was made meanwhile, or the app is gone: this one is dropped.
        if self.pending.try_get_untracked().flatten() != Some(lang) {
            return false;
        }
        self.pending.try_set(None);
        if read.is_ok() {
            self.lang.try_set(lang);
        } else {
            self.failed.try_set(Some(lang));
        }
        read.is_ok()
    }

    /// The strings of the current language (reactive).
    pub fn t(&self) -> &'static Texts {
        texts_for(self.lang.get())
    }
}

/// The strings of a language: French is built in, the others are read from a file when chosen
/// (`load`; the list of those languages is there). Until a language's file is read, French.
pub fn texts_for(lang: Lang) -> &'static Texts {
    load::loaded(lang).unwrap_or(&fr::TEXTS)
}

/// `{n}` filled into the singular or the plural string of a language: French says "0 semaine",
/// "1 semaine", "2 semaines"; English "0 weeks", "1 week", "2 weeks".
pub fn plural(lang: Lang, n: u32, one: &str, many: &str) -> String {
    let singular = match lang {
        Lang::Fr | Lang::Facile => n <= 1,
        Lang::En => n == 1,
    };
    fill(if singular { one } else { many }, &[("n", &n.to_string())])
}

/// Fills `{name}` placeholders of a string: `fill("{n} ans", &[("n", "19")])`.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// The language context provided by `App`.
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| I18n::new(Lang::Fr))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `{name}` holes of a string, sorted.
    fn holes(s: &str) -> Vec<String> {
        let mut v: Vec<String> = s
            .split('{')
            .skip(1)
            .filter_map(|p| p.split('}').next().map(str::to_string))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(fill("{n} ans", &[("n", "19")]), "19 ans");
        assert_eq!(
            fill("du {start} au {end}", &[("start", "1er"), ("end", "2")]),
            "du 1er au 2"
        );
    }

    #[test]
    fn every_language_has_the_placeholders_of_the_french_string() {
        let fr = texts_for(Lang::Fr).entries();
        for lang in Lang::ALL {
            for ((name, f), (_, other)) in fr.iter().zip(texts_for(lang).entries()) {
                assert_eq!(
                    holes(f),
                    holes(other),
                    "{lang:?}: `{name}` placeholders differ"
                );
            }
        }
    }

    #[test]
    fn every_string_of_every_language_is_written() {
        for lang in Lang::ALL {
            for (name, text) in texts_for(lang).entries() {
                assert!(!text.trim().is_empty(), "{lang:?}: `{name}` is empty");
            }
        }
    }

    #[test]
    fn titles_and_calls_to_action_are_translated_not_copied() {
        let fr = texts_for(Lang::Fr).entries();
        for ((name, f), (_, e)) in fr.iter().zip(texts_for(Lang::En).entries()) {
            if name.ends_with("_title") || name.starts_with("cta") {
                assert_ne!(*f, e, "`{name}` is the same in French and English");
            }
        }
    }

    /// Where French typography is broken in `text`: a mark « : ; ? ! » not preceded by a
    /// non-breaking space, or « » quotes without one inside.
    fn french_typography_faults(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        let nbsp = |c: Option<&char>| matches!(c, Some('\u{a0}' | '\u{202f}'));
        let mut faults = Vec::new();
        for (i, c) in chars.iter().enumerate() {
            let before = i.checked_sub(1).and_then(|j| chars.get(j));
            let bad = match c {
                ':' | ';' | '?' | '!' | '»' => !nbsp(before),
                '«' => !nbsp(chars.get(i + 1)),
                _ => false,
            };
            if bad {
                let start = i.saturating_sub(12);
                faults.push(chars[start..(i + 1).min(chars.len())].iter().collect());
            }
        }
        faults
    }

    #[test]
    fn french_and_easy_french_put_a_non_breaking_space_before_colons_and_question_marks() {
        assert_eq!(
            french_typography_faults("Téléphone\u{a0}: 01"),
            Vec::<String>::new()
        );
        assert_eq!(french_typography_faults("Pour qui ?").len(), 1);
        assert_eq!(french_typography_faults("Lieu:").len(), 1);
        assert_eq!(french_typography_faults("« Autre\u{a0}»").len(), 1);
        for lang in [Lang::Fr, Lang::Facile] {
            for (name, text) in texts_for(lang).entries() {
                let faults = french_typography_faults(text);
                assert!(faults.is_empty(), "{lang:?}: `{name}`: {faults:?}");
            }
        }
        assert_eq!(texts_for(Lang::Fr).colon, "\u{a0}: ");
    }

    #[test]
    fn english_puts_no_space_before_a_colon_or_a_question_mark() {
        assert_eq!(texts_for(Lang::En).colon, ": ");
        for (name, text) in texts_for(Lang::En).entries() {
            for mark in [":", ";", "?", "!"] {
                for space in [" ", "\u{a0}", "\u{202f}"] {
                    let glued = format!("{space}{mark}");
                    assert!(!text.contains(&glued), "`{name}`: {text:?} has {glued:?}");
                }
            }
        }
    }

    /// Abbreviations easy French may use, each with the words that must explain it in the same
    /// string (docs/francais-facile.md).
    const EXPLAINED: [(&str, &str); 11] = [
        ("RQTH", "reconnaissance de handicap"),
        ("MDPH", "maison départementale des personnes handicapées"),
        ("CPF", "compte formation"),
        ("CEJ", "contrat d'engagement jeune"),
        ("OPCO", "organisme qui paie la formation des salariés"),
        ("CEP", "conseil en évolution professionnelle"),
        ("ANCT", "Agence nationale de la cohésion des territoires"),
        ("IA", "intelligence artificielle"),
        ("3D", "3 dimensions"),
        ("ENIC-NARIC", "diplôme"),
        ("AGPL-3.0", "licence"),
    ];

    /// The unexplained abbreviations of an easy-French string: words of two capitals or more
    /// missing their explanation, a parenthesis that holds no abbreviation, a middle dot.
    fn unexplained(text: &str) -> Vec<String> {
        let mut faults = Vec::new();
        for word in text.split(|c: char| c.is_whitespace() || ",;:?!()«»'".contains(c)) {
            let word = word.trim_end_matches('.');
            // Mostly capitals ("RQTH", "IA", "AGPL-3.0"), or a capital with digits ("3D");
            // not a name with capitals inside ("Auvergne-Rhône-Alpes", "OpenStreetMap").
            let letters = word.chars().filter(|c| c.is_alphabetic()).count();
            let capitals = word.chars().filter(|c| c.is_uppercase()).count();
            let with_digits =
                word.contains(char::is_numeric) && capitals > 0 && capitals == letters;
            let mostly_capitals = capitals >= 2 && capitals * 2 >= letters;
            if !(mostly_capitals || with_digits) {
                continue;
            }
            match EXPLAINED.iter().find(|(abbr, _)| *abbr == word) {
                Some((_, words)) if text.contains(words) => {}
                _ => faults.push(word.to_string()),
            }
        }
        for inside in text.split('(').skip(1) {
            let inside = inside.split(')').next().unwrap_or_default();
            if !EXPLAINED.iter().any(|(abbr, _)| inside.contains(abbr)) {
                faults.push(format!("({inside})"));
            }
        }
        if text.contains('·') {
            faults.push("·".into());
        }
        // "bac+2" and the like: the years of study are said in words.
        if text.contains("bac+") {
            faults.push("bac+".into());
        }
        faults
    }

    #[test]
    fn easy_french_explains_every_abbreviation_it_uses() {
        assert_eq!(unexplained("Cap Emploi aide avec la RQTH."), ["RQTH"]);
        assert_eq!(unexplained("un·e salarié·e"), ["·"]);
        assert_eq!(unexplained("de 16 à 25 ans (à vérifier)"), ["(à vérifier)"]);
        assert_eq!(unexplained("une formation bac+2"), ["bac+"]);
        assert!(unexplained("une reconnaissance de handicap (RQTH)").is_empty());
        for (name, text) in texts_for(Lang::Facile).entries() {
            let faults = unexplained(text);
            assert!(faults.is_empty(), "`{name}`: {faults:?} in {text:?}");
        }
    }

    #[test]
    fn easy_french_sentences_are_short_and_rewritten_not_copied() {
        let fr = texts_for(Lang::Fr).entries();
        for ((name, f), (_, easy)) in fr.iter().zip(texts_for(Lang::Facile).entries()) {
            for sentence in easy.split(['.', '?', '!', ';']) {
                let words = sentence.split_whitespace().count();
                assert!(words <= 20, "`{name}`: {words} words in {sentence:?}");
            }
            // A long French string read as is would not be easy French.
            if f.chars().count() > 60 {
                assert_ne!(f, &easy, "`{name}` is copied from French");
            }
        }
    }

    #[test]
    fn zero_and_one_are_singular_in_french_only_one_in_english() {
        let fr = texts_for(Lang::Fr);
        let en = texts_for(Lang::En);
        assert_eq!(plural(Lang::Fr, 0, fr.weeks_one, fr.weeks), "0 semaine");
        assert_eq!(plural(Lang::Fr, 1, fr.weeks_one, fr.weeks), "1 semaine");
        assert_eq!(plural(Lang::Fr, 2, fr.weeks_one, fr.weeks), "2 semaines");
        assert_eq!(plural(Lang::En, 0, en.weeks_one, en.weeks), "0 weeks");
        assert_eq!(plural(Lang::En, 1, en.hours_one, en.hours), "1 hour");
        assert_eq!(
            plural(Lang::Facile, 1, "{n} heure", "{n} heures"),
            "1 heure"
        );
    }
}
