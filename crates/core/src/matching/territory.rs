//! A guichet's territory on the results: the offer inside it first, then remote courses, then
//! the courses farther than it (said "plus loin que …" when the territory has too little).
//!
//! The territory itself is `embed::Territory`, which sits above `text`; the matching sees it
//! only as a [`Zone`], so nothing below `embed` uses `embed`.

use super::outcome::{Match, FEW_RESULTS};
use crate::catalogue::Catalogue;
use crate::geo::GeoPoint;
use crate::profile::Modality;

/// Which communes are in a territory.
pub trait Zone {
    /// Whether the commune with this INSEE code is in the zone (an invalid code is in none).
    fn holds(&self, insee: &str) -> bool;
}

/// The results of a guichet, in three groups; each keeps the order it was given (the
/// person's sort).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TerritoryGroups {
    /// Courses with a site in the territory; the site shown is the nearest one inside.
    pub inside: Vec<Match>,
    /// Remote courses, open from anywhere.
    pub remote: Vec<Match>,
    /// Courses whose every site is outside the territory.
    pub beyond: Vec<Match>,
    /// Fewer than [`FEW_RESULTS`] courses inside: the page says why courses farther away
    /// follow.
    pub too_little: bool,
}

/// Whether the result is followed remotely (no place, or a remote course).
fn is_remote(m: &Match, cat: &Catalogue) -> bool {
    cat.place_of(m.session).is_none()
        || cat
            .course_of(m.session)
            .is_some_and(|c| c.modality == Some(Modality::Distanciel))
}

fn inside(session: usize, cat: &Catalogue, zone: &dyn Zone) -> bool {
    cat.place_of(session)
        .is_some_and(|p| zone.holds(&p.address.insee_code))
}

/// Puts `m`'s nearest site inside the zone first (its other sites are nearest first), with
/// its distance from `from`; `false` when no site is inside.
fn show_inside_site(
    m: &mut Match,
    cat: &Catalogue,
    zone: &dyn Zone,
    from: Option<GeoPoint>,
) -> bool {
    if inside(m.session, cat, zone) {
        return true;
    }
    let Some(i) = m.other_sites.iter().position(|s| inside(*s, cat, zone)) else {
        return false;
    };
    let shown = m.other_sites.remove(i);
    m.other_sites.insert(0, m.session);
    m.session = shown;
    m.distance_km = from
        .zip(cat.place_of(shown).and_then(|p| p.point()))
        .map(|(a, b)| a.distance_km(b) as f32);
    true
}

/// Groups results (already filtered and sorted) by the territory; `from` is the person's
/// point, to give the distance of a site inside shown instead of a nearer one outside.
pub fn group_by_zone(
    results: Vec<Match>,
    cat: &Catalogue,
    zone: &dyn Zone,
    from: Option<GeoPoint>,
) -> TerritoryGroups {
    let mut g = TerritoryGroups::default();
    for mut m in results {
        if is_remote(&m, cat) {
            g.remote.push(m);
        } else if show_inside_site(&mut m, cat, zone, from) {
            g.inside.push(m);
        } else {
            g.beyond.push(m);
        }
    }
    g.too_little = g.inside.len() < FEW_RESULTS;
    g
}
