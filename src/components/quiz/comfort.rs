//! Question: comfort with computers (labels from core).

use aiguillage_core::profile::DigitalComfort;
use leptos::prelude::*;

use super::choice::Choice;
use super::level::capitalise;
use super::QuestionHeading;
use crate::i18n::use_i18n;
use crate::state::quiz_state::{use_quiz, Step};

/// The comfort question.
#[component]
pub fn ComfortQuestion() -> impl IntoView {
    let i18n = use_i18n();
    let quiz = use_quiz();
    let options = Signal::derive(move || {
        let lang = i18n.lang();
        DigitalComfort::ALL
            .iter()
            .map(|v| capitalise(v.label(lang)))
            .collect::<Vec<_>>()
    });
    let selected = Signal::derive(move || {
        quiz.draft.with(|d| {
            d.comfort
                .and_then(|v| DigitalComfort::ALL.iter().position(|x| *x == v))
        })
    });
    let on_pick = Callback::new(move |i: usize| {
        if let Some(v) = DigitalComfort::ALL.get(i).copied() {
            quiz.draft.update(|d| d.comfort = Some(v));
        }
    });
    view! {
        <Choice
            name="q-comfort"
            legend=view! { <QuestionHeading step=Step::Comfort text=Signal::derive(move || i18n.t().q_comfort_title) /> }.into_any()
            options=options
            selected=selected
            on_pick=on_pick
        />
    }
}
