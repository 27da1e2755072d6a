//! "Copier le lien" next to the link to keep: the Clipboard API when the browser allows it, else
//! the text is selected and copied the old way, else left selected for the person to copy. What
//! happened is announced in a live region ("Lien copié"). No permission is ever asked for.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::use_i18n;

/// What the last press did (also for the configurator's "Copier" buttons).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Copied {
    /// The text is in the clipboard.
    Yes,
    /// The browser refused: the text is selected, for Ctrl+C or a long press.
    Selected,
}

fn input_by_id(id: &str) -> Option<web_sys::HtmlInputElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into()
        .ok()
}

/// The Clipboard API, when the page has it (it is missing outside secure contexts).
pub fn clipboard() -> Option<web_sys::Clipboard> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::get(&navigator, &"clipboard".into())
        .ok()
        .filter(|c| c.is_object())
        .map(|c| c.unchecked_into())
}

/// Selects the text of the field, then tries the old way.
fn select_and_copy(input: &web_sys::HtmlInputElement) -> Copied {
    let _ = input.focus();
    input.select();
    copy_selection()
}

/// The old `execCommand("copy")` on what the page has selected.
pub fn copy_selection() -> Copied {
    let copied = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false);
    if copied {
        Copied::Yes
    } else {
        Copied::Selected
    }
}

/// A button copying the value of the text field `input_id`, and the live region saying so.
#[component]
pub fn CopyLink(
    /// Id of the read-only field holding the link.
    input_id: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let status = RwSignal::new(None::<Copied>);
    let copy = move |_| {
        let Some(input) = input_by_id(input_id) else {
            return;
        };
        status.set(None);
        match clipboard() {
            Some(clipboard) => {
                let promise = clipboard.write_text(&input.value());
                leptos::task::spawn_local(async move {
                    let done = match JsFuture::from(promise).await {
                        Ok(_) => Copied::Yes,
                        Err(_) => select_and_copy(&input),
                    };
                    let _ = status.try_set(Some(done));
                });
            }
            None => status.set(Some(select_and_copy(&input))),
        }
    };
    view! {
        <button type="button" class="button copy-link" on:click=copy>
            {move || i18n.t().copy_link_button}
        </button>
        <p class="copy-link__status" role="status">
            {move || status.get().map(|s| match s {
                Copied::Yes => i18n.t().copy_link_done,
                Copied::Selected => i18n.t().copy_link_selected,
            })}
        </p>
    }
}
