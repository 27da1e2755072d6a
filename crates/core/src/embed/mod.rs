//! Embedding Aiguillage in another site: the options a host passes (`data-*` attributes of
//! the snippet, or the frame's query parameters), checked once; the territory; the theme made
//! readable; the snippets. It sits above `text` (its sentences are there) and nothing of the
//! crate uses it: the matching reads a territory through [`crate::matching::Zone`].

pub mod headings;
pub mod host;
pub mod ignored;
pub mod options;
pub mod params;
pub mod snippet;
pub mod suggest;
pub mod territory;
pub mod theme;

pub use crate::text::IgnoredWhy;
pub use headings::{
    communes_first_label, group_heading, guichet_heading, heading_of, too_little_note, Group,
};
pub use host::{HostName, LogoUrl};
pub use ignored::Ignored;
pub use options::{domain_code, domain_of_code, EmbedOptions, Start};
pub use params::{ParamDoc, PARAMS};
pub use snippet::{frame_src, iframe_snippet, script_snippet, FRAME_TITLE};
pub use suggest::{territory_communes, territory_first};
pub use territory::{Territory, TerritoryError};
pub use theme::{contrast_ratio, Adjustment, Colour, NotAColour, Theme, AA, WHITE};
