//! The quiz in progress, shared through context so that going to the results and back keeps it,
//! and the question shown in the address (`/questionnaire?etape=age`), so that the browser's Back
//! and Forward move between questions and a reload stays on the same one.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use aiguillage_core::Profile;

use super::draft::Draft;
use super::profile_url::{self, FragmentProfile};
use crate::route::Page;

/// The query parameter naming the question shown: `/questionnaire?etape=age`.
pub const STEP_PARAM: &str = "etape";

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
    /// Gender, for women-only programmes (optional).
    Gender,
    /// Recent arrival in France, foreign diploma (optional).
    Newcomer,
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
    pub const ALL: [Step; 11] = [
        Step::Level,
        Step::Situation,
        Step::Age,
        Step::Rqth,
        Step::Gender,
        Step::Newcomer,
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
            Step::Gender => "gender",
            Step::Newcomer => "newcomer",
            Step::Location => "location",
            Step::Interests => "interests",
            Step::Comfort => "comfort",
            Step::Constraints => "constraints",
            Step::Summary => "summary",
        }
    }

    /// The step's name in the address (`?etape=…`), in French like the other addresses.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Level => "diplome",
            Step::Situation => "situation",
            Step::Age => "age",
            Step::Rqth => "rqth",
            Step::Gender => "genre",
            Step::Newcomer => "arrivee",
            Step::Location => "lieu",
            Step::Interests => "interets",
            Step::Comfort => "aisance",
            Step::Constraints => "contraintes",
            Step::Summary => "recapitulatif",
        }
    }

    /// The step a name in the address stands for.
    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// The id of the step's heading (focused when the step appears).
    pub fn heading_id(self) -> String {
        format!("q-{}-title", self.id())
    }

    /// Whether the answer is needed before results.
    pub fn required(self) -> bool {
        matches!(self, Step::Level | Step::Situation | Step::Location)
    }

    /// Whether the draft answers this step.
    pub fn answered(self, d: &Draft) -> bool {
        match self {
            Step::Level => d.level.is_some(),
            Step::Situation => d.situation.is_some(),
            Step::Age => d.age.is_some(),
            Step::Rqth => d.rqth.is_some(),
            Step::Gender => d.gender.is_some(),
            Step::Newcomer => d.newcomer.is_some(),
            Step::Location => d.location.is_some(),
            Step::Comfort => d.comfort.is_some(),
            Step::Interests | Step::Constraints | Step::Summary => true,
        }
    }
}

/// What the address asks for with `?etape=`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepParam {
    /// No `etape` parameter.
    Missing,
    /// A known step.
    Step(Step),
    /// A value that names no step (mistyped or old link).
    Invalid,
}

impl StepParam {
    /// Reads the value of `?etape=`.
    pub fn read(value: Option<&str>) -> StepParam {
        match value {
            None => StepParam::Missing,
            Some(v) => Step::from_slug(v.trim()).map_or(StepParam::Invalid, StepParam::Step),
        }
    }
}

/// The quiz address showing `step`: other query parameters (`catalogue`, `lang`…) and the
/// fragment (a profile link) are kept as they are. `search` is the raw query, with or without `?`.
pub fn step_href(step: Step, search: &str, hash: &str) -> String {
    let mut query: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty() && pair.split('=').next() != Some(STEP_PARAM))
        .collect();
    let own = format!("{STEP_PARAM}={}", step.slug());
    query.push(&own);
    let hash = if hash.is_empty() || hash.starts_with('#') {
        hash.to_string()
    } else {
        format!("#{hash}")
    };
    format!("{}?{}{hash}", Page::Quiz.href(), query.join("&"))
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
    /// Profile links (`#…`) the draft already holds: links whose answers filled it, and the ones
    /// the quiz wrote itself. A link fills the answers once, not again when Back or Forward shows
    /// the quiz with a link already seen (that would undo the person's changes).
    known_links: StoredValue<Vec<String>>,
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

    /// Whether the draft already holds this link's answers (see `known_links`).
    pub fn knows_link(&self, hash: &str) -> bool {
        self.known_links
            .with_value(|links| links.iter().any(|l| l == hash))
    }

    /// Records a link as held by the draft.
    pub fn remember_link(&self, hash: &str) {
        if !self.knows_link(hash) {
            self.known_links
                .update_value(|links| links.push(hash.to_string()));
        }
    }
}

fn new_quiz_state() -> QuizState {
    QuizState {
        draft: RwSignal::new(Draft::default()),
        step: RwSignal::new(Step::Level),
        all_at_once: RwSignal::new(false),
        known_links: StoredValue::new(Vec::new()),
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

/// How the quiz goes to a step: through the address, so that the browser's history has it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepMove {
    /// A new history entry (next, previous, "modifier"): Back returns to the question before.
    Push,
    /// The current entry is corrected (an address without, or with a wrong, `etape`).
    Replace,
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
    fn every_step_has_its_own_name_in_the_address() {
        for s in Step::ALL {
            assert_eq!(Step::from_slug(s.slug()), Some(s));
            assert!(s
                .slug()
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'-'));
        }
        assert_eq!(StepParam::read(None), StepParam::Missing);
        assert_eq!(StepParam::read(Some("age")), StepParam::Step(Step::Age));
        assert_eq!(
            StepParam::read(Some("lieu")),
            StepParam::Step(Step::Location)
        );
        assert_eq!(StepParam::read(Some("")), StepParam::Invalid);
        assert_eq!(StepParam::read(Some("<script>")), StepParam::Invalid);
    }

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

    #[test]
    fn age_is_optional_level_situation_and_place_are_not() {
        let required: Vec<Step> = Step::ALL.into_iter().filter(|s| s.required()).collect();
        assert_eq!(required, [Step::Level, Step::Situation, Step::Location]);
    }
}
