//! "Copier le code" under a snippet: the Clipboard API when the browser allows it, else the
//! text is selected and copied the old way, else left selected for the person to copy. What
//! happened is said in a live region. No permission is ever asked for.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use aiguillage::components::copy_link::{clipboard, copy_selection, Copied};

fn textarea_by_id(id: &str) -> Option<web_sys::HtmlTextAreaElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into()
        .ok()
}

/// Selects the code, then tries the old way (the app's copy button's mechanism).
fn select_and_copy(area: &web_sys::HtmlTextAreaElement) -> Copied {
    let _ = area.focus();
    area.select();
    copy_selection()
}

/// A button copying the text of the read-only `textarea_id`, and the live region saying so.
/// `copied` and `selected` are the sentences for each outcome (the page's language).
#[component]
pub fn CopyButton(
    /// Id of the read-only textarea.
    textarea_id: &'static str,
    /// The button's text.
    label: Signal<&'static str>,
    /// Said once the code is in the clipboard.
    copied: Signal<&'static str>,
    /// Said when the code could only be selected.
    selected: Signal<&'static str>,
    /// The snippet: a new one clears the last "copied".
    code: Signal<String>,
) -> impl IntoView {
    let status = RwSignal::new(None::<Copied>);
    Effect::new(move |_| {
        code.track();
        status.set(None);
    });
    let copy = move |_| {
        let Some(area) = textarea_by_id(textarea_id) else {
            return;
        };
        status.set(None);
        match clipboard() {
            Some(clipboard) => {
                let promise = clipboard.write_text(&area.value());
                leptos::task::spawn_local(async move {
                    let done = match JsFuture::from(promise).await {
                        Ok(_) => Copied::Yes,
                        Err(_) => select_and_copy(&area),
                    };
                    let _ = status.try_set(Some(done));
                });
            }
            None => status.set(Some(select_and_copy(&area))),
        }
    };
    view! {
        <button type="button" class="button" on:click=copy>{move || label.get()}</button>
        <span class="copy-link__status" role="status">
            {move || match status.get() {
                Some(Copied::Yes) => copied.get(),
                Some(Copied::Selected) => selected.get(),
                None => "",
            }}
        </span>
    }
}
