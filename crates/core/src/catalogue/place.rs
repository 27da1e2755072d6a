//! Training places (campus, lieu de formation): address, coordinates, accessibility, contact.

use super::HttpUrl;
use crate::geo::GeoPoint;
use serde::{Deserialize, Serialize};

/// How precise a place's coordinates are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CoordinatesPrecision {
    /// The building itself.
    Exact,
    /// The commune's centre only: distances are approximate.
    Commune,
}

/// A postal address (LHEO `adresse`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    /// Street line, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street: Option<String>,
    /// Postcode (5 digits).
    pub postcode: String,
    /// INSEE commune code (LHEO `code-INSEE-commune`).
    pub insee_code: String,
    /// Commune name.
    pub city: String,
}

/// How to reach a place or a provider. Every part is optional.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    /// Phone number as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Web page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<HttpUrl>,
}

/// Accessibility facts (LHEO `acces-handicapes`); `None` means unknown, to check with the provider.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Accessibility {
    /// Step-free access for wheelchair users.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wheelchair: Option<bool>,
    /// A disability referent (référent handicap) is named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disability_referent: Option<bool>,
    /// Free-text details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
}

/// A place where sessions happen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// Unique id within the catalogue.
    pub id: String,
    /// Provider id.
    pub provider: String,
    /// Name of the campus or building.
    pub name: String,
    /// Postal address.
    pub address: Address,
    /// Latitude (WGS84).
    pub latitude: f64,
    /// Longitude (WGS84).
    pub longitude: f64,
    /// How precise the coordinates are.
    pub coordinates_precision: CoordinatesPrecision,
    /// Accessibility facts.
    #[serde(default)]
    pub accessibility: Accessibility,
    /// Contact.
    #[serde(default)]
    pub contact: Contact,
}

impl Place {
    /// The coordinates (checked at validation; `None` only for hand-built invalid places).
    pub fn point(&self) -> Option<GeoPoint> {
        GeoPoint::new(self.latitude, self.longitude)
    }
}
