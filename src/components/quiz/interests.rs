//! Question: interests (several domains, or none = "je ne sais pas encore"), with a short
//! "discover the jobs" line per domain.

use aiguillage_core::profile::Domain;
use aiguillage_core::text::case::capitalise;
use leptos::prelude::*;

use super::QuestionHeading;
use crate::i18n::{use_i18n, Texts};
use crate::state::quiz_state::use_quiz;
use crate::state::step::Step;

/// What a domain's jobs are, in a few words.
pub fn domain_description(d: Domain, t: &'static Texts) -> &'static str {
    match d {
        Domain::DeveloppementWebMobile => t.domain_desc_web,
        Domain::DataIa => t.domain_desc_data,
        Domain::Cybersecurite => t.domain_desc_cyber,
        Domain::ReseauxSystemesCloud => t.domain_desc_network,
        Domain::SupportMaintenance => t.domain_desc_support,
        Domain::DesignUxUi => t.domain_desc_design,
        Domain::JeuxVideo3d => t.domain_desc_games,
        Domain::MarketingCommunication => t.domain_desc_marketing,
        Domain::MediationNumerique => t.domain_desc_mediation,
        Domain::BasesNumerique => t.domain_desc_basics,
    }
}

/// The interests question.
#[component]
pub fn InterestsQuestion() -> impl IntoView {
    let i18n = use_i18n();
    let quiz = use_quiz();
    view! {
        <fieldset class="choice">
            <legend>
                <QuestionHeading step=Step::Interests text=Signal::derive(move || i18n.t().q_interests_title) />
            </legend>
            <p class="choice__hint">{move || i18n.t().q_interests_hint}</p>
            <div class="choice__options choice__options--grid">
                {Domain::ALL
                    .into_iter()
                    .map(|d| {
                        let id = format!("q-interest-{}", d.index());
                        view! {
                            <div class="choice__option">
                                <input
                                    type="checkbox"
                                    id=id.clone()
                                    prop:checked=move || quiz.draft.with(|x| x.interests.contains(d))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        quiz.draft.update(|x| if on { x.interests.insert(d) } else { x.interests.remove(d) });
                                    }
                                />
                                <label for=id>{move || capitalise(d.label(i18n.lang()))}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
            <details class="discover">
                <summary>{move || i18n.t().q_interests_discover}</summary>
                <dl>
                    {Domain::ALL
                        .into_iter()
                        .map(|d| view! {
                            <dt>{move || capitalise(d.label(i18n.lang()))}</dt>
                            <dd>{move || domain_description(d, i18n.t())}</dd>
                        })
                        .collect_view()}
                </dl>
            </details>
        </fieldset>
    }
}
