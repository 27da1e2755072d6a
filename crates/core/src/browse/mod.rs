//! `/offre`: the whole offer of a territory without a profile, for a counsellor at a desk or
//! in front of a group. The choices ([`Browse`]: [`Scope`], [`BrowseFilters`], [`BrowseSort`])
//! live in the query string like the results' [`crate::matching::Arrangement`]; [`list`] gives
//! the courses of the territory and, in their own group, the remote ones, with counts.

pub mod codes;
pub mod filters;
pub mod listing;
pub mod params;
pub mod scope;

pub use filters::{BrowseFilters, BrowseSort};
pub use listing::{list, Counts, Item, Listing};
pub use params::{Browse, PARAMS};
pub use scope::Scope;
