//! Question: recent arrival in France and foreign diploma (optional), for French courses and
//! diploma recognition (ENIC-NARIC).

use aiguillage_core::profile::Newcomer;
use leptos::prelude::*;

use super::choice::{enum_question, EnumQuestion};
use crate::i18n::use_i18n;
use crate::state::step::Step;

/// The newcomer question, with what it opens.
#[component]
pub fn NewcomerQuestion() -> impl IntoView {
    let i18n = use_i18n();
    enum_question(
        EnumQuestion {
            step: Step::Newcomer,
            name: "q-newcomer",
            title: |t| t.q_newcomer_title,
            all: &Newcomer::ALL,
            label: Newcomer::label,
            get: |d| d.newcomer,
            set: |d, v| d.newcomer = Some(v),
        },
        Some(view! { <p>{move || i18n.t().q_newcomer_explain}</p> }.into_any()),
    )
}
