//! Next steps: who can help this person, nearest first.
//!
//! Routing (DOMAIN.md): Mission Locale for under-18s and 16–25s without a job (to 29 with an RQTH),
//! France Travail for jobseekers and over-25s, Cap Emploi for RQTH, a digital-mediation place for beginners.

use crate::catalogue::{Catalogue, HelpKind};
use crate::profile::{DigitalComfort, Profile, Rqth, Situation};

/// Why a kind of help place is proposed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HelpReason {
    /// 16–25 (to 29 with an RQTH) or under 18: Mission Locale, Contrat d'engagement jeune.
    Young,
    /// Jobseeker (or over 25 looking for work): France Travail.
    Jobseeker,
    /// RQTH: Cap Emploi and Agefiph funding.
    Rqth,
    /// Beginner with computers: a digital-mediation place first.
    Beginner,
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
}

/// The kinds of help that fit the person, in priority order.
pub fn help_kinds(p: &Profile) -> Vec<(HelpKind, HelpReason)> {
    let mut v = Vec::with_capacity(4);
    let not_working = !matches!(
        p.situation,
        Situation::SalarieReconversion | Situation::EtudiantLyceen
    );
    if p.age < 18 || (p.is_young() && not_working) {
        v.push((HelpKind::MissionLocale, HelpReason::Young));
    }
    let over_25_looking = p.age > 25 && p.rqth != Rqth::Oui && p.situation == Situation::Autre;
    if p.situation.is_jobseeker() || over_25_looking {
        v.push((HelpKind::FranceTravail, HelpReason::Jobseeker));
    }
    if p.rqth == Rqth::Oui {
        v.push((HelpKind::CapEmploi, HelpReason::Rqth));
    }
    if p.comfort == DigitalComfort::Debutant {
        v.push((HelpKind::MediationNumerique, HelpReason::Beginner));
    }
    v
}

/// One step per fitting kind, each with its nearest place; nearest first, unknown distances last.
pub fn next_steps(p: &Profile, cat: &Catalogue) -> Vec<NextStep> {
    let from = p.location.as_ref().map(|l| l.point());
    let mut steps: Vec<NextStep> = help_kinds(p)
        .into_iter()
        .map(|(kind, why)| {
            let mut best: Option<(usize, Option<f32>)> = None;
            for (i, h) in cat.help_places().iter().enumerate() {
                if h.kind != kind {
                    continue;
                }
                let d = from.zip(h.point()).map(|(a, b)| a.distance_km(b) as f32);
                let better = match (best, d) {
                    (None, _) => true,
                    (Some((_, Some(bd))), Some(d)) => d < bd,
                    (Some((_, None)), Some(_)) => true,
                    _ => false,
                };
                if better {
                    best = Some((i, d));
                }
            }
            NextStep {
                kind,
                why,
                help_place: best.map(|b| b.0),
                distance_km: best.and_then(|b| b.1),
            }
        })
        .collect();
    // Stable sort keeps priority order among equal or unknown distances.
    steps.sort_by(|a, b| match (a.distance_km, b.distance_km) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    steps
}
