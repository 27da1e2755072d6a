//! What the page says while a chosen language's strings are fetched, and when they could not be
//! read: the page stays in its language, says so in it, and offers to try again.

use leptos::prelude::*;

use crate::document;
use crate::i18n::{fill, use_i18n, Lang};

/// The loading line, or the failure with a retry button, at the top of the content. The live
/// region is always in the page, so that screen readers announce what appears in it.
#[component]
pub fn LangNotice() -> impl IntoView {
    let i18n = use_i18n();
    // After "Réessayer", the button stays (disabled for assistive technology, not removed, so
    // that focus is not dropped) until the answer; on success focus goes to the page's heading,
    // now in the new language, since the button is gone.
    let retrying = RwSignal::new(false);
    Effect::new(move |_| {
        if retrying.get() && i18n.pending().is_none() {
            retrying.set(false);
            if i18n.failed().is_none() {
                request_animation_frame(document::focus_main_heading);
            }
        }
    });
    let retry = move |_| {
        if let Some(lang) = i18n.failed() {
            retrying.set(true);
            i18n.set_lang(lang);
        }
    };
    // What to show: the sentence, and whether the retry button goes with it. Memos, so that the
    // paragraph and the button are kept (not redrawn) from "failed" to "retrying".
    let state = Memo::new(move |_| {
        let t = i18n.t();
        let say = |template: &str, lang: Lang| fill(template, &[("lang", lang.autonym())]);
        match (i18n.failed(), i18n.pending(), retrying.get()) {
            (Some(lang), _, _) => Some((say(t.lang_load_failed, lang), true)),
            (None, Some(lang), retried) => Some((say(t.lang_loading, lang), retried)),
            (None, None, _) => None,
        }
    });
    let visible = Memo::new(move |_| state.with(Option::is_some));
    let with_button = Memo::new(move |_| state.with(|s| s.as_ref().is_some_and(|s| s.1)));
    view! {
        <div class="lang-notice" role="status" aria-busy=move || i18n.pending().is_some().to_string()>
            <Show when=move || visible.get()>
                <p class=move || if with_button.get() { "notice notice--error" } else { "notice" }>
                    {move || state.with(|s| s.as_ref().map(|s| s.0.clone()).unwrap_or_default())}
                    <Show when=move || with_button.get()>
                        " "
                        <button
                            type="button"
                            class="button"
                            aria-disabled=move || i18n.pending().is_some().then_some("true")
                            on:click=retry
                        >
                            {move || i18n.t().lang_load_retry}
                        </button>
                    </Show>
                </p>
            </Show>
        </div>
    }
}
