//! The "skip to content" link: first Tab stop of every page, it moves keyboard focus to `<main>`.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::use_i18n;

/// Id of the element the skip link focuses.
pub const MAIN_ID: &str = "contenu";

/// A link, visible on focus, that jumps over the header.
#[component]
pub fn SkipLink() -> impl IntoView {
    let i18n = use_i18n();
    // The router would treat `#contenu` as a navigation and leave focus where it was: move focus
    // ourselves, so keyboard and screen-reader users really land in the content.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        let main = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(MAIN_ID))
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(main) = main {
            let _ = main.focus();
        }
    };
    view! {
        <a class="skip-link" href=format!("#{MAIN_ID}") on:click=on_click>
            {move || i18n.t().skip_to_content}
        </a>
    }
}
