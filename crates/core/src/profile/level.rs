//! Education levels as people say them, mapped to the European/RNCP scale and LHEO codes.

use serde::{Deserialize, Serialize};

/// The highest diploma a person holds, in the words people use in France.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EducationLevel {
    /// No diploma (left school before a CAP/BEP or the bac).
    SansDiplome,
    /// Diplôme national du brevet.
    Brevet,
    /// CAP or BEP (European level 3).
    CapBep,
    /// Baccalauréat, general, technological or vocational (level 4).
    Bac,
    /// Bac+2: BTS, DUT, DEUST (level 5).
    Bac2,
    /// Bac+3/4: licence, BUT, master 1 (level 6).
    Bac34,
    /// Bac+5 and above: master, engineering degree, doctorate (levels 7-8).
    Bac5Plus,
}

impl EducationLevel {
    /// Every level, lowest first.
    pub const ALL: [EducationLevel; 7] = [
        Self::SansDiplome,
        Self::Brevet,
        Self::CapBep,
        Self::Bac,
        Self::Bac2,
        Self::Bac34,
        Self::Bac5Plus,
    ];

    /// European / RNCP level (3 to 7); `None` below level 3.
    pub fn european_level(self) -> Option<u8> {
        match self {
            Self::SansDiplome | Self::Brevet => None,
            Self::CapBep => Some(3),
            Self::Bac => Some(4),
            Self::Bac2 => Some(5),
            Self::Bac34 => Some(6),
            Self::Bac5Plus => Some(7),
        }
    }

    /// LHEO `dict-niveaux` code (11 = level 1 … 17 = level 7).
    pub fn lheo_code(self) -> u8 {
        match self {
            Self::SansDiplome => 11,
            Self::Brevet => 12,
            Self::CapBep => 13,
            Self::Bac => 14,
            Self::Bac2 => 15,
            Self::Bac34 => 16,
            Self::Bac5Plus => 17,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_are_ordered_and_map_to_the_european_scale() {
        assert!(EducationLevel::SansDiplome < EducationLevel::Bac);
        assert_eq!(EducationLevel::Bac2.european_level(), Some(5));
        assert_eq!(EducationLevel::Brevet.european_level(), None);
        let codes: Vec<u8> = EducationLevel::ALL.iter().map(|l| l.lheo_code()).collect();
        assert_eq!(codes, vec![11, 12, 13, 14, 15, 16, 17]);
    }
}
