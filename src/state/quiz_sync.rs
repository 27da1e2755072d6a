//! The quiz ↔ address synchronisation as a pure state machine: [`step`] takes what the quiz
//! remembers ([`Seen`]), what it shows now ([`Now`]) and an event (the address changed, Back,
//! Next), and says what to do ([`Effect`]); `routes/quiz.rs` carries the effects out. The address
//! decides what is shown: a profile in the fragment fills the answers once (and opens the
//! summary unless `etape` names a question); `etape` names the question; a missing or unknown
//! `etape` is corrected in place (never a blank page).

use aiguillage_core::profile::DecodeError;

use super::draft::Draft;
use super::profile_url::{self, FragmentProfile};
use super::step::{Step, StepMove};

/// What the quiz remembers between two addresses: the profile links (`#…`) the draft already
/// holds (links whose answers filled it, and the ones the quiz wrote itself). A link fills the
/// answers once, not again when Back or Forward shows the quiz with a link already seen (that
/// would undo the person's changes).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Seen {
    links: Vec<String>,
}

impl Seen {
    /// Whether the draft already holds this link's answers.
    pub fn knows(&self, hash: &str) -> bool {
        self.links.iter().any(|l| l == hash)
    }

    /// Records a link as held by the draft.
    pub fn remember(&mut self, hash: &str) {
        if !self.knows(hash) {
            self.links.push(hash.to_string());
        }
    }
}

/// What the quiz shows when the event comes.
#[derive(Clone, Copy, Debug)]
pub struct Now<'a> {
    /// The step shown.
    pub step: Step,
    /// The answers.
    pub draft: &'a Draft,
    /// The name shown for a place that came from a link (the link holds no commune name).
    pub unnamed_place: &'a str,
}

/// What happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event<'a> {
    /// The quiz's address was opened or changed: its `?etape=` and its fragment.
    Address {
        /// What `?etape=` names.
        etape: super::step::StepParam,
        /// The fragment, with its `#` (empty when none).
        hash: &'a str,
    },
    /// "Précédent".
    Back,
    /// "Suivant" (or "Passer").
    Next,
}

/// What to do, in this order.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Replace the answers (a profile link not seen yet).
    Fill(Draft),
    /// Change the address to show this step (the quiz follows the address).
    Go(Step, StepMove),
    /// Show this step now (the address already names it); the "choose an answer" error goes.
    Show(Step),
    /// Say that this required question needs an answer.
    NeedAnswer,
    /// Say that the link in the fragment is not a profile.
    BadLink(DecodeError),
}

/// The next [`Seen`] and the effects of `event`.
pub fn step(mut seen: Seen, now: Now<'_>, event: Event<'_>) -> (Seen, Vec<Effect>) {
    let mut effects = Vec::new();
    match event {
        Event::Address { etape, hash } => {
            let mut shown = now.step;
            let mut filled = None;
            match profile_url::read(hash) {
                FragmentProfile::Valid(p) if !seen.knows(hash) => {
                    filled = Some(now.draft.refilled(&p, now.unnamed_place));
                    shown = Step::Summary;
                    seen.remember(hash);
                }
                FragmentProfile::Invalid(e) => effects.push(Effect::BadLink(e)),
                FragmentProfile::Valid(_) | FragmentProfile::Missing => {}
            }
            let target = match etape {
                super::step::StepParam::Step(s) => s,
                super::step::StepParam::Missing => shown,
                super::step::StepParam::Invalid => {
                    filled.as_ref().unwrap_or(now.draft).first_unanswered()
                }
            };
            if let Some(d) = filled {
                effects.push(Effect::Fill(d));
            }
            if !matches!(etape, super::step::StepParam::Step(_)) {
                effects.push(Effect::Go(target, StepMove::Replace));
            }
            if target != now.step {
                effects.push(Effect::Show(target));
            }
        }
        Event::Back => {
            if let Some(prev) = now
                .step
                .index()
                .checked_sub(1)
                .and_then(|i| Step::ALL.get(i))
            {
                effects.push(Effect::Go(*prev, StepMove::Push));
            }
        }
        Event::Next => {
            if now.step.required() && !now.draft.answers(now.step) {
                effects.push(Effect::NeedAnswer);
            } else if let Some(next) = Step::ALL.get(now.step.index() + 1) {
                effects.push(Effect::Go(*next, StepMove::Push));
            }
        }
    }
    (seen, effects)
}

#[cfg(test)]
mod tests {
    use super::super::step::StepParam;
    use super::*;
    use aiguillage_core::profile::{Age, Diploma, EducationLevel, Situation};
    use aiguillage_core::Profile;

    fn now(step: Step, draft: &Draft) -> Now<'_> {
        Now {
            step,
            draft,
            unnamed_place: "Position",
        }
    }

    fn link() -> (Profile, String) {
        let p = Profile::new(Age::new(30), EducationLevel::Bac, Situation::Autre);
        let hash = profile_url::fragment(&p);
        (p, hash)
    }

    fn address(etape: StepParam, hash: &str) -> Event<'_> {
        Event::Address { etape, hash }
    }

    #[test]
    fn a_step_link_opens_that_step() {
        let d = Draft::default();
        let (_, effects) = step(
            Seen::default(),
            now(Step::Level, &d),
            address(StepParam::Step(Step::Age), ""),
        );
        assert_eq!(effects, [Effect::Show(Step::Age)]);
        let (_, effects) = step(
            Seen::default(),
            now(Step::Age, &d),
            address(StepParam::Step(Step::Age), ""),
        );
        assert_eq!(effects, [], "already shown: nothing to do");
    }

    #[test]
    fn back_moves_to_the_previous_step_and_not_before_the_first() {
        let d = Draft::default();
        let (_, effects) = step(Seen::default(), now(Step::Age, &d), Event::Back);
        assert_eq!(effects, [Effect::Go(Step::Situation, StepMove::Push)]);
        let (_, effects) = step(Seen::default(), now(Step::Level, &d), Event::Back);
        assert_eq!(effects, []);
    }

    #[test]
    fn next_needs_an_answer_to_a_required_question_only() {
        let mut d = Draft::default();
        let (_, effects) = step(Seen::default(), now(Step::Level, &d), Event::Next);
        assert_eq!(effects, [Effect::NeedAnswer]);
        let (_, effects) = step(Seen::default(), now(Step::Age, &d), Event::Next);
        assert_eq!(effects, [Effect::Go(Step::Rqth, StepMove::Push)]);
        d.level = Some(Diploma::BacPro);
        let (_, effects) = step(Seen::default(), now(Step::Level, &d), Event::Next);
        assert_eq!(effects, [Effect::Go(Step::Situation, StepMove::Push)]);
        let (_, effects) = step(Seen::default(), now(Step::Summary, &d), Event::Next);
        assert_eq!(effects, []);
    }

    #[test]
    fn a_stale_or_unknown_step_falls_back_to_the_first_unanswered_question_in_place() {
        let d = Draft {
            level: Some(Diploma::BacPro),
            ..Draft::default()
        };
        let (_, effects) = step(
            Seen::default(),
            now(Step::Level, &d),
            address(StepParam::Invalid, ""),
        );
        assert_eq!(
            effects,
            [
                Effect::Go(Step::Situation, StepMove::Replace),
                Effect::Show(Step::Situation)
            ]
        );
        // No `etape` at all: the step shown stays, and the address is corrected to name it.
        let (_, effects) = step(
            Seen::default(),
            now(Step::Age, &d),
            address(StepParam::Missing, ""),
        );
        assert_eq!(effects, [Effect::Go(Step::Age, StepMove::Replace)]);
    }

    #[test]
    fn a_profile_link_fills_the_answers_once_and_opens_the_summary() {
        let (p, hash) = link();
        let d = Draft::default();
        let (seen, effects) = step(
            Seen::default(),
            now(Step::Level, &d),
            address(StepParam::Missing, &hash),
        );
        let filled = Draft::from_profile(&p, "Position".into());
        assert_eq!(
            effects,
            [
                Effect::Fill(filled.clone()),
                Effect::Go(Step::Summary, StepMove::Replace),
                Effect::Show(Step::Summary)
            ]
        );
        assert!(seen.knows(&hash));
        // Back to the same link after changing an answer: the change is kept.
        let mut changed = filled;
        changed.level = Some(Diploma::SansDiplome);
        let (_, effects) = step(
            seen,
            now(Step::Level, &changed),
            address(StepParam::Step(Step::Age), &hash),
        );
        assert_eq!(effects, [Effect::Show(Step::Age)]);
    }

    #[test]
    fn a_link_the_quiz_wrote_itself_is_not_applied_and_a_step_in_a_link_wins() {
        let (p, hash) = link();
        let d = Draft::default();
        let mut seen = Seen::default();
        seen.remember(&hash);
        seen.remember(&hash);
        assert_eq!(seen.links.len(), 1);
        let (_, effects) = step(
            seen,
            now(Step::Level, &d),
            address(StepParam::Step(Step::Level), &hash),
        );
        assert_eq!(effects, []);
        let (_, effects) = step(
            Seen::default(),
            now(Step::Level, &d),
            address(StepParam::Step(Step::Age), &hash),
        );
        assert_eq!(
            effects,
            [
                Effect::Fill(Draft::from_profile(&p, "Position".into())),
                Effect::Show(Step::Age)
            ]
        );
    }

    #[test]
    fn a_broken_link_is_said_and_the_quiz_still_opens() {
        let d = Draft::default();
        let (seen, effects) = step(
            Seen::default(),
            now(Step::Level, &d),
            address(StepParam::Invalid, "#1<script>"),
        );
        assert!(matches!(effects[0], Effect::BadLink(_)), "{effects:?}");
        assert_eq!(effects[1..], [Effect::Go(Step::Level, StepMove::Replace)]);
        assert_eq!(seen, Seen::default());
    }
}
