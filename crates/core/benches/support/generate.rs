//! Deterministic generator of large synthetic catalogues (benchmark and property tests).
//! Shared by `benches/matching.rs` and `tests/properties.rs` through `#[path]`.

#![allow(dead_code)]

use aiguillage_core::catalogue::*;
use aiguillage_core::profile::{Domain, EducationLevel, Modality, Rhythm};
use aiguillage_core::Date;

/// xorshift64*: tiny, deterministic, no dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next() % n
        }
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }
    pub fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Metropolitan France-ish bounding box.
pub const LAT: (f64, f64) = (42.5, 51.0);
pub const LON: (f64, f64) = (-4.5, 8.0);

fn date(base: Date, offset: i64) -> Date {
    base.add_days(offset)
}

/// A catalogue of `sessions` sessions over `places` places and `courses` courses.
/// Places cluster around `centres` so that distances vary realistically.
pub fn generate(
    seed: u64,
    sessions: usize,
    places: usize,
    courses: usize,
    today: Date,
) -> CatalogueRecords {
    let mut rng = Rng::new(seed);
    let providers_n = (places / 5).max(1);
    let providers: Vec<Provider> = (0..providers_n)
        .map(|i| Provider {
            id: format!("gen-org-{i}"),
            name: format!("Organisme généré {i}"),
            siret: None,
            networks: if rng.chance(20) {
                vec![Network::GrandesEcolesDuNumerique]
            } else {
                vec![]
            },
            labels: if rng.chance(70) {
                vec![Label::Qualiopi]
            } else {
                vec![]
            },
            website: None,
        })
        .collect();
    let centres: Vec<(f64, f64)> = (0..40)
        .map(|_| {
            (
                LAT.0 + rng.unit() * (LAT.1 - LAT.0),
                LON.0 + rng.unit() * (LON.1 - LON.0),
            )
        })
        .collect();
    let places_v: Vec<Place> = (0..places)
        .map(|i| {
            let (clat, clon) = rng.pick(&centres);
            let lat = (clat + (rng.unit() - 0.5) * 0.8).clamp(-90.0, 90.0);
            let lon = (clon + (rng.unit() - 0.5) * 1.2).clamp(-180.0, 180.0);
            Place {
                id: format!("gen-place-{i}"),
                provider: format!("gen-org-{}", i % providers_n),
                name: format!("Campus généré {i}"),
                address: Address {
                    street: Some(format!("{} rue de l'Exemple", i % 200 + 1)),
                    postcode: format!("{:05}", 1000 + (i * 7) % 94000),
                    insee_code: format!("{:05}", 1001 + (i * 13) % 94000),
                    city: format!("Commune {i}"),
                },
                latitude: (lat * 10_000.0).round() / 10_000.0,
                longitude: (lon * 10_000.0).round() / 10_000.0,
                coordinates_precision: if rng.chance(80) {
                    CoordinatesPrecision::Exact
                } else {
                    CoordinatesPrecision::Commune
                },
                accessibility: Accessibility {
                    wheelchair: [None, Some(true), Some(false)][rng.below(3) as usize],
                    disability_referent: [None, Some(true)][rng.below(2) as usize],
                    details: None,
                },
                contact: Contact::default(),
            }
        })
        .collect();
    let levels = [
        Some(EducationLevel::SansDiplome),
        Some(EducationLevel::Brevet),
        Some(EducationLevel::CapBep),
        Some(EducationLevel::Bac),
        Some(EducationLevel::Bac2),
        None,
    ];
    let courses_v: Vec<Course> = (0..courses)
        .map(|i| {
            let d1 = rng.pick(&Domain::ALL);
            let mut domains = vec![d1];
            if rng.chance(30) {
                let d2 = rng.pick(&Domain::ALL);
                if d2 != d1 {
                    domains.push(d2);
                }
            }
            let reserved = match rng.below(20) {
                0 => vec![Audience::Jeunes],
                1 => vec![Audience::DemandeursEmploi],
                2 => vec![Audience::PersonnesEnSituationDeHandicap],
                3 => vec![Audience::Femmes],
                4 => vec![Audience::ResidentsQpvFrr],
                _ => vec![],
            };
            let age_min = if rng.chance(30) {
                Some(rng.pick(&[16u8, 18]))
            } else {
                None
            };
            let age_max = if rng.chance(10) {
                Some(rng.pick(&[25u8, 29, 30]))
            } else {
                None
            };
            let funding = match rng.below(5) {
                0 => Some(Funding {
                    kind: FundingKind::Gratuit,
                    funders: vec![],
                    price_eur: None,
                }),
                1 | 2 => Some(Funding {
                    kind: FundingKind::Finance,
                    funders: vec![Funder::Region, Funder::FranceTravail],
                    price_eur: None,
                }),
                3 => Some(Funding {
                    kind: FundingKind::Payant,
                    funders: vec![Funder::Cpf],
                    price_eur: Some(1000 + rng.below(8000) as u32),
                }),
                _ => None,
            };
            Course {
                id: format!("gen-course-{i}"),
                provider: format!("gen-org-{}", i % providers_n),
                title: format!("Formation générée {i} — {:?}", d1),
                summary: Some("Résumé généré pour le banc d'essai.".to_string()),
                domains,
                rome_codes: vec!["M1805".to_string()],
                rncp_code: if rng.chance(60) {
                    Some(format!("RNCP{}", 30000 + i % 9000))
                } else {
                    None
                },
                certification_level: if rng.chance(70) {
                    Some(3 + rng.below(4) as u8)
                } else {
                    None
                },
                min_level: rng.pick(&levels),
                prerequisites: None,
                age_min,
                age_max,
                reserved_for: reserved,
                modality: [
                    Some(Modality::Presentiel),
                    Some(Modality::Hybride),
                    Some(Modality::Distanciel),
                    None,
                ][rng.below(4) as usize],
                rhythms: match rng.below(5) {
                    0 => vec![],
                    1 => vec![Rhythm::TempsPartiel],
                    2 => vec![Rhythm::Alternance],
                    3 => vec![Rhythm::SoirWeekEnd],
                    _ => vec![Rhythm::TempsPlein],
                },
                duration_hours: if rng.chance(80) {
                    Some(35 + rng.below(1200) as u32)
                } else {
                    None
                },
                duration_weeks: None,
                funding,
                remuneration: [None, Some(true), Some(false)][rng.below(3) as usize],
                selection: if rng.chance(50) {
                    vec![SelectionStep::Tests, SelectionStep::Entretien]
                } else {
                    vec![]
                },
                target_jobs: vec![],
                source_url: HttpUrl::parse("https://example.org/formation").expect("valid"),
                verified_on: date(today, -(rng.below(500) as i64)),
            }
        })
        .collect();
    let sessions_v: Vec<Session> = (0..sessions)
        .map(|i| {
            let course = rng.below(courses as u64) as usize;
            let remote = courses_v[course].modality == Some(Modality::Distanciel) || rng.chance(3);
            let intake = match rng.below(10) {
                0..=5 => Intake::DatesFixes,
                6 | 7 => Intake::EntreesPermanentes,
                _ => Intake::AConfirmer,
            };
            let start = match intake {
                Intake::AConfirmer => None,
                _ => Some(date(today, rng.below(300) as i64 - 60)),
            };
            Session {
                id: format!("gen-session-{i}"),
                course: format!("gen-course-{course}"),
                place: if remote {
                    None
                } else {
                    Some(format!("gen-place-{}", rng.below(places as u64)))
                },
                intake,
                start,
                end: start.map(|s| s.add_days(60 + rng.below(200) as i64)),
                application_deadline: start.filter(|_| rng.chance(50)).map(|s| s.add_days(-10)),
                recruitment: [
                    Some(Recruitment::Ouvert),
                    Some(Recruitment::Ouvert),
                    Some(Recruitment::Ferme),
                    None,
                ][rng.below(4) as usize],
                seats: Some(12 + rng.below(12) as u32),
            }
        })
        .collect();
    let kinds = [
        HelpKind::MissionLocale,
        HelpKind::FranceTravail,
        HelpKind::CapEmploi,
        HelpKind::MediationNumerique,
    ];
    let help_places: Vec<HelpPlace> = (0..(places / 10).max(4))
        .map(|i| {
            let p = &places_v[i % places_v.len().max(1)];
            HelpPlace {
                id: format!("gen-help-{i}"),
                kind: kinds[i % kinds.len()],
                name: format!("Structure d'aide {i}"),
                address: p.address.clone(),
                latitude: p.latitude,
                longitude: p.longitude,
                coordinates_precision: CoordinatesPrecision::Commune,
                services: vec![HelpService::Accompagnement],
                audiences: vec![],
                fees: Some(Fees::Gratuit),
                reception: vec![Reception::EnPresentiel],
                opening_hours: None,
                contact: Contact::default(),
                source_url: None,
                verified_on: None,
            }
        })
        .collect();
    CatalogueRecords {
        schema_version: SCHEMA_VERSION,
        name: Some("Catalogue généré".into()),
        publisher: None,
        generated_on: Some(today),
        providers,
        places: places_v,
        courses: courses_v,
        sessions: sessions_v,
        help_places,
        help_networks: Vec::new(),
    }
}
