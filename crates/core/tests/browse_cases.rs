//! `/offre` (issue 14, item 1) on the bundled catalogue: the offer of Seine-Saint-Denis, of a
//! commune and of all France, filters, sorts, the remote group and the counts.

use aiguillage_core::browse::{list, Browse, BrowseFilters, BrowseSort, Listing, Scope};
use aiguillage_core::catalogue::{Catalogue, FundingKind};
use aiguillage_core::geo::normalize_name;
use aiguillage_core::matching::eligibility::{is_remote, session_open};
use aiguillage_core::matching::Pay;
use aiguillage_core::profile::{Domain, Modality};
use aiguillage_core::{Date, GeoPoint, Lang};
use std::collections::BTreeSet;

/// A filter and what every item it keeps must satisfy.
type Check<'a> = (
    BrowseFilters,
    Box<dyn Fn(&aiguillage_core::browse::Item) -> bool + 'a>,
);

fn bundled() -> Catalogue {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/data/catalogue.json"
    );
    let (cat, _issues) = Catalogue::from_json(&std::fs::read_to_string(path).unwrap());
    assert!(cat.courses().len() > 10, "the bundled catalogue loaded");
    cat
}

fn today() -> Date {
    Date::parse("2026-12-01").unwrap()
}

fn montreuil() -> GeoPoint {
    GeoPoint::new(48.8638, 2.4485).unwrap()
}

fn scope(s: &str) -> Browse {
    Browse {
        scope: Scope::parse(s).unwrap(),
        ..Browse::default()
    }
}

fn ids(cat: &Catalogue, items: &[aiguillage_core::browse::Item]) -> BTreeSet<String> {
    items
        .iter()
        .map(|i| cat.courses()[i.course].id.clone())
        .collect()
}

/// The courses with an open session at a place whose INSEE code starts with `prefix`,
/// counted here from the records, not by the listing.
fn courses_with_a_place_in(cat: &Catalogue, prefix: &str) -> BTreeSet<String> {
    (0..cat.sessions().len())
        .filter(|i| {
            let (s, c) = (&cat.sessions()[*i], cat.course_of(*i).unwrap());
            session_open(s, today())
                && !is_remote(c, s)
                && cat
                    .place_of(*i)
                    .is_some_and(|p| p.address.insee_code.starts_with(prefix))
        })
        .map(|i| cat.course_of(i).unwrap().id.clone())
        .collect()
}

#[test]
fn seine_saint_denis_lists_its_trainings_and_the_remote_ones_apart_with_counts() {
    let cat = bundled();
    let l = list(&cat, &scope("dep:93"), Some(montreuil()), today());
    let expected = courses_with_a_place_in(&cat, "93");
    assert!(
        !expected.is_empty(),
        "the bundled catalogue has trainings in 93"
    );
    assert_eq!(ids(&cat, &l.local), expected);
    assert_eq!(l.counts.local, expected.len());
    for item in &l.local {
        for s in std::iter::once(item.session).chain(item.other_sites.iter().copied()) {
            let p = cat.place_of(s).expect("a local item has a place");
            assert!(p.address.insee_code.starts_with("93"), "{}", p.address.city);
        }
        assert!(
            item.distance_km.is_some_and(|km| km < 40.0),
            "{:?}",
            item.distance_km
        );
    }
    // Remote courses: their own group, none of them also listed in the territory.
    assert!(!l.remote.is_empty());
    for item in &l.remote {
        let (s, c) = (&cat.sessions()[item.session], &cat.courses()[item.course]);
        assert!(is_remote(c, s));
        assert_eq!(item.distance_km, None);
    }
    assert!(ids(&cat, &l.local).is_disjoint(&ids(&cat, &l.remote)));
    assert_eq!(
        l.counts.in_scope,
        l.counts.local + l.counts.remote,
        "no filter on"
    );
    let in_domains: usize = l.counts.by_domain.iter().map(|(_, n)| n).sum();
    assert!(
        in_domains >= l.counts.in_scope,
        "every course is in a domain"
    );
    // A commune is part of its department; all France holds every department.
    let commune = list(&cat, &scope("com:93048"), None, today());
    assert!(ids(&cat, &commune.local).is_subset(&ids(&cat, &l.local)));
    let france = list(&cat, &Browse::default(), None, today());
    assert!(ids(&cat, &l.local).is_subset(&ids(&cat, &france.local)));
    assert_eq!(ids(&cat, &france.local), courses_with_a_place_in(&cat, ""));
    assert_eq!(Scope::France.label(Lang::Fr), "Toute la France");
}

fn titles(cat: &Catalogue, l: &Listing) -> Vec<String> {
    l.local
        .iter()
        .map(|i| normalize_name(&cat.courses()[i.course].title))
        .collect()
}

#[test]
fn the_offer_sorts_by_title_by_distance_and_by_start() {
    let cat = bundled();
    let mut b = Browse {
        sort: BrowseSort::Title,
        ..Browse::default()
    };
    let l = list(&cat, &b, Some(montreuil()), today());
    let t = titles(&cat, &l);
    assert!(t.windows(2).all(|w| w[0] <= w[1]), "{t:?}");
    b.sort = BrowseSort::Nearest;
    let l = list(&cat, &b, Some(montreuil()), today());
    let km: Vec<f32> = l.local.iter().map(|i| i.distance_km.unwrap()).collect();
    assert!(km.windows(2).all(|w| w[0] <= w[1]), "{km:?}");
    assert!(km[0] < 10.0, "Montreuil's neighbours first: {km:?}");
    // Every bundled session is « à confirmer »: soonest first is by title then.
    b.sort = BrowseSort::Soonest;
    let l = list(&cat, &b, Some(montreuil()), today());
    assert!(l.local.iter().all(|i| i.start.is_none()));
    assert_eq!(titles(&cat, &l), t);
}

#[test]
fn each_filter_keeps_only_what_it_says_and_never_adds() {
    let cat = bundled();
    let all = list(&cat, &Browse::default(), None, today());
    let with = |f: BrowseFilters| {
        list(
            &cat,
            &Browse {
                filters: f,
                ..Browse::default()
            },
            None,
            today(),
        )
    };
    let course = |i: &aiguillage_core::browse::Item| &cat.courses()[i.course];
    let mut domains = aiguillage_core::profile::DomainSet::default();
    domains.insert(Domain::Cybersecurite);
    let checks: Vec<Check> = vec![
        (
            BrowseFilters {
                domains,
                ..Default::default()
            },
            Box::new(|i| course(i).domains.contains(&Domain::Cybersecurite)),
        ),
        (
            BrowseFilters {
                free: true,
                ..Default::default()
            },
            Box::new(|i| {
                course(i)
                    .funding
                    .as_ref()
                    .is_some_and(|f| f.kind != FundingKind::Payant)
            }),
        ),
        (
            BrowseFilters {
                paid: true,
                ..Default::default()
            },
            Box::new(|i| Pay::of(course(i)) == Pay::Paid),
        ),
        (
            BrowseFilters {
                modality: Some(Modality::Presentiel),
                ..Default::default()
            },
            Box::new(|i| course(i).modality == Some(Modality::Presentiel)),
        ),
        (
            BrowseFilters {
                level: Some(aiguillage_core::profile::EducationLevel::SansDiplome),
                ..Default::default()
            },
            Box::new(|i| {
                course(i).min_level == Some(aiguillage_core::profile::EducationLevel::SansDiplome)
            }),
        ),
        (
            BrowseFilters {
                accessible: true,
                ..Default::default()
            },
            Box::new(|i| {
                is_remote(course(i), &cat.sessions()[i.session])
                    || cat.place_of(i.session).is_some_and(|p| {
                        p.accessibility.wheelchair == Some(true)
                            || p.accessibility.disability_referent == Some(true)
                    })
            }),
        ),
    ];
    for (f, holds) in checks {
        let l = with(f);
        assert!(
            ids(&cat, &l.local).is_subset(&ids(&cat, &all.local)),
            "{f:?}"
        );
        assert!(
            ids(&cat, &l.remote).is_subset(&ids(&cat, &all.remote)),
            "{f:?}"
        );
        for item in l.local.iter().chain(&l.remote) {
            assert!(holds(item), "{f:?}: {}", course(item).id);
        }
        // The counts before filters do not move: the chips keep their numbers.
        assert_eq!(l.counts.in_scope, all.counts.in_scope);
        assert_eq!(l.counts.by_domain, all.counts.by_domain);
        assert!(!f.describe(Lang::Fr).is_empty());
    }
    // Free: some bundled trainings are free or funded, not all.
    let free = with(BrowseFilters {
        free: true,
        ..Default::default()
    });
    assert!(free.counts.local > 0 && free.counts.local < all.counts.local);
    // « À confirmer » cannot be said to start within 3 months.
    let soon = with(BrowseFilters {
        start_within_months: Some(3),
        ..Default::default()
    });
    assert_eq!(soon.counts.local + soon.counts.remote, 0);
    assert_eq!(soon.counts.in_scope, all.counts.in_scope);
}
