//! The language menu: a native disclosure ("Langue : Français facile") holding one button per
//! language, each named in its own language. `<details>` gives keyboard and screen-reader
//! behaviour (a button that says "collapsed / expanded") with no script of ours.

use leptos::html::{Details, Summary};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::i18n::{use_i18n, Lang};
use crate::state::preferences;

/// The query string with its `lang=` value set to `code`, when it has one: a link that names a
/// language keeps naming the one chosen (the address wins over storage at the next load). `None`
/// when the address names no language (nothing to change). `search` has its `?` or not.
pub fn with_lang(search: &str, code: &str) -> Option<String> {
    let pairs: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .collect();
    if !pairs.iter().any(|p| p.split('=').next() == Some("lang")) {
        return None;
    }
    let lang = format!("lang={code}");
    let kept: Vec<&str> = pairs
        .into_iter()
        .map(|p| {
            if p.split('=').next() == Some("lang") {
                lang.as_str()
            } else {
                p
            }
        })
        .collect();
    Some(format!("?{}", kept.join("&")))
}

/// The menu in the header. Choosing a language switches the interface, remembers the choice,
/// closes the menu and gives focus back to its toggle (not lost on `<body>`).
#[component]
pub fn LangSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let menu = NodeRef::<Details>::new();
    let toggle = NodeRef::<Summary>::new();
    let close = move || {
        if let Some(d) = menu.get_untracked() {
            let _ = d.remove_attribute("open");
        }
        if let Some(s) = toggle.get_untracked() {
            let _ = s.focus();
        }
    };
    let navigate = use_navigate();
    let choose = move |lang: Lang| {
        i18n.set_lang(lang);
        preferences::remember_lang(lang);
        let location = web_sys::window().map(|w| w.location());
        if let Some(l) = location {
            let (path, search, hash) = (l.pathname(), l.search(), l.hash());
            if let (Ok(path), Some(search), Ok(hash)) = (
                path,
                search.ok().and_then(|s| with_lang(&s, lang.code())),
                hash,
            ) {
                navigate(
                    &format!("{path}{search}{hash}"),
                    NavigateOptions {
                        replace: true,
                        scroll: false,
                        ..NavigateOptions::default()
                    },
                );
            }
        }
        close();
    };
    let buttons = Lang::ALL
        .into_iter()
        .map(|l| {
            let choose = choose.clone();
            view! {
                <li>
                    <button type="button" class="lang-menu__choice" lang=l.html_lang()
                        aria-current=move || (i18n.lang() == l).then_some("true")
                        on:click=move |_| choose(l)>
                        {l.autonym()}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="lang-menu" node_ref=menu
            on:keydown=move |ev| if ev.key() == "Escape" { close() }>
            <summary class="lang-menu__toggle" node_ref=toggle>
                {move || {
                    let t = i18n.t();
                    format!("{}{}{}", t.lang_switch_text, t.colon, i18n.lang().autonym())
                }}
            </summary>
            <ul class="lang-menu__list" aria-label=move || i18n.t().lang_switch_label>{buttons}</ul>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::with_lang;

    #[test]
    fn a_chosen_language_replaces_the_one_the_address_names_and_keeps_the_rest() {
        assert_eq!(
            with_lang("?lang=en&etape=age", "facile").as_deref(),
            Some("?lang=facile&etape=age")
        );
        assert_eq!(
            with_lang("etape=age&lang=fr", "en").as_deref(),
            Some("?etape=age&lang=en")
        );
    }

    #[test]
    fn an_address_that_names_no_language_is_left_alone() {
        assert_eq!(with_lang("", "en"), None);
        assert_eq!(with_lang("?etape=age", "en"), None);
        assert_eq!(with_lang("?langue=en&slang=1", "fr"), None);
    }
}
