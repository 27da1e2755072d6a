//! The site footer: the privacy promise (with what this tab keeps of an unfinished quiz) and the
//! licence. In a host's page, one small line instead: "propulsé par Aiguillage · ouvrir en plein
//! écran", a link to this same page and answers (the fragment) outside the frame.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::i18n::use_i18n;
use crate::state::preferences::LANG_PARAM;

/// The footer of every page.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    let framed = crate::embed::framed();
    let loc = use_location();
    // The host's options (the territory…), the language shown, the page and its answers.
    let full_page = move || {
        let query = crate::embed::host_query().with(LANG_PARAM, Some(i18n.lang().code()));
        format!(
            "{}{}{}",
            loc.pathname.get(),
            query.to_search(),
            loc.hash.get()
        )
    };
    view! {
        <footer class=if framed { "site-footer site-footer--framed" } else { "site-footer" }>
            {framed.then(|| view! {
                <p>
                    {move || i18n.t().embed_powered}" · "
                    <a href=full_page target=crate::embed::link::target() rel="noopener">{move || i18n.t().embed_full_page}</a>
                </p>
            })}
            {(!framed).then(|| view! {
                <p>{move || i18n.t().footer_privacy}</p>
                <p>{move || i18n.t().footer_tab}</p>
                <p>{move || i18n.t().footer_licence}</p>
                // Pages of their own bundles (dist/integrer/, dist/verifier/): full page loads, not
                // the router's. Two plain links: one function for both measured 147 B brotli more
                // (first load 296,014 vs 295,867 B).
                <p><a href=crate::routes::EMBED rel="external">{move || i18n.t().footer_embed}</a></p>
                <p><a href=crate::routes::VERIFY rel="external">{move || i18n.t().footer_verify}</a></p>
            })}
        </footer>
    }
}
