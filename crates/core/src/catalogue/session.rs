//! Sessions (LHEO `session`): one run of a course, at a place or remote, with dates and recruitment state.

use crate::date::Date;
use serde::{Deserialize, Serialize};

/// How entries work (LHEO `modalites-entrees-sorties`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Intake {
    /// Fixed dates (LHEO 0).
    DatesFixes,
    /// Rolling entries (LHEO 1): "entrées permanentes".
    EntreesPermanentes,
    /// Next session not announced yet: "prochaine session à confirmer".
    AConfirmer,
}

/// Recruitment state (LHEO `etat-recrutement`: 1 open, 2 closed, 3 suspended).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Recruitment {
    /// Open (1).
    Ouvert,
    /// Closed (2).
    Ferme,
    /// Suspended (3).
    Suspendu,
}

/// One run of a course.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// Unique id within the catalogue.
    pub id: String,
    /// Course id.
    pub course: String,
    /// Place id; `None` = fully remote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// How entries work.
    pub intake: Intake,
    /// First day, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Date>,
    /// Last day, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Date>,
    /// Last day to apply, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_deadline: Option<Date>,
    /// Recruitment state; `None` = unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recruitment: Option<Recruitment>,
    /// Number of seats, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seats: Option<u32>,
}
