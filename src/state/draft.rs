//! The quiz in progress: answers given so far (each optional), turned into a core `Profile` once
//! the answers results need are there.

use aiguillage_core::profile::{
    Constraints, DigitalComfort, DomainSet, EducationLevel, Location, Radius, Rqth, Situation,
};
use aiguillage_core::Profile;

/// Answers given so far. `None` = not answered yet.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// Highest diploma.
    pub level: Option<EducationLevel>,
    /// Current situation.
    pub situation: Option<Situation>,
    /// Age in years.
    pub age: Option<u8>,
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
        }
    }
}

impl Draft {
    /// Whether results can be shown: level, situation, age and location are known.
    /// (Age decides the Mission Locale and the age limits of courses, so it is not guessed.)
    pub fn ready(&self) -> bool {
        self.to_profile().is_some()
    }

    /// The profile, when the answers results need are there; other answers refine it.
    pub fn to_profile(&self) -> Option<Profile> {
        let mut p = Profile::new(self.age?, self.level?, self.situation?);
        p.location = Some(self.location.as_ref()?.0.clone());
        p.rqth = self.rqth.unwrap_or(Rqth::NePasDire);
        p.radius = self.radius;
        p.remote_ok = self.remote_ok;
        p.interests = self.interests;
        p.comfort = self.comfort.unwrap_or(DigitalComfort::ALAise);
        p.constraints = self.constraints.clone();
        Some(p)
    }

    /// A draft holding a profile's answers (to change them from the results).
    pub fn from_profile(p: &Profile, place_name: String) -> Draft {
        Draft {
            level: Some(p.level),
            situation: Some(p.situation),
            age: Some(p.age),
            rqth: Some(p.rqth),
            location: p.location.clone().map(|l| (l, place_name)),
            radius: p.radius,
            remote_ok: p.remote_ok,
            interests: p.interests,
            comfort: Some(p.comfort),
            constraints: p.constraints.clone(),
        }
    }
}

/// Parses an age typed by a person: whole years from 14 to 99.
pub fn parse_age(text: &str) -> Option<u8> {
    let n: u8 = text.trim().parse().ok()?;
    (14..=99).contains(&n).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use aiguillage_core::GeoPoint;

    #[test]
    fn results_need_level_situation_age_and_location() {
        let mut d = Draft::default();
        assert!(!d.ready());
        d.level = Some(EducationLevel::SansDiplome);
        d.situation = Some(Situation::JeuneSansEmploiNiFormation);
        d.age = Some(19);
        assert!(!d.ready());
        let point = GeoPoint::new(48.8611, 2.4436).expect("valid point");
        d.location = Some((
            Location::Commune {
                insee: "93048".into(),
                point,
            },
            "Montreuil".into(),
        ));
        let p = d.to_profile().expect("ready");
        assert_eq!(p.age, 19);
        assert_eq!(p.rqth, Rqth::NePasDire);
        let back = Draft::from_profile(&p, "Montreuil".into());
        assert_eq!(back.to_profile(), Some(p));
    }

    #[test]
    fn ages_are_checked() {
        assert_eq!(parse_age(" 19 "), Some(19));
        assert_eq!(parse_age("7"), None);
        assert_eq!(parse_age("dix"), None);
        assert_eq!(parse_age("300"), None);
    }
}
