//! Question: age, typed in digits (checked, with an error announced).

use leptos::prelude::*;

use super::QuestionHeading;
use crate::i18n::use_i18n;
use crate::state::draft::parse_age;
use crate::state::quiz_state::{use_quiz, Step};

/// The age question.
#[component]
pub fn AgeQuestion() -> impl IntoView {
    let i18n = use_i18n();
    let quiz = use_quiz();
    let text = RwSignal::new(
        quiz.draft
            .with_untracked(|d| d.age.map(|a| a.to_string()).unwrap_or_default()),
    );
    let invalid = Memo::new(move |_| {
        let t = text.get();
        !t.trim().is_empty() && parse_age(&t).is_none()
    });
    let on_input = move |ev| {
        let value = event_target_value(&ev);
        text.set(value.clone());
        quiz.draft.update(|d| d.age = parse_age(&value));
    };
    view! {
        <div class="question">
            <QuestionHeading step=Step::Age text=Signal::derive(move || i18n.t().q_age_title) />
            <label for="q-age-input">{move || i18n.t().q_age_label}</label>
            <input
                id="q-age-input"
                class="input input--short"
                type="text"
                inputmode="numeric"
                autocomplete="off"
                maxlength="2"
                prop:value=move || text.get()
                aria-invalid=move || invalid.get().to_string()
                aria-describedby="q-age-error"
                on:input=on_input
            />
            <p id="q-age-error" class="field-error" role="alert">
                {move || invalid.get().then(|| i18n.t().q_age_error)}
            </p>
        </div>
    }
}
