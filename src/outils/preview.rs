//! The live preview: the configured app in an iframe (`/?cadre=1&…`, the address core's
//! `frame_src` writes), at a phone's width (360 px) or the page's. The address follows the form
//! after a short pause, so that typing a name does not restart the app at every letter.

use leptos::prelude::*;

use super::texts::Texts;

/// How long the form must stay still before the preview reloads: a fast typist's pause
/// between words (about 300 ms) without feeling late.
const SETTLE_MS: u64 = 400;

/// The preview section.
#[component]
pub fn Preview(src: Memo<String>, t: Signal<&'static Texts>) -> impl IntoView {
    let phone = RwSignal::new(true);
    let shown = RwSignal::new(src.get_untracked());
    Effect::new(move |_| {
        let wanted = src.get();
        set_timeout(
            move || {
                if src.try_get_untracked().as_ref() == Some(&wanted) {
                    shown.set(wanted);
                }
            },
            std::time::Duration::from_millis(SETTLE_MS),
        );
    });
    view! {
        <section class="outils__preview" aria-labelledby="apercu-titre">
            <h2 id="apercu-titre">{move || t.get().preview_title}</h2>
            <div class="outils__widths" role="group" aria-label=move || t.get().preview_width>
                <button
                    type="button"
                    class="button button--small"
                    aria-pressed=move || phone.get().to_string()
                    on:click=move |_| phone.set(true)
                >
                    {move || t.get().preview_phone}
                </button>
                <button
                    type="button"
                    class="button button--small"
                    aria-pressed=move || (!phone.get()).to_string()
                    on:click=move |_| phone.set(false)
                >
                    {move || t.get().preview_desktop}
                </button>
            </div>
            <iframe
                id="apercu"
                class=move || if phone.get() { "outils__frame outils__frame--phone" } else { "outils__frame" }
                title=move || t.get().preview_frame
                src=move || shown.get()
                allow="geolocation; clipboard-write"
            ></iframe>
        </section>
    }
}
