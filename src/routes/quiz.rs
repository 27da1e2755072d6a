//! `/questionnaire`: the orientation questionnaire. Until it is built, the page says so plainly and
//! shows no results.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::document::set_title;
use crate::i18n::use_i18n;
use crate::route::Page;

/// The questionnaire page.
#[component]
pub fn Quiz() -> impl IntoView {
    let i18n = use_i18n();
    Effect::new(move |_| set_title(i18n.t().quiz_doc_title));
    view! {
        <section class="panel" aria-labelledby="quiz-title">
            <h1 id="quiz-title">{move || i18n.t().quiz_title}</h1>
            <p class="notice" role="status">{move || i18n.t().quiz_coming}</p>
            <p>{move || i18n.t().quiz_meanwhile}</p>
            <p>
                <A href=Page::Home.href() attr:class="button">{move || i18n.t().back_home}</A>
            </p>
        </section>
    }
}
