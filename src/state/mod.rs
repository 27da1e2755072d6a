//! What the app remembers: preferences now; the profile and catalogues in later work.

pub mod preferences;
pub mod storage;
