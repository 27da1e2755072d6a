//! Question: practical constraints (rhythm, modality, start, remuneration needed); nothing ticked
//! means "anything suits me".

use aiguillage_core::profile::{Constraints, Modality, Rhythm, StartWindow};
use aiguillage_core::text::case::capitalise;
use aiguillage_core::Lang;
use leptos::prelude::*;

use super::QuestionHeading;
use crate::i18n::use_i18n;
use crate::state::quiz_state::use_quiz;
use crate::state::step::Step;

fn toggle<T: PartialEq + Ord + Copy>(v: &mut Vec<T>, x: T, on: bool) {
    v.retain(|y| *y != x);
    if on {
        v.push(x);
        aiguillage_core::sort::sort_by(v, |a, b| a.cmp(b));
    }
}

/// A list of the constraints (rhythms, modalities), to read and to change.
struct ListOf<T: 'static> {
    get: fn(&Constraints) -> &[T],
    get_mut: fn(&mut Constraints) -> &mut Vec<T>,
}

/// One checkbox per value of a core enumeration, ticking it in or out of a constraints list.
fn checkboxes<T>(
    prefix: &'static str,
    all: &'static [T],
    label: fn(T, Lang) -> &'static str,
    list: ListOf<T>,
) -> impl IntoView
where
    T: Copy + Ord + Send + Sync + 'static,
{
    let i18n = use_i18n();
    let quiz = use_quiz();
    let ListOf { get, get_mut } = list;
    all.iter()
        .copied()
        .enumerate()
        .map(|(i, v)| {
            let id = format!("{prefix}-{i}");
            view! {
                <div class="choice__option">
                    <input type="checkbox" id=id.clone()
                        prop:checked=move || quiz.draft.with(|d| get(&d.constraints).contains(&v))
                        on:change=move |ev| { let on = event_target_checked(&ev); quiz.draft.update(|d| toggle(get_mut(&mut d.constraints), v, on)); } />
                    <label for=id>{move || capitalise(label(v, i18n.lang()))}</label>
                </div>
            }
        })
        .collect_view()
}

/// The constraints question.
#[component]
pub fn ConstraintsQuestion() -> impl IntoView {
    let i18n = use_i18n();
    let quiz = use_quiz();
    let rhythms = checkboxes(
        "q-rhythm",
        &Rhythm::ALL,
        Rhythm::label,
        ListOf {
            get: |c| &c.rhythms,
            get_mut: |c| &mut c.rhythms,
        },
    );
    let modalities = checkboxes(
        "q-modality",
        &Modality::ALL,
        Modality::label,
        ListOf {
            get: |c| &c.modalities,
            get_mut: |c| &mut c.modalities,
        },
    );
    let starts = std::iter::once(None)
        .chain(StartWindow::ALL.into_iter().map(Some))
        .enumerate()
        .map(|(i, s)| {
            let id = format!("q-start-{i}");
            view! {
                <div class="choice__option">
                    <input type="radio" name="q-start" id=id.clone()
                        prop:checked=move || quiz.draft.with(|d| d.constraints.start == s)
                        on:change=move |_| quiz.draft.update(|d| d.constraints.start = s) />
                    <label for=id>{move || match s {
                        Some(s) => capitalise(s.label(i18n.lang())),
                        None => i18n.t().q_start_any.to_string(),
                    }}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="question">
            <QuestionHeading step=Step::Constraints text=Signal::derive(move || i18n.t().q_constraints_title) />
            <p class="choice__hint">{move || i18n.t().q_constraints_hint}</p>
            <fieldset class="choice">
                <legend>{move || i18n.t().q_rhythm_legend}</legend>
                <div class="choice__options">{rhythms}</div>
            </fieldset>
            <fieldset class="choice">
                <legend>{move || i18n.t().q_modality_legend}</legend>
                <div class="choice__options">{modalities}</div>
            </fieldset>
            <fieldset class="choice">
                <legend>{move || i18n.t().q_start_legend}</legend>
                <div class="choice__options">{starts}</div>
            </fieldset>
            <div class="choice__option">
                <input type="checkbox" id="q-remuneration"
                    prop:checked=move || quiz.draft.with(|d| d.constraints.needs_remuneration)
                    on:change=move |ev| { let on = event_target_checked(&ev); quiz.draft.update(|d| d.constraints.needs_remuneration = on); } />
                <label for="q-remuneration">{move || i18n.t().q_remuneration}</label>
            </div>
        </div>
    }
}
