//! Next steps: who can help this person, nearest first.
//!
//! Routing (DOMAIN.md): Mission Locale for under-18s and 16–25s without a job (to 29 with an RQTH),
//! France Travail for jobseekers and over-25s, Cap Emploi for RQTH, a digital-mediation place for beginners.
//! When the age is not given, the Mission Locale is proposed on the condition of age it depends on
//! ("si vous avez entre 16 et 25 ans"), and France Travail is not ruled out for lack of an age.
//! A help place that lists audiences is only proposed when the person may be one of them, and
//! only within [`HELP_PLACE_MAX_KM`] (or the person's radius, if smaller): farther, we say we do
//! not know one near them and the national network listed in the catalogue (`help_networks`)
//! gives its official locator. 16–17-year-olds get the Mission Locale first (obligation de
//! formation); employees changing career the CEP and Transitions Pro; newcomers French courses;
//! a foreign diploma ENIC-NARIC; an unregistered jobseeker is told to register first.

use super::eligibility::audience_fit;
use crate::catalogue::{Catalogue, HelpKind, HelpPlace};
use crate::profile::{Age, AgeRange, DigitalComfort, Profile, Rqth, Situation};

/// The farthest a help place is proposed, in km, whatever the person's radius. France Services
/// aims at "moins de 30 minutes" from everyone (cohesion-territoires.gouv.fr); 30 km is about
/// 30 minutes by road outside cities. The bundled places cover one region (Auvergne-Rhône-Alpes):
/// without a cap, a beginner in Aubervilliers was sent to Cérilly, 257 km away, while the
/// national locator knows places near them.
pub const HELP_PLACE_MAX_KM: f32 = 30.0;

/// How far a help place may be for this person: their radius, capped at [`HELP_PLACE_MAX_KM`].
pub fn help_place_radius_km(p: &Profile) -> f32 {
    p.radius.km().min(HELP_PLACE_MAX_KM)
}

/// Why a kind of help place is proposed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HelpReason {
    /// 16–25 (to 29 with an RQTH) or under 18: Mission Locale, Contrat d'engagement jeune.
    Young,
    /// The age is not given: Mission Locale if the person's age is in this band (16–25, 16–29
    /// with an RQTH, or under 18 for a person in work or in school).
    YoungIfAge(AgeRange),
    /// Jobseeker (or over 25 looking for work): France Travail.
    Jobseeker,
    /// RQTH: Cap Emploi and Agefiph funding.
    Rqth,
    /// Beginner with computers: a digital-mediation place first.
    Beginner,
    /// 16 or 17: training is compulsory until 18 (obligation de formation), the Mission Locale
    /// is the first door.
    Minor16To17,
    /// Jobseeker not registered: register with France Travail first.
    RegisterFirst,
    /// Employee changing career: free career advice (conseil en évolution professionnelle).
    CareerChange,
    /// Employee changing career: Transitions Pro may fund the training (projet de transition
    /// professionnelle).
    CareerChangeFunding,
    /// Arrived in France recently: French courses (OFII's integration contract).
    Newcomer,
    /// Diploma obtained abroad: a comparability statement (ENIC-NARIC).
    ForeignDiploma,
}

/// A kind of help for this person, with the nearest matching place when the catalogue has one.
#[derive(Clone, Debug, PartialEq)]
pub struct NextStep {
    /// Kind of help.
    pub kind: HelpKind,
    /// Why it is proposed.
    pub why: HelpReason,
    /// Position in [`Catalogue::help_places`] of the nearest place of that kind, if any.
    pub help_place: Option<usize>,
    /// Its distance in km, when both ends are known.
    pub distance_km: Option<f32>,
    /// Whether the catalogue lists any place of this kind, near or not: without one, "none near
    /// you" would be misleading (we know none anywhere), and the network's locator is the answer.
    pub kind_in_catalogue: bool,
    /// Position in [`Catalogue::help_networks`] of the national network of that kind (its
    /// `locator_url` finds the nearest office), when the catalogue lists one.
    pub network: Option<usize>,
}

/// The kinds of help that fit the person, in priority order.
pub fn help_kinds(p: &Profile) -> Vec<(HelpKind, HelpReason)> {
    let mut v = Vec::with_capacity(6);
    let not_working = !matches!(
        p.situation,
        Situation::SalarieReconversion | Situation::EtudiantLyceen
    );
    let young = match p.age.map(Age::years) {
        Some(16 | 17) => Some(HelpReason::Minor16To17),
        Some(age) => (AgeRange::MINOR.contains(age)
            || (p.young_range().contains(age) && not_working))
            .then_some(HelpReason::Young),
        // No age, but the situation says 16–25 without a job or training.
        None if p.is_young() == Some(true) => Some(HelpReason::Young),
        None if not_working => Some(HelpReason::YoungIfAge(p.young_range())),
        None => Some(HelpReason::YoungIfAge(AgeRange::MINOR)),
    };
    if let Some(why) = young {
        v.push((HelpKind::MissionLocale, why));
    }
    // Without an age, an adult is not ruled out: France Travail helps anyone looking for work.
    let over_25_looking = p.age.is_none_or(|age| age.years() > 25)
        && p.rqth != Rqth::Oui
        && p.situation == Situation::Autre;
    if p.situation == Situation::DemandeurEmploiNonInscrit {
        v.push((HelpKind::FranceTravail, HelpReason::RegisterFirst));
    } else if p.situation.is_jobseeker() || over_25_looking {
        v.push((HelpKind::FranceTravail, HelpReason::Jobseeker));
    }
    if p.situation == Situation::SalarieReconversion {
        v.push((HelpKind::Cep, HelpReason::CareerChange));
        v.push((HelpKind::TransitionsPro, HelpReason::CareerChangeFunding));
    }
    if p.rqth == Rqth::Oui {
        v.push((HelpKind::CapEmploi, HelpReason::Rqth));
    }
    if p.newcomer.recently_arrived() {
        v.push((HelpKind::CoursFrancais, HelpReason::Newcomer));
    }
    if p.newcomer.foreign_diploma() {
        v.push((HelpKind::EnicNaric, HelpReason::ForeignDiploma));
    }
    if p.comfort == DigitalComfort::Debutant {
        v.push((HelpKind::MediationNumerique, HelpReason::Beginner));
    }
    v
}

/// Whether a help place may receive this person: it lists no audience, or one that fits or
/// may fit (a place only for seniors is not proposed to a 19-year-old).
pub fn serves(p: &Profile, h: &HelpPlace) -> bool {
    h.audiences.is_empty()
        || h.audiences
            .iter()
            .any(|a| audience_fit(p, *a) != Some(false))
}

/// One step per fitting kind, each with its nearest place within [`help_place_radius_km`]
/// (none farther: the network's locator then comes first). Order: the Mission Locale for a
/// 16–17-year-old first (obligation de formation), then steps with a place, nearest first, then
/// the others in priority order.
pub fn next_steps(p: &Profile, cat: &Catalogue) -> Vec<NextStep> {
    let from = p.location.as_ref().map(|l| l.point());
    let max_km = help_place_radius_km(p);
    let mut steps: Vec<NextStep> = help_kinds(p)
        .into_iter()
        .map(|(kind, why)| {
            let mut best: Option<(usize, f32)> = None;
            let mut kind_in_catalogue = false;
            for (i, h) in cat.help_places().iter().enumerate() {
                if h.kind != kind {
                    continue;
                }
                kind_in_catalogue = true;
                if !serves(p, h) {
                    continue;
                }
                // A place whose distance is unknown, or beyond the cap, is not proposed.
                let Some(d) = from.zip(h.point()).map(|(a, b)| a.distance_km(b) as f32) else {
                    continue;
                };
                if d <= max_km && best.is_none_or(|(_, bd)| d < bd) {
                    best = Some((i, d));
                }
            }
            NextStep {
                kind,
                why,
                help_place: best.map(|b| b.0),
                distance_km: best.map(|b| b.1),
                kind_in_catalogue,
                network: cat.help_network_index(kind),
            }
        })
        .collect();
    // Stable sort keeps priority order among equal or unknown distances.
    crate::sort::sort_by(&mut steps, |a, b| {
        let first = |s: &NextStep| s.why != HelpReason::Minor16To17;
        first(a)
            .cmp(&first(b))
            .then_with(|| match (a.distance_km, b.distance_km) {
                (Some(x), Some(y)) => x.total_cmp(&y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            })
    });
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::GeoPoint;
    use crate::profile::{EducationLevel, Location};

    fn help(id: &str, kind: &str, lat: f64, audiences: &str) -> String {
        format!(
            r#"{{"id":"{id}","kind":"{kind}","name":"Aide {id}","address":{{"postcode":"93100","insee_code":"93048","city":"Montreuil"}},"latitude":{lat},"longitude":2.44,"coordinates_precision":"exact","audiences":[{audiences}]}}"#
        )
    }

    fn catalogue(helps: &[String], networks: &str) -> Catalogue {
        let text = format!(
            r#"{{"schema_version":1,"help_places":[{}],"help_networks":[{networks}]}}"#,
            helps.join(",")
        );
        let (cat, issues) = Catalogue::from_json(&text);
        assert!(issues.is_empty(), "{issues:?}");
        cat
    }

    fn montreuil(age: Option<u8>, situation: Situation) -> Profile {
        let mut p = Profile::new(
            age.and_then(Age::new),
            EducationLevel::SansDiplome,
            situation,
        );
        p.location = Some(Location::Commune {
            insee: "93048".into(),
            point: GeoPoint::new(48.8625, 2.44).unwrap(),
        });
        p.comfort = DigitalComfort::Debutant;
        p
    }

    fn place_of(cat: &Catalogue, steps: &[NextStep], kind: HelpKind) -> Option<String> {
        let s = steps.iter().find(|s| s.kind == kind)?;
        s.help_place.map(|i| cat.help_places()[i].id.clone())
    }

    #[test]
    fn mediation_place_only_for_seniors_is_skipped_for_a_young_person() {
        let cat = catalogue(
            &[
                help(
                    "seniors-near",
                    "mediation-numerique",
                    48.863,
                    r#""seniors""#,
                ),
                help("open-far", "mediation-numerique", 48.90, ""),
                help(
                    "young-mid",
                    "mediation-numerique",
                    48.88,
                    r#""jeunes","seniors""#,
                ),
            ],
            "",
        );
        let young = montreuil(Some(19), Situation::JeuneSansEmploiNiFormation);
        let steps = next_steps(&young, &cat);
        assert_eq!(
            place_of(&cat, &steps, HelpKind::MediationNumerique).as_deref(),
            Some("young-mid")
        );
        // A 60-year-old jobseeker is a senior: the nearest place fits.
        let senior = montreuil(Some(60), Situation::DemandeurEmploiInscrit);
        let steps = next_steps(&senior, &cat);
        assert_eq!(
            place_of(&cat, &steps, HelpKind::MediationNumerique).as_deref(),
            Some("seniors-near")
        );
    }

    #[test]
    fn unknown_audiences_do_not_exclude_and_no_fitting_place_means_none() {
        let cat = catalogue(
            &[
                // The quiz does not know who receives minimum benefits: may fit, kept.
                help(
                    "rsa",
                    "mediation-numerique",
                    48.863,
                    r#""beneficiaires-des-minimas-sociaux""#,
                ),
                help("seniors", "mediation-numerique", 48.862, r#""seniors""#),
            ],
            "",
        );
        let young = montreuil(Some(19), Situation::JeuneSansEmploiNiFormation);
        let steps = next_steps(&young, &cat);
        assert_eq!(
            place_of(&cat, &steps, HelpKind::MediationNumerique).as_deref(),
            Some("rsa")
        );
        let only_seniors = catalogue(
            &[help(
                "seniors",
                "mediation-numerique",
                48.862,
                r#""seniors""#,
            )],
            "",
        );
        let steps = next_steps(&young, &only_seniors);
        let med = steps
            .iter()
            .find(|s| s.kind == HelpKind::MediationNumerique)
            .unwrap();
        assert_eq!((med.help_place, med.distance_km), (None, None));
    }

    fn kinds(p: &Profile) -> Vec<(HelpKind, HelpReason)> {
        help_kinds(p)
    }

    #[test]
    fn mission_locale_with_a_known_age() {
        use HelpKind::*;
        let mut p = montreuil(Some(19), Situation::DemandeurEmploiInscrit);
        p.comfort = DigitalComfort::ALAise;
        assert_eq!(
            kinds(&p),
            vec![
                (MissionLocale, HelpReason::Young),
                (FranceTravail, HelpReason::Jobseeker)
            ]
        );
        p.age = Age::new(30);
        assert_eq!(kinds(&p), vec![(FranceTravail, HelpReason::Jobseeker)]);
        p.situation = Situation::EtudiantLyceen;
        p.age = Age::new(17);
        assert_eq!(
            kinds(&p),
            vec![(MissionLocale, HelpReason::Minor16To17)],
            "16–17: obligation de formation"
        );
        p.age = Age::new(15);
        assert_eq!(kinds(&p), vec![(MissionLocale, HelpReason::Young)], "minor");
        p.age = Age::new(20);
        assert_eq!(kinds(&p), vec![], "a 20-year-old student");
        p.situation = Situation::Autre;
        p.age = Age::new(27);
        assert_eq!(kinds(&p), vec![(FranceTravail, HelpReason::Jobseeker)]);
        p.rqth = Rqth::Oui;
        assert_eq!(
            kinds(&p),
            vec![
                (MissionLocale, HelpReason::Young),
                (CapEmploi, HelpReason::Rqth)
            ],
            "to 29 with an RQTH"
        );
    }

    #[test]
    fn mission_locale_on_condition_when_the_age_is_not_given() {
        use HelpKind::*;
        let mut p = montreuil(None, Situation::DemandeurEmploiInscrit);
        p.comfort = DigitalComfort::ALAise;
        assert_eq!(
            kinds(&p),
            vec![
                (MissionLocale, HelpReason::YoungIfAge(AgeRange::YOUNG)),
                (FranceTravail, HelpReason::Jobseeker)
            ]
        );
        // RQTH: the band goes to 29, and Cap Emploi stays.
        p.rqth = Rqth::Oui;
        assert_eq!(
            kinds(&p),
            vec![
                (MissionLocale, HelpReason::YoungIfAge(AgeRange::YOUNG_RQTH)),
                (FranceTravail, HelpReason::Jobseeker),
                (CapEmploi, HelpReason::Rqth)
            ]
        );
        // In work or in school, the Mission Locale is for minors.
        p.rqth = Rqth::Non;
        p.situation = Situation::SalarieReconversion;
        assert_eq!(
            kinds(&p),
            vec![
                (MissionLocale, HelpReason::YoungIfAge(AgeRange::MINOR)),
                (Cep, HelpReason::CareerChange),
                (TransitionsPro, HelpReason::CareerChangeFunding)
            ]
        );
        // "Other situation": maybe young, maybe over 25: both, the first on condition.
        p.situation = Situation::Autre;
        assert_eq!(
            kinds(&p),
            vec![
                (MissionLocale, HelpReason::YoungIfAge(AgeRange::YOUNG)),
                (FranceTravail, HelpReason::Jobseeker)
            ]
        );
        // The situation "jeune de 16 à 25 ans sans emploi ni formation" says the age band.
        p.situation = Situation::JeuneSansEmploiNiFormation;
        assert_eq!(kinds(&p), vec![(MissionLocale, HelpReason::Young)]);
    }

    #[test]
    fn a_help_place_farther_than_the_cap_is_not_proposed_and_the_locator_stays() {
        // Montreuil is at 48.8625; 0.2° of latitude is about 22 km, 0.5° about 56 km.
        let cat = catalogue(
            &[help("far", "mediation-numerique", 49.36, "")],
            r#"{"kind":"mediation-numerique","name":"Carte nationale","locator_url":"https://cartographie.societenumerique.gouv.fr/cartographie/"}"#,
        );
        let mut p = montreuil(Some(40), Situation::Autre);
        p.radius = crate::profile::Radius::Km100;
        let med = next_steps(&p, &cat)
            .into_iter()
            .find(|s| s.kind == HelpKind::MediationNumerique)
            .unwrap();
        assert_eq!(
            (med.help_place, med.distance_km),
            (None, None),
            "56 km > 30 km"
        );
        assert_eq!(med.network, Some(0), "the national locator instead");
        // Within the cap, but beyond the person's own 20 km: not proposed either.
        let cat = catalogue(&[help("mid", "mediation-numerique", 49.09, "")], "");
        p.radius = crate::profile::Radius::Km20;
        let med = next_steps(&p, &cat)
            .into_iter()
            .find(|s| s.kind == HelpKind::MediationNumerique)
            .unwrap();
        assert_eq!(med.help_place, None, "25 km > 20 km");
        p.radius = crate::profile::Radius::Km30;
        let med = next_steps(&p, &cat)
            .into_iter()
            .find(|s| s.kind == HelpKind::MediationNumerique)
            .unwrap();
        assert_eq!(med.help_place, Some(0), "25 km ≤ 30 km");
    }

    #[test]
    fn referrals_follow_the_situation_and_the_newcomer_answer() {
        use crate::profile::Newcomer;
        use HelpKind::*;
        let mut p = montreuil(Some(40), Situation::DemandeurEmploiNonInscrit);
        p.comfort = DigitalComfort::ALAise;
        assert_eq!(kinds(&p), vec![(FranceTravail, HelpReason::RegisterFirst)]);
        p.situation = Situation::SalarieReconversion;
        assert_eq!(
            kinds(&p),
            vec![
                (Cep, HelpReason::CareerChange),
                (TransitionsPro, HelpReason::CareerChangeFunding)
            ]
        );
        p.situation = Situation::Autre;
        p.newcomer = Newcomer::ArriveAvecDiplomeEtranger;
        assert_eq!(
            kinds(&p),
            vec![
                (FranceTravail, HelpReason::Jobseeker),
                (CoursFrancais, HelpReason::Newcomer),
                (EnicNaric, HelpReason::ForeignDiploma)
            ]
        );
        p.newcomer = Newcomer::DiplomeEtranger;
        assert!(!kinds(&p).iter().any(|(k, _)| *k == CoursFrancais));
    }

    #[test]
    fn a_16_or_17_year_old_gets_the_mission_locale_first_even_without_a_place() {
        let cat = catalogue(&[help("near", "mediation-numerique", 48.863, "")], "");
        let p = montreuil(Some(17), Situation::Autre);
        let steps = next_steps(&p, &cat);
        assert_eq!(steps[0].kind, HelpKind::MissionLocale);
        assert_eq!(steps[0].why, HelpReason::Minor16To17);
        assert_eq!(steps[0].help_place, None);
        assert_eq!(steps[1].kind, HelpKind::MediationNumerique);
        assert!(steps[1].help_place.is_some());
    }

    #[test]
    fn national_networks_carry_their_locator() {
        let cat = catalogue(
            &[],
            r#"{"kind":"france-travail","name":"France Travail","locator_url":"https://www.francetravail.fr/annuaire/"},
               {"kind":"mission-locale","name":"Mission Locale","locator_url":"https://www.unml.info/le-reseau/annuaire/"}"#,
        );
        let young = montreuil(Some(19), Situation::JeuneSansEmploiNiFormation);
        let steps = next_steps(&young, &cat);
        let ml = steps
            .iter()
            .find(|s| s.kind == HelpKind::MissionLocale)
            .unwrap();
        let network = &cat.help_networks()[ml.network.unwrap()];
        assert_eq!(network.kind, HelpKind::MissionLocale);
        assert_eq!(
            network.locator_url.as_str(),
            "https://www.unml.info/le-reseau/annuaire/"
        );
        // No network for digital mediation: no locator.
        let med = steps
            .iter()
            .find(|s| s.kind == HelpKind::MediationNumerique)
            .unwrap();
        assert_eq!(med.network, None);
    }
}
