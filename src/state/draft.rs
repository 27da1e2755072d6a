//! The quiz in progress: answers given so far (each optional), turned into a core `Profile` once
//! the answers results need are there, and written as text for this tab's session storage (so a
//! reload mid-quiz keeps the answers: see `tab_draft`).

use aiguillage_core::profile::{
    Age, Constraints, DigitalComfort, Diploma, DomainSet, Gender, Location, Newcomer, Radius, Rqth,
    Situation,
};
use aiguillage_core::Profile;

use super::step::Step;

/// The answer to the age question (optional: results never need it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgeAnswer {
    /// Age in years (core's range).
    Years(Age),
    /// "Je préfère ne pas donner mon âge".
    NotSaid,
}

impl AgeAnswer {
    /// The age, when given.
    pub fn years(self) -> Option<Age> {
        match self {
            AgeAnswer::Years(n) => Some(n),
            AgeAnswer::NotSaid => None,
        }
    }
}

/// Answers given so far. `None` = not answered yet.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// Highest diploma (a bac pro apart from a general bac).
    pub level: Option<Diploma>,
    /// Current situation.
    pub situation: Option<Situation>,
    /// Age, or the choice not to give it.
    pub age: Option<AgeAnswer>,
    /// RQTH answer (optional question).
    pub rqth: Option<Rqth>,
    /// Where the person is, with the name shown to them.
    pub location: Option<(Location, String)>,
    /// How far they can travel.
    pub radius: Radius,
    /// Remote training is fine.
    pub remote_ok: bool,
    /// Interests; empty = "je ne sais pas encore".
    pub interests: DomainSet,
    /// Comfort with computers.
    pub comfort: Option<DigitalComfort>,
    /// Practical constraints.
    pub constraints: Constraints,
    /// Gender answer, for women-only programmes (optional question).
    pub gender: Option<Gender>,
    /// Recent arrival in France / foreign diploma (optional question).
    pub newcomer: Option<Newcomer>,
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            level: None,
            situation: None,
            age: None,
            rqth: None,
            location: None,
            radius: Radius::Km20,
            remote_ok: false,
            interests: DomainSet::EMPTY,
            comfort: None,
            constraints: Constraints::default(),
            gender: None,
            newcomer: None,
        }
    }
}

impl Draft {
    /// Whether results can be shown: level, situation and location are known. The age is
    /// optional: without it, the results say which age limits to check (never guessed).
    pub fn ready(&self) -> bool {
        self.to_profile().is_some()
    }

    /// The profile, when the answers results need are there; other answers refine it.
    pub fn to_profile(&self) -> Option<Profile> {
        (self.level.is_some() && self.situation.is_some() && self.location.is_some())
            .then(|| self.filled_profile())
    }

    /// The answers as a profile, with the first value of each enum where nothing is answered
    /// (only [`Draft::to_session`] uses it that way: its mask says what was really answered).
    fn filled_profile(&self) -> Profile {
        let age = self.age.and_then(AgeAnswer::years);
        let diploma = self.level.unwrap_or(Diploma::ALL[0]);
        let mut p = Profile::new(
            age,
            diploma.level(),
            self.situation.unwrap_or(Situation::ALL[0]),
        );
        p.set_diploma(diploma);
        p.gender = self.gender.unwrap_or(Gender::NePasDire);
        p.newcomer = self.newcomer.unwrap_or(Newcomer::Non);
        p.location = self.location.as_ref().map(|(l, _)| l.clone());
        p.rqth = self.rqth.unwrap_or(Rqth::NePasDire);
        p.radius = self.radius;
        p.remote_ok = self.remote_ok;
        p.interests = self.interests;
        p.comfort = self.comfort.unwrap_or(DigitalComfort::ALAise);
        p.constraints = self.constraints.clone();
        p
    }

    /// The draft as one line of text, for session storage: `d1|<answered mask>|<profile code>|
    /// <place name>`. The profile code is core's URL encoding (already in the app, a few dozen
    /// characters); the mask says which optional answers were really given.
    pub fn to_session(&self) -> String {
        let mask = ANSWERED
            .iter()
            .enumerate()
            .filter(|(_, (_, answered))| answered(self))
            .fold(0u32, |m, (i, _)| m | 1 << i);
        let name = self.location.as_ref().map_or("", |(_, n)| n.as_str());
        format!(
            "{SESSION_VERSION}|{mask:x}|{}|{name}",
            self.filled_profile().encode()
        )
    }

    /// Reads what [`Draft::to_session`] wrote; `None` for anything else (old or damaged text).
    pub fn from_session(text: &str) -> Option<Draft> {
        let mut parts = text.splitn(4, '|');
        if parts.next()? != SESSION_VERSION {
            return None;
        }
        let mask = u32::from_str_radix(parts.next()?, 16).ok()?;
        let p = Profile::decode(parts.next()?).ok()?;
        let name = parts.next()?.to_string();
        let mut d = Draft::from_profile(&p, name);
        for (i, (clear, _)) in ANSWERED.iter().enumerate() {
            if mask >> i & 1 == 0 {
                clear(&mut d);
            }
        }
        Some(d)
    }
}

/// Version tag of [`Draft::to_session`]'s text.
const SESSION_VERSION: &str = "d1";

/// A draft field that can be unanswered: how to clear it, and whether it is answered. The
/// position in this list is the bit in the session mask (append new fields at the end).
type Answered = (fn(&mut Draft), fn(&Draft) -> bool);

const ANSWERED: [Answered; 8] = [
    (|d| d.level = None, |d| d.level.is_some()),
    (|d| d.situation = None, |d| d.situation.is_some()),
    (|d| d.age = None, |d| d.age.is_some()),
    (|d| d.rqth = None, |d| d.rqth.is_some()),
    (|d| d.location = None, |d| d.location.is_some()),
    (|d| d.comfort = None, |d| d.comfort.is_some()),
    (|d| d.gender = None, |d| d.gender.is_some()),
    (|d| d.newcomer = None, |d| d.newcomer.is_some()),
];

impl Draft {
    /// Whether this draft answers `step` (the optional lists and the summary always are).
    pub fn answers(&self, step: Step) -> bool {
        match step {
            Step::Level => self.level.is_some(),
            Step::Situation => self.situation.is_some(),
            Step::Age => self.age.is_some(),
            Step::Rqth => self.rqth.is_some(),
            Step::Gender => self.gender.is_some(),
            Step::Newcomer => self.newcomer.is_some(),
            Step::Location => self.location.is_some(),
            Step::Comfort => self.comfort.is_some(),
            Step::Interests | Step::Constraints | Step::Summary => true,
        }
    }

    /// The first question not answered yet, in quiz order (the summary when all are).
    pub fn first_unanswered(&self) -> Step {
        Step::ALL
            .into_iter()
            .find(|s| !self.answers(*s))
            .unwrap_or(Step::Summary)
    }

    /// The answers of a profile (a link, "change my answers"), replacing these. The commune's
    /// name is not in the profile: the one already known for the same place is kept, else
    /// `unnamed_place` is shown.
    pub fn refilled(&self, p: &Profile, unnamed_place: &str) -> Draft {
        let name = self
            .location
            .as_ref()
            .filter(|(l, _)| Some(l) == p.location.as_ref())
            .map_or_else(|| unnamed_place.to_string(), |(_, n)| n.clone());
        Draft::from_profile(p, name)
    }

    /// A draft holding a profile's answers (to change them from the results).
    pub fn from_profile(p: &Profile, place_name: String) -> Draft {
        Draft {
            level: Some(p.diploma()),
            situation: Some(p.situation),
            age: Some(p.age.map_or(AgeAnswer::NotSaid, AgeAnswer::Years)),
            rqth: Some(p.rqth),
            location: p.location.clone().map(|l| (l, place_name)),
            radius: p.radius,
            remote_ok: p.remote_ok,
            interests: p.interests,
            comfort: Some(p.comfort),
            constraints: p.constraints.clone(),
            gender: Some(p.gender),
            newcomer: Some(p.newcomer),
        }
    }
}

/// Parses an age typed by a person: core's rule ([`Age::parse`], whole years from 14 to 99).
pub fn parse_age(text: &str) -> Option<Age> {
    Age::parse(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use aiguillage_core::GeoPoint;

    fn montreuil() -> (Location, String) {
        let point = GeoPoint::new(48.8611, 2.4436).expect("valid point");
        (
            Location::Commune {
                insee: "93048".into(),
                point,
            },
            "Montreuil".into(),
        )
    }

    #[test]
    fn results_need_level_situation_and_location_not_age() {
        let mut d = Draft::default();
        assert!(!d.ready());
        d.level = Some(Diploma::SansDiplome);
        d.situation = Some(Situation::JeuneSansEmploiNiFormation);
        assert!(!d.ready());
        d.location = Some(montreuil());
        let p = d.to_profile().expect("ready without the age");
        assert_eq!(p.age, None);
        assert_eq!(p.rqth, Rqth::NePasDire);
        d.age = Some(AgeAnswer::NotSaid);
        assert_eq!(d.to_profile().map(|p| p.age), Some(None));
        d.age = Age::new(19).map(AgeAnswer::Years);
        let p = d.to_profile().expect("ready");
        assert_eq!(p.age, Age::new(19));
        let back = Draft::from_profile(&p, "Montreuil".into());
        assert_eq!(back.to_profile(), Some(p));
    }

    #[test]
    fn a_profile_without_age_comes_back_as_not_said() {
        let mut p = Profile::new(
            None,
            aiguillage_core::profile::EducationLevel::Bac,
            Situation::Autre,
        );
        p.location = Some(montreuil().0);
        let d = Draft::from_profile(&p, "Montreuil".into());
        assert_eq!(d.age, Some(AgeAnswer::NotSaid));
        assert!(d.answers(Step::Age));
        assert_eq!(d.to_profile(), Some(p));
    }

    #[test]
    fn the_first_unanswered_question_follows_the_quiz_order() {
        let mut d = Draft::default();
        assert_eq!(d.first_unanswered(), Step::Level);
        d.level = Some(Diploma::BacPro);
        d.situation = Some(Situation::Autre);
        assert_eq!(d.first_unanswered(), Step::Age);
        d.age = Some(AgeAnswer::NotSaid);
        assert_eq!(d.first_unanswered(), Step::Rqth);
        d.rqth = Some(Rqth::Non);
        assert_eq!(d.first_unanswered(), Step::Gender);
        d.gender = Some(Gender::Autre);
        d.newcomer = Some(Newcomer::DiplomeEtranger);
        d.location = Some(montreuil());
        d.comfort = Some(DigitalComfort::ALAise);
        assert_eq!(d.first_unanswered(), Step::Summary);
    }

    #[test]
    fn the_diploma_gender_and_newcomer_answers_reach_the_profile_and_come_back() {
        let mut d = Draft {
            level: Some(Diploma::BacPro),
            situation: Some(Situation::SalarieReconversion),
            location: Some(montreuil()),
            ..Draft::default()
        };
        let p = d.to_profile().expect("ready");
        assert!(p.bac_pro);
        assert_eq!(p.gender, Gender::NePasDire, "not answered = not said");
        assert_eq!(p.newcomer, Newcomer::Non);
        d.gender = Some(Gender::Femme);
        d.newcomer = Some(Newcomer::ArriveRecemment);
        let p = d.to_profile().expect("ready");
        assert_eq!(
            (p.gender, p.newcomer),
            (Gender::Femme, Newcomer::ArriveRecemment)
        );
        let back = Draft::from_profile(&p, "Montreuil".into());
        assert_eq!(back.level, Some(Diploma::BacPro));
        assert_eq!(back.to_profile(), Some(p));
    }

    #[test]
    fn an_unfinished_quiz_comes_back_from_session_text_with_only_its_answers() {
        let mut d = Draft::default();
        assert_eq!(Draft::from_session(&d.to_session()), Some(d.clone()));
        d.level = Some(Diploma::BacPro);
        d.age = Some(AgeAnswer::NotSaid);
        d.gender = Some(Gender::Femme);
        d.interests.insert(aiguillage_core::profile::Domain::ALL[0]);
        let back = Draft::from_session(&d.to_session()).expect("readable");
        assert_eq!(back, d);
        assert_eq!(back.situation, None);
        assert_eq!(back.rqth, None);
        assert_eq!(back.first_unanswered(), Step::Situation);
        d.situation = Some(Situation::Autre);
        d.age = Age::new(31).map(AgeAnswer::Years);
        d.rqth = Some(Rqth::Oui);
        d.location = Some((montreuil().0, "Montreuil | 93100".into()));
        d.comfort = Some(DigitalComfort::Debutant);
        d.radius = Radius::Km50;
        d.remote_ok = true;
        let back = Draft::from_session(&d.to_session()).expect("readable");
        assert_eq!(back.to_profile(), d.to_profile());
        assert_eq!(
            back.location.map(|(_, n)| n),
            Some("Montreuil | 93100".into())
        );
    }

    #[test]
    fn damaged_or_foreign_session_text_is_ignored() {
        for text in [
            "",
            "d1",
            "d2|3f|2AB|x",
            "d1|zz|2AB|x",
            "d1|3f|!!!|x",
            "{\"level\":1}",
        ] {
            assert_eq!(Draft::from_session(text), None, "{text}");
        }
    }

    #[test]
    fn ages_are_checked() {
        assert_eq!(parse_age(" 19 "), Age::new(19));
        assert_eq!(parse_age("14"), Age::new(14));
        assert_eq!(parse_age("99"), Age::new(99));
        assert_eq!(parse_age("13"), None);
        assert_eq!(parse_age("100"), None);
        assert_eq!(parse_age("7"), None);
        assert_eq!(parse_age("dix"), None);
        assert_eq!(parse_age("300"), None);
    }

    #[test]
    fn the_age_field_holds_the_digits_of_the_oldest_age() {
        // `maxlength="2"` in the age question.
        assert_eq!(Age::MAX.to_string().len(), 2);
        assert_eq!(Age::MIN.to_string().len(), 2);
    }
}
