//! The quiz's questions, one per file, and the pieces they share.

pub mod age;
pub mod choice;
pub mod comfort;
pub mod commune_search;
pub mod constraints;
pub mod gender;
pub mod interests;
pub mod level;
pub mod location;
pub mod newcomer;
pub mod progress;
pub mod rqth;
pub mod situation;
pub mod summary;

use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::state::step::Step;

/// The heading of a question: focusable, so focus lands on it when the step appears.
#[component]
pub fn QuestionHeading(
    /// The step it titles.
    step: Step,
    /// The question.
    #[prop(into)]
    text: Signal<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let optional = !step.required() && step != Step::Summary;
    view! {
        <h2 id=step.heading_id() class="question__title" tabindex="-1">
            {move || text.get()}
            {optional.then(|| view! {
                <span class="question__optional">{move || format!(" ({})", i18n.t().quiz_optional)}</span>
            })}
        </h2>
    }
}
