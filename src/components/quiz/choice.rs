//! A group of radio buttons in a `fieldset` whose `legend` is the question: one answer among several.

use aiguillage_core::text::case::capitalise;
use aiguillage_core::Lang;
use leptos::prelude::*;

use super::QuestionHeading;
use crate::i18n::{use_i18n, Texts};
use crate::state::draft::Draft;
use crate::state::quiz_state::use_quiz;
use crate::state::step::Step;

/// Radio buttons; `selected` is the index of the chosen option.
#[component]
pub fn Choice(
    /// Name of the group (also the id prefix).
    name: &'static str,
    /// The legend (the question, usually a heading).
    legend: AnyView,
    /// Option labels, in order (reactive for the language).
    #[prop(into)]
    options: Signal<Vec<String>>,
    /// Chosen index.
    #[prop(into)]
    selected: Signal<Option<usize>>,
    /// Called with the chosen index.
    on_pick: Callback<usize>,
    /// Extra explanation under the legend.
    #[prop(default = None)]
    hint: Option<AnyView>,
) -> impl IntoView {
    view! {
        <fieldset class="choice">
            <legend>{legend}</legend>
            {hint.map(|h| view! { <div class="choice__hint">{h}</div> })}
            <div class="choice__options">
                {move || {
                    options
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(i, label)| {
                            let id = format!("{name}-{i}");
                            view! {
                                <div class="choice__option">
                                    <input
                                        type="radio"
                                        id=id.clone()
                                        name=name
                                        value=i.to_string()
                                        prop:checked=move || selected.get() == Some(i)
                                        on:change=move |_| on_pick.run(i)
                                    />
                                    <label for=id>{label}</label>
                                </div>
                            }
                        })
                        .collect_view()
                }}
            </div>
        </fieldset>
    }
}

/// A question answered by one value of a core enumeration (diploma, situation, RQTH, comfort):
/// where its answer lives in the draft and how its values read.
pub struct EnumQuestion<T: 'static> {
    /// The step it is.
    pub step: Step,
    /// Name of the radio group (also the id prefix): `q-level`.
    pub name: &'static str,
    /// The question.
    pub title: fn(&'static Texts) -> &'static str,
    /// Every value, in the order shown.
    pub all: &'static [T],
    /// A value's label (core's `label`).
    pub label: fn(T, Lang) -> &'static str,
    /// The draft's answer, if any.
    pub get: fn(&Draft) -> Option<T>,
    /// Records an answer in the draft.
    pub set: fn(&mut Draft, T),
}

/// Radio buttons for an [`EnumQuestion`], labelled by core in the current language, the draft's
/// answer checked, a pick recorded in the draft; `hint` goes under the question.
pub fn enum_question<T>(q: EnumQuestion<T>, hint: Option<AnyView>) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let i18n = use_i18n();
    let quiz = use_quiz();
    let EnumQuestion {
        step,
        name,
        title,
        all,
        label,
        get,
        set,
    } = q;
    let options = Signal::derive(move || {
        let lang = i18n.lang();
        all.iter()
            .map(|v| capitalise(label(*v, lang)))
            .collect::<Vec<_>>()
    });
    let selected = Signal::derive(move || {
        quiz.draft
            .with(|d| get(d).and_then(|v| all.iter().position(|x| *x == v)))
    });
    let on_pick = Callback::new(move |i: usize| {
        if let Some(v) = all.get(i).copied() {
            quiz.draft.update(|d| set(d, v));
        }
    });
    view! {
        <Choice
            name=name
            legend=view! { <QuestionHeading step=step text=Signal::derive(move || title(i18n.t())) /> }.into_any()
            options=options
            selected=selected
            on_pick=on_pick
            hint=hint
        />
    }
}
