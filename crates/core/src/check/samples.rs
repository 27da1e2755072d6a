//! "What a person would see": three sample people placed in the catalogue's own territory, and
//! how many results core's matching gives each of them. A webmaster sees at once a feed whose
//! sessions nobody can reach (all closed, all past, places missing) before anyone is sent there.

use crate::catalogue::Catalogue;
use crate::date::Date;
use crate::geo::commune::department_of_insee;
use crate::geo::GeoPoint;
use crate::matching::{match_profile, Options, Widening};
use crate::profile::{Age, EducationLevel, Location, Profile, Radius, Rqth, Situation};

/// The three sample people of the check page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sample {
    /// 20 years old, no diploma, jobseeker registered with France Travail, 20 km.
    YoungJobseeker,
    /// 38 years old, bac, employee changing careers, 20 km, remote fine.
    CareerChanger,
    /// 45 years old, CAP/BEP, jobseeker with a disabled worker recognition (RQTH), 20 km.
    Rqth,
}

impl Sample {
    /// The three, in the page's order.
    pub const ALL: [Sample; 3] = [Sample::YoungJobseeker, Sample::CareerChanger, Sample::Rqth];

    /// The sample person's answers, living at `home`.
    pub fn profile(self, home: &Home) -> Profile {
        let (age, level, situation) = match self {
            Sample::YoungJobseeker => (
                20,
                EducationLevel::SansDiplome,
                Situation::DemandeurEmploiInscrit,
            ),
            Sample::CareerChanger => (38, EducationLevel::Bac, Situation::SalarieReconversion),
            Sample::Rqth => (
                45,
                EducationLevel::CapBep,
                Situation::DemandeurEmploiInscrit,
            ),
        };
        let mut p = Profile::new(Age::new(age), level, situation);
        p.location = Some(Location::Commune {
            insee: home.insee.clone(),
            point: home.point,
        });
        p.radius = Radius::Km20;
        p.remote_ok = self == Sample::CareerChanger;
        if self == Sample::Rqth {
            p.rqth = Rqth::Oui;
        }
        p
    }
}

/// Where the sample people live: the commune with the most training places in the department
/// with the most training places (ties: the smaller code), at its first place's coordinates.
#[derive(Clone, Debug, PartialEq)]
pub struct Home {
    /// The department's code (`93`, `2A`, `974`).
    pub department: String,
    /// The commune's INSEE code.
    pub insee: String,
    /// The commune's name as the catalogue writes it.
    pub city: String,
    /// The point distances are measured from.
    pub point: GeoPoint,
}

/// The sample people's home in `catalogue`; `None` when it has no place (a remote-only feed).
pub fn home(catalogue: &Catalogue) -> Option<Home> {
    // (code, places) by department, then by commune: a catalogue has at most a few thousand
    // places, so plain lists are enough (no map code in the wasm).
    let mut departments: Vec<(&str, usize)> = Vec::new();
    for place in catalogue.places() {
        let Some(dep) = department_of_insee(&place.address.insee_code) else {
            continue;
        };
        bump(&mut departments, dep);
    }
    let department = most(&departments)?;
    let mut communes: Vec<(&str, usize)> = Vec::new();
    for place in catalogue.places() {
        if department_of_insee(&place.address.insee_code) == Some(department) {
            bump(&mut communes, &place.address.insee_code);
        }
    }
    let insee = most(&communes)?;
    let place = catalogue
        .places()
        .iter()
        .find(|p| p.address.insee_code == insee && p.point().is_some())?;
    Some(Home {
        department: department.to_string(),
        insee: insee.to_string(),
        city: place.address.city.clone(),
        point: place.point()?,
    })
}

fn bump<'a>(counts: &mut Vec<(&'a str, usize)>, key: &'a str) {
    match counts.iter_mut().find(|(k, _)| *k == key) {
        Some((_, n)) => *n += 1,
        None => counts.push((key, 1)),
    }
}

/// The key with the highest count; ties go to the smaller key, so the answer does not depend on
/// the order of the records.
fn most<'a>(counts: &[(&'a str, usize)]) -> Option<&'a str> {
    counts
        .iter()
        .copied()
        .reduce(|best, c| {
            if c.1 > best.1 || (c.1 == best.1 && c.0 < best.0) {
                c
            } else {
                best
            }
        })
        .map(|(k, _)| k)
}

/// What one sample person gets from the catalogue.
#[derive(Clone, Debug, PartialEq)]
pub struct SampleOutcome {
    /// Who.
    pub sample: Sample,
    /// How many trainings fit (all of them, not only the first page).
    pub results: usize,
    /// The radius they are within: wider than 20 km when nothing fitted closer.
    pub radius: Radius,
    /// Whether nothing fitted within 100 km and the results are remote courses.
    pub remote_fallback: bool,
    /// How many "who can help" steps come with a help place of the catalogue (a step without
    /// one points at the network's national locator, which says nothing of this catalogue).
    pub help: usize,
}

/// What each sample person gets, living at `home`, on `today`.
pub fn sample_outcomes(catalogue: &Catalogue, home: &Home, today: Date) -> Vec<SampleOutcome> {
    Sample::ALL
        .iter()
        .map(|&sample| {
            let outcome = match_profile(&sample.profile(home), catalogue, &Options::new(today));
            SampleOutcome {
                sample,
                results: outcome.total_results,
                radius: outcome.radius_used,
                remote_fallback: matches!(outcome.widening, Some(Widening::RemoteOnly { .. })),
                help: outcome
                    .next_steps
                    .iter()
                    .filter(|s| s.help_place.is_some())
                    .count(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two places in Seine-Saint-Denis (two in Montreuil, one in Pantin), one in Lyon; a course
    /// open to all in Montreuil, one reserved to people with an RQTH in Lyon, one remote.
    const CATALOGUE: &str = r#"{"schema_version": 1,
      "providers": [{"id": "p", "name": "Organisme"}],
      "places": [
        {"id": "lyon", "provider": "p", "name": "Lyon", "address": {"postcode": "69001", "city": "Lyon", "insee_code": "69381"}, "latitude": 45.767, "longitude": 4.834, "coordinates_precision": "commune"},
        {"id": "pantin", "provider": "p", "name": "Pantin", "address": {"postcode": "93500", "city": "Pantin", "insee_code": "93055"}, "latitude": 48.894, "longitude": 2.409, "coordinates_precision": "commune"},
        {"id": "m1", "provider": "p", "name": "Montreuil 1", "address": {"postcode": "93100", "city": "Montreuil", "insee_code": "93048"}, "latitude": 48.861, "longitude": 2.443, "coordinates_precision": "commune"},
        {"id": "m2", "provider": "p", "name": "Montreuil 2", "address": {"postcode": "93100", "city": "Montreuil", "insee_code": "93048"}, "latitude": 48.86, "longitude": 2.44, "coordinates_precision": "commune"}],
      "courses": [
        {"id": "web", "provider": "p", "title": "Développeur web", "domains": ["developpement-web-mobile"], "source_url": "https://exemple.invalid/c", "verified_on": "2026-11-03"},
        {"id": "rqth", "provider": "p", "title": "Support informatique", "domains": ["support-maintenance"], "reserved_for": ["personnes-en-situation-de-handicap"], "source_url": "https://exemple.invalid/c", "verified_on": "2026-11-03"},
        {"id": "distance", "provider": "p", "title": "Data à distance", "domains": ["data-ia"], "modality": "distanciel", "source_url": "https://exemple.invalid/c", "verified_on": "2026-11-03"}],
      "sessions": [
        {"id": "s-web", "course": "web", "place": "m1", "intake": "a-confirmer"},
        {"id": "s-rqth", "course": "rqth", "place": "lyon", "intake": "a-confirmer"},
        {"id": "s-distance", "course": "distance", "intake": "a-confirmer"}],
      "help_places": [{"id": "ml", "kind": "mission-locale", "name": "Mission Locale", "address": {"postcode": "93100", "city": "Montreuil", "insee_code": "93048"}, "latitude": 48.86, "longitude": 2.44, "coordinates_precision": "exact"}]}"#;

    fn today() -> Date {
        Date::new(2026, 12, 1).expect("a date")
    }

    #[test]
    fn the_sample_people_live_in_the_commune_with_most_places_of_the_department_with_most() {
        let (catalogue, issues) = Catalogue::from_json(CATALOGUE);
        assert_eq!(issues, []);
        let home = home(&catalogue).expect("a home");
        assert_eq!(
            (
                home.department.as_str(),
                home.insee.as_str(),
                home.city.as_str()
            ),
            ("93", "93048", "Montreuil")
        );
        assert_eq!(home.point, GeoPoint::new(48.861, 2.443).expect("a point"));
    }

    #[test]
    fn a_catalogue_without_places_has_no_home_for_the_sample_people() {
        let (catalogue, _) = Catalogue::from_json(r#"{"schema_version": 1}"#);
        assert_eq!(home(&catalogue), None);
    }

    #[test]
    fn each_sample_person_gets_what_the_matching_gives_them() {
        let (catalogue, _) = Catalogue::from_json(CATALOGUE);
        let home = home(&catalogue).expect("a home");
        let outcomes = sample_outcomes(&catalogue, &home, today());
        let by = |s: Sample| {
            outcomes
                .iter()
                .find(|o| o.sample == s)
                .map(|o| (o.results, o.radius, o.remote_fallback, o.help))
        };
        // The young jobseeker: the Montreuil course (the RQTH one is for others, the remote one
        // is not asked for), and the Mission Locale, the one help place of the catalogue.
        assert_eq!(
            by(Sample::YoungJobseeker),
            Some((1, Radius::Km20, false, 1))
        );
        // The career changer accepts remote courses: Montreuil and the remote one; at 38, the
        // Mission Locale is not for them (France Travail is proposed, but the catalogue has no
        // such place: not counted).
        assert_eq!(by(Sample::CareerChanger), Some((2, Radius::Km20, false, 0)));
        // The person with an RQTH: Montreuil; Lyon is 390 km away, beyond any widening.
        assert_eq!(by(Sample::Rqth), Some((1, Radius::Km20, false, 0)));
        for sample in Sample::ALL {
            assert_eq!(
                match_profile(&sample.profile(&home), &catalogue, &Options::new(today()))
                    .total_results,
                outcomes
                    .iter()
                    .find(|o| o.sample == sample)
                    .map_or(0, |o| o.results)
            );
        }
    }

    #[test]
    fn a_sample_person_with_nothing_near_is_said_to_get_remote_courses_only() {
        let (mut catalogue, _) = Catalogue::from_json(CATALOGUE);
        let far = Home {
            department: "13".into(),
            insee: "13055".into(),
            city: "Marseille".into(),
            point: GeoPoint::new(43.296, 5.37).expect("a point"),
        };
        let outcomes = sample_outcomes(&catalogue, &far, today());
        let young = outcomes.first().expect("three outcomes");
        assert_eq!((young.results, young.remote_fallback), (1, true));
        catalogue = Catalogue::default();
        assert!(sample_outcomes(&catalogue, &far, today())
            .iter()
            .all(|o| o.results == 0 && !o.remote_fallback));
    }
}
