//! Aiguillage's domain: pure Rust, no UI. The web app and the catalogue CLI both build on it.

pub mod level;
