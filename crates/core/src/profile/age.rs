//! Age bands (bounds included): a course's age limits, the ages an audience or a help network
//! serves. The person's own age is optional ([`crate::Profile::age`]): when it is not given,
//! matching never guesses, it says which band to check.

use serde::{Deserialize, Serialize};

/// Ages from `min` to `max`, both included; a missing bound is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct AgeRange {
    /// Youngest age in the band.
    pub min: Option<u8>,
    /// Oldest age in the band.
    pub max: Option<u8>,
}

impl AgeRange {
    /// Mission Locale and "jeunes" audiences: 16–25.
    pub const YOUNG: AgeRange = AgeRange::between(16, 25);
    /// The same with a disability recognition (RQTH): 16–29.
    pub const YOUNG_RQTH: AgeRange = AgeRange::between(16, 29);
    /// Minors (under 18): Mission Locale whatever their situation.
    pub const MINOR: AgeRange = AgeRange {
        min: None,
        max: Some(17),
    };
    /// The data.inclusion "seniors" audience: 50 and over.
    pub const SENIORS: AgeRange = AgeRange {
        min: Some(50),
        max: None,
    };

    /// From `min` to `max` years, both included.
    pub const fn between(min: u8, max: u8) -> AgeRange {
        AgeRange {
            min: Some(min),
            max: Some(max),
        }
    }

    /// Whether `age` is in the band.
    pub fn contains(self, age: u8) -> bool {
        self.min.is_none_or(|m| age >= m) && self.max.is_none_or(|m| age <= m)
    }

    /// Whether the band limits anything at all.
    pub fn is_limited(self) -> bool {
        self.min.is_some() || self.max.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_are_included_and_open_bounds_are_open() {
        assert!(AgeRange::YOUNG.contains(16));
        assert!(AgeRange::YOUNG.contains(25));
        assert!(!AgeRange::YOUNG.contains(15));
        assert!(!AgeRange::YOUNG.contains(26));
        assert!(AgeRange::YOUNG_RQTH.contains(29));
        assert!(AgeRange::MINOR.contains(0));
        assert!(!AgeRange::MINOR.contains(18));
        assert!(AgeRange::SENIORS.contains(120));
        assert!(!AgeRange::SENIORS.contains(49));
        let open = AgeRange {
            min: None,
            max: None,
        };
        assert!(!open.is_limited());
        assert!(open.contains(0) && open.contains(255));
        assert!(AgeRange::SENIORS.is_limited());
    }
}
