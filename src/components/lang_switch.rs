//! The FR/EN switch. It names the other language in that language, and says so to screen readers.

use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::state::preferences;

/// A button that switches the interface to the other language and remembers the choice.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let switch = move |_| {
        let next = i18n.lang().other();
        i18n.set_lang(next);
        preferences::remember_lang(next);
    };
    view! {
        <button
            type="button"
            class="lang-switch"
            lang=move || i18n.lang().other().html_lang()
            aria-label=move || i18n.t().lang_switch_label
            on:click=switch
        >
            {move || i18n.t().lang_switch_text}
        </button>
    }
}
