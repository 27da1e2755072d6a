//! The quiz's questions in order ([`Step`]) and their names in the address (`?etape=age`). A leaf:
//! it knows no answers (`Draft` knows which steps it answers), so every arrow points to it.

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

/// How the quiz goes to a step: through the address, so that the browser's history has it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepMove {
    /// A new history entry (next, previous, "modifier"): Back returns to the question before.
    Push,
    /// The current entry is corrected (an address without, or with a wrong, `etape`).
    Replace,
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
    fn age_is_optional_level_situation_and_place_are_not() {
        let required: Vec<Step> = Step::ALL.into_iter().filter(|s| s.required()).collect();
        assert_eq!(required, [Step::Level, Step::Situation, Step::Location]);
    }
}
