//! Where the offer is browsed: the whole of France, or a territory of departments or communes
//! (the guichet's own [`Territory`], `dep:93`, `com:93048`).

use crate::embed::{Territory, TerritoryError};
use crate::text::{counsel_words, Lang};

/// The territory browsed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Scope {
    /// Every place in the catalogue.
    #[default]
    France,
    /// The places of these departments or communes.
    Territory(Territory),
}

/// The value of `territoire=` for the whole of France.
pub const FRANCE: &str = "france";

impl Scope {
    /// Reads `france`, `dep:93`, `dep:59,62` or `com:93048` (the [`Territory`] syntax).
    pub fn parse(s: &str) -> Result<Scope, TerritoryError> {
        if s.trim().eq_ignore_ascii_case(FRANCE) {
            return Ok(Scope::France);
        }
        Territory::parse(s).map(Scope::Territory)
    }

    /// The link value; `None` for France (the default, left out of the link).
    pub fn to_param(&self) -> Option<String> {
        match self {
            Scope::France => None,
            Scope::Territory(t) => Some(t.to_param()),
        }
    }

    /// Whether a place of this commune is in the scope.
    pub fn holds(&self, insee: &str) -> bool {
        match self {
            Scope::France => true,
            Scope::Territory(t) => t.holds(insee),
        }
    }

    /// "Toute la France", "Seine-Saint-Denis" (once the departments are named), "2 communes".
    pub fn label(&self, lang: Lang) -> String {
        match self {
            Scope::France => counsel_words(lang).all_france.to_string(),
            Scope::Territory(t) => t.label(lang),
        }
    }
}
