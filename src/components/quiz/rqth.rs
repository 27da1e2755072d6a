//! Question: disability recognition (RQTH), explained in plain words, optional, with
//! "je préfère ne pas répondre".

use aiguillage_core::profile::Rqth;
use leptos::prelude::*;

use super::choice::Choice;
use super::level::capitalise;
use super::QuestionHeading;
use crate::i18n::use_i18n;
use crate::state::quiz_state::{use_quiz, Step};

/// The RQTH question.
#[component]
pub fn RqthQuestion() -> impl IntoView {
    let i18n = use_i18n();
    let quiz = use_quiz();
    let options = Signal::derive(move || {
        let lang = i18n.lang();
        Rqth::ALL
            .iter()
            .map(|v| capitalise(v.label(lang)))
            .collect::<Vec<_>>()
    });
    let selected = Signal::derive(move || {
        quiz.draft
            .with(|d| d.rqth.and_then(|v| Rqth::ALL.iter().position(|x| *x == v)))
    });
    let on_pick = Callback::new(move |i: usize| {
        if let Some(v) = Rqth::ALL.get(i).copied() {
            quiz.draft.update(|d| d.rqth = Some(v));
        }
    });
    view! {
        <Choice
            name="q-rqth"
            legend=view! { <QuestionHeading step=Step::Rqth text=Signal::derive(move || i18n.t().q_rqth_title) /> }.into_any()
            hint=view! { <p>{move || i18n.t().q_rqth_explain}</p> }.into_any()
            options=options
            selected=selected
            on_pick=on_pick
        />
    }
}
