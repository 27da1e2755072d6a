//! Training providers (organismes de formation), their networks and labels.

use super::HttpUrl;
use serde::{Deserialize, Serialize};

/// A network a provider belongs to (data.inclusion `reseaux_porteurs` names where they exist).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Network {
    /// Grande École du Numérique.
    GrandesEcolesDuNumerique,
    /// Simplon.
    Simplon,
    /// AFPA.
    Afpa,
    /// Écoles de la deuxième chance (E2C).
    EcolesDeLaDeuxiemeChance,
    /// EPIDE.
    Epide,
    /// Konexio.
    Konexio,
    /// Cnam.
    Cnam,
    /// Campus connecté.
    CampusConnecte,
    /// GRETA (Éducation nationale).
    Greta,
    /// A university.
    Universite,
    /// Another network.
    Autre,
}

/// A quality label or certification.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Label {
    /// Qualiopi (needed for public or CPF funding).
    Qualiopi,
    /// Labelled Grande École du Numérique.
    GrandeEcoleDuNumerique,
    /// Numérique inclusif / APTIC (digital inclusion).
    NumeriqueInclusif,
}

/// A training provider.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provider {
    /// Unique id within the catalogue.
    pub id: String,
    /// Name.
    pub name: String,
    /// SIRET (14 digits), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub siret: Option<String>,
    /// Networks.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub networks: Vec<Network>,
    /// Labels.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub labels: Vec<Label>,
    /// Website.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<HttpUrl>,
}
