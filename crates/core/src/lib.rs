//! Aiguillage's domain: pure Rust, no UI. The web app and the catalogue CLI both build on it.
//!
//! - [`profile`]: the person's typed answers and their URL encoding;
//! - [`catalogue`]: the JSON schema (LHEO / data.inclusion names) and its validation;
//! - [`geo`]: distances and the communes index;
//! - [`matching`]: eligibility, scoring, explanations, near misses, widening, next steps;
//! - [`text`]: French, easy-French and English sentences for everything the user reads, one
//!   file per language;
//! - [`sort`]: stable sorting compiled once (small WebAssembly).

#![warn(missing_docs)]

pub mod catalogue;
pub mod date;
pub mod geo;
pub mod matching;
pub mod profile;
pub mod sort;
pub mod text;

/// Kept for code written against the skeleton: `aiguillage_core::level::EducationLevel`.
pub use profile::level;

pub use catalogue::{Catalogue, Issue, Limits};
pub use date::Date;
pub use geo::GeoPoint;
pub use profile::Profile;
pub use text::Lang;
