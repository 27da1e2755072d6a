//! Near misses: good sessions that fail exactly one relaxable condition, each saying which.

use super::eligibility::Condition;
use super::explain::{Reason, Warning};

/// A session that would be a result but for one condition.
#[derive(Clone, Debug, PartialEq)]
pub struct NearMiss {
    /// Position of the session in [`crate::Catalogue::sessions`].
    pub session: usize,
    /// The one condition it fails.
    pub failed: Condition,
    /// Score (higher is better).
    pub score: u32,
    /// Distance in km, when both ends are known and the session is not remote.
    pub distance_km: Option<f32>,
    /// Why it is otherwise a good fit.
    pub reasons: Vec<Reason>,
    /// What to check.
    pub warnings: Vec<Warning>,
}
