//! Question: comfort with computers (labels from core).

use aiguillage_core::profile::DigitalComfort;
use leptos::prelude::*;

use super::choice::{enum_question, EnumQuestion};
use crate::state::step::Step;

/// The comfort question.
#[component]
pub fn ComfortQuestion() -> impl IntoView {
    enum_question(
        EnumQuestion {
            step: Step::Comfort,
            name: "q-comfort",
            title: |t| t.q_comfort_title,
            all: &DigitalComfort::ALL,
            label: DigitalComfort::label,
            get: |d| d.comfort,
            set: |d, v| d.comfort = Some(v),
        },
        None,
    )
}
