//! Property tests: hard rules always hold, radius monotonicity, profile code round-trip,
//! validation and decoding never panic.

use aiguillage_core::catalogue::{Catalogue, Intake, Limits, Recruitment};
use aiguillage_core::geo::GeoPoint;
use aiguillage_core::matching::eligibility::{
    audience_fit, course_preferences, is_remote, start_check,
};
use aiguillage_core::matching::{
    match_profile, InterestCoverage, Match, Options, Pay, Warning, Widening,
};
use aiguillage_core::profile::*;
use aiguillage_core::{Date, Profile};
use proptest::prelude::*;
use std::collections::BTreeSet;

#[path = "../benches/support/generate.rs"]
mod generate;

const EXAMPLE: &str = include_str!("fixtures/catalogue-example.json");

fn today() -> Date {
    Date::new(2026, 11, 23).unwrap()
}

fn subset<T: Copy + std::fmt::Debug>(all: &'static [T]) -> impl Strategy<Value = Vec<T>> {
    (0u32..(1 << all.len())).prop_map(move |bits| {
        all.iter()
            .enumerate()
            .filter(|(i, _)| bits >> i & 1 == 1)
            .map(|(_, v)| *v)
            .collect()
    })
}

fn point(lat: (f64, f64), lon: (f64, f64)) -> impl Strategy<Value = GeoPoint> {
    let la = ((lat.0 * 10_000.0) as i64)..=((lat.1 * 10_000.0) as i64);
    let lo = ((lon.0 * 10_000.0) as i64)..=((lon.1 * 10_000.0) as i64);
    (la, lo).prop_map(|(a, b)| GeoPoint::new(a as f64 / 10_000.0, b as f64 / 10_000.0).unwrap())
}

fn insee() -> impl Strategy<Value = String> {
    prop_oneof![
        (1000u32..99_999).prop_map(|n| format!("{n:05}")),
        (0u32..1000).prop_map(|n| format!("2A{n:03}")),
        (0u32..1000).prop_map(|n| format!("2B{n:03}")),
    ]
}

fn location(lat: (f64, f64), lon: (f64, f64)) -> impl Strategy<Value = Option<Location>> {
    prop_oneof![
        Just(None),
        (insee(), point(lat, lon))
            .prop_map(|(insee, point)| Some(Location::Commune { insee, point })),
        point(lat, lon).prop_map(|point| Some(Location::Point { point })),
    ]
}

fn profile_in(lat: (f64, f64), lon: (f64, f64)) -> impl Strategy<Value = Profile> {
    let who = (
        prop::sample::select(EducationLevel::ALL.to_vec()),
        prop::sample::select(Situation::ALL.to_vec()),
        prop::option::of((Age::MIN..=Age::MAX).prop_filter_map("in range", Age::new)),
        prop::sample::select(Rqth::ALL.to_vec()),
        prop::option::of(any::<bool>()),
        any::<bool>(),
    );
    let place = (
        location(lat, lon),
        prop::sample::select(Radius::ALL.to_vec()),
        any::<bool>(),
    );
    let wants = (
        (0u16..(1 << Domain::ALL.len())).prop_map(|b| DomainSet::from_bits(b).unwrap()),
        prop::sample::select(DigitalComfort::ALL.to_vec()),
        subset(&Rhythm::ALL),
        subset(&Modality::ALL),
        prop::option::of(prop::sample::select(StartWindow::ALL.to_vec())),
        any::<bool>(),
        prop::option::of(prop::sample::select(MaxDuration::ALL.to_vec())),
    );
    let answers = (
        any::<bool>(),
        prop::sample::select(Gender::ALL.to_vec()),
        prop::sample::select(Newcomer::ALL.to_vec()),
    );
    (who, place, wants, answers).prop_map(
        |(
            (level, situation, age, rqth, qpv, women_only),
            (location, radius, remote_ok),
            (interests, comfort, rhythms, modalities, start, needs_remuneration, max_duration),
            (bac_pro, gender, newcomer),
        )| Profile {
            level,
            situation,
            age,
            rqth,
            qpv,
            women_only,
            location,
            radius,
            remote_ok,
            interests,
            comfort,
            constraints: Constraints {
                rhythms,
                modalities,
                start,
                needs_remuneration,
                max_duration,
            },
            bac_pro: bac_pro && level == EducationLevel::Bac,
            gender,
            newcomer,
        },
    )
}

fn any_profile() -> impl Strategy<Value = Profile> {
    profile_in((-90.0, 90.0), (-180.0, 180.0))
}

fn france_profile() -> impl Strategy<Value = Profile> {
    profile_in(generate::LAT, generate::LON)
}

fn small_catalogue(seed: u64) -> Catalogue {
    let records = generate::generate(seed, 300, 40, 60, today());
    let (cat, issues) = Catalogue::from_records(records, &Limits::default());
    assert!(issues.is_empty(), "{:?}", issues.first());
    cat
}

/// Most generated profiles would be far from any place: put some next to one.
fn near_a_place(cat: &Catalogue, p: &mut Profile, near: Option<(usize, f64, f64)>) {
    if let Some((k, dlat, dlon)) = near {
        let pl = cat.places()[k % cat.places().len()].point().unwrap();
        p.location = Some(Location::Point {
            point: GeoPoint::new((pl.lat + dlat).clamp(-90.0, 90.0), pl.lon + dlon).unwrap(),
        });
    }
}

fn near() -> impl Strategy<Value = Option<(usize, f64, f64)>> {
    prop::option::weighted(0.8, (0usize..40, -0.3f64..0.3, -0.3f64..0.3))
}

fn all_results() -> Options {
    Options {
        limit: usize::MAX,
        ..Options::new(today())
    }
}

#[test]
fn generated_catalogues_give_property_tests_something_to_check() {
    // Guards the property tests against vacuity: an ordinary profile next to a place has results.
    let cat = small_catalogue(7);
    let mut p = Profile::new(
        Age::new(30),
        EducationLevel::Bac,
        Situation::DemandeurEmploiInscrit,
    );
    near_a_place(&cat, &mut p, Some((0, 0.01, 0.01)));
    p.radius = Radius::Km30;
    let o = match_profile(&p, &cat, &all_results());
    assert!(o.total_results >= 2, "{}", o.total_results);
    assert!(!o.near_misses.is_empty());
    assert_eq!(o.widening, None);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn results_always_satisfy_the_hard_rules(seed in any::<u64>(), mut p in france_profile(), near in near()) {
        let cat = small_catalogue(seed);
        near_a_place(&cat, &mut p, near);
        let t = today();
        let o = match_profile(&p, &cat, &all_results());
        prop_assert_eq!(o.results.len(), o.total_results);
        for m in &o.results {
            let s = &cat.sessions()[m.session];
            let c = cat.course_of(m.session).unwrap();
            // Session open and not past.
            prop_assert!(!matches!(s.recruitment, Some(Recruitment::Ferme | Recruitment::Suspendu)));
            prop_assert!(s.application_deadline.is_none_or(|d| d >= t));
            prop_assert!(s.end.is_none_or(|d| d >= t));
            prop_assert!(s.intake != Intake::DatesFixes || s.start.is_none_or(|d| d >= t));
            // Age and entry level.
            // Age limits, when the age is given (without it, a warning says to check).
            if let Some(age) = p.age.map(Age::years) {
                prop_assert!(c.age_min.is_none_or(|a| age >= a));
                prop_assert!(c.age_max.is_none_or(|a| age <= a));
            } else if c.age_max.is_some() || c.age_min.is_some_and(|a| a >= 16) {
                prop_assert!(m.warnings.iter().any(|w| matches!(w, Warning::AgeToCheck(_))), "{:?}", m.warnings);
            }
            prop_assert!(c.min_level.is_none_or(|l| p.level >= l));
            // Reserved audiences.
            prop_assert!(c.reserved_for.is_empty() || c.reserved_for.iter().any(|a| audience_fit(&p, *a) != Some(false)));
            // Distance, unless remote (and remote fine, or the explicit remote fallback).
            if is_remote(c, s) {
                let fallback = o.widening == Some(Widening::RemoteOnly { from: p.radius });
                // Nothing in person in a chosen domain: remote courses in one are shown first.
                let interest_fallback = matches!(o.interest, InterestCoverage::Missing { .. })
                    && c.domains.iter().any(|d| p.interests.contains(*d));
                prop_assert!(p.remote_ok || fallback || interest_fallback);
                prop_assert!(m.distance_km.is_none());
            } else if let (Some(loc), Some(pl)) = (&p.location, cat.place_of(m.session)) {
                let km = loc.point().distance_km(pl.point().unwrap());
                prop_assert!(km <= f64::from(o.radius_used.km()) + 1e-3, "{} km > {:?}", km, o.radius_used);
                prop_assert!(o.radius_used >= p.radius);
            }
            // The person's own constraints.
            let mut failed = Vec::new();
            course_preferences(&p, c, &mut failed);
            prop_assert!(failed.is_empty(), "{:?}", failed);
            prop_assert!(start_check(&p, s, t).is_none());
        }
        // Results are sorted by interest, then pay when needed, then score, best first.
        let key = |m: &Match| {
            let c = cat.course_of(m.session).unwrap();
            let interest = c.domains.iter().any(|d| p.interests.contains(*d));
            let pay = if p.constraints.needs_remuneration { Pay::of(c).rank() } else { 0 };
            (interest, pay, m.score)
        };
        prop_assert!(o.results.windows(2).all(|w| key(&w[0]) >= key(&w[1])));
        // One card per course, and no near miss repeats a result's course or another near miss.
        let courses: Vec<usize> = o.results.iter().map(|m| m.session).chain(o.near_misses.iter().map(|n| n.session))
            .map(|s| cat.courses().iter().position(|c| Some(c) == cat.course_of(s)).unwrap()).collect();
        prop_assert_eq!(courses.iter().collect::<BTreeSet<_>>().len(), courses.len());
        // Near misses are never results.
        let res: BTreeSet<usize> = o.results.iter().map(|m| m.session).collect();
        prop_assert!(o.near_misses.iter().all(|n| !res.contains(&n.session)));
    }

    #[test]
    fn a_tighter_radius_never_adds_results(seed in any::<u64>(), mut p in france_profile(), near in near(), a in 0usize..6, b in 0usize..6, widen in any::<bool>()) {
        let cat = small_catalogue(seed);
        near_a_place(&cat, &mut p, near);
        let (small, big) = (Radius::ALL[a.min(b)], Radius::ALL[a.max(b)]);
        let mut opt = all_results();
        opt.widen = widen;
        let run = |r: Radius| {
            let mut q = p.clone();
            q.radius = r;
            // Remote courses shown only because nothing in person is in a chosen domain (within
            // the smaller radius) are a fallback, like the remote-only widening.
            match_profile(&q, &cat, &opt).results.iter()
                .filter(|m| p.remote_ok || !is_remote(cat.course_of(m.session).unwrap(), &cat.sessions()[m.session]))
                // One card per course: compare courses, whichever of its sessions is the nearest.
                .map(|m| cat.course_of(m.session).unwrap().id.clone()).collect::<BTreeSet<_>>()
        };
        let (rs, rb) = (run(small), run(big));
        prop_assert!(rs.is_subset(&rb), "{:?} has {} results, {:?} has {}", small, rs.len(), big, rb.len());
    }

    #[test]
    fn matching_is_deterministic(seed in any::<u64>(), p in france_profile()) {
        let cat = small_catalogue(seed);
        let opt = Options::new(today());
        prop_assert_eq!(match_profile(&p, &cat, &opt), match_profile(&p, &cat, &opt));
    }

    #[test]
    fn profile_code_round_trips(p in any_profile()) {
        let code = p.encode();
        prop_assert!(code.len() < 40, "{}", code);
        prop_assert!(code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        prop_assert_eq!(Profile::decode(&code), Ok(p));
    }

    /// One character of a profile link changed, anywhere, to anything: never another profile.
    #[test]
    fn a_changed_character_of_a_profile_code_is_never_another_profile(
        p in any_profile(),
        at in any::<prop::sample::Index>(),
        to in any::<char>(),
    ) {
        let code = p.encode();
        let mut chars: Vec<char> = code.chars().collect();
        let i = 1 + at.index(chars.len() - 1);
        prop_assume!(chars[i] != to);
        chars[i] = to;
        let changed: String = chars.into_iter().collect();
        prop_assert!(Profile::decode(&changed).is_err(), "{} → {}", code, changed);
    }

    #[test]
    fn profile_decoding_never_panics(s in ".{0,80}") {
        let _ = Profile::decode(&s);
    }

    #[test]
    fn profile_decoding_of_url_safe_noise_never_panics(s in "[123][A-Za-z0-9_-]{0,40}") {
        let _ = Profile::decode(&s);
    }

    #[test]
    fn validation_never_panics_on_arbitrary_text(s in ".{0,400}") {
        let _ = Catalogue::from_json(&s);
    }

    #[test]
    fn reading_arbitrary_strings_never_panics(s in "\\PC{0,300}|[{}\\[\\]\":,0-9a-z_\\\\u\\- ]{0,300}") {
        let limits = Limits::default();
        let read = Catalogue::read(s.as_bytes(), &limits);
        let complete = Catalogue::read_complete(s.as_bytes(), &limits);
        // Both readers agree on what cannot be read at all.
        if let Err(e) = &read {
            prop_assert_eq!(complete.as_ref().err(), Some(e));
            prop_assert!(!e.describe(aiguillage_core::Lang::Fr).is_empty());
        }
        let _ = Catalogue::from_json(&s);
    }

    #[test]
    fn reading_arbitrary_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let _ = Catalogue::read(&bytes, &Limits::default());
    }

    #[test]
    fn texts_kept_after_reading_hold_no_unsafe_character(
        junk in prop::collection::vec(prop_oneof![
            Just('\u{202E}'), Just('\u{2066}'), Just('\u{200B}'), Just('\u{FEFF}'),
            Just('\u{0}'), Just('\u{1b}'), Just('\u{9b}'), Just('\r'), Just('\u{0301}'), Just('a'),
        ], 0..40),
    ) {
        let mut v: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
        let title: String = junk.iter().collect::<String>() + "Titre";
        v["courses"][0]["title"] = serde_json::Value::from(title);
        let (cat, _) = Catalogue::from_json(&v.to_string());
        for c in cat.courses() {
            prop_assert!(aiguillage_core::catalogue::text_safety::unsafe_kinds(&c.title).is_empty(), "{:?}", c.title);
        }
    }

    #[test]
    fn validation_never_panics_on_mutated_catalogues(cut in 0usize..6000, len in 0usize..40, insert in ".{0,12}") {
        let chars: Vec<char> = EXAMPLE.chars().collect();
        let at = cut.min(chars.len());
        let end = (at + len).min(chars.len());
        let mutated: String = chars[..at].iter().chain(insert.chars().collect::<Vec<_>>().iter()).chain(chars[end..].iter()).collect();
        let (cat, issues) = Catalogue::from_json(&mutated);
        // Whatever happened, what is kept is consistent: every session's course resolves.
        for i in 0..cat.sessions().len() {
            prop_assert!(cat.course_of(i).is_some());
        }
        for i in &issues {
            prop_assert!(!i.describe(aiguillage_core::Lang::Fr).is_empty());
            prop_assert!(!i.describe(aiguillage_core::Lang::En).is_empty());
        }
    }

    #[test]
    fn a_wrong_value_loses_at_most_its_record_and_what_refers_to_it(
        array in prop::sample::select(vec!["providers", "places", "courses", "sessions", "help_places"]),
        field in prop::sample::select(vec!["id", "name", "title", "latitude", "longitude", "domains", "start", "course", "place", "kind", "source_url", "funding", "address", "age_min", "intake"]),
        value in prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::from),
            any::<i64>().prop_map(serde_json::Value::from),
            any::<f64>().prop_map(serde_json::Value::from),
            ".{0,30}".prop_map(serde_json::Value::from),
            Just(serde_json::json!({"a": [1, {"b": null}]})),
            Just(serde_json::json!([])),
        ],
    ) {
        let mut v: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
        if let Some(first) = v[array].as_array_mut().and_then(|a| a.first_mut()) {
            first[field] = value;
        }
        let (before, _) = Catalogue::from_json(EXAMPLE);
        let (after, _) = Catalogue::from_json(&v.to_string());
        // At most the one touched record (and what refers to it) is lost.
        let lost: BTreeSet<(&str, String)> = records(&before).difference(&records(&after)).cloned().collect();
        let touched = v[array].as_array().and_then(|a| a.first()).map(|_| {
            let original: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
            original[array][0]["id"].as_str().unwrap_or_default().to_string()
        });
        let allowed = match touched {
            Some(id) => with_dependents(&before, array, &id),
            None => BTreeSet::new(),
        };
        prop_assert!(lost.is_subset(&allowed), "lost {:?}, only {:?} may be", lost, allowed);
    }
}

/// Every record of a catalogue as (array, id).
fn records(cat: &Catalogue) -> BTreeSet<(&'static str, String)> {
    let mut all = BTreeSet::new();
    all.extend(cat.providers().iter().map(|r| ("providers", r.id.clone())));
    all.extend(cat.places().iter().map(|r| ("places", r.id.clone())));
    all.extend(cat.courses().iter().map(|r| ("courses", r.id.clone())));
    all.extend(cat.sessions().iter().map(|r| ("sessions", r.id.clone())));
    all.extend(
        cat.help_places()
            .iter()
            .map(|r| ("help_places", r.id.clone())),
    );
    all
}

/// The record `array`/`id` and the records that refer to it, directly or through another one.
fn with_dependents(
    cat: &Catalogue,
    array: &'static str,
    id: &str,
) -> BTreeSet<(&'static str, String)> {
    let mut lost = BTreeSet::from([(array, id.to_string())]);
    let gone = |lost: &BTreeSet<(&str, String)>, array: &str, id: &str| {
        lost.contains(&(array, id.to_string()))
    };
    for p in cat.places() {
        if gone(&lost, "providers", &p.provider) {
            lost.insert(("places", p.id.clone()));
        }
    }
    for c in cat.courses() {
        if gone(&lost, "providers", &c.provider) {
            lost.insert(("courses", c.id.clone()));
        }
    }
    for s in cat.sessions() {
        let place_gone = s.place.as_deref().is_some_and(|p| gone(&lost, "places", p));
        if gone(&lost, "courses", &s.course) || place_gone {
            lost.insert(("sessions", s.id.clone()));
        }
    }
    lost
}

#[test]
fn the_record_check_of_the_property_test_sees_a_lost_record() {
    // The property above would hold for any result if `records` saw nothing.
    let (before, issues) = Catalogue::from_json(EXAMPLE);
    assert!(issues.is_empty(), "{issues:?}");
    let mut v: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
    v["courses"][0]["title"] = serde_json::Value::from(3);
    let (after, _) = Catalogue::from_json(&v.to_string());
    let lost: BTreeSet<_> = records(&before)
        .difference(&records(&after))
        .cloned()
        .collect();
    let course = v["courses"][0]["id"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let allowed = with_dependents(&before, "courses", &course);
    assert!(lost.contains(&("courses", course.clone())), "{lost:?}");
    assert!(lost.is_subset(&allowed), "{lost:?}");
    // Losing the second course too would break the promise.
    let second = v["courses"][1]["id"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(!allowed.contains(&("courses", second)));
    assert!(allowed.len() < records(&before).len());
}

proptest! {
    #[test]
    fn a_catalogue_keeps_an_email_exactly_when_the_links_would_show_it(
        value in "[a-z0-9@.:/?# \\-]{0,24}|[a-z]{1,6}@[a-z]{1,6}\\.[a-z]{2,3}",
    ) {
        let mut v: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
        v["places"][0]["contact"]["email"] = serde_json::Value::from(value.clone());
        let (cat, issues) = Catalogue::from_json(&v.to_string());
        let place = cat.places().iter().find(|p| p.id == "exemple-lieu-montreuil");
        prop_assert!(place.is_some(), "the place is always kept");
        let kept = place.and_then(|p| p.contact.email.as_ref()).map(|e| e.as_str().to_string());
        let linked = aiguillage_core::catalogue::Email::parse(&value);
        prop_assert_eq!(kept.as_deref(), linked.as_ref().map(|e| e.as_str()));
        prop_assert_eq!(issues.is_empty(), linked.is_some(), "{:?}", issues);
    }
}
