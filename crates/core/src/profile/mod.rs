//! A person's typed answers to the orientation quiz (no free strings), and their URL encoding.

pub mod age;
pub mod constraints;
pub mod domain;
pub mod encoding;
pub mod gender;
pub mod level;
pub mod location;
pub mod newcomer;
pub mod situation;
pub mod years;

pub use age::AgeRange;
pub use constraints::{Constraints, MaxDuration, Modality, Rhythm, StartWindow};
pub use domain::{Domain, DomainSet};
pub use encoding::DecodeError;
pub use gender::Gender;
pub use level::{Diploma, EducationLevel};
pub use location::{Location, Radius};
pub use newcomer::Newcomer;
pub use situation::{DigitalComfort, Rqth, Situation};
pub use years::Age;

use serde::{Deserialize, Serialize};

/// Everything the quiz knows about a person. Built by the app, mirrored in the URL fragment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    /// Highest diploma.
    pub level: EducationLevel,
    /// Current situation.
    pub situation: Situation,
    /// Age; `None` = not given (the person may prefer not to say).
    pub age: Option<Age>,
    /// Recognised disabled worker status.
    pub rqth: Rqth,
    /// Lives in a priority neighbourhood (QPV); `None` = not answered.
    pub qpv: Option<bool>,
    /// Wants programmes reserved for women.
    pub women_only: bool,
    /// Where the person is; `None` = not given (no distance filter).
    pub location: Option<Location>,
    /// How far the person can travel.
    pub radius: Radius,
    /// Remote training is fine.
    pub remote_ok: bool,
    /// Domains of interest; empty = "je ne sais pas encore".
    pub interests: DomainSet,
    /// Comfort with computers.
    pub comfort: DigitalComfort,
    /// Practical constraints.
    pub constraints: Constraints,
    /// The highest diploma is a bac professionnel (only with `level` = bac; the URL decoder
    /// refuses it with another level).
    pub bac_pro: bool,
    /// The answer about gender, for women-only programmes (optional).
    pub gender: Gender,
    /// Recent arrival in France, foreign diploma (optional).
    pub newcomer: Newcomer,
}

impl Profile {
    /// A neutral starting profile, for the quiz to fill in (`age: None` = not given).
    pub fn new(age: Option<Age>, level: EducationLevel, situation: Situation) -> Profile {
        Profile {
            level,
            situation,
            age,
            rqth: Rqth::Non,
            qpv: None,
            women_only: false,
            location: None,
            radius: Radius::Km20,
            remote_ok: false,
            interests: DomainSet::EMPTY,
            comfort: DigitalComfort::ALAise,
            constraints: Constraints::default(),
            bac_pro: false,
            gender: Gender::NePasDire,
            newcomer: Newcomer::Non,
        }
    }

    /// The diploma as the quiz asks it (bac pro or general bac).
    pub fn diploma(&self) -> Diploma {
        Diploma::of(self.level, self.bac_pro)
    }

    /// Records the diploma answer (level, and whether the bac is a bac pro).
    pub fn set_diploma(&mut self, d: Diploma) {
        self.level = d.level();
        self.bac_pro = d == Diploma::BacPro;
    }

    /// A minor (under 18), when the age is given.
    pub fn is_minor(&self) -> bool {
        self.age
            .is_some_and(|a| AgeRange::MINOR.contains(a.years()))
    }

    /// The ages of the Mission Locale audience for this person: 16–25, up to 29 with an RQTH.
    pub fn young_range(&self) -> AgeRange {
        if self.rqth == Rqth::Oui {
            AgeRange::YOUNG_RQTH
        } else {
            AgeRange::YOUNG
        }
    }

    /// Whether the person is in the Mission Locale audience ([`Profile::young_range`]).
    /// `None` when the age is not given, unless the person's situation is "jeune de 16 à 25 ans
    /// sans emploi ni formation", which says it (their answer, not a guess).
    pub fn is_young(&self) -> Option<bool> {
        match self.age {
            Some(age) => Some(self.young_range().contains(age.years())),
            None if self.situation == Situation::JeuneSansEmploiNiFormation => Some(true),
            None => None,
        }
    }

    /// Encodes the profile for the URL fragment (see [`encoding`]).
    pub fn encode(&self) -> String {
        encoding::encode(self)
    }

    /// Decodes a URL fragment produced by [`Profile::encode`]; never panics.
    pub fn decode(text: &str) -> Result<Profile, DecodeError> {
        encoding::decode(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn young_is_known_from_the_age_or_from_the_situation_never_guessed() {
        let mut p = Profile::new(Age::new(27), EducationLevel::Bac, Situation::Autre);
        assert_eq!(p.is_young(), Some(false));
        p.rqth = Rqth::Oui;
        assert_eq!(p.is_young(), Some(true), "to 29 with an RQTH");
        p.age = None;
        assert_eq!(p.is_young(), None, "age not given: unknown");
        p.situation = Situation::JeuneSansEmploiNiFormation;
        assert_eq!(p.is_young(), Some(true), "the situation says 16–25");
        p.age = Age::new(40);
        assert_eq!(p.is_young(), Some(false), "a given age wins");
    }
}
