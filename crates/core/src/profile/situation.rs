//! The person's current situation (jobseeker, young NEET, employee changing career…).

use serde::{Deserialize, Serialize};

/// What the person is doing now, as the quiz asks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Situation {
    /// Jobseeker registered with France Travail.
    DemandeurEmploiInscrit,
    /// Jobseeker not (yet) registered with France Travail.
    DemandeurEmploiNonInscrit,
    /// 16–25, neither in employment nor in education or training.
    JeuneSansEmploiNiFormation,
    /// Employee preparing a career change.
    SalarieReconversion,
    /// Student or high-school pupil.
    EtudiantLyceen,
    /// Self-employed, or with a business-creation project.
    IndependantCreation,
    /// Anything else.
    Autre,
}

impl Situation {
    /// Every situation, in quiz order.
    pub const ALL: [Situation; 7] = [
        Self::DemandeurEmploiInscrit,
        Self::DemandeurEmploiNonInscrit,
        Self::JeuneSansEmploiNiFormation,
        Self::SalarieReconversion,
        Self::EtudiantLyceen,
        Self::IndependantCreation,
        Self::Autre,
    ];

    /// True for jobseekers, registered or not.
    pub fn is_jobseeker(self) -> bool {
        matches!(
            self,
            Self::DemandeurEmploiInscrit | Self::DemandeurEmploiNonInscrit
        )
    }
}

/// Recognised disabled worker status (RQTH); the person may prefer not to say.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rqth {
    /// Has an RQTH.
    Oui,
    /// Has no RQTH.
    Non,
    /// Rather not say.
    NePasDire,
}

impl Rqth {
    /// Every answer, in quiz order.
    pub const ALL: [Rqth; 3] = [Self::Oui, Self::Non, Self::NePasDire];
}

/// How comfortable the person is with computers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DigitalComfort {
    /// Beginner: a digital-mediation place may help first.
    Debutant,
    /// At ease with everyday use.
    ALAise,
    /// Advanced.
    Avance,
}

impl DigitalComfort {
    /// Every answer, lowest first.
    pub const ALL: [DigitalComfort; 3] = [Self::Debutant, Self::ALAise, Self::Avance];
}
