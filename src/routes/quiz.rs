//! `/questionnaire`: the orientation questionnaire. One question per screen on a phone; "all
//! questions on one page" for counsellors at a desk. Focus moves to each new question's heading.
//! The question shown is in the address (`?etape=age`): moving to another question adds a history
//! entry, so the browser's Back and Forward move between questions and a reload stays on the
//! same one; a missing or unknown `etape` is corrected in place (never a blank page).
//! `/questionnaire#<profile>` starts from a profile (a shared link, or "change my answers").

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use wasm_bindgen::JsCast;

use crate::components::quiz::{
    age::AgeQuestion, comfort::ComfortQuestion, constraints::ConstraintsQuestion,
    gender::GenderQuestion, interests::InterestsQuestion, level::LevelQuestion,
    location::LocationQuestion, newcomer::NewcomerQuestion, progress::Progress, rqth::RqthQuestion,
    situation::SituationQuestion, summary::Summary,
};
use crate::document::set_title;
use crate::i18n::use_i18n;
use crate::query::Query;
use crate::routes::Page;
use crate::state::consent;
use crate::state::draft::Draft;
use crate::state::profile_url;
use crate::state::quiz_state::{use_quiz, use_step_navigation};
use crate::state::quiz_sync::{Effect as Do, Event};
use crate::state::step::{Step, StepMove, StepParam, STEP_PARAM};

/// One step's question.
fn question(step: Step) -> AnyView {
    match step {
        Step::Level => view! { <LevelQuestion /> }.into_any(),
        Step::Situation => view! { <SituationQuestion /> }.into_any(),
        Step::Age => view! { <AgeQuestion /> }.into_any(),
        Step::Rqth => view! { <RqthQuestion /> }.into_any(),
        Step::Gender => view! { <GenderQuestion /> }.into_any(),
        Step::Newcomer => view! { <NewcomerQuestion /> }.into_any(),
        Step::Location => view! { <LocationQuestion /> }.into_any(),
        Step::Interests => view! { <InterestsQuestion /> }.into_any(),
        Step::Comfort => view! { <ComfortQuestion /> }.into_any(),
        Step::Constraints => view! { <ConstraintsQuestion /> }.into_any(),
        Step::Summary => view! { <Summary /> }.into_any(),
    }
}

fn focus_by_id(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The questionnaire page.
#[component]
pub fn Quiz() -> impl IntoView {
    let i18n = use_i18n();
    let quiz = use_quiz();
    let navigate = use_navigate();
    Effect::new(move |_| set_title(i18n.t().quiz_doc_title));

    let go = use_step_navigation();
    let error = RwSignal::new(false);

    // A v3 link whose check characters differ "semble abîmé" (two booleans: a signal of a new
    // type costs more wasm than the message).
    let bad_link = RwSignal::new(false);
    let damaged_link = RwSignal::new(false);
    // What to do is decided by the pure `quiz_sync::step`; this carries it out, in order.
    let apply = move |effects: Vec<Do>| {
        for e in effects {
            match e {
                Do::Fill(d) => quiz.draft.set(d),
                Do::Go(s, how) => {
                    error.set(false);
                    go.go(s, how);
                }
                Do::Show(s) => {
                    error.set(false);
                    quiz.step.set(s);
                }
                Do::NeedAnswer => error.set(true),
                Do::BadLink(e) => {
                    damaged_link.set(e == aiguillage_core::profile::DecodeError::Damaged);
                    bad_link.set(true);
                }
            }
        }
    };
    // The address decides what is shown (see `state::quiz_sync`).
    let location = use_location();
    Effect::new(move |_| {
        // Leaving the quiz changes the address before the page goes: never follow another page's.
        if Page::parse(&location.pathname.get()) != Some(Page::Quiz) {
            return;
        }
        let hash = location.hash.get();
        let etape = StepParam::read(Query::parse(&location.search.get()).get(STEP_PARAM));
        apply(quiz.sync(
            Event::Address { etape, hash: &hash },
            i18n.t().q_location_position,
        ));
    });

    let saved = consent::saved_profile();
    let has_saved = saved.is_some();
    let resume = move |_| {
        if let Some(p) = consent::saved_profile() {
            let name = i18n.t().q_location_position.to_string();
            quiz.draft.set(Draft::from_profile(&p, name));
            go.go(Step::Summary, StepMove::Push);
        }
    };

    // Focus the new question's heading when the step changes (not on first display).
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        let step = quiz.step.get();
        if first.get_value() {
            first.set_value(false);
            return;
        }
        if !quiz.all_at_once.get_untracked() {
            request_animation_frame(move || focus_by_id(&step.heading_id()));
        }
    });

    let next = move |_| apply(quiz.sync(Event::Next, ""));
    let ready = Memo::new(move |_| quiz.draft.with(|d| d.ready()));
    let see_results = move |_| {
        if let Some(p) = quiz.draft.with_untracked(|d| d.to_profile()) {
            navigate(
                &Page::Results.href_with(&profile_url::fragment(&p)),
                NavigateOptions::default(),
            );
        }
    };

    view! {
        <section class="quiz" aria-labelledby="quiz-title">
            <h1 id="quiz-title">{move || i18n.t().quiz_title}</h1>
            <p class="quiz__intro">{move || i18n.t().quiz_intro}</p>
            {move || bad_link.get().then(|| view! {
                <p class="notice notice--error" role="alert">{if damaged_link.get() { i18n.t().link_damaged } else { i18n.t().quiz_bad_link }}</p>
            })}
            {has_saved.then(|| view! {
                <p><button type="button" class="button" on:click=resume>{move || i18n.t().quiz_resume}</button></p>
            })}
            <p>
                <button type="button" class="button button--small quiz__mode"
                    aria-pressed=move || quiz.all_at_once.get().to_string()
                    on:click=move |_| quiz.all_at_once.update(|a| *a = !*a)>
                    {move || if quiz.all_at_once.get() { i18n.t().quiz_one_by_one } else { i18n.t().quiz_all_questions }}
                </button>
            </p>
            {move || if quiz.all_at_once.get() {
                view! {
                    <div class="quiz__all">
                        {Step::ALL[..Step::ALL.len() - 1].iter().map(|s| view! {
                            <div class="quiz__panel">{question(*s)}</div>
                        }).collect_view()}
                    </div>
                }.into_any()
            } else {
                view! {
                    <Progress />
                    <div class="quiz__panel">{move || question(quiz.step.get())}</div>
                    <p class="field-error" role="alert">
                        {move || error.get().then(|| i18n.t().quiz_choose_error)}
                    </p>
                    <div class="quiz__nav">
                        <button type="button" class="button"
                            disabled=move || quiz.step.get().index() == 0
                            on:click=move |_| apply(quiz.sync(Event::Back, ""))>
                            {move || i18n.t().quiz_back}
                        </button>
                        {move || (quiz.step.get() != Step::Summary).then(|| view! {
                            <button type="button" class="button button--primary" on:click=next>
                                {move || {
                                    let s = quiz.step.get();
                                    if !s.required() && !quiz.draft.with(|d| d.answers(s)) {
                                        i18n.t().quiz_skip
                                    } else {
                                        i18n.t().quiz_next
                                    }
                                }}
                            </button>
                        })}
                    </div>
                }.into_any()
            }}
            <div class="quiz__results">
                <button type="button" class="button button--primary button--wide"
                    disabled=move || !ready.get()
                    aria-describedby="quiz-results-need"
                    on:click=see_results>
                    {move || i18n.t().quiz_see_results}
                </button>
                <p id="quiz-results-need" class="field-hint">
                    {move || (!ready.get()).then(|| i18n.t().quiz_results_need)}
                </p>
            </div>
        </section>
    }
}
