//! The offer of a scope: one item per course with an open session there (the session shown
//! nearest the point given, the others as other sites), remote courses in their own group,
//! filtered and sorted, with the counts the page and a projector show.

use super::filters::BrowseSort;
use super::params::Browse;
use crate::catalogue::{Catalogue, Intake, Session};
use crate::date::Date;
use crate::geo::{normalize_name, GeoPoint};
use crate::matching::eligibility::{is_remote, session_open};
use crate::profile::Domain;

/// One course of the offer.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// Position in [`Catalogue::courses`].
    pub course: usize,
    /// The session shown (position in [`Catalogue::sessions`]): the nearest to the point
    /// given, else the first in the catalogue.
    pub session: usize,
    /// Its other sessions that pass, one per other place, nearest first.
    pub other_sites: Vec<usize>,
    /// Distance of the session shown from the point (none for remote or without a point).
    pub distance_km: Option<f32>,
    /// The soonest day one of its sessions that pass can start: a known start date, today for
    /// rolling entries without one; `None` when none is known ("à confirmer").
    pub start: Option<Date>,
    /// Some session that passes has rolling entries.
    pub rolling: bool,
}

/// How many courses, for the page's headings and the filter chips.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Courses of the scope (local or remote), before the filters.
    pub in_scope: usize,
    /// Courses shown in the scope's group.
    pub local: usize,
    /// Courses shown in the remote group.
    pub remote: usize,
    /// Courses of the scope in each domain, before the filters (every domain, quiz order).
    pub by_domain: Vec<(Domain, usize)>,
}

/// The offer.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Listing {
    /// Courses with a place in the scope.
    pub local: Vec<Item>,
    /// Remote courses, open from anywhere (a course with a place in the scope is listed there,
    /// not here).
    pub remote: Vec<Item>,
    /// Counts.
    pub counts: Counts,
}

/// The open sessions of each course (positions), in one pass over the sessions.
fn sessions_by_course(cat: &Catalogue, today: Date) -> Vec<Vec<usize>> {
    let mut by: Vec<Vec<usize>> = vec![Vec::new(); cat.courses().len()];
    for (i, (s, link)) in cat.sessions().iter().zip(&cat.session_links).enumerate() {
        if let Some(v) = by.get_mut(link.course as usize) {
            if session_open(s, today) {
                v.push(i);
            }
        }
    }
    by
}

/// When a session can start, for the soonest-first order: its date, today for rolling entries
/// without one, unknown ("à confirmer", fixed dates not given) `None`.
fn start_key(s: &Session, today: Date) -> Option<Date> {
    match (s.intake, s.start) {
        (Intake::AConfirmer, _) => None,
        (Intake::EntreesPermanentes, d) => Some(d.map_or(today, |d| d.max(today))),
        (Intake::DatesFixes, d) => d,
    }
}

/// The offer for `b`, with distances from `from` (the commune searched), relative to `today`.
pub fn list(cat: &Catalogue, b: &Browse, from: Option<GeoPoint>, today: Date) -> Listing {
    let mut out = Listing::default();
    let mut by_domain = [0usize; Domain::ALL.len()];
    let distance = |i: usize| -> Option<f32> {
        let p = cat.place_of(i)?.point()?;
        from.map(|f| f.distance_km(p) as f32)
    };
    for (ci, sessions) in sessions_by_course(cat, today).into_iter().enumerate() {
        let Some(c) = cat.courses().get(ci) else {
            continue;
        };
        let session = |i: &usize| cat.sessions().get(*i);
        let (local, remote): (Vec<usize>, Vec<usize>) = sessions
            .into_iter()
            .partition(|i| session(i).is_some_and(|s| !is_remote(c, s)));
        let local: Vec<usize> = local
            .into_iter()
            .filter(|i| {
                cat.place_of(*i)
                    .is_some_and(|p| b.scope.holds(&p.address.insee_code))
            })
            .collect();
        let (candidates, is_local) = if !local.is_empty() {
            (local, true)
        } else if !remote.is_empty() {
            (remote, false)
        } else {
            continue;
        };
        out.counts.in_scope += 1;
        for d in &c.domains {
            if let Some(n) = Domain::ALL
                .iter()
                .position(|x| x == d)
                .and_then(|k| by_domain.get_mut(k))
            {
                *n += 1;
            }
        }
        if !b.filters.keep_course(c) {
            continue;
        }
        let mut kept: Vec<(usize, Option<f32>)> = candidates
            .into_iter()
            .filter(|i| session(i).is_some_and(|s| b.filters.keep_session(cat, *i, c, s, today)))
            .map(|i| (i, if is_local { distance(i) } else { None }))
            .collect();
        if kept.is_empty() {
            continue;
        }
        crate::sort::sort_by(&mut kept, |a, b| {
            let key = |x: &(usize, Option<f32>)| x.1.unwrap_or(f32::INFINITY);
            key(a).total_cmp(&key(b))
        });
        let (shown, km) = kept[0];
        let mut places = vec![cat.place_of(shown).map(|p| p.id.as_str())];
        let mut other_sites = Vec::new();
        for (i, _) in kept.iter().skip(1) {
            let place = cat.place_of(*i).map(|p| p.id.as_str());
            if !places.contains(&place) {
                places.push(place);
                other_sites.push(*i);
            }
        }
        let item = Item {
            course: ci,
            session: shown,
            other_sites,
            distance_km: km,
            start: kept
                .iter()
                .filter_map(|(i, _)| session(i).and_then(|s| start_key(s, today)))
                .min(),
            rolling: kept
                .iter()
                .any(|(i, _)| session(i).is_some_and(|s| s.intake == Intake::EntreesPermanentes)),
        };
        if is_local {
            out.local.push(item);
        } else {
            out.remote.push(item);
        }
    }
    for group in [&mut out.local, &mut out.remote] {
        sort(group, b.sort, cat);
    }
    out.counts.local = out.local.len();
    out.counts.remote = out.remote.len();
    out.counts.by_domain = Domain::ALL.iter().copied().zip(by_domain).collect();
    out
}

/// Orders a group; ties (and the whole order for "by title") go by title, then catalogue order.
fn sort(items: &mut [Item], by: BrowseSort, cat: &Catalogue) {
    let title = |i: &Item| {
        cat.courses()
            .get(i.course)
            .map(|c| normalize_name(&c.title))
            .unwrap_or_default()
    };
    let soonest = |i: &Item| i.start.map_or(i64::MAX, Date::to_days);
    crate::sort::sort_by(items, |a, b| {
        let first = match by {
            BrowseSort::Soonest => soonest(a).cmp(&soonest(b)),
            BrowseSort::Nearest => a
                .distance_km
                .unwrap_or(f32::INFINITY)
                .total_cmp(&b.distance_km.unwrap_or(f32::INFINITY)),
            BrowseSort::Title => std::cmp::Ordering::Equal,
        };
        first
            .then_with(|| title(a).cmp(&title(b)))
            .then_with(|| a.course.cmp(&b.course))
    });
}
