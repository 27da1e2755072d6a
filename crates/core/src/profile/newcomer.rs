//! Whether the person arrived in France recently and whether their diploma was obtained abroad:
//! routes to French courses and to diploma recognition (ENIC-NARIC). Optional.

use serde::{Deserialize, Serialize};

/// Recent arrival in France and foreign diploma, as one answer.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Newcomer {
    /// Neither (also: not answered).
    #[default]
    Non,
    /// Arrived in France recently.
    ArriveRecemment,
    /// Holds a diploma obtained abroad.
    DiplomeEtranger,
    /// Both.
    ArriveAvecDiplomeEtranger,
}

impl Newcomer {
    /// Every answer, in quiz order.
    pub const ALL: [Newcomer; 4] = [
        Self::Non,
        Self::ArriveRecemment,
        Self::DiplomeEtranger,
        Self::ArriveAvecDiplomeEtranger,
    ];

    /// Arrived in France recently.
    pub fn recently_arrived(self) -> bool {
        matches!(
            self,
            Self::ArriveRecemment | Self::ArriveAvecDiplomeEtranger
        )
    }

    /// Holds a diploma obtained abroad.
    pub fn foreign_diploma(self) -> bool {
        matches!(
            self,
            Self::DiplomeEtranger | Self::ArriveAvecDiplomeEtranger
        )
    }
}
