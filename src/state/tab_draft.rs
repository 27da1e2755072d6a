//! The unfinished quiz, kept in this tab's session storage so that a reload mid-quiz keeps the
//! answers. Nothing goes beyond the tab: the browser erases session storage when the tab closes,
//! and a new tab starts empty, so no consent is needed (unlike `consent`, which keeps answers on
//! the device). Unavailable storage or damaged text means an empty quiz, never an error.

use super::draft::Draft;
use super::storage::{self, Area};

const DRAFT_KEY: &str = "aiguillage.draft";

/// The draft this tab kept, if any.
pub fn restore() -> Option<Draft> {
    storage::get_in(Area::Tab, DRAFT_KEY).and_then(|text| Draft::from_session(&text))
}

/// Keeps the draft for this tab (an empty draft removes the key).
pub fn keep(d: &Draft) {
    if *d == Draft::default() {
        forget();
    } else {
        storage::set_in(Area::Tab, DRAFT_KEY, &d.to_session());
    }
}

/// Forgets the draft kept for this tab.
pub fn forget() {
    storage::remove_in(Area::Tab, DRAFT_KEY);
}
