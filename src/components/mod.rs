//! Reusable pieces of the interface, one per file.

pub mod footer;
pub mod header;
pub mod lang_switch;
pub mod skip_link;
