//! Where the person is and how far they can travel.

use crate::geo::GeoPoint;
use serde::{Deserialize, Serialize};

/// Where the person starts from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Location {
    /// A commune chosen from the index (its town-hall coordinates).
    Commune {
        /// INSEE commune code (5 characters, e.g. `93048`, `2A004`).
        insee: String,
        /// Coordinates of the commune.
        point: GeoPoint,
    },
    /// A raw point from geolocation.
    Point {
        /// The point.
        point: GeoPoint,
    },
}

impl Location {
    /// The coordinates to measure distances from.
    pub fn point(&self) -> GeoPoint {
        match self {
            Location::Commune { point, .. } | Location::Point { point } => *point,
        }
    }
}

/// How far the person accepts to travel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Radius {
    /// 5 km.
    Km5,
    /// 10 km.
    Km10,
    /// 20 km.
    Km20,
    /// 30 km.
    Km30,
    /// 50 km.
    Km50,
    /// 100 km (the widest).
    Km100,
}

impl Radius {
    /// Every radius, smallest first (also the widening steps).
    pub const ALL: [Radius; 6] = [
        Self::Km5,
        Self::Km10,
        Self::Km20,
        Self::Km30,
        Self::Km50,
        Self::Km100,
    ];

    /// The radius in kilometres.
    pub fn km(self) -> f32 {
        match self {
            Self::Km5 => 5.0,
            Self::Km10 => 10.0,
            Self::Km20 => 20.0,
            Self::Km30 => 30.0,
            Self::Km50 => 50.0,
            Self::Km100 => 100.0,
        }
    }

    /// The next wider radius, if any.
    pub fn wider(self) -> Option<Radius> {
        let i = Self::ALL.iter().position(|r| *r == self)?;
        Self::ALL.get(i + 1).copied()
    }
}
