//! Geography: distances, the communes index (sharded by department), the France-wide name
//! search (sharded by name) and name normalisation.

pub mod arrondissement;
pub mod commune;
pub mod department;
pub mod distance;
pub mod index;
pub mod locate;
pub mod names;
pub mod normalize;
mod trig;
pub mod typed;

pub use arrondissement::{city_of_arrondissement, has_arrondissements};
pub use commune::{department_of_insee, Commune, CommuneShard};
pub use department::{Department, DepartmentBounds, DepartmentIndex};
pub use distance::{haversine_km, GeoPoint};
pub use index::CommuneIndex;
pub use locate::{nearest_step, NextStep, OUTSIDE_FRANCE_KM};
pub use names::{
    name_key, search_exact_names, search_names, NameIndex, NameQuery, NameShard, ShardsFor,
};
pub use normalize::normalize_name;
pub use typed::Typed;

use std::fmt;

/// Why a communes file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GeoError {
    /// Not JSON of the expected shape (serde's message, with line and column).
    Format(String),
    /// The format version `v` is not supported.
    UnsupportedVersion(u64),
    /// A row is invalid (INSEE code and what is wrong).
    InvalidRow {
        /// Row position (0-based).
        row: usize,
        /// What is wrong.
        message: String,
    },
}

impl fmt::Display for GeoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Format(m) => write!(f, "communes file: {m}"),
            Self::UnsupportedVersion(v) => write!(f, "communes file: unsupported version {v}"),
            Self::InvalidRow { row, message } => write!(f, "communes file, row {row}: {message}"),
        }
    }
}

impl std::error::Error for GeoError {}
