//! The site footer: the privacy promise (with what this tab keeps of an unfinished quiz) and the
//! licence.

use leptos::prelude::*;

use crate::i18n::use_i18n;

/// The footer of every page.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <p>{move || i18n.t().footer_privacy}</p>
            <p>{move || i18n.t().footer_tab}</p>
            <p>{move || i18n.t().footer_licence}</p>
            // A page of its own bundle (dist/integrer/): a full page load, not the router's.
            <p><a href=crate::routes::EMBED rel="external">{move || i18n.t().footer_embed}</a></p>
        </footer>
    }
}
