//! Question: the current situation (labels from core).

use aiguillage_core::profile::Situation;
use leptos::prelude::*;

use super::choice::{enum_question, EnumQuestion};
use crate::state::step::Step;

/// The situation question.
#[component]
pub fn SituationQuestion() -> impl IntoView {
    enum_question(
        EnumQuestion {
            step: Step::Situation,
            name: "q-situation",
            title: |t| t.q_situation_title,
            all: &Situation::ALL,
            label: Situation::label,
            get: |d| d.situation,
            set: |d, v| d.situation = Some(v),
        },
        None,
    )
}
