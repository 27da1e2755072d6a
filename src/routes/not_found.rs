//! Any other address: a "page not found" page that leads back home.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::document::set_title;
use crate::i18n::use_i18n;
use crate::routes::Page;

/// The 404 page.
#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    Effect::new(move |_| set_title(i18n.t().not_found_doc_title));
    view! {
        <section class="panel" aria-labelledby="not-found-title">
            <h1 id="not-found-title">{move || i18n.t().not_found_title}</h1>
            <p>{move || i18n.t().not_found_text}</p>
            <p>
                <A href=Page::Home.href() attr:class="button button--primary">
                    {move || i18n.t().back_home}
                </A>
            </p>
        </section>
    }
}
