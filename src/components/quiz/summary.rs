//! The summary: every answer, each with a "change" button that goes back to its question.

use aiguillage_core::text::case::capitalise;
use aiguillage_core::text::{format_km, join_words, label_list};
use leptos::prelude::*;

use super::progress::step_name;
use super::QuestionHeading;
use crate::i18n::{fill, use_i18n};
use crate::state::draft::AgeAnswer;
use crate::state::quiz_state::{use_quiz, use_step_navigation};
use crate::state::step::{Step, StepMove};

/// The summary step.
#[component]
pub fn Summary() -> impl IntoView {
    let i18n = use_i18n();
    let quiz = use_quiz();
    let go = use_step_navigation();
    let answer = move |s: Step| -> String {
        let t = i18n.t();
        let lang = i18n.lang();
        quiz.draft.with(|d| {
            let none = t.summary_unanswered.to_string();
            match s {
                Step::Level => d.level.map(|v| capitalise(v.label(lang))).unwrap_or(none),
                Step::Situation => d
                    .situation
                    .map(|v| capitalise(v.label(lang)))
                    .unwrap_or(none),
                Step::Age => match d.age {
                    Some(AgeAnswer::Years(a)) => fill(t.summary_years, &[("n", &a.to_string())]),
                    Some(AgeAnswer::NotSaid) => capitalise(t.summary_age_not_given),
                    None => none,
                },
                Step::Rqth => d.rqth.map(|v| capitalise(v.label(lang))).unwrap_or(none),
                Step::Gender => d.gender.map(|v| capitalise(v.label(lang))).unwrap_or(none),
                Step::Newcomer => d
                    .newcomer
                    .map(|v| capitalise(v.label(lang)))
                    .unwrap_or(none),
                Step::Location => d
                    .location
                    .as_ref()
                    .map(|(_, name)| {
                        fill(
                            t.summary_within,
                            &[("place", name), ("km", &format_km(d.radius.km(), lang))],
                        )
                    })
                    .unwrap_or(none),
                Step::Interests => {
                    if d.interests.is_empty() {
                        t.summary_unsure.to_string()
                    } else {
                        label_list(d.interests.iter().map(|x| x.label(lang)), lang)
                    }
                }
                Step::Comfort => d.comfort.map(|v| capitalise(v.label(lang))).unwrap_or(none),
                Step::Constraints => {
                    let c = &d.constraints;
                    let mut w: Vec<String> = c
                        .rhythms
                        .iter()
                        .map(|x| x.label(lang).to_string())
                        .collect();
                    w.extend(c.modalities.iter().map(|x| x.label(lang).to_string()));
                    w.extend(c.start.map(|x| x.label(lang).to_string()));
                    if c.needs_remuneration {
                        w.push(t.q_remuneration.to_string());
                    }
                    if w.is_empty() {
                        t.summary_any.to_string()
                    } else {
                        capitalise(&join_words(&w, lang))
                    }
                }
                Step::Summary => String::new(),
            }
        })
    };
    view! {
        <div class="question">
            <QuestionHeading step=Step::Summary text=Signal::derive(move || i18n.t().summary_title) />
            <dl class="summary">
                {Step::ALL[..Step::ALL.len() - 1]
                    .iter()
                    .copied()
                    .map(|s| view! {
                        <div class="summary__row">
                            <dt>{move || step_name(s, i18n.t())}</dt>
                            <dd>
                                <span data-answer=s.id()>{move || answer(s)}</span>
                                " "
                                <button type="button" class="button button--small"
                                    on:click=move |_| { quiz.all_at_once.set(false); go.go(s, StepMove::Push); }>
                                    {move || i18n.t().summary_change}
                                    <span class="visually-hidden">{move || format!("{}{}", i18n.t().colon, step_name(s, i18n.t()))}</span>
                                </button>
                            </dd>
                        </div>
                    })
                    .collect_view()}
            </dl>
        </div>
    }
}
