//! The pages of the app, one per file.

pub mod course;
pub mod home;
pub mod not_found;
pub mod quiz;
pub mod results;
