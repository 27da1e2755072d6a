//! Question: the highest diploma (labels from core), a bac pro apart from a general bac.

use aiguillage_core::profile::Diploma;
use leptos::prelude::*;

use super::choice::{enum_question, EnumQuestion};
use crate::state::step::Step;

/// The level question.
#[component]
pub fn LevelQuestion() -> impl IntoView {
    enum_question(
        EnumQuestion {
            step: Step::Level,
            name: "q-level",
            title: |t| t.q_level_title,
            all: &Diploma::ALL,
            label: Diploma::label,
            get: |d| d.level,
            set: |d, v| d.level = Some(v),
        },
        None,
    )
}
