//! Question: disability recognition (RQTH), explained in plain words, optional, with
//! "je préfère ne pas répondre".

use aiguillage_core::profile::Rqth;
use leptos::prelude::*;

use super::choice::{enum_question, EnumQuestion};
use crate::i18n::use_i18n;
use crate::state::step::Step;

/// The RQTH question, with what RQTH means in plain words.
#[component]
pub fn RqthQuestion() -> impl IntoView {
    let i18n = use_i18n();
    enum_question(
        EnumQuestion {
            step: Step::Rqth,
            name: "q-rqth",
            title: |t| t.q_rqth_title,
            all: &Rqth::ALL,
            label: Rqth::label,
            get: |d| d.rqth,
            set: |d, v| d.rqth = Some(v),
        },
        Some(view! { <p>{move || i18n.t().q_rqth_explain}</p> }.into_any()),
    )
}
