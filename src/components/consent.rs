//! "Keep my answers on this device?": storage only after the person agrees, and a visible
//! "effacer mes réponses", which erases the answers everywhere the app holds them (this device,
//! this tab, the quiz in memory) and leaves the results for a clean page. Unavailable storage is
//! said plainly, never an error; when it is unavailable from the start (a frame refused storage,
//! private browsing), keeping is not offered at all: only erasing.

use aiguillage_core::Profile;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use super::shell_notice::{use_shell_notice, Notice};
use crate::i18n::use_i18n;
use crate::routes::Page;
use crate::state::draft::Draft;
use crate::state::quiz_state::use_quiz;
use crate::state::step::Step;
use crate::state::{consent, storage, tab_draft};

#[derive(Clone, Copy, PartialEq)]
enum Kept {
    No,
    Yes,
    Unavailable,
}

/// The consent box under the results.
#[component]
pub fn ConsentBox(
    /// The profile to keep.
    #[prop(into)]
    profile: Signal<Option<Profile>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let kept = RwSignal::new(if !storage::available(storage::Area::Device) {
        Kept::Unavailable
    } else if consent::saved_profile().is_some() {
        Kept::Yes
    } else {
        Kept::No
    });
    let offered = move || kept.get() != Kept::Unavailable;
    // Once agreed, the kept profile follows the one shown.
    Effect::new(move |_| {
        if kept.get_untracked() == Kept::Yes {
            if let Some(p) = profile.get() {
                consent::save(&p);
            }
        }
    });
    let agree = move |_| {
        let ok = profile.get_untracked().is_some_and(|p| consent::save(&p));
        kept.set(if ok { Kept::Yes } else { Kept::Unavailable });
    };
    let quiz = use_quiz();
    let notice = use_shell_notice();
    let navigate = use_navigate();
    let erase = move |_| {
        consent::forget();
        tab_draft::forget();
        quiz.draft.set(Draft::default());
        quiz.step.set(Step::Level);
        // The results came from the address: leave it for the bare results page (in place, so
        // that Back does not bring the erased answers back on screen), which says what happened.
        let clean = Page::Results.href();
        notice.raise(Notice::AnswersErased, &clean);
        navigate(
            &clean,
            NavigateOptions {
                replace: true,
                ..NavigateOptions::default()
            },
        );
    };
    view! {
        <section class="panel panel--quiet consent" aria-labelledby="consent-title">
            <h2 id="consent-title">{move || if offered() { i18n.t().consent_title } else { i18n.t().consent_forget }}</h2>
            <p hidden=move || !offered()>{move || i18n.t().consent_text}</p>
            <p role="status">
                {move || match kept.get() {
                    Kept::No => None,
                    Kept::Yes => Some(i18n.t().consent_saved),
                    Kept::Unavailable => Some(i18n.t().consent_unavailable),
                }}
            </p>
            <div class="consent__actions">
                {move || (kept.get() == Kept::No).then(|| view! {
                    <button type="button" class="button" on:click=agree>{i18n.t().consent_yes}</button>
                })}
                <button type="button" class="button" on:click=erase>{move || i18n.t().consent_forget}</button>
            </div>
        </section>
    }
}
