//! A guichet's territory on the results (`territoire=`): its offer first, then remote courses,
//! then the courses farther than it; with synthetic catalogues (two communes, a department
//! list, a person living outside the territory).

// Native only (never in the wasm): the size rules of clippy.toml do not apply.
#![allow(clippy::disallowed_methods)]

use aiguillage_core::catalogue::*;
use aiguillage_core::embed::Territory;
use aiguillage_core::geo::GeoPoint;
use aiguillage_core::matching::*;
use aiguillage_core::profile::*;
use aiguillage_core::{Catalogue, Date, Profile};

const MONTREUIL: (f64, f64) = (48.8611, 2.4437);
const BAGNOLET: (f64, f64) = (48.8693, 2.4181); // ~2.2 km from Montreuil, 93
const PARIS_20: (f64, f64) = (48.8638, 2.3985); // ~3.3 km from Montreuil, 75
const BOBIGNY: (f64, f64) = (48.9077, 2.4397); // ~5.2 km from Montreuil, 93
const VANDOEUVRE: (f64, f64) = (48.6567, 6.1753);
const NANCY: (f64, f64) = (48.6921, 6.1844);
const LAXOU: (f64, f64) = (48.6860, 6.1520);
const LILLE: (f64, f64) = (50.6292, 3.0573);
const ARRAS: (f64, f64) = (50.2910, 2.7775);

fn today() -> Date {
    Date::parse("2026-11-23").unwrap()
}

fn place(id: &str, (lat, lon): (f64, f64), insee: &str) -> Place {
    Place {
        id: id.into(),
        provider: "org".into(),
        name: format!("Lieu {id}"),
        address: Address {
            street: None,
            postcode: "00000".into(),
            insee_code: insee.into(),
            city: "Ville".into(),
        },
        latitude: lat,
        longitude: lon,
        coordinates_precision: CoordinatesPrecision::Exact,
        accessibility: Accessibility::default(),
        contact: Contact::default(),
    }
}

fn course(id: &str, modality: Modality) -> Course {
    Course {
        id: id.into(),
        provider: "org".into(),
        title: format!("Formation {id}"),
        summary: None,
        domains: vec![Domain::BasesNumerique],
        rome_codes: vec![],
        rncp_code: None,
        certification_level: None,
        min_level: None,
        prerequisites: None,
        age_min: None,
        age_max: None,
        reserved_for: vec![],
        modality: Some(modality),
        rhythms: vec![Rhythm::TempsPlein],
        duration_hours: None,
        duration_weeks: None,
        funding: None,
        remuneration: None,
        selection: vec![],
        target_jobs: vec![],
        source_url: HttpUrl::parse("https://example.org/f").unwrap(),
        verified_on: Date::parse("2026-10-01").unwrap(),
    }
}

fn session(id: &str, course: &str, place: Option<&str>) -> Session {
    Session {
        id: id.into(),
        course: course.into(),
        place: place.map(str::to_string),
        intake: Intake::EntreesPermanentes,
        start: None,
        end: None,
        application_deadline: None,
        recruitment: Some(Recruitment::Ouvert),
        seats: None,
    }
}

/// Courses `(id, sites)`: an empty list of sites is a remote course.
fn catalogue(places: Vec<Place>, courses: &[(&str, &[&str])]) -> Catalogue {
    let mut cs = Vec::new();
    let mut ss = Vec::new();
    for (id, sites) in courses {
        if sites.is_empty() {
            cs.push(course(id, Modality::Distanciel));
            ss.push(session(&format!("s-{id}"), id, None));
        } else {
            cs.push(course(id, Modality::Presentiel));
            for site in *sites {
                ss.push(session(&format!("s-{id}-{site}"), id, Some(site)));
            }
        }
    }
    let (cat, issues) = Catalogue::from_records(
        CatalogueRecords {
            providers: vec![Provider {
                id: "org".into(),
                name: "Organisme".into(),
                siret: None,
                networks: vec![],
                labels: vec![],
                website: None,
            }],
            places,
            courses: cs,
            sessions: ss,
            ..CatalogueRecords::default()
        },
        &Limits::default(),
    );
    assert!(issues.is_empty(), "{issues:?}");
    cat
}

fn person((lat, lon): (f64, f64), insee: &str) -> Profile {
    let mut p = Profile::new(
        Age::new(40),
        EducationLevel::CapBep,
        Situation::DemandeurEmploiInscrit,
    );
    p.location = Some(Location::Commune {
        insee: insee.into(),
        point: GeoPoint::new(lat, lon).unwrap(),
    });
    p.radius = Radius::Km10;
    p.remote_ok = true;
    p
}

fn groups(p: &Profile, cat: &Catalogue, territory: &str) -> TerritoryGroups {
    let t = Territory::parse(territory).unwrap();
    let o = match_profile(p, cat, &Options::new(today()));
    let from = p.location.as_ref().map(|l| l.point());
    group_by_zone(o.results, cat, &t, from)
}

fn names(cat: &Catalogue, ms: &[Match]) -> Vec<String> {
    ms.iter()
        .map(|m| cat.sessions()[m.session].id.clone())
        .collect()
}

#[test]
fn in_seine_saint_denis_the_93_offer_comes_first_then_remote_then_paris() {
    let cat = catalogue(
        vec![
            place("bagnolet", BAGNOLET, "93006"),
            place("paris20", PARIS_20, "75120"),
            place("bobigny", BOBIGNY, "93008"),
        ],
        &[
            ("paris", &["paris20"]),
            ("enligne", &[]),
            ("bobigny", &["bobigny"]),
            ("bagnolet", &["bagnolet"]),
        ],
    );
    let g = groups(&person(MONTREUIL, "93048"), &cat, "dep:93");
    let mut inside = names(&cat, &g.inside);
    inside.sort();
    assert_eq!(inside, ["s-bagnolet-bagnolet", "s-bobigny-bobigny"]);
    assert_eq!(names(&cat, &g.remote), ["s-enligne"]);
    assert_eq!(names(&cat, &g.beyond), ["s-paris-paris20"]);
    // Two courses inside: too little, the page says why Paris follows.
    assert!(g.too_little);
}

#[test]
fn a_course_with_a_site_in_the_territory_shows_that_site_with_its_own_distance() {
    let cat = catalogue(
        vec![
            place("paris20", PARIS_20, "75120"),
            place("bobigny", BOBIGNY, "93008"),
        ],
        &[("deux-sites", &["paris20", "bobigny"])],
    );
    let p = person(MONTREUIL, "93048");
    let o = match_profile(&p, &cat, &Options::new(today()));
    // Without a territory, the nearest site (Paris 20e) is shown.
    assert_eq!(names(&cat, &o.results), ["s-deux-sites-paris20"]);
    let g = groups(&p, &cat, "dep:93");
    assert_eq!(names(&cat, &g.inside), ["s-deux-sites-bobigny"]);
    let m = &g.inside[0];
    assert_eq!(
        m.other_sites
            .iter()
            .map(|s| cat.sessions()[*s].id.as_str())
            .collect::<Vec<_>>(),
        ["s-deux-sites-paris20"]
    );
    let km = m.distance_km.unwrap();
    assert!((5.0..5.5).contains(&km), "{km}");
    assert!(g.beyond.is_empty());
}

#[test]
fn a_territory_of_two_communes_keeps_a_neighbouring_commune_beyond() {
    let cat = catalogue(
        vec![
            place("vandoeuvre", VANDOEUVRE, "54547"),
            place("nancy", NANCY, "54395"),
            place("laxou", LAXOU, "54304"),
        ],
        &[
            ("a", &["vandoeuvre"]),
            ("b", &["nancy"]),
            ("c", &["laxou"]),
            ("d", &["nancy"]),
        ],
    );
    let g = groups(&person(VANDOEUVRE, "54547"), &cat, "com:54547,54395");
    assert_eq!(g.inside.len(), 3);
    assert_eq!(names(&cat, &g.beyond), ["s-c-laxou"]);
    assert!(g.remote.is_empty());
    assert!(!g.too_little);
}

#[test]
fn a_person_living_outside_the_territory_sees_courses_beyond_it_with_the_reason() {
    let cat = catalogue(
        vec![
            place("lille", LILLE, "59350"),
            place("bobigny", BOBIGNY, "93008"),
        ],
        &[("lille", &["lille"]), ("bobigny", &["bobigny"])],
    );
    let g = groups(&person(LILLE, "59350"), &cat, "dep:93");
    assert!(g.inside.is_empty());
    assert_eq!(names(&cat, &g.beyond), ["s-lille-lille"]);
    assert!(g.too_little);
}

#[test]
fn a_list_of_departments_holds_the_offer_of_each() {
    let cat = catalogue(
        vec![
            place("lille", LILLE, "59350"),
            place("arras", ARRAS, "62041"),
        ],
        &[("lille", &["lille"]), ("arras", &["arras"]), ("web", &[])],
    );
    let mut p = person(LILLE, "59350");
    p.radius = Radius::Km100;
    let g = groups(&p, &cat, "dep:59,62");
    assert_eq!(names(&cat, &g.inside), ["s-lille-lille", "s-arras-arras"]);
    assert_eq!(names(&cat, &g.remote), ["s-web"]);
    let g = groups(&p, &cat, "dep:62");
    assert_eq!(names(&cat, &g.inside), ["s-arras-arras"]);
    assert_eq!(names(&cat, &g.beyond), ["s-lille-lille"]);
}
