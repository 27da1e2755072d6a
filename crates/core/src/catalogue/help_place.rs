//! Places that help people find their way: Mission Locale, France Travail, Cap Emploi, digital mediation…

use super::opening_hours::{Hours, OpeningHours};
use super::{Address, Audience, Contact, CoordinatesPrecision, HttpUrl};
use crate::date::Date;
use crate::geo::GeoPoint;
use serde::{Deserialize, Serialize};

/// The kind of help place (network, data.inclusion `reseaux_porteurs` style).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HelpKind {
    /// Mission Locale (16–25, up to 29 with an RQTH).
    MissionLocale,
    /// France Travail agency.
    FranceTravail,
    /// Cap Emploi (disabled workers).
    CapEmploi,
    /// Lieu de médiation numérique (digital-mediation place).
    MediationNumerique,
    /// Point Information Jeunesse.
    Pij,
    /// France Services.
    FranceServices,
    /// Another structure.
    Autre,
    /// Conseil en évolution professionnelle (free career advice for anyone in work).
    Cep,
    /// Transitions Pro (regional bodies that fund employees' career-change training).
    TransitionsPro,
    /// Centre ENIC-NARIC France (comparability statements for foreign diplomas).
    EnicNaric,
    /// French courses for newcomers (OFII's integration contract).
    CoursFrancais,
}

impl HelpKind {
    /// Every kind, in schema order.
    pub const ALL: [HelpKind; 11] = [
        Self::MissionLocale,
        Self::FranceTravail,
        Self::CapEmploi,
        Self::MediationNumerique,
        Self::Pij,
        Self::FranceServices,
        Self::Autre,
        Self::Cep,
        Self::TransitionsPro,
        Self::EnicNaric,
        Self::CoursFrancais,
    ];

    /// The schema code (`mission-locale`), as written in JSON.
    pub fn code(self) -> &'static str {
        match self {
            Self::MissionLocale => "mission-locale",
            Self::FranceTravail => "france-travail",
            Self::CapEmploi => "cap-emploi",
            Self::MediationNumerique => "mediation-numerique",
            Self::Pij => "pij",
            Self::FranceServices => "france-services",
            Self::Autre => "autre",
            Self::Cep => "cep",
            Self::TransitionsPro => "transitions-pro",
            Self::EnicNaric => "enic-naric",
            Self::CoursFrancais => "cours-francais",
        }
    }
}

/// A service offered (data.inclusion `types`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HelpService {
    /// Personal guidance.
    Accompagnement,
    /// Financial help.
    AideFinanciere,
    /// Equipment (computer lending…).
    AideMaterielle,
    /// Workshops.
    Atelier,
    /// Training.
    Formation,
    /// Information.
    Information,
}

/// Whether help costs anything (data.inclusion `frais`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fees {
    /// Free.
    Gratuit,
    /// Paying.
    Payant,
}

/// How people are received (data.inclusion `modes_accueil`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reception {
    /// In person.
    EnPresentiel,
    /// Remotely (phone, video).
    ADistance,
}

/// A place that helps people (not a training).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HelpPlace {
    /// Unique id within the catalogue.
    pub id: String,
    /// Kind.
    pub kind: HelpKind,
    /// Name.
    pub name: String,
    /// Postal address.
    pub address: Address,
    /// Latitude (WGS84).
    pub latitude: f64,
    /// Longitude (WGS84).
    pub longitude: f64,
    /// How precise the coordinates are.
    pub coordinates_precision: CoordinatesPrecision,
    /// Services offered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<HelpService>,
    /// Audiences served; empty = everyone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub audiences: Vec<Audience>,
    /// Fees; `None` = unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fees: Option<Fees>,
    /// How people are received.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reception: Vec<Reception>,
    /// Opening hours as the source gives them, usually the OpenStreetMap `opening_hours`
    /// syntax (`Mo-Fr 09:00-12:00`); read them with [`HelpPlace::hours`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opening_hours: Option<String>,
    /// Contact.
    #[serde(default)]
    pub contact: Contact,
    /// Where the facts come from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<HttpUrl>,
    /// When the facts were last checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_on: Option<Date>,
}

impl HelpPlace {
    /// The coordinates.
    pub fn point(&self) -> Option<GeoPoint> {
        GeoPoint::new(self.latitude, self.longitude)
    }

    /// The opening hours, parsed when they are in the common OpenStreetMap subset, else the
    /// raw text (shown labelled, never as if it were understood); `None` when not given.
    pub fn hours(&self) -> Option<Hours<'_>> {
        let raw = self.opening_hours.as_deref()?.trim();
        if raw.is_empty() {
            return None;
        }
        Some(OpeningHours::parse(raw).map_or(Hours::Raw(raw), Hours::Week))
    }
}
