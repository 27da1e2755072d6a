//! The catalogue CLI's library: reading the registry packages, generating the communes
//! shards, converting help places, building and validating the bundled catalogue.

// Native only (never in the wasm): the size rules of clippy.toml do not apply.
#![allow(clippy::disallowed_methods)]

pub mod bundle;
pub mod cli;
pub mod communes;
pub mod error;
pub mod geo;
pub mod help_places;
pub mod import;
pub mod packages;
pub mod paths;
pub mod terminal;

pub use error::{Error, Result};
