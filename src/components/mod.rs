//! Reusable pieces of the interface, one per file.

pub mod card_facts;
pub mod consent;
pub mod copy_link;
pub mod footer;
pub mod header;
pub mod help_panel;
pub mod lang_notice;
pub mod lang_switch;
pub mod quiz;
pub mod result_card;
pub mod shell_notice;
pub mod skip_link;
