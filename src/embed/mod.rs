//! Aiguillage inside a host's page (a commune's site, through `embed.js`): the options of the
//! address read once at start, whether the app is framed, and what changes then (header, footer,
//! links in a new tab, the height told to the host page).

pub mod height;
pub mod link;
pub mod theme;

use std::cell::OnceCell;

use aiguillage_core::embed::{EmbedOptions, Start};

use crate::query::Query;

thread_local! {
    static FRAMED: OnceCell<bool> = const { OnceCell::new() };
    static HOST_QUERY: OnceCell<Query> = const { OnceCell::new() };
    static HOST: OnceCell<(Option<String>, Option<String>)> = const { OnceCell::new() };
}

/// The query parameter asking for the framed look outside a frame (previews): `cadre=1`.
const FRAMED_PARAM: &str = "cadre";

/// The host's name and logo address (core-checked: plain text, https), when framed.
pub fn host() -> (Option<String>, Option<String>) {
    HOST.with(|h| h.get().cloned().unwrap_or_default())
}

/// The query the app was opened with, without `cadre=`: the host's options, which the pages of
/// the app do not carry from one to the next, for the "ouvrir en plein écran" link.
pub fn host_query() -> Query {
    HOST_QUERY.with(|q| q.get().cloned().unwrap_or_default())
}

/// Whether the app runs in a frame of another page (`window.self !== window.top`), or was asked
/// to behave so (`cadre=1`, for previews). Known once [`start`] has run.
pub fn framed() -> bool {
    FRAMED.with(|f| f.get().copied().unwrap_or(false))
}

fn in_frame() -> bool {
    web_sys::window().is_some_and(|w| {
        // A frame whose parent cannot be read is framed all the same.
        w.top()
            .ok()
            .flatten()
            .is_none_or(|top| wasm_bindgen::JsValue::from(top) != wasm_bindgen::JsValue::from(w))
    })
}

/// Reads the options once, says in the console each one ignored (a webmaster's typo is theirs to
/// fix, never a broken page), applies the colours and the start page. The app provides them.
pub fn start() -> EmbedOptions {
    let query = Query::from_page();
    let (options, ignored) = EmbedOptions::from_params(query.pairs());
    let is_framed = options.framed || in_frame();
    FRAMED.with(|f| f.set(is_framed).ok());
    HOST_QUERY.with(|q| q.set(query.with(FRAMED_PARAM, None)).ok());
    if is_framed {
        let name = options.name.as_ref().map(|n| n.as_str().to_string());
        let logo = options.logo.as_ref().map(|l| l.as_str().to_string());
        HOST.with(|h| h.set((name, logo)).ok());
    }
    // The name and the value, not core's sentence (`Ignored::describe`): its tables in three
    // languages would ship to every visitor for a webmaster's console.
    for i in &ignored {
        leptos::logging::warn!("Aiguillage : paramètre ignoré {}={}", i.param, i.value);
    }
    if let Some(theme) = &options.colour {
        theme::apply(theme);
    }
    if options.start == Start::Quiz {
        start_on_quiz();
    }
    if is_framed {
        height::follow();
    }
    options
}

/// `depart=questionnaire`: the home page becomes the quiz, in place (Back does not return to a
/// home page the person never saw).
fn start_on_quiz() {
    let Some(w) = web_sys::window() else { return };
    let loc = w.location();
    if loc.pathname().ok().as_deref() != Some("/") {
        return;
    }
    let url = format!(
        "{}{}",
        crate::routes::Page::Quiz.href(),
        loc.search().unwrap_or_default()
    );
    if let Ok(h) = w.history() {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

#[cfg(test)]
mod tests {
    use aiguillage_core::embed::PARAMS;

    /// The parameter names of the one table of docs/embedding.md (its rows start with a name;
    /// the message table's start with `{`).
    fn documented(doc: &str) -> Vec<&str> {
        doc.lines()
            .filter_map(|l| l.strip_prefix("| `")?.split_once("` |"))
            .map(|(name, _)| name)
            .filter(|n| n.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
            .collect()
    }

    #[test]
    fn the_embedding_doc_lists_every_parameter_and_no_other() {
        let doc = include_str!("../../docs/embedding.md");
        let names: Vec<&str> = PARAMS.iter().map(|p| p.name).collect();
        assert_eq!(documented(doc), names);
    }

    #[test]
    fn a_parameter_missing_from_the_doc_is_seen() {
        let doc = "| `territoire` | x | y |\n| `{type: 1}` | a | b |\n| `lang` | a | b |";
        assert_eq!(documented(doc), ["territoire", "lang"]);
    }
}
