//! A commune and the per-department shard file `public/data/communes/{DEP}.json`.
//!
//! Shard format v1: `{"v":1,"dep":"93","communes":[["93048","Montreuil",["93100"],48.8611,2.4437,111367], …]}`,
//! each row `[insee, name, postcodes, lat|null, lon|null, population|null]`.

use super::{GeoError, GeoPoint};
use serde::{Deserialize, Serialize};

/// A French commune.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Commune {
    /// INSEE commune code (`93048`, `2A004`).
    pub insee: String,
    /// Official name (`Montreuil`).
    pub name: String,
    /// Postcodes (`93100`); a commune can have several, and a postcode several communes.
    pub postcodes: Vec<String>,
    /// Department code (`93`, `2A`, `971`).
    pub department: String,
    /// Coordinates (town hall or centroid); `None` when unknown.
    pub point: Option<GeoPoint>,
    /// Population, when known (used to rank homonyms).
    pub population: Option<u32>,
}

pub(crate) type Row = (
    String,
    String,
    Vec<String>,
    Option<f64>,
    Option<f64>,
    Option<u32>,
);

#[derive(Deserialize)]
struct RawShard {
    v: u64,
    dep: String,
    communes: Vec<Row>,
}

/// The communes of one department, as loaded from its shard file.
#[derive(Clone, Debug, PartialEq)]
pub struct CommuneShard {
    /// Department code.
    pub department: String,
    /// The communes, in file order.
    pub communes: Vec<Commune>,
}

fn valid_insee(code: &str) -> bool {
    crate::insee::is_valid_insee(code)
}

impl CommuneShard {
    /// Parses a shard file; any malformed row makes the whole file an error (it is generated data).
    pub fn from_json(text: &str) -> Result<CommuneShard, GeoError> {
        let raw: RawShard =
            serde_json::from_str(text).map_err(|e| GeoError::Format(e.to_string()))?;
        if raw.v != 1 {
            return Err(GeoError::UnsupportedVersion(raw.v));
        }
        let mut communes = Vec::with_capacity(raw.communes.len());
        for (row, fields) in raw.communes.into_iter().enumerate() {
            communes.push(parse_row(row, fields, &raw.dep)?);
        }
        Ok(CommuneShard {
            department: raw.dep,
            communes,
        })
    }
}

/// Checks one row `[insee, name, postcodes, lat|null, lon|null, population|null]` of a communes
/// file (a department shard or a name shard) and makes it a [`Commune`] of `department`.
pub(crate) fn parse_row(row: usize, fields: Row, department: &str) -> Result<Commune, GeoError> {
    let (insee, name, postcodes, lat, lon, population) = fields;
    let bad = |message: String| GeoError::InvalidRow { row, message };
    if !valid_insee(&insee) {
        return Err(bad(format!("invalid INSEE code {insee:?}")));
    }
    if name.trim().is_empty() || name.len() > 200 {
        return Err(bad(format!("{insee}: invalid name")));
    }
    if let Some(pc) = postcodes
        .iter()
        .find(|p| p.len() != 5 || !p.bytes().all(|c| c.is_ascii_digit()))
    {
        return Err(bad(format!("{insee}: invalid postcode {pc:?}")));
    }
    let point = match (lat, lon) {
        (Some(lat), Some(lon)) => Some(
            GeoPoint::new(lat, lon)
                .ok_or_else(|| bad(format!("{insee}: coordinates out of range")))?,
        ),
        (None, None) => None,
        _ => {
            return Err(bad(format!(
                "{insee}: latitude and longitude must both be given"
            )))
        }
    };
    Ok(Commune {
        insee,
        name,
        postcodes,
        department: department.to_string(),
        point,
        population,
    })
}

/// The department of an INSEE commune code: `93048` → `93`, `2A004` → `2A`, overseas
/// `97411` → `974` (codes starting with 97 or 98 have a three-character department).
pub fn department_of_insee(insee: &str) -> Option<&str> {
    if !valid_insee(insee) {
        return None;
    }
    if insee.starts_with("97") || insee.starts_with("98") {
        insee.get(..3)
    } else {
        insee.get(..2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rows_with_nulls() {
        let shard = CommuneShard::from_json(
            r#"{"v":1,"dep":"93","communes":[["93048","Montreuil",["93100"],48.8611,2.4437,111367],["93999","Test",[],null,null,null]]}"#,
        )
        .unwrap();
        assert_eq!(shard.department, "93");
        assert_eq!(shard.communes.len(), 2);
        assert_eq!(shard.communes[0].postcodes, vec!["93100"]);
        assert_eq!(shard.communes[0].department, "93");
        assert!(shard.communes[1].point.is_none());
    }

    #[test]
    fn departments_of_insee_codes() {
        assert_eq!(department_of_insee("93048"), Some("93"));
        assert_eq!(department_of_insee("97411"), Some("974"));
        assert_eq!(department_of_insee("2A004"), Some("2A"));
        assert_eq!(department_of_insee("123"), None);
        assert_eq!(department_of_insee("9304é"), None);
    }

    #[test]
    fn rejects_bad_files_without_panicking() {
        for bad in [
            "",
            "[]",
            r#"{"v":2,"dep":"93","communes":[]}"#,
            r#"{"v":1,"dep":"93","communes":[["93048","Montreuil",["93100"],123.4,2.4,1]]}"#,
            r#"{"v":1,"dep":"93","communes":[["93048","Montreuil",["93100"],48.8,null,1]]}"#,
            r#"{"v":1,"dep":"93","communes":[["9304","Montreuil",["93100"],48.8,2.4,1]]}"#,
            r#"{"v":1,"dep":"93","communes":[["93048","Montreuil","93100",48.8,2.4,1]]}"#,
            r#"{"v":1,"dep":"93","communes":[["93048","Montreuil",["9310"],48.8,2.4,1]]}"#,
        ] {
            assert!(CommuneShard::from_json(bad).is_err(), "{bad}");
        }
    }
}
