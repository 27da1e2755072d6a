//! Interface preferences (not answers): the language. An explicit `?lang=` in the address wins,
//! then the stored choice, then French.

use crate::i18n::Lang;
use crate::query::Query;

/// The query parameter choosing the language: `?lang=en`, `?lang=facile`.
pub const LANG_PARAM: &str = "lang";

const LANG_KEY: &str = "aiguillage.lang";

/// The language to start in.
pub fn initial_lang() -> Lang {
    lang_from_query()
        .or_else(|| super::storage::get(LANG_KEY).and_then(|code| Lang::from_code(&code)))
        .unwrap_or_default()
}

/// Remembers a language the person chose, for the next visit, when storage is available.
pub fn remember_lang(lang: Lang) {
    super::storage::set(LANG_KEY, lang.code());
}

fn lang_from_query() -> Option<Lang> {
    Query::from_page().get(LANG_PARAM).and_then(Lang::from_code)
}
