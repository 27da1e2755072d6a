//! The offer's choices in the query string (`/offre?territoire=dep:93&domaines=data-ia&tri=titre`),
//! read and written like the results' [`crate::matching::Arrangement`]: the app's `Query` gives
//! the decoded values, unknown values are ignored (the link still opens, with the defaults),
//! and a default is left out of the link.

use super::codes::{level_code, modality_code, of_code, rhythm_code};
use super::filters::{BrowseFilters, BrowseSort, MAX_START_MONTHS};
use super::scope::Scope;
use crate::embed::{domain_code, domain_of_code};
use crate::matching::arrange::{Filter, FILTERS_PARAM, SORT_PARAM};
use crate::profile::{EducationLevel, Modality, Rhythm};

/// The territory (`france`, `dep:93`, `com:93048`).
pub const SCOPE_PARAM: &str = "territoire";
/// Domains, comma-separated (the codes of embedding's `domaines=`).
pub const DOMAINS_PARAM: &str = "domaines";
/// The level the courses must be open to (`cap-bep`).
pub const LEVEL_PARAM: &str = "niveau";
/// The modality (`presentiel`, `hybride`, `distanciel`).
pub const MODALITY_PARAM: &str = "modalite";
/// The rhythm (`temps-plein`…).
pub const RHYTHM_PARAM: &str = "rythme";
/// Start within this many months (1 to 24).
pub const START_PARAM: &str = "debut";
/// The value of `filtres=` for accessible places (free and paid reuse the results' values).
pub const ACCESSIBLE: &str = "accessibles";

/// Every parameter of the offer, in the order written.
pub const PARAMS: [&str; 8] = [
    SCOPE_PARAM,
    DOMAINS_PARAM,
    LEVEL_PARAM,
    FILTERS_PARAM,
    MODALITY_PARAM,
    RHYTHM_PARAM,
    START_PARAM,
    SORT_PARAM,
];

/// What the offer page shows, as kept in the link.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Browse {
    /// Where.
    pub scope: Scope,
    /// Filters on.
    pub filters: BrowseFilters,
    /// Order.
    pub sort: BrowseSort,
}

fn items(v: Option<&str>) -> impl Iterator<Item = &str> {
    v.unwrap_or_default()
        .split([',', ' '])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

impl Browse {
    /// Reads the decoded values of [`PARAMS`] (`get(key)` is the first value of `key`).
    /// A territory that is not one is the whole of France: `Scope::parse` says why.
    pub fn from_params<'a>(get: impl Fn(&str) -> Option<&'a str>) -> Browse {
        let mut b = Browse::default();
        if let Some(scope) = get(SCOPE_PARAM).and_then(|s| Scope::parse(s).ok()) {
            b.scope = scope;
        }
        let f = &mut b.filters;
        for d in items(get(DOMAINS_PARAM)).filter_map(domain_of_code) {
            f.domains.insert(d);
        }
        f.level = get(LEVEL_PARAM).and_then(|s| of_code(&EducationLevel::ALL, level_code, s));
        for v in items(get(FILTERS_PARAM)) {
            if v == Filter::Free.slug() {
                f.free = true;
            } else if v == Filter::Paid.slug() {
                f.paid = true;
            } else if v == ACCESSIBLE {
                f.accessible = true;
            }
        }
        f.modality = get(MODALITY_PARAM).and_then(|s| of_code(&Modality::ALL, modality_code, s));
        f.rhythm = get(RHYTHM_PARAM).and_then(|s| of_code(&Rhythm::ALL, rhythm_code, s));
        f.start_within_months = get(START_PARAM)
            .and_then(|s| s.trim().parse::<u8>().ok())
            .filter(|m| (1..=MAX_START_MONTHS).contains(m));
        if let Some(s) = get(SORT_PARAM) {
            if let Some(sort) = BrowseSort::ALL.into_iter().find(|x| x.slug() == s.trim()) {
                b.sort = sort;
            }
        }
        b
    }

    /// The `(key, value)` pairs of the link, in [`PARAMS`] order; defaults left out.
    pub fn params(&self) -> Vec<(&'static str, String)> {
        let f = &self.filters;
        let mut v: Vec<(&'static str, String)> = Vec::new();
        if let Some(scope) = self.scope.to_param() {
            v.push((SCOPE_PARAM, scope));
        }
        if !f.domains.is_empty() {
            let codes: Vec<&str> = f.domains.iter().map(domain_code).collect();
            v.push((DOMAINS_PARAM, codes.join(",")));
        }
        if let Some(l) = f.level {
            v.push((LEVEL_PARAM, level_code(l).to_string()));
        }
        let on: Vec<&str> = [
            (f.free, Filter::Free.slug()),
            (f.paid, Filter::Paid.slug()),
            (f.accessible, ACCESSIBLE),
        ]
        .into_iter()
        .filter_map(|(on, slug)| on.then_some(slug))
        .collect();
        if !on.is_empty() {
            v.push((FILTERS_PARAM, on.join(",")));
        }
        if let Some(m) = f.modality {
            v.push((MODALITY_PARAM, modality_code(m).to_string()));
        }
        if let Some(r) = f.rhythm {
            v.push((RHYTHM_PARAM, rhythm_code(r).to_string()));
        }
        if let Some(m) = f.start_within_months {
            v.push((START_PARAM, m.to_string()));
        }
        if self.sort != BrowseSort::default() {
            v.push((SORT_PARAM, self.sort.slug().to_string()));
        }
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embed::Territory;
    use crate::profile::{Domain, DomainSet};
    use proptest::prelude::*;

    fn read(pairs: &[(&str, &str)]) -> Browse {
        Browse::from_params(|k| pairs.iter().find(|(key, _)| *key == k).map(|(_, v)| *v))
    }

    #[test]
    fn the_default_offer_is_all_of_france_soonest_first_and_writes_no_parameter() {
        assert_eq!(read(&[]), Browse::default());
        assert_eq!(Browse::default().params(), vec![]);
        assert_eq!(read(&[("territoire", "france")]).scope, Scope::France);
    }

    #[test]
    fn a_counsellors_link_is_read_back_whole() {
        let b = read(&[
            ("territoire", "dep:93"),
            ("domaines", "data-ia,cybersecurite"),
            ("niveau", "cap-bep"),
            ("filtres", "gratuites,accessibles"),
            ("modalite", "presentiel"),
            ("rythme", "temps-plein"),
            ("debut", "3"),
            ("tri", "titre"),
        ]);
        assert_eq!(
            b.scope,
            Scope::Territory(Territory::parse("dep:93").unwrap())
        );
        assert!(
            b.filters.domains.contains(Domain::DataIa)
                && b.filters.domains.contains(Domain::Cybersecurite)
        );
        assert_eq!(b.filters.level, Some(EducationLevel::CapBep));
        assert!(b.filters.free && b.filters.accessible && !b.filters.paid);
        assert_eq!(b.filters.modality, Some(Modality::Presentiel));
        assert_eq!(b.filters.rhythm, Some(Rhythm::TempsPlein));
        assert_eq!(b.filters.start_within_months, Some(3));
        assert_eq!(b.sort, BrowseSort::Title);
        let written = b.params();
        let again = Browse::from_params(|k| {
            written
                .iter()
                .find(|(key, _)| *key == k)
                .map(|(_, v)| v.as_str())
        });
        assert_eq!(again, b);
    }

    #[test]
    fn unknown_or_tampered_values_are_ignored_and_the_link_still_opens() {
        let b = read(&[
            ("territoire", "dep:999"),
            ("domaines", "<script>,data-ia,,"),
            ("niveau", "doctorat"),
            ("filtres", "gratuites,,tout"),
            ("debut", "0"),
            ("tri", "prix"),
        ]);
        assert_eq!(b.scope, Scope::France);
        let mut domains = DomainSet::default();
        domains.insert(Domain::DataIa);
        assert_eq!(
            b.filters,
            BrowseFilters {
                domains,
                free: true,
                ..BrowseFilters::default()
            }
        );
        assert_eq!(b.sort, BrowseSort::Soonest);
        assert_eq!(read(&[("debut", "25")]).filters.start_within_months, None);
        assert_eq!(read(&[("debut", "999")]).filters.start_within_months, None);
    }

    proptest! {
        #[test]
        fn any_choice_of_filters_and_sort_comes_back_from_its_link(
            domain_bits in 0u16..1024,
            level in proptest::option::of(0usize..7),
            free in any::<bool>(), paid in any::<bool>(), accessible in any::<bool>(),
            modality in proptest::option::of(0usize..3),
            rhythm in proptest::option::of(0usize..4),
            months in proptest::option::of(1u8..=24),
            sort in 0usize..3,
            dep in proptest::option::of(prop_oneof![Just("93"), Just("2A"), Just("971"), Just("59,62")]),
        ) {
            let b = Browse {
                scope: dep.map_or(Scope::France, |d| Scope::parse(&format!("dep:{d}")).unwrap()),
                filters: BrowseFilters {
                    domains: DomainSet::from_bits(domain_bits).unwrap_or_default(),
                    level: level.map(|i| EducationLevel::ALL[i]),
                    free, paid, accessible,
                    modality: modality.map(|i| Modality::ALL[i]),
                    rhythm: rhythm.map(|i| Rhythm::ALL[i]),
                    start_within_months: months,
                },
                sort: BrowseSort::ALL[sort],
            };
            let written = b.params();
            let again = Browse::from_params(|k| written.iter().find(|(key, _)| *key == k).map(|(_, v)| v.as_str()));
            prop_assert_eq!(again, b);
        }
    }
}
