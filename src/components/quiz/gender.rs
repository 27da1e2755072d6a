//! Question: gender, asked only for programmes reserved for women; optional, with "autre" and
//! "je préfère ne pas répondre", and why it is asked.

use aiguillage_core::profile::Gender;
use leptos::prelude::*;

use super::choice::{enum_question, EnumQuestion};
use crate::i18n::use_i18n;
use crate::state::step::Step;

/// The gender question, with why it is asked.
#[component]
pub fn GenderQuestion() -> impl IntoView {
    let i18n = use_i18n();
    enum_question(
        EnumQuestion {
            step: Step::Gender,
            name: "q-gender",
            title: |t| t.q_gender_title,
            all: &Gender::ALL,
            label: Gender::label,
            get: |d| d.gender,
            set: |d, v| d.gender = Some(v),
        },
        Some(view! { <p>{move || i18n.t().q_gender_explain}</p> }.into_any()),
    )
}
