//! Question: age, optional. Typed in digits (checked, with an error announced), or "je préfère ne
//! pas donner mon âge": results then say which age limits to check, never guess them.

use leptos::prelude::*;

use super::QuestionHeading;
use crate::i18n::use_i18n;
use crate::state::draft::{parse_age, AgeAnswer};
use crate::state::quiz_state::use_quiz;
use crate::state::step::Step;

/// The age question.
#[component]
pub fn AgeQuestion() -> impl IntoView {
    let i18n = use_i18n();
    let quiz = use_quiz();
    let text = RwSignal::new(quiz.draft.with_untracked(|d| {
        d.age
            .and_then(AgeAnswer::years)
            .map(|a| a.to_string())
            .unwrap_or_default()
    }));
    let invalid = Memo::new(move |_| {
        let t = text.get();
        !t.trim().is_empty() && parse_age(&t).is_none()
    });
    let not_said = Memo::new(move |_| quiz.draft.with(|d| d.age == Some(AgeAnswer::NotSaid)));
    let on_input = move |ev| {
        let value = event_target_value(&ev);
        text.set(value.clone());
        quiz.draft
            .update(|d| d.age = parse_age(&value).map(AgeAnswer::Years));
    };
    let on_not_said = move |ev| {
        if event_target_checked(&ev) {
            text.set(String::new());
            quiz.draft.update(|d| d.age = Some(AgeAnswer::NotSaid));
        } else {
            quiz.draft.update(|d| d.age = None);
        }
    };
    view! {
        <div class="question">
            <QuestionHeading step=Step::Age text=Signal::derive(move || i18n.t().q_age_title) />
            <p id="q-age-hint" class="field-hint">{move || i18n.t().q_age_hint}</p>
            <label for="q-age-input">{move || i18n.t().q_age_label}</label>
            <input
                id="q-age-input"
                class="input input--short"
                type="text"
                inputmode="numeric"
                autocomplete="off"
                // As many digits as core's oldest `Age` (a static attribute costs no code; the
                // draft test `the_age_field_holds_the_digits_of_the_oldest_age` ties the two).
                maxlength="2"
                prop:value=move || text.get()
                aria-invalid=move || invalid.get().to_string()
                aria-describedby="q-age-hint q-age-error"
                on:input=on_input
            />
            <p id="q-age-error" class="field-error" role="alert">
                {move || invalid.get().then(|| i18n.t().q_age_error)}
            </p>
            <div class="choice__option">
                <input type="checkbox" id="q-age-not-said"
                    prop:checked=move || not_said.get()
                    on:change=on_not_said />
                <label for="q-age-not-said">{move || i18n.t().q_age_not_said}</label>
            </div>
        </div>
    }
}
