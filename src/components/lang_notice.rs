//! What the page says while a chosen language's strings are fetched, and when they could not be
//! read: the page stays in its language, says so in it, and offers to try again.

use leptos::prelude::*;

use crate::document;
use crate::i18n::{fill, use_i18n};

/// The loading line, or the failure with a retry button, at the top of the content. One fixed
/// structure whose text and `hidden` change: the live region is always in the page (screen
/// readers announce what appears in it), and the button is not redrawn under the focus while a
/// retry runs. (A first version with `<Show>` and memos cost 15 KB of wasm: this one, a few.)
#[component]
pub fn LangNotice() -> impl IntoView {
    let i18n = use_i18n();
    // The language being retried from this notice: the button stays meanwhile (marked
    // unavailable, not removed, so that focus is not dropped).
    let retrying = RwSignal::new(None);
    let text = move || {
        let t = i18n.t();
        let (template, lang) = match (i18n.failed(), i18n.pending()) {
            (Some(lang), _) => (t.lang_load_failed, lang),
            (None, Some(lang)) => (t.lang_loading, lang),
            (None, None) => return None,
        };
        Some(fill(template, &[("lang", lang.autonym())]))
    };
    let with_button = move || i18n.failed().is_some() || retrying.get().is_some();
    let retry = move |_| {
        let Some(lang) = i18n.failed() else { return };
        retrying.set(Some(lang));
        leptos::task::spawn_local(async move {
            let switched = i18n.switch(lang).await;
            retrying.try_set(None);
            // The button is gone with the notice: focus goes to the heading, in the new language.
            if switched {
                request_animation_frame(document::focus_main_heading);
            }
        });
    };
    view! {
        <div class="lang-notice" role="status" aria-busy=move || i18n.pending().is_some().to_string()>
            <p
                // No `notice` class while hidden: pages and tests look for the notices shown.
                class=move || match (text().is_some(), with_button()) {
                    (false, _) => "",
                    (true, true) => "notice notice--error",
                    (true, false) => "notice",
                }
                hidden=move || text().is_none()
            >
                {move || text().unwrap_or_default()}
                <span hidden=move || !with_button()>
                    " "
                    <button
                        type="button"
                        class="button"
                        aria-disabled=move || retrying.get().map(|_| "true")
                        on:click=retry
                    >
                        {move || i18n.t().lang_load_retry}
                    </button>
                </span>
            </p>
        </div>
    }
}
