//! The person's filters and sort on the results ([`Arrangement`]), applied to an [`Outcome`]
//! and kept in the link (`/resultats?tri=distance&filtres=gratuites,remunerees#…`).

use super::outcome::{Match, Outcome};
use super::pay::Pay;
use crate::catalogue::{Catalogue, FundingKind};
use crate::profile::{EducationLevel, Modality};

/// How results are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortBy {
    /// The ranking of the matching (interest, pay when needed, score).
    #[default]
    Relevance,
    /// Nearest first (remote last).
    Distance,
    /// Soonest known start first (unknown last).
    Date,
}

impl SortBy {
    /// Every sort, default first.
    pub const ALL: [SortBy; 3] = [SortBy::Relevance, SortBy::Distance, SortBy::Date];

    /// The value in the link (`tri=`).
    pub fn slug(self) -> &'static str {
        match self {
            SortBy::Relevance => "pertinence",
            SortBy::Distance => "distance",
            SortBy::Date => "date",
        }
    }

    /// Parses a link value; `None` for anything else.
    pub fn from_slug(s: &str) -> Option<SortBy> {
        SortBy::ALL.into_iter().find(|x| x.slug() == s)
    }
}

/// Filters the person can tick; all off shows every result.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// Free or funded only.
    pub free: bool,
    /// No diploma required only.
    pub no_diploma: bool,
    /// On site only.
    pub in_person: bool,
    /// Paid (remunerated) only.
    pub paid: bool,
}

/// One filter, for the link and the check boxes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Filter {
    /// [`Filters::free`].
    Free,
    /// [`Filters::no_diploma`].
    NoDiploma,
    /// [`Filters::in_person`].
    InPerson,
    /// [`Filters::paid`].
    Paid,
}

impl Filter {
    /// Every filter, in the order shown.
    pub const ALL: [Filter; 4] = [
        Filter::Free,
        Filter::NoDiploma,
        Filter::InPerson,
        Filter::Paid,
    ];

    /// The value in the link (`filtres=`).
    pub fn slug(self) -> &'static str {
        match self {
            Filter::Free => "gratuites",
            Filter::NoDiploma => "sans-diplome",
            Filter::InPerson => "sur-place",
            Filter::Paid => "remunerees",
        }
    }
}

impl Filters {
    /// Whether a filter is on.
    pub fn get(self, f: Filter) -> bool {
        match f {
            Filter::Free => self.free,
            Filter::NoDiploma => self.no_diploma,
            Filter::InPerson => self.in_person,
            Filter::Paid => self.paid,
        }
    }

    /// Turns a filter on or off.
    pub fn set(&mut self, f: Filter, on: bool) {
        match f {
            Filter::Free => self.free = on,
            Filter::NoDiploma => self.no_diploma = on,
            Filter::InPerson => self.in_person = on,
            Filter::Paid => self.paid = on,
        }
    }

    /// Whether a result passes every filter that is on.
    pub fn keep(self, m: &Match, cat: &Catalogue) -> bool {
        let Some(c) = cat.course_of(m.session) else {
            return false;
        };
        (!self.free
            || c.funding
                .as_ref()
                .is_some_and(|f| f.kind != FundingKind::Payant))
            && (!self.no_diploma || c.min_level == Some(EducationLevel::SansDiplome))
            && (!self.in_person
                || (cat.place_of(m.session).is_some() && c.modality != Some(Modality::Distanciel)))
            && (!self.paid || m.pay == Pay::Paid)
    }
}

/// Filters and sort together, as kept in the link.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Arrangement {
    /// Filters on.
    pub filters: Filters,
    /// Sort chosen.
    pub sort: SortBy,
}

/// The link parameter of the sort.
pub const SORT_PARAM: &str = "tri";
/// The link parameter of the filters (comma-separated).
pub const FILTERS_PARAM: &str = "filtres";

impl Arrangement {
    /// Reads the values of `tri=` and `filtres=`, already decoded (the app's query reader does
    /// that, once, for every parameter). Filters are separated by `,` (or a space: `+` in a link).
    /// Unknown values are ignored: the link still opens, with the defaults.
    pub fn from_params(sort: Option<&str>, filters: Option<&str>) -> Arrangement {
        let mut a = Arrangement::default();
        if let Some(s) = sort.and_then(SortBy::from_slug) {
            a.sort = s;
        }
        for v in filters.unwrap_or_default().split([',', ' ']) {
            if let Some(f) = Filter::ALL.into_iter().find(|f| f.slug() == v) {
                a.filters.set(f, true);
            }
        }
        a
    }

    /// The values of `tri=` and `filtres=` for this arrangement; `None` where it is the default
    /// (the parameter is left out of the link).
    pub fn params(self) -> (Option<&'static str>, Option<String>) {
        let sort = (self.sort != SortBy::Relevance).then(|| self.sort.slug());
        let on: Vec<&str> = Filter::ALL
            .into_iter()
            .filter(|f| self.filters.get(*f))
            .map(Filter::slug)
            .collect();
        (sort, (!on.is_empty()).then(|| on.join(",")))
    }

    /// The results to show: filtered, then sorted (equal items keep the matching's order).
    /// A date sort with no known start date is the relevance order (the page hides it then).
    pub fn apply(self, o: &Outcome, cat: &Catalogue) -> Vec<Match> {
        let mut v: Vec<Match> = o
            .results
            .iter()
            .filter(|m| self.filters.keep(m, cat))
            .cloned()
            .collect();
        match self.sort {
            SortBy::Relevance => {}
            SortBy::Distance => crate::sort::sort_by(&mut v, |a, b| {
                let key = |m: &Match| m.distance_km.unwrap_or(f32::INFINITY);
                key(a).total_cmp(&key(b))
            }),
            SortBy::Date => crate::sort::sort_by_key(&mut v, |m| {
                cat.sessions()
                    .get(m.session)
                    .and_then(|s| s.start)
                    .map_or(i64::MAX, |d| d.to_days())
            }),
        }
        v
    }
}

/// Whether sorting by date would change anything: some result has a known start date.
/// Nearly every session of the bundled catalogue is "à confirmer" (85 of 85 on 2026-11-23).
pub fn date_sort_useful(o: &Outcome, cat: &Catalogue) -> bool {
    o.results.iter().any(|m| {
        cat.sessions()
            .get(m.session)
            .is_some_and(|s| s.start.is_some())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_and_sort_round_trip_through_the_link_values() {
        let mut a = Arrangement::default();
        assert_eq!(a.params(), (None, None));
        assert_eq!(Arrangement::from_params(None, None), a);
        a.sort = SortBy::Distance;
        a.filters.free = true;
        a.filters.paid = true;
        let (sort, filters) = a.params();
        assert_eq!(sort, Some("distance"));
        assert_eq!(filters.as_deref(), Some("gratuites,remunerees"));
        assert_eq!(Arrangement::from_params(sort, filters.as_deref()), a);
    }

    #[test]
    fn unknown_or_malformed_link_values_are_ignored() {
        assert_eq!(
            Arrangement::from_params(Some("prix"), Some("<script>,,gratuites")),
            Arrangement {
                filters: Filters {
                    free: true,
                    ..Filters::default()
                },
                sort: SortBy::Relevance,
            }
        );
        assert_eq!(
            Arrangement::from_params(Some(""), Some("")),
            Arrangement::default()
        );
        // `+` in a link is a space once decoded.
        assert_eq!(
            Arrangement::from_params(None, Some("sur-place sans-diplome")).filters,
            Filters {
                in_person: true,
                no_diploma: true,
                ..Filters::default()
            }
        );
    }
}
