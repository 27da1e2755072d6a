//! Every user-facing string of the app, French first, English second. A `Texts` table per
//! language: the compiler refuses a language that misses a string.

mod en;
mod fr;
mod texts;

pub use aiguillage_core::Lang;
pub use texts::Texts;

use leptos::prelude::*;

/// The current language, shared through Leptos context.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: RwSignal<Lang>,
}

impl I18n {
    /// A new context starting in `lang`.
    pub fn new(lang: Lang) -> Self {
        Self {
            lang: RwSignal::new(lang),
        }
    }

    /// The current language (reactive).
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    /// Switches the language.
    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
    }

    /// The strings of the current language (reactive).
    pub fn t(&self) -> &'static Texts {
        texts_for(self.lang.get())
    }
}

/// The strings of a language.
pub fn texts_for(lang: Lang) -> &'static Texts {
    match lang {
        // Until its strings are written (issue 11), easy French reads the French ones.
        Lang::Fr | Lang::Facile => &fr::TEXTS,
        Lang::En => &en::TEXTS,
    }
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

    #[test]
    fn placeholders_are_filled_and_kept_in_both_languages() {
        assert_eq!(fill("{n} ans", &[("n", "19")]), "19 ans");
        for ((name, f), (_, e)) in texts_for(Lang::Fr)
            .entries()
            .iter()
            .zip(texts_for(Lang::En).entries().iter())
        {
            let holes = |s: &str| {
                let mut v: Vec<String> = s
                    .split('{')
                    .skip(1)
                    .filter_map(|p| p.split('}').next().map(str::to_string))
                    .collect();
                v.sort();
                v
            };
            assert_eq!(holes(f), holes(e), "`{name}` placeholders differ");
        }
    }

    #[test]
    fn no_string_is_empty_and_languages_differ() {
        for lang in Lang::ALL {
            for (name, text) in texts_for(lang).entries() {
                assert!(!text.trim().is_empty(), "{lang:?}: `{name}` is empty");
            }
        }
        let fr = texts_for(Lang::Fr).entries();
        let en = texts_for(Lang::En).entries();
        assert_eq!(fr.len(), en.len());
        // Titles and calls to action must be translated, not copied.
        for ((name, f), (_, e)) in fr.iter().zip(en.iter()) {
            if name.ends_with("_title") || name.starts_with("cta") {
                assert_ne!(f, e, "`{name}` is the same in French and English");
            }
        }
    }
}
