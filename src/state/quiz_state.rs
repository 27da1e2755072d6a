//! The quiz in progress, shared through context so that going to the results and back keeps it,
//! and the question shown in the address (`/questionnaire?etape=age`), so that the browser's Back
//! and Forward move between questions and a reload stays on the same one.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use aiguillage_core::Profile;

use super::draft::Draft;
use super::profile_url::{self, FragmentProfile};
use super::quiz_sync::{self, Effect, Event, Now, Seen};
use super::step::{Step, StepMove, STEP_PARAM};
use crate::query::Query;
use crate::routes::Page;

/// The quiz address showing `step`: other query parameters (`catalogue`, `lang`…) and the
/// fragment (a profile link) are kept as they are. `search` is the raw query, with or without `?`.
pub fn step_href(step: Step, search: &str, hash: &str) -> String {
    let query = Query::parse(search).with(STEP_PARAM, Some(step.slug()));
    let hash = if hash.is_empty() || hash.starts_with('#') {
        hash.to_string()
    } else {
        format!("#{hash}")
    };
    format!("{}{}{hash}", Page::Quiz.href(), query.to_search())
}

/// The quiz state shared by the quiz and results pages.
#[derive(Clone, Copy)]
pub struct QuizState {
    /// Answers so far.
    pub draft: RwSignal<Draft>,
    /// The step shown (one-question mode); follows the address (`?etape=`).
    pub step: RwSignal<Step>,
    /// All questions on one page (counsellor mode).
    pub all_at_once: RwSignal<bool>,
    /// What the address synchronisation remembers (the profile links already applied).
    seen: StoredValue<Seen>,
}

impl QuizState {
    /// Fills the answers from a profile (a link, "change my answers") and opens the summary. The
    /// commune's name is not in the profile: keep the one already known for the same place, else
    /// show `unnamed_place`.
    pub fn open_summary_for(&self, p: &Profile, unnamed_place: &str) {
        let d = self.draft.with_untracked(|d| d.refilled(p, unnamed_place));
        self.draft.set(d);
        self.step.set(Step::Summary);
    }

    /// Records a link as held by the draft (the quiz wrote it itself).
    pub fn remember_link(&self, hash: &str) {
        self.seen.update_value(|s| s.remember(hash));
    }

    /// One step of the address synchronisation ([`quiz_sync::step`]) with what the quiz shows
    /// now; the effects to carry out, in order.
    pub fn sync(&self, event: Event<'_>, unnamed_place: &str) -> Vec<Effect> {
        let step = self.step.get_untracked();
        self.draft.with_untracked(|draft| {
            let now = Now {
                step,
                draft,
                unnamed_place,
            };
            self.seen
                .try_update_value(|seen| {
                    let (next, effects) = quiz_sync::step(std::mem::take(seen), now, event);
                    *seen = next;
                    effects
                })
                .unwrap_or_default()
        })
    }
}

fn new_quiz_state() -> QuizState {
    QuizState {
        draft: RwSignal::new(Draft::default()),
        step: RwSignal::new(Step::Level),
        all_at_once: RwSignal::new(false),
        seen: StoredValue::new(Seen::default()),
    }
}

/// Provides the quiz state to the app.
pub fn provide_quiz_state() {
    provide_context(new_quiz_state());
}

/// The quiz state provided by `App`.
pub fn use_quiz() -> QuizState {
    use_context::<QuizState>().unwrap_or_else(new_quiz_state)
}

/// Shows a step by changing the address (`?etape=`); the quiz page follows the address.
#[derive(Clone, Copy)]
pub struct StepNavigation(Callback<(Step, StepMove)>);

impl StepNavigation {
    /// Goes to `step`, adding a history entry or correcting the current one.
    pub fn go(self, step: Step, how: StepMove) {
        self.0.run((step, how));
    }
}

/// The quiz's [`StepNavigation`]. Call it while building a component (it reads the router).
pub fn use_step_navigation() -> StepNavigation {
    let navigate = use_navigate();
    let location = use_location();
    let quiz = use_quiz();
    StepNavigation(Callback::new(move |(step, how): (Step, StepMove)| {
        // A quiz opened from a profile link keeps its link up to date, so that a reload (or the
        // link copied from the address bar) gives the answers as changed, not as first received.
        let mut hash = location.hash.get_untracked();
        if let FragmentProfile::Valid(_) = profile_url::read(&hash) {
            if let Some(p) = quiz.draft.with_untracked(Draft::to_profile) {
                hash = profile_url::fragment(&p);
                quiz.remember_link(&hash);
            }
        }
        let href = step_href(step, &location.search.get_untracked(), &hash);
        navigate(
            &href,
            NavigateOptions {
                replace: how == StepMove::Replace,
                // Focus moves to the question's heading, which brings it into view.
                scroll: false,
                ..NavigateOptions::default()
            },
        );
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn step_addresses_keep_other_parameters_and_the_fragment() {
        assert_eq!(step_href(Step::Age, "", ""), "/questionnaire?etape=age");
        assert_eq!(
            step_href(Step::Location, "?etape=age", ""),
            "/questionnaire?etape=lieu"
        );
        assert_eq!(
            step_href(
                Step::Summary,
                "catalogue=/perf/catalogue.json&etape=age&lang=en",
                "#2AB"
            ),
            "/questionnaire?catalogue=/perf/catalogue.json&lang=en&etape=recapitulatif#2AB"
        );
        assert_eq!(
            step_href(Step::Level, "etapes=1", "2AB"),
            "/questionnaire?etapes=1&etape=diplome#2AB"
        );
    }
}
