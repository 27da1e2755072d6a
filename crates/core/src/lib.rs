//! Aiguillage's domain: pure Rust, no UI. The web app and the catalogue CLI both build on it.
//!
//! - [`profile`]: the person's typed answers and their URL encoding;
//! - [`catalogue`]: the JSON schema (LHEO / data.inclusion names) and its validation;
//! - [`geo`]: distances and the communes index;
//! - [`matching`]: eligibility, scoring, explanations, near misses, widening, next steps;
//! - [`text`]: French, easy-French and English sentences for everything the user reads, one
//!   file per language;
//! - [`browse`]: `/offre`, the offer of a territory without a profile (filters, sorts, counts);
//! - [`calendar`]: the `.ics` of a session's start date or deadline ("Ajouter à mon agenda");
//! - [`selection`]: "Ma sélection", the shortlist in the address after the profile;
//! - [`compare`]: 2 to 4 courses side by side, one typed value per row;
//! - [`check`]: what a catalogue gives, for the webmasters' check page (counts, sample people);
//! - [`embed`]: the options of an embedded Aiguillage (territory, theme, host), the snippets;
//! - [`sort`]: stable sorting compiled once (small WebAssembly);
//! - [`latin`], [`insee`]: leaves every other module may use (Latin case folding, INSEE codes).
//!
//! The modules use each other one way only (see "Module graph" in the README;
//! `tests/module_graph.rs` checks it).

// Tests never ship: the size rules of clippy.toml (one compiled sort, Latin-only case) are for the wasm.
#![cfg_attr(test, allow(clippy::disallowed_methods))]
#![warn(missing_docs)]

pub mod browse;
pub mod calendar;
pub mod catalogue;
pub mod check;
pub mod compare;
pub mod date;
mod display;
pub mod embed;
pub mod geo;
pub mod insee;
pub mod latin;
pub mod matching;
pub mod profile;
pub mod selection;
mod serde_tag;
pub mod sort;
pub mod text;

/// Kept for code written against the skeleton: `aiguillage_core::level::EducationLevel`.
pub use profile::level;

pub use catalogue::{Catalogue, Issue, Limits};
pub use date::Date;
pub use geo::GeoPoint;
pub use profile::Profile;
pub use text::Lang;
