//! The departments index file `public/data/communes/index.json`: departments and postcode → departments.
//!
//! Format v1: `{"v":1,"departments":[["93","Seine-Saint-Denis","11"],…],"postcodes":{"93100":["93"],…},
//! "bounds":{"93":["4880","228","4902","261","4"],…}}` (`bounds` optional: see [`DepartmentBounds`]):
//! min lat, min lon, max lat, max lon in hundredths of a degree, reach in km, written as strings
//! so that the reader reuses the postcodes map's code (a map of number arrays measured 3.3 KB of
//! wasm).

use super::{GeoError, GeoPoint};
use crate::geo::normalize_name;
use serde::Deserialize;
use std::collections::BTreeMap;

/// A department.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Department {
    /// Department code (`93`, `2A`, `971`).
    pub code: String,
    /// Name (`Seine-Saint-Denis`).
    pub name: String,
    /// INSEE region code (`11`).
    pub region: String,
}

#[derive(Deserialize)]
struct RawIndex {
    v: u64,
    departments: Vec<(String, String, String)>,
    postcodes: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    bounds: BTreeMap<String, Vec<String>>,
}

/// Where a department's communes are: a box holding every commune point, and how far a
/// commune of it extends from its point at most (its reach, in km).
#[derive(Clone, Debug, PartialEq)]
pub struct DepartmentBounds {
    /// Department code.
    pub code: String,
    /// South-west corner.
    pub min: GeoPoint,
    /// North-east corner.
    pub max: GeoPoint,
    /// The farthest a commune's land lies from its point, in km.
    pub reach_km: f64,
}

/// Which department shards to load for a postcode, and the department names.
#[derive(Clone, Debug, PartialEq)]
pub struct DepartmentIndex {
    /// Departments in file order.
    pub departments: Vec<Department>,
    /// Postcode → department codes.
    pub postcodes: BTreeMap<String, Vec<String>>,
    /// The boxes of the departments that have commune points, by code.
    pub bounds: Vec<DepartmentBounds>,
}

impl DepartmentIndex {
    /// Parses the index file; errors never panic.
    pub fn from_json(text: &str) -> Result<DepartmentIndex, GeoError> {
        let raw: RawIndex =
            serde_json::from_str(text).map_err(|e| GeoError::Format(e.to_string()))?;
        if raw.v != 1 {
            return Err(GeoError::UnsupportedVersion(raw.v));
        }
        let mut bounds = Vec::with_capacity(raw.bounds.len());
        for (row, (code, numbers)) in raw.bounds.into_iter().enumerate() {
            let n: Vec<i32> = numbers.iter().filter_map(|n| n.parse().ok()).collect();
            let degrees = |i: usize| n.get(i).map_or(f64::NAN, |&x| f64::from(x) / 100.0);
            let corners =
                GeoPoint::new(degrees(0), degrees(1)).zip(GeoPoint::new(degrees(2), degrees(3)));
            match (corners, n.get(4)) {
                (Some((min, max)), Some(&reach))
                    if n.len() == 5 && min.lat <= max.lat && min.lon <= max.lon && reach >= 0 =>
                {
                    bounds.push(DepartmentBounds {
                        code,
                        min,
                        max,
                        reach_km: f64::from(reach),
                    })
                }
                _ => {
                    return Err(GeoError::InvalidRow {
                        row,
                        message: format!("bounds of {code}: not a box"),
                    })
                }
            }
        }
        Ok(DepartmentIndex {
            departments: raw
                .departments
                .into_iter()
                .map(|(code, name, region)| Department { code, name, region })
                .collect(),
            postcodes: raw.postcodes,
            bounds,
        })
    }

    /// Department codes whose shard holds communes with this postcode.
    pub fn departments_for_postcode(&self, postcode: &str) -> &[String] {
        self.postcodes.get(postcode).map_or(&[], |v| v.as_slice())
    }

    /// The department with this code.
    pub fn department(&self, code: &str) -> Option<&Department> {
        self.departments.iter().find(|d| d.code == code)
    }

    /// Departments whose normalised name or code starts with the query (for "search a whole department").
    pub fn search(&self, query: &str) -> Vec<&Department> {
        let q = normalize_name(query);
        if q.is_empty() {
            return Vec::new();
        }
        self.departments
            .iter()
            .filter(|d| {
                d.code.eq_ignore_ascii_case(query.trim()) || normalize_name(&d.name).starts_with(&q)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_looks_up() {
        let idx = DepartmentIndex::from_json(
            r#"{"v":1,"departments":[["93","Seine-Saint-Denis","11"],["42","Loire","84"]],"postcodes":{"93100":["93"],"42000":["42"]}}"#,
        )
        .unwrap();
        assert_eq!(idx.departments_for_postcode("93100"), ["93".to_string()]);
        assert!(idx.departments_for_postcode("00000").is_empty());
        assert_eq!(idx.department("42").map(|d| d.name.as_str()), Some("Loire"));
        assert_eq!(idx.search("seine st")[0].code, "93");
        assert!(idx.search("loir et cher").is_empty());
        assert_eq!(idx.search("seine-saint")[0].code, "93");
        assert!(DepartmentIndex::from_json(r#"{"v":1}"#).is_err());
        let with_box = |b: &str| {
            DepartmentIndex::from_json(&format!(
                r#"{{"v":1,"departments":[],"postcodes":{{}},"bounds":{{"93":{b}}}}}"#
            ))
        };
        let b = with_box(r#"["4880","228","4902","261","4"]"#)
            .unwrap()
            .bounds;
        assert_eq!(
            (b[0].min.lat, b[0].max.lon, b[0].reach_km),
            (48.8, 2.61, 4.0)
        );
        for bad in [
            r#"["4880","228","4902","261"]"#,
            r#"["4880","228","4902","261","x"]"#,
            r#"["4902","228","4880","261","4"]"#,
            r#"["9100","228","9200","261","4"]"#,
            r#"["4880","228","4902","261","-1"]"#,
        ] {
            assert!(with_box(bad).is_err(), "{bad}");
        }
        assert!(DepartmentIndex::from_json(r#"{"v":3,"departments":[],"postcodes":{}}"#).is_err());
    }
}
