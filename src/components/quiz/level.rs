//! Question: the highest diploma (labels from core).

use aiguillage_core::profile::EducationLevel;
use leptos::prelude::*;

use super::choice::Choice;
use super::QuestionHeading;
use crate::i18n::use_i18n;
use crate::state::quiz_state::{use_quiz, Step};

/// The level question.
#[component]
pub fn LevelQuestion() -> impl IntoView {
    let i18n = use_i18n();
    let quiz = use_quiz();
    let options = Signal::derive(move || {
        let lang = i18n.lang();
        EducationLevel::ALL
            .iter()
            .map(|v| capitalise(v.label(lang)))
            .collect::<Vec<_>>()
    });
    let selected = Signal::derive(move || {
        quiz.draft.with(|d| {
            d.level
                .and_then(|v| EducationLevel::ALL.iter().position(|x| *x == v))
        })
    });
    let on_pick = Callback::new(move |i: usize| {
        if let Some(v) = EducationLevel::ALL.get(i).copied() {
            quiz.draft.update(|d| d.level = Some(v));
        }
    });
    view! {
        <Choice
            name="q-level"
            legend=view! { <QuestionHeading step=Step::Level text=Signal::derive(move || i18n.t().q_level_title) /> }.into_any()
            options=options
            selected=selected
            on_pick=on_pick
        />
    }
}

/// "sans diplôme" → "Sans diplôme" (Latin letters only: see core's `text::case`).
pub use aiguillage_core::text::case::capitalise;
