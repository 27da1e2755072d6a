//! A person's typed answers to the orientation quiz (no free strings), and their URL encoding.

pub mod constraints;
pub mod domain;
pub mod encoding;
pub mod level;
pub mod location;
pub mod situation;

pub use constraints::{Constraints, MaxDuration, Modality, Rhythm, StartWindow};
pub use domain::{Domain, DomainSet};
pub use encoding::DecodeError;
pub use level::EducationLevel;
pub use location::{Location, Radius};
pub use situation::{DigitalComfort, Rqth, Situation};

use serde::{Deserialize, Serialize};

/// Everything the quiz knows about a person. Built by the app, mirrored in the URL fragment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    /// Highest diploma.
    pub level: EducationLevel,
    /// Current situation.
    pub situation: Situation,
    /// Age in years (0–127).
    pub age: u8,
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
}

impl Profile {
    /// A neutral starting profile, for the quiz to fill in.
    pub fn new(age: u8, level: EducationLevel, situation: Situation) -> Profile {
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
        }
    }

    /// Whether the person is 16–25 (up to 29 with an RQTH): the Mission Locale audience.
    pub fn is_young(&self) -> bool {
        let max = if self.rqth == Rqth::Oui { 29 } else { 25 };
        (16..=max).contains(&self.age)
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
