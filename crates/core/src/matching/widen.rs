//! Widening the search when nothing fits: radius step by step up to 100 km, then remote courses.

use crate::profile::Radius;

/// What the search did beyond the person's own radius.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Widening {
    /// Nothing within `from`: results are within `to`.
    Radius {
        /// The person's radius.
        from: Radius,
        /// The radius used.
        to: Radius,
    },
    /// Nothing within 100 km: results are remote courses.
    RemoteOnly {
        /// The person's radius.
        from: Radius,
    },
    /// Nothing at all, not even remote.
    Nothing,
}

/// The first radius, from `from` up, at which `has_any(radius_km)` is true.
pub fn first_radius_with_results(
    from: Radius,
    mut has_any: impl FnMut(f32) -> bool,
) -> Option<Radius> {
    let mut r = Some(from);
    while let Some(cur) = r {
        if has_any(cur.km()) {
            return Some(cur);
        }
        r = cur.wider();
    }
    None
}
