//! Scoring an eligible session: integer points, so ties are exact and the order deterministic.

use super::eligibility::course_weeks;
use crate::catalogue::{Audience, Course, FundingKind, Intake, Place, Session};
use crate::date::Date;
use crate::profile::{DigitalComfort, Domain, EducationLevel, Profile, Rqth};

/// The steps of the ranking, in the order they decide (the results page discloses them):
/// eligibility keeps or sets aside, then interest, then pay when needed, then the score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RankStep {
    /// Only sessions the person can join are results; one missing condition makes a near miss.
    Eligibility,
    /// Courses in a chosen domain come before the others.
    Interest,
    /// When the person needs pay: paid courses first, then unknown, then unpaid.
    PayWhenNeeded,
    /// Then the score: the sum of the points of [`WEIGHTS`].
    Score,
    /// Equal scores: the nearest first.
    Nearest,
}

/// The ranking steps in order (see `rank` in the outcome).
pub const RANKING: [RankStep; 5] = [
    RankStep::Eligibility,
    RankStep::Interest,
    RankStep::PayWhenNeeded,
    RankStep::Score,
    RankStep::Nearest,
];

/// What the score counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Criterion {
    /// A course in a chosen domain (every course alike when none is chosen).
    Interest,
    /// Distance: full points at the door, half at 10 km.
    Distance,
    /// Free or funded, most for jobseekers and young people.
    Funding,
    /// A start soon, or rolling entries.
    Start,
    /// Beginners: courses on digital basics.
    BeginnerBasics,
    /// Trainees are paid, most when the person needs it.
    Remuneration,
    /// The certification level suits the person's.
    Level,
    /// A women-only programme, for a woman who asked for one.
    WomenOnly,
    /// With an RQTH: step-free place and disability referent.
    Accessibility,
    /// The format chosen (in person, remote, hybrid).
    Modality,
    /// A rhythm chosen.
    Rhythm,
    /// The duration is known when a maximum was given.
    Duration,
}

/// One criterion and the most points it gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Weight {
    /// What is counted.
    pub criterion: Criterion,
    /// The most points it gives.
    pub points: u32,
}

const fn w(criterion: Criterion, points: u32) -> Weight {
    Weight { criterion, points }
}

/// Every criterion of the score, heaviest first. The score functions read their points here,
/// so the disclosure on the results page cannot drift from the code.
pub const WEIGHTS: [Weight; 12] = [
    w(Criterion::Interest, 300),
    w(Criterion::Distance, 200),
    w(Criterion::Funding, 150),
    w(Criterion::Start, 150),
    w(Criterion::BeginnerBasics, 150),
    w(Criterion::Remuneration, 120),
    w(Criterion::Level, 100),
    w(Criterion::WomenOnly, 100),
    w(Criterion::Accessibility, 100),
    w(Criterion::Modality, 50),
    w(Criterion::Rhythm, 50),
    w(Criterion::Duration, 20),
];

/// The most points of a criterion.
pub const fn weight(c: Criterion) -> u32 {
    let mut i = 0;
    while i < WEIGHTS.len() {
        if WEIGHTS[i].criterion as u8 == c as u8 {
            return WEIGHTS[i].points;
        }
        i += 1;
    }
    0
}

/// Points that depend only on the course (computed once per course).
pub fn course_points(p: &Profile, c: &Course) -> u32 {
    interest_points(p, c) + funding_points(p, c) + level_points(p, c) + preference_points(p, c)
}

/// Interest fit: a shared domain weighs most; "je ne sais pas encore" gives every course the same.
pub fn interest_points(p: &Profile, c: &Course) -> u32 {
    let full = weight(Criterion::Interest);
    let mut pts = if p.interests.is_empty() {
        full / 2
    } else if c.domains.iter().any(|d| p.interests.contains(*d)) {
        full
    } else {
        0
    };
    if p.comfort == DigitalComfort::Debutant && c.domains.contains(&Domain::BasesNumerique) {
        pts += weight(Criterion::BeginnerBasics);
    }
    pts
}

/// Whether the person usually gets public funding (jobseekers and young people; a person whose
/// age is not given counts as young only when their situation says so).
pub fn publicly_funded_audience(p: &Profile) -> bool {
    p.situation.is_jobseeker() || p.is_young() == Some(true)
}

/// Funding fit: free or funded counts most for jobseekers and young people; remuneration helps.
pub fn funding_points(p: &Profile, c: &Course) -> u32 {
    let funded_audience = publicly_funded_audience(p);
    let full = weight(Criterion::Funding);
    let mut pts = match c.funding.as_ref().map(|f| f.kind) {
        Some(FundingKind::Gratuit | FundingKind::Finance) if funded_audience => full,
        Some(FundingKind::Gratuit | FundingKind::Finance) => full * 2 / 3,
        Some(FundingKind::Payant) => 0,
        None => full * 4 / 15,
    };
    if super::pay::Pay::of(c) == super::pay::Pay::Paid {
        let full = weight(Criterion::Remuneration);
        pts += if p.constraints.needs_remuneration {
            full
        } else if funded_audience {
            full * 2 / 3
        } else {
            full / 4
        };
    }
    pts
}

/// The person's level on the European scale (below 3 counted as 2).
pub fn person_level(l: EducationLevel) -> u8 {
    l.european_level().unwrap_or(2)
}

/// Level fit: a certification at or up to two levels above the person's fits best;
/// far above or below fits less.
pub fn level_points(p: &Profile, c: &Course) -> u32 {
    let full = weight(Criterion::Level);
    let Some(out) = c.certification_level else {
        return full / 2;
    };
    let me = person_level(p.level);
    if out >= me && out <= me + 2 {
        full
    } else if out + 1 == me {
        full * 2 / 5
    } else if out > me + 2 {
        full / 5
    } else {
        0
    }
}

/// Explicit modality/rhythm fit, duration fit, and women-only programmes when wanted.
pub fn preference_points(p: &Profile, c: &Course) -> u32 {
    let k = &p.constraints;
    let mut pts = 0;
    if c.modality.is_some_and(|m| k.modalities.contains(&m)) {
        pts += weight(Criterion::Modality);
    }
    if c.rhythms.iter().any(|r| k.rhythms.contains(r)) {
        pts += weight(Criterion::Rhythm);
    }
    if k.max_duration.is_some() && course_weeks(c).is_some() {
        pts += weight(Criterion::Duration);
    }
    if p.women_only && c.reserved_for.contains(&Audience::Femmes) {
        pts += weight(Criterion::WomenOnly);
    }
    pts
}

/// Distance decay: 200 at the door, 100 at 10 km, 50 at 30 km; remote 120; unknown 100.
pub fn distance_points(distance_km: Option<f32>, remote: bool) -> u32 {
    if remote {
        return 120;
    }
    match distance_km {
        // Full points at 0 km, half at 10 km: full × 10 / (10 + d).
        Some(d) => (weight(Criterion::Distance) as f32 * 10.0 / (10.0 + d.max(0.0))) as u32,
        None => 100,
    }
}

/// Start-date fit: soon is better; rolling entries are good; unknown dates less so.
pub fn start_points(s: &Session, today: Date) -> u32 {
    match (s.intake, s.start) {
        (Intake::EntreesPermanentes, _) => 120,
        (Intake::DatesFixes, Some(start)) => match today.days_until(start) {
            ..=30 => weight(Criterion::Start),
            31..=90 => 120,
            91..=180 => 80,
            _ => 40,
        },
        _ => 30,
    }
}

/// Accessibility fit, only for people with an RQTH.
pub fn access_points(p: &Profile, place: Option<&Place>) -> u32 {
    if p.rqth != Rqth::Oui {
        return 0;
    }
    match place {
        None => 60,
        Some(pl) => {
            let a = &pl.accessibility;
            let half = weight(Criterion::Accessibility) / 2;
            half * u32::from(a.wheelchair == Some(true))
                + half * u32::from(a.disability_referent == Some(true))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Age;
    use crate::profile::Situation;

    #[test]
    fn distance_decays_and_remote_is_in_between() {
        assert_eq!(distance_points(Some(0.0), false), 200);
        assert_eq!(distance_points(Some(10.0), false), 100);
        assert!(distance_points(Some(4.2), false) > distance_points(Some(35.0), false));
        assert!(distance_points(None, true) > distance_points(Some(30.0), false));
    }

    #[test]
    fn public_funding_audience_counts_youth_only_when_known() {
        let mut p = Profile::new(Age::new(19), EducationLevel::Bac, Situation::Autre);
        assert!(publicly_funded_audience(&p));
        p.age = None;
        assert!(
            !publicly_funded_audience(&p),
            "age not given: not assumed young"
        );
        p.situation = Situation::JeuneSansEmploiNiFormation;
        assert!(publicly_funded_audience(&p), "the situation says 16–25");
        p.situation = Situation::DemandeurEmploiNonInscrit;
        assert!(publicly_funded_audience(&p), "jobseekers, whatever the age");
    }

    #[test]
    fn every_weight_is_the_most_its_score_function_gives() {
        use crate::catalogue::{Accessibility, Funding};
        use crate::profile::{MaxDuration, Modality, Rhythm};
        let mut p = Profile::new(Age::new(20), EducationLevel::Bac, Situation::Autre);
        p.interests.insert(Domain::DataIa);
        p.comfort = DigitalComfort::Debutant;
        p.constraints.needs_remuneration = true;
        p.constraints.modalities = vec![Modality::Presentiel];
        p.constraints.rhythms = vec![Rhythm::TempsPlein];
        p.constraints.max_duration = Some(MaxDuration::ALL[0]);
        p.women_only = true;
        p.rqth = Rqth::Oui;
        let mut c = crate::matching::eligibility::tests_support::course();
        c.domains = vec![Domain::DataIa, Domain::BasesNumerique];
        c.funding = Some(Funding {
            kind: FundingKind::Gratuit,
            funders: vec![],
            price_eur: None,
        });
        c.remuneration = Some(true);
        c.certification_level = Some(4);
        c.modality = Some(Modality::Presentiel);
        c.rhythms = vec![Rhythm::TempsPlein];
        c.duration_weeks = Some(1);
        c.reserved_for = vec![Audience::Femmes];
        let pw = |k| weight(k);
        assert_eq!(
            interest_points(&p, &c),
            pw(Criterion::Interest) + pw(Criterion::BeginnerBasics)
        );
        assert_eq!(
            funding_points(&p, &c),
            pw(Criterion::Funding) + pw(Criterion::Remuneration)
        );
        assert_eq!(level_points(&p, &c), pw(Criterion::Level));
        assert_eq!(
            preference_points(&p, &c),
            pw(Criterion::Modality)
                + pw(Criterion::Rhythm)
                + pw(Criterion::Duration)
                + pw(Criterion::WomenOnly)
        );
        assert_eq!(distance_points(Some(0.0), false), pw(Criterion::Distance));
        let pl = Place {
            id: "p".into(),
            provider: "o".into(),
            name: "Lieu".into(),
            address: crate::catalogue::Address {
                street: None,
                postcode: "75011".into(),
                insee_code: "75111".into(),
                city: "Paris".into(),
            },
            latitude: 48.86,
            longitude: 2.38,
            coordinates_precision: crate::catalogue::CoordinatesPrecision::Exact,
            accessibility: Accessibility {
                wheelchair: Some(true),
                disability_referent: Some(true),
                details: None,
            },
            contact: crate::catalogue::Contact::default(),
        };
        assert_eq!(access_points(&p, Some(&pl)), pw(Criterion::Accessibility));
        let s = Session {
            id: "s".into(),
            course: "c".into(),
            place: None,
            intake: Intake::DatesFixes,
            start: Some(Date::parse("2026-12-01").unwrap()),
            end: None,
            application_deadline: None,
            recruitment: None,
            seats: None,
        };
        let today = Date::parse("2026-11-23").unwrap();
        assert_eq!(start_points(&s, today), pw(Criterion::Start));
        // Heaviest first, each criterion once.
        assert!(WEIGHTS.windows(2).all(|x| x[0].points >= x[1].points));
        for (i, a) in WEIGHTS.iter().enumerate() {
            assert!(WEIGHTS[i + 1..].iter().all(|b| b.criterion != a.criterion));
        }
    }

    #[test]
    fn level_fit_prefers_neither_far_below_nor_far_above() {
        let p = Profile::new(Age::new(30), EducationLevel::Bac, Situation::Autre); // level 4
        let with = |lvl: u8| {
            let mut c = crate::matching::eligibility::tests_support::course();
            c.certification_level = Some(lvl);
            level_points(&p, &c)
        };
        assert_eq!(with(5), 100);
        assert_eq!(with(4), 100);
        assert_eq!(with(3), 40);
        assert_eq!(with(7), 20);
        assert_eq!(with(2), 0);
    }
}
