//! What the app remembers: preferences, the quiz draft, the profile in the URL fragment, the
//! catalogue and communes once loaded, and the person's consent to keep answers.

pub mod catalogue;
pub mod catalogue_url;
pub mod communes;
pub mod consent;
pub mod draft;
pub mod loader;
pub mod preferences;
pub mod profile_url;
pub mod quiz_state;
pub mod quiz_sync;
pub mod step;
pub mod storage;
pub mod tab_draft;
pub mod today;
