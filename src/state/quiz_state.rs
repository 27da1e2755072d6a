//! The quiz in progress, shared through context so that going to the results and back keeps it.

use leptos::prelude::*;

use aiguillage_core::Profile;

use super::draft::Draft;

/// The steps of the quiz, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Highest diploma.
    Level,
    /// Situation.
    Situation,
    /// Age.
    Age,
    /// RQTH (optional).
    Rqth,
    /// Place and radius.
    Location,
    /// Interests (optional).
    Interests,
    /// Comfort with computers (optional).
    Comfort,
    /// Constraints (optional).
    Constraints,
    /// Every answer, each with "change".
    Summary,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 9] = [
        Step::Level,
        Step::Situation,
        Step::Age,
        Step::Rqth,
        Step::Location,
        Step::Interests,
        Step::Comfort,
        Step::Constraints,
        Step::Summary,
    ];

    /// Position in [`Step::ALL`].
    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// A short id, for element ids and tests.
    pub fn id(self) -> &'static str {
        match self {
            Step::Level => "level",
            Step::Situation => "situation",
            Step::Age => "age",
            Step::Rqth => "rqth",
            Step::Location => "location",
            Step::Interests => "interests",
            Step::Comfort => "comfort",
            Step::Constraints => "constraints",
            Step::Summary => "summary",
        }
    }

    /// The id of the step's heading (focused when the step appears).
    pub fn heading_id(self) -> String {
        format!("q-{}-title", self.id())
    }

    /// Whether the answer is needed before results.
    pub fn required(self) -> bool {
        matches!(
            self,
            Step::Level | Step::Situation | Step::Age | Step::Location
        )
    }

    /// Whether the draft answers this step.
    pub fn answered(self, d: &Draft) -> bool {
        match self {
            Step::Level => d.level.is_some(),
            Step::Situation => d.situation.is_some(),
            Step::Age => d.age.is_some(),
            Step::Rqth => d.rqth.is_some(),
            Step::Location => d.location.is_some(),
            Step::Comfort => d.comfort.is_some(),
            Step::Interests | Step::Constraints | Step::Summary => true,
        }
    }
}

/// The quiz state shared by the quiz and results pages.
#[derive(Clone, Copy)]
pub struct QuizState {
    /// Answers so far.
    pub draft: RwSignal<Draft>,
    /// The step shown (one-question mode).
    pub step: RwSignal<Step>,
    /// All questions on one page (counsellor mode).
    pub all_at_once: RwSignal<bool>,
}

impl QuizState {
    /// Fills the answers from a profile (a link, "change my answers") and opens the summary. The
    /// commune's name is not in the profile: keep the one already known for the same place, else
    /// show `unnamed_place`.
    pub fn open_summary_for(&self, p: &Profile, unnamed_place: &str) {
        let name = self.draft.with_untracked(|d| {
            d.location
                .as_ref()
                .filter(|(l, _)| Some(l) == p.location.as_ref())
                .map(|(_, n)| n.clone())
        });
        let name = name.unwrap_or_else(|| unnamed_place.to_string());
        self.draft.set(Draft::from_profile(p, name));
        self.step.set(Step::Summary);
    }
}

/// Provides the quiz state to the app.
pub fn provide_quiz_state() {
    provide_context(QuizState {
        draft: RwSignal::new(Draft::default()),
        step: RwSignal::new(Step::Level),
        all_at_once: RwSignal::new(false),
    });
}

/// The quiz state provided by `App`.
pub fn use_quiz() -> QuizState {
    use_context::<QuizState>().unwrap_or_else(|| QuizState {
        draft: RwSignal::new(Draft::default()),
        step: RwSignal::new(Step::Level),
        all_at_once: RwSignal::new(false),
    })
}
