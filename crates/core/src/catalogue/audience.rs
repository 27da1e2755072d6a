//! Audiences (data.inclusion `publics`) a course is reserved to or a help place serves.

use serde::{Deserialize, Serialize};

/// A public, named as in the data.inclusion schema (`publics`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    /// Everyone.
    TousPublics,
    /// People in work.
    Actifs,
    /// Jobseekers.
    DemandeursEmploi,
    /// Students.
    Etudiants,
    /// Women.
    Femmes,
    /// Young people (16–25, up to 29 with an RQTH).
    Jeunes,
    /// Disabled people (RQTH).
    PersonnesEnSituationDeHandicap,
    /// Residents of priority neighbourhoods (QPV) or rural revitalisation zones (FRR).
    ResidentsQpvFrr,
    /// Seniors (50 and over).
    Seniors,
    /// Recipients of minimum social benefits (RSA…).
    BeneficiairesDesMinimasSociaux,
    /// Refugees and exiles.
    PersonnesExilees,
}

impl Audience {
    /// Every audience.
    pub const ALL: [Audience; 11] = [
        Self::TousPublics,
        Self::Actifs,
        Self::DemandeursEmploi,
        Self::Etudiants,
        Self::Femmes,
        Self::Jeunes,
        Self::PersonnesEnSituationDeHandicap,
        Self::ResidentsQpvFrr,
        Self::Seniors,
        Self::BeneficiairesDesMinimasSociaux,
        Self::PersonnesExilees,
    ];
}
