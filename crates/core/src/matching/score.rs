//! Scoring an eligible session: integer points, so ties are exact and the order deterministic.

use super::eligibility::course_weeks;
use crate::catalogue::{Audience, Course, FundingKind, Intake, Place, Session};
use crate::date::Date;
use crate::profile::{DigitalComfort, Domain, EducationLevel, Profile, Rqth};

/// Points that depend only on the course (computed once per course).
pub fn course_points(p: &Profile, c: &Course) -> u32 {
    interest_points(p, c) + funding_points(p, c) + level_points(p, c) + preference_points(p, c)
}

/// Interest fit: a shared domain weighs most; "je ne sais pas encore" gives every course the same.
pub fn interest_points(p: &Profile, c: &Course) -> u32 {
    let mut pts = if p.interests.is_empty() {
        150
    } else if c.domains.iter().any(|d| p.interests.contains(*d)) {
        300
    } else {
        0
    };
    if p.comfort == DigitalComfort::Debutant && c.domains.contains(&Domain::BasesNumerique) {
        pts += 150;
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
    let mut pts = match c.funding.as_ref().map(|f| f.kind) {
        Some(FundingKind::Gratuit | FundingKind::Finance) if funded_audience => 150,
        Some(FundingKind::Gratuit | FundingKind::Finance) => 100,
        Some(FundingKind::Payant) => 0,
        None => 40,
    };
    if c.remuneration == Some(true) {
        pts += if p.constraints.needs_remuneration {
            120
        } else if funded_audience {
            80
        } else {
            30
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
    let Some(out) = c.certification_level else {
        return 50;
    };
    let me = person_level(p.level);
    if out >= me && out <= me + 2 {
        100
    } else if out + 1 == me {
        40
    } else if out > me + 2 {
        20
    } else {
        0
    }
}

/// Explicit modality/rhythm fit, duration fit, and women-only programmes when wanted.
pub fn preference_points(p: &Profile, c: &Course) -> u32 {
    let k = &p.constraints;
    let mut pts = 0;
    if c.modality.is_some_and(|m| k.modalities.contains(&m)) {
        pts += 50;
    }
    if c.rhythms.iter().any(|r| k.rhythms.contains(r)) {
        pts += 50;
    }
    if k.max_duration.is_some() && course_weeks(c).is_some() {
        pts += 20;
    }
    if p.women_only && c.reserved_for.contains(&Audience::Femmes) {
        pts += 100;
    }
    pts
}

/// Distance decay: 200 at the door, 100 at 10 km, 50 at 30 km; remote 120; unknown 100.
pub fn distance_points(distance_km: Option<f32>, remote: bool) -> u32 {
    if remote {
        return 120;
    }
    match distance_km {
        Some(d) => (2000.0 / (10.0 + d.max(0.0))) as u32,
        None => 100,
    }
}

/// Start-date fit: soon is better; rolling entries are good; unknown dates less so.
pub fn start_points(s: &Session, today: Date) -> u32 {
    match (s.intake, s.start) {
        (Intake::EntreesPermanentes, _) => 120,
        (Intake::DatesFixes, Some(start)) => match today.days_until(start) {
            ..=30 => 150,
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
            50 * u32::from(a.wheelchair == Some(true))
                + 50 * u32::from(a.disability_referent == Some(true))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
        let mut p = Profile::new(Some(19), EducationLevel::Bac, Situation::Autre);
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
    fn level_fit_prefers_neither_far_below_nor_far_above() {
        let p = Profile::new(Some(30), EducationLevel::Bac, Situation::Autre); // level 4
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
