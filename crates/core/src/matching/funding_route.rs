//! Which funding route applies to the person ([`FundingRoute`]): the course page and the cards
//! name the funders of that route only, never "sans frais" unless the course is free.

use crate::catalogue::{Course, Funder, FundingKind};
use crate::profile::{Profile, Rqth, Situation};

/// The funding route of a person's situation, the first that applies in this order: a disability
/// recognition (Cap Emploi, Agefiph) comes before age, age before the jobseeker route.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FundingRoute {
    /// RQTH: Cap Emploi and the Agefiph fund the training and its adaptations.
    Rqth,
    /// 16–25 (not employed): the Mission Locale, the Région, the Contrat d'engagement jeune.
    Young,
    /// Jobseeker: France Travail (AIF) or the Région.
    Jobseeker,
    /// Employee changing careers: the CPF or a Transitions Pro transition project.
    Employee,
    /// Anyone else: ask the provider.
    Other,
}

impl FundingRoute {
    /// The route for a profile.
    pub fn for_profile(p: &Profile) -> FundingRoute {
        if p.rqth == Rqth::Oui {
            FundingRoute::Rqth
        } else if p.is_young() == Some(true) && p.situation != Situation::SalarieReconversion {
            FundingRoute::Young
        } else if p.situation.is_jobseeker() {
            FundingRoute::Jobseeker
        } else if p.situation == Situation::SalarieReconversion {
            FundingRoute::Employee
        } else {
            FundingRoute::Other
        }
    }

    /// The funders this route reaches.
    pub fn funders(self) -> &'static [Funder] {
        match self {
            FundingRoute::Rqth => &[Funder::Agefiph, Funder::FranceTravail, Funder::Region],
            FundingRoute::Young => &[Funder::Region, Funder::Etat, Funder::FranceTravail],
            FundingRoute::Jobseeker => &[Funder::FranceTravail, Funder::Region, Funder::Etat],
            FundingRoute::Employee => &[
                Funder::Cpf,
                Funder::TransitionsPro,
                Funder::Opco,
                Funder::Employeur,
            ],
            FundingRoute::Other => &[Funder::Cpf],
        }
    }

    /// The course's funders that this route reaches, in the course's order. Empty when none
    /// does (the card then says to ask which funding applies).
    pub fn funders_of(self, c: &Course) -> Vec<Funder> {
        match &c.funding {
            Some(f) if f.kind == FundingKind::Finance => f
                .funders
                .iter()
                .copied()
                .filter(|x| self.funders().contains(x))
                .collect(),
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Funding;
    use crate::matching::eligibility::tests_support::course;
    use crate::profile::EducationLevel;

    fn p(age: Option<u8>, s: Situation) -> Profile {
        Profile::new(
            age.and_then(crate::profile::Age::new),
            EducationLevel::Bac,
            s,
        )
    }

    #[test]
    fn each_situation_gets_its_own_funding_route() {
        let mut rqth = p(Some(30), Situation::DemandeurEmploiInscrit);
        rqth.rqth = Rqth::Oui;
        assert_eq!(FundingRoute::for_profile(&rqth), FundingRoute::Rqth);
        assert_eq!(
            FundingRoute::for_profile(&p(Some(20), Situation::DemandeurEmploiInscrit)),
            FundingRoute::Young
        );
        assert_eq!(
            FundingRoute::for_profile(&p(None, Situation::JeuneSansEmploiNiFormation)),
            FundingRoute::Young
        );
        assert_eq!(
            FundingRoute::for_profile(&p(Some(24), Situation::SalarieReconversion)),
            FundingRoute::Employee,
            "a young employee uses the employee route"
        );
        assert_eq!(
            FundingRoute::for_profile(&p(Some(45), Situation::DemandeurEmploiNonInscrit)),
            FundingRoute::Jobseeker
        );
        assert_eq!(
            FundingRoute::for_profile(&p(None, Situation::Autre)),
            FundingRoute::Other
        );
    }

    #[test]
    fn only_the_funders_of_the_persons_route_are_named() {
        let mut c = course();
        c.funding = Some(Funding {
            kind: FundingKind::Finance,
            funders: vec![
                Funder::Cpf,
                Funder::TransitionsPro,
                Funder::Region,
                Funder::FranceTravail,
            ],
            price_eur: None,
        });
        assert_eq!(
            FundingRoute::Jobseeker.funders_of(&c),
            [Funder::Region, Funder::FranceTravail]
        );
        assert_eq!(
            FundingRoute::Employee.funders_of(&c),
            [Funder::Cpf, Funder::TransitionsPro]
        );
        c.funding = Some(Funding {
            kind: FundingKind::Finance,
            funders: vec![Funder::Opco],
            price_eur: None,
        });
        assert!(FundingRoute::Young.funders_of(&c).is_empty());
    }
}
