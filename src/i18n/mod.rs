//! Every user-facing string of the app, French first, English second. A `Texts` table per
//! language: the compiler refuses a language that misses a string. French is built into the app;
//! the other languages are read from a file when chosen (`load`).

mod en;
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
