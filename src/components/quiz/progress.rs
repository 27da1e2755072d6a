//! The progress indicator: "Question 3 sur 9" and the list of steps, the current one marked
//! with `aria-current="step"`.

use leptos::prelude::*;

use crate::i18n::{fill, use_i18n, Texts};
use crate::state::quiz_state::use_quiz;
use crate::state::step::Step;

/// The short name of a step.
pub fn step_name(s: Step, t: &'static Texts) -> &'static str {
    match s {
        Step::Level => t.step_level,
        Step::Situation => t.step_situation,
        Step::Age => t.step_age,
        Step::Rqth => t.step_rqth,
        Step::Gender => t.step_gender,
        Step::Newcomer => t.step_newcomer,
        Step::Location => t.step_location,
        Step::Interests => t.step_interests,
        Step::Comfort => t.step_comfort,
        Step::Constraints => t.step_constraints,
        Step::Summary => t.step_summary,
    }
}

/// Where the person is in the quiz.
#[component]
pub fn Progress() -> impl IntoView {
    let i18n = use_i18n();
    let quiz = use_quiz();
    view! {
        <nav class="progress" aria-label=move || i18n.t().quiz_progress_label>
            <p class="progress__count">
                {move || fill(i18n.t().quiz_step_of, &[
                    ("n", &(quiz.step.get().index() + 1).to_string()),
                    ("total", &Step::ALL.len().to_string()),
                ])}
            </p>
            <ol class="progress__steps">
                {Step::ALL
                    .into_iter()
                    .map(|s| view! {
                        <li
                            class="progress__step"
                            class:progress__step--done=move || s.index() < quiz.step.get().index()
                            aria-current=move || (quiz.step.get() == s).then_some("step")
                        >
                            {move || step_name(s, i18n.t())}
                        </li>
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
