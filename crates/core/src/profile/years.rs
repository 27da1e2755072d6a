//! `Age`: the person's own age in whole years, within the one range Aiguillage accepts.
//!
//! 14 to 99, the range the quiz has always accepted: the youngest people a digital-skills
//! training or a Mission Locale receives are 16 (the trainings' and networks' bands in
//! `AgeRange` start there), and 14–15 leaves room for a pupil preparing an apprenticeship; beyond
//! 99 is more likely a typing mistake than a learner. DOMAIN.md sets no other range. The quiz
//! parses the field with [`Age::parse`], the profile code refuses any other age, and matching
//! compares an `Age` with course limits and audiences.

use serde::{Deserialize, Serialize};
use std::fmt;

/// An age from [`Age::MIN`] to [`Age::MAX`] years.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "u8", try_from = "u8")]
pub struct Age(u8);

impl Age {
    /// Youngest age accepted.
    pub const MIN: u8 = 14;
    /// Oldest age accepted.
    pub const MAX: u8 = 99;

    /// The age of `years`, when in the range.
    pub const fn new(years: u8) -> Option<Age> {
        if years >= Age::MIN && years <= Age::MAX {
            Some(Age(years))
        } else {
            None
        }
    }

    /// An age typed by a person ("19", " 19 "): whole years in the range, else `None`.
    pub fn parse(text: &str) -> Option<Age> {
        Age::new(text.trim().parse().ok()?)
    }

    /// The age in years.
    pub const fn years(self) -> u8 {
        self.0
    }
}

impl fmt::Display for Age {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl From<Age> for u8 {
    fn from(a: Age) -> u8 {
        a.0
    }
}

impl TryFrom<u8> for Age {
    type Error = String;

    fn try_from(years: u8) -> Result<Age, String> {
        Age::new(years).ok_or_else(|| format!("age {years} outside {}–{}", Age::MIN, Age::MAX))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_from_14_to_99_are_accepted_and_no_other() {
        assert_eq!(Age::new(14).map(Age::years), Some(14));
        assert_eq!(Age::new(99).map(Age::years), Some(99));
        for bad in [0, 7, 13, 100, 126, 255] {
            assert_eq!(Age::new(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_typed_age_is_whole_years_in_the_range() {
        assert_eq!(Age::parse(" 19 "), Age::new(19));
        for bad in ["", "7", "dix", "300", "19,5", "-19"] {
            assert_eq!(Age::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn serde_refuses_an_age_out_of_the_range() {
        assert_eq!(serde_json::from_str::<Age>("40").ok(), Age::new(40));
        assert!(serde_json::from_str::<Age>("126").is_err());
    }
}
