//! Training places (campus, lieu de formation): address, coordinates, accessibility, contact.

use super::{Email, HttpUrl};
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

impl Address {
    /// The address on one line, as the course page and the help panel show it: the street if
    /// there is one, the postcode, the city ("12 rue de Paris 93100 Montreuil",
    /// "93100 Montreuil"), one space between parts and none before or after.
    pub fn one_line(&self) -> String {
        let street = self.street.as_deref().map(str::trim).unwrap_or("");
        let mut line = String::new();
        for part in [street, self.postcode.trim(), self.city.trim()] {
            if part.is_empty() {
                continue;
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(part);
        }
        line
    }
}

/// How to reach a place or a provider. Every part is optional.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    /// Phone number as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// E-mail address; a value that is not one (see [`Email`]) is left out with an issue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<Email>,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn address(street: Option<&str>) -> Address {
        Address {
            street: street.map(str::to_string),
            postcode: "93100".into(),
            insee_code: "93048".into(),
            city: "Montreuil".into(),
        }
    }

    #[test]
    fn one_line_is_street_postcode_city_with_no_stray_space() {
        assert_eq!(
            address(Some("12 rue de Paris")).one_line(),
            "12 rue de Paris 93100 Montreuil"
        );
        // The copies in the course page and the help panel started with a space here.
        assert_eq!(address(None).one_line(), "93100 Montreuil");
        assert_eq!(address(Some("")).one_line(), "93100 Montreuil");
        assert_eq!(address(Some("  ")).one_line(), "93100 Montreuil");
    }
}
