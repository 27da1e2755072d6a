//! `/`: what Aiguillage does and for whom, and the way into the questionnaire.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::document::set_title;
use crate::i18n::use_i18n;
use crate::routes::Page;

/// The home page.
#[component]
pub fn Home() -> impl IntoView {
    let i18n = use_i18n();
    Effect::new(move |_| set_title(i18n.t().home_doc_title));
    let t = move || i18n.t();
    view! {
        <section class="hero" aria-labelledby="home-title">
            <h1 id="home-title">{move || t().home_title}</h1>
            <p class="hero__intro">{move || t().home_intro}</p>
            <p class="hero__cta">
                <A href=Page::Quiz.href() attr:class="button button--primary">
                    {move || t().cta_start}
                </A>
            </p>
            <p class="hero__hint">{move || t().cta_start_hint}</p>
        </section>

        <section class="panel" aria-labelledby="home-how">
            <h2 id="home-how">{move || t().home_how_title}</h2>
            <ol class="steps">
                <li>{move || t().home_how_step_answer}</li>
                <li>{move || t().home_how_step_results}</li>
                <li>{move || t().home_how_step_contact}</li>
            </ol>
        </section>

        <section class="panel" aria-labelledby="home-for-whom">
            <h2 id="home-for-whom">{move || t().home_for_whom_title}</h2>
            <ul class="audiences">
                <li>{move || t().home_for_whom_jobseekers}</li>
                <li>{move || t().home_for_whom_young}</li>
                <li>{move || t().home_for_whom_career_change}</li>
                <li>{move || t().home_for_whom_disability}</li>
                <li>{move || t().home_for_whom_newcomers}</li>
                <li>{move || t().home_for_whom_counsellors}</li>
            </ul>
        </section>

        <section class="panel" aria-labelledby="home-help">
            <h2 id="home-help">{move || t().home_help_title}</h2>
            <p>{move || t().home_help_intro}</p>
            <ul>
                <li>{move || t().home_help_mission_locale}</li>
                <li>{move || t().home_help_france_travail}</li>
                <li>{move || t().home_help_cap_emploi}</li>
                <li>{move || t().home_help_mediation}</li>
                <li>{move || t().home_help_career_change}</li>
                <li>{move || t().home_help_newcomers}</li>
            </ul>
            <p>{move || t().home_help_coverage}</p>
        </section>

        <section class="panel panel--quiet" aria-labelledby="home-privacy">
            <h2 id="home-privacy">{move || t().home_privacy_title}</h2>
            <p>{move || t().home_privacy_text}</p>
        </section>
    }
}
