//! Question: the current situation (labels from core).

use aiguillage_core::profile::Situation;
use leptos::prelude::*;

use super::choice::Choice;
use super::level::capitalise;
use super::QuestionHeading;
use crate::i18n::use_i18n;
use crate::state::quiz_state::{use_quiz, Step};

/// The situation question.
#[component]
pub fn SituationQuestion() -> impl IntoView {
    let i18n = use_i18n();
    let quiz = use_quiz();
    let options = Signal::derive(move || {
        let lang = i18n.lang();
        Situation::ALL
            .iter()
            .map(|v| capitalise(v.label(lang)))
            .collect::<Vec<_>>()
    });
    let selected = Signal::derive(move || {
        quiz.draft.with(|d| {
            d.situation
                .and_then(|v| Situation::ALL.iter().position(|x| *x == v))
        })
    });
    let on_pick = Callback::new(move |i: usize| {
        if let Some(v) = Situation::ALL.get(i).copied() {
            quiz.draft.update(|d| d.situation = Some(v));
        }
    });
    view! {
        <Choice
            name="q-situation"
            legend=view! { <QuestionHeading step=Step::Situation text=Signal::derive(move || i18n.t().q_situation_title) /> }.into_any()
            options=options
            selected=selected
            on_pick=on_pick
        />
    }
}
