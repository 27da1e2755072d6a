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

/// The diploma question's answer: the levels, with the bac split into vocational (bac pro) and
/// general or technological, because a bac pro prepares for work more than for a licence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Diploma {
    /// No diploma.
    SansDiplome,
    /// Brevet.
    Brevet,
    /// CAP or BEP.
    CapBep,
    /// Baccalauréat professionnel.
    BacPro,
    /// Baccalauréat général or technologique.
    BacGeneral,
    /// Bac+2.
    Bac2,
    /// Bac+3/4.
    Bac34,
    /// Bac+5 and above.
    Bac5Plus,
}

impl Diploma {
    /// Every answer, lowest first (quiz order).
    pub const ALL: [Diploma; 8] = [
        Self::SansDiplome,
        Self::Brevet,
        Self::CapBep,
        Self::BacPro,
        Self::BacGeneral,
        Self::Bac2,
        Self::Bac34,
        Self::Bac5Plus,
    ];

    /// The education level (both bacs are level 4).
    pub fn level(self) -> EducationLevel {
        match self {
            Self::SansDiplome => EducationLevel::SansDiplome,
            Self::Brevet => EducationLevel::Brevet,
            Self::CapBep => EducationLevel::CapBep,
            Self::BacPro | Self::BacGeneral => EducationLevel::Bac,
            Self::Bac2 => EducationLevel::Bac2,
            Self::Bac34 => EducationLevel::Bac34,
            Self::Bac5Plus => EducationLevel::Bac5Plus,
        }
    }

    /// The answer for a level; a bac is a bac pro when `bac_pro`.
    pub fn of(level: EducationLevel, bac_pro: bool) -> Diploma {
        match level {
            EducationLevel::SansDiplome => Self::SansDiplome,
            EducationLevel::Brevet => Self::Brevet,
            EducationLevel::CapBep => Self::CapBep,
            EducationLevel::Bac if bac_pro => Self::BacPro,
            EducationLevel::Bac => Self::BacGeneral,
            EducationLevel::Bac2 => Self::Bac2,
            EducationLevel::Bac34 => Self::Bac34,
            EducationLevel::Bac5Plus => Self::Bac5Plus,
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

    #[test]
    fn both_bacs_are_level_4_and_every_answer_round_trips() {
        assert_eq!(Diploma::BacPro.level(), EducationLevel::Bac);
        assert_eq!(Diploma::BacGeneral.level(), EducationLevel::Bac);
        for d in Diploma::ALL {
            assert_eq!(Diploma::of(d.level(), d == Diploma::BacPro), d);
        }
        assert_eq!(Diploma::of(EducationLevel::CapBep, true), Diploma::CapBep);
    }
}
