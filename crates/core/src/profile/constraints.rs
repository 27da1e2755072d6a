//! Practical constraints: rhythm, modality, start window, remuneration, maximum duration.

use serde::{Deserialize, Serialize};

/// Teaching modality (LHEO `modalites-enseignement`: 0 in person, 1 mixed, 2 remote).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Modality {
    /// In person (LHEO 0).
    Presentiel,
    /// Mixed, partly remote (LHEO 1).
    Hybride,
    /// Fully remote (LHEO 2).
    Distanciel,
}

impl Modality {
    /// Every modality.
    pub const ALL: [Modality; 3] = [Self::Presentiel, Self::Hybride, Self::Distanciel];

    /// LHEO `modalites-enseignement` code.
    pub fn lheo_code(self) -> u8 {
        self as u8
    }
}

/// Weekly rhythm of a training.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rhythm {
    /// Full time.
    TempsPlein,
    /// Part time.
    TempsPartiel,
    /// Work-study (apprenticeship or professionalisation contract).
    Alternance,
    /// Evenings and weekends.
    SoirWeekEnd,
}

impl Rhythm {
    /// Every rhythm.
    pub const ALL: [Rhythm; 4] = [
        Self::TempsPlein,
        Self::TempsPartiel,
        Self::Alternance,
        Self::SoirWeekEnd,
    ];
}

/// When the person wants to start.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StartWindow {
    /// As soon as possible (within about 6 weeks).
    DesQuePossible,
    /// Within 3 months.
    Moins3Mois,
    /// Within 6 months.
    Moins6Mois,
    /// Later: no limit.
    PlusTard,
}

impl StartWindow {
    /// Every window, soonest first.
    pub const ALL: [StartWindow; 4] = [
        Self::DesQuePossible,
        Self::Moins3Mois,
        Self::Moins6Mois,
        Self::PlusTard,
    ];

    /// Latest acceptable start, in days from today; `None` = no limit.
    pub fn max_days(self) -> Option<i64> {
        match self {
            Self::DesQuePossible => Some(45),
            Self::Moins3Mois => Some(92),
            Self::Moins6Mois => Some(183),
            Self::PlusTard => None,
        }
    }
}

/// The longest training the person can follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MaxDuration {
    /// Up to 1 month.
    Mois1,
    /// Up to 3 months.
    Mois3,
    /// Up to 6 months.
    Mois6,
    /// Up to 12 months.
    Mois12,
}

impl MaxDuration {
    /// Every limit, shortest first.
    pub const ALL: [MaxDuration; 4] = [Self::Mois1, Self::Mois3, Self::Mois6, Self::Mois12];

    /// The limit in weeks.
    pub fn weeks(self) -> u32 {
        match self {
            Self::Mois1 => 5,
            Self::Mois3 => 13,
            Self::Mois6 => 26,
            Self::Mois12 => 52,
        }
    }
}

/// The person's practical constraints. Empty sets mean "no preference".
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Constraints {
    /// Acceptable rhythms; empty = any.
    pub rhythms: Vec<Rhythm>,
    /// Acceptable modalities; empty = any.
    pub modalities: Vec<Modality>,
    /// When to start; `None` = no preference.
    pub start: Option<StartWindow>,
    /// The person needs a paid (remunerated) training.
    pub needs_remuneration: bool,
    /// Longest acceptable training; `None` = no limit.
    pub max_duration: Option<MaxDuration>,
}
