//! Whether a course pays its trainees ([`Pay`]), and the routes to an income during training
//! for a person who needs one ([`IncomeRoute`]).

use crate::catalogue::Course;
use crate::profile::{Profile, Rhythm, Situation};

/// Whether trainees are paid, as a card says it: "rémunérée", "non rémunérée", "à vérifier".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Pay {
    /// Trainees are paid (a remunerated programme, or a course entirely in work-study).
    Paid,
    /// The source says trainees are not paid.
    Unpaid,
    /// The source does not say.
    ToCheck,
}

impl Pay {
    /// The pay of a course. A course offered only in work-study (alternance) is paid by
    /// definition: an apprenticeship or professionalisation contract is a paid job contract.
    pub fn of(c: &Course) -> Pay {
        let only_alternance =
            !c.rhythms.is_empty() && c.rhythms.iter().all(|r| *r == Rhythm::Alternance);
        match c.remuneration {
            Some(true) => Pay::Paid,
            _ if only_alternance => Pay::Paid,
            // Unpaid, except on its work-study track: the source is not precise enough.
            Some(false) if c.rhythms.contains(&Rhythm::Alternance) => Pay::ToCheck,
            Some(false) => Pay::Unpaid,
            None => Pay::ToCheck,
        }
    }

    /// Rank when the person needs pay: paid first, unknown next, unpaid last.
    pub fn rank(self) -> u8 {
        match self {
            Pay::Paid => 2,
            Pay::ToCheck => 1,
            Pay::Unpaid => 0,
        }
    }
}

/// A way to be paid while training, explained to a person who needs pay.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IncomeRoute {
    /// Contrat d'engagement jeune (16–25, up to 29 with an RQTH), through the Mission Locale.
    ContratEngagementJeune,
    /// The Région's remuneration of jobseekers in a training it funds (France Travail advises).
    RemunerationRegion,
    /// Apprenticeship: a paid job contract, which needs an employer.
    Apprentissage,
}

/// The routes to an income that fit the person, most direct first; empty when the person did
/// not say they need pay.
pub fn income_routes(p: &Profile) -> Vec<IncomeRoute> {
    let mut v = Vec::with_capacity(3);
    if !p.constraints.needs_remuneration {
        return v;
    }
    let working = matches!(
        p.situation,
        Situation::SalarieReconversion | Situation::IndependantCreation
    );
    // Age not given: the Mission Locale route is kept, its sentence says the age band.
    if p.is_young() != Some(false) && !working {
        v.push(IncomeRoute::ContratEngagementJeune);
    }
    if p.situation.is_jobseeker() || p.situation == Situation::JeuneSansEmploiNiFormation {
        v.push(IncomeRoute::RemunerationRegion);
    }
    v.push(IncomeRoute::Apprentissage);
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matching::eligibility::tests_support::course;
    use crate::profile::Age;
    use crate::profile::EducationLevel;

    #[test]
    fn a_course_entirely_in_alternance_is_paid_even_when_the_source_is_silent() {
        let mut c = course();
        c.remuneration = None;
        c.rhythms = vec![Rhythm::Alternance];
        assert_eq!(Pay::of(&c), Pay::Paid);
        c.rhythms = vec![Rhythm::Alternance, Rhythm::TempsPlein];
        assert_eq!(Pay::of(&c), Pay::ToCheck, "one track only is in work-study");
        c.remuneration = Some(false);
        assert_eq!(Pay::of(&c), Pay::ToCheck);
        c.rhythms = vec![Rhythm::TempsPlein];
        assert_eq!(Pay::of(&c), Pay::Unpaid);
        c.remuneration = Some(true);
        assert_eq!(Pay::of(&c), Pay::Paid);
        c.rhythms = vec![];
        c.remuneration = None;
        assert_eq!(Pay::of(&c), Pay::ToCheck);
    }

    #[test]
    fn income_routes_follow_the_situation_and_only_when_pay_is_needed() {
        let mut p = Profile::new(
            Age::new(22),
            EducationLevel::SansDiplome,
            Situation::JeuneSansEmploiNiFormation,
        );
        assert!(income_routes(&p).is_empty(), "pay not asked for");
        p.constraints.needs_remuneration = true;
        assert_eq!(
            income_routes(&p),
            [
                IncomeRoute::ContratEngagementJeune,
                IncomeRoute::RemunerationRegion,
                IncomeRoute::Apprentissage
            ]
        );
        p.age = Age::new(40);
        p.situation = Situation::DemandeurEmploiInscrit;
        assert_eq!(
            income_routes(&p),
            [IncomeRoute::RemunerationRegion, IncomeRoute::Apprentissage]
        );
        p.situation = Situation::SalarieReconversion;
        p.age = Age::new(24);
        assert_eq!(income_routes(&p), [IncomeRoute::Apprentissage]);
    }
}
