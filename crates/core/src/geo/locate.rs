//! "Me localiser": the commune nearest to a position, anywhere in France (overseas too), from
//! the position alone. The index's department boxes say which department shards can hold a
//! nearer commune than the best one loaded so far: those are loaded nearest box first, one at a
//! time, until no other box can beat it (usually one shard, two or three near a border). A
//! position too far from every commune is outside France, and nothing is loaded for it.

use super::department::DepartmentBounds;
use super::distance::EARTH_RADIUS_KM;
use super::{Commune, CommuneIndex, DepartmentIndex, GeoPoint};

/// How far beyond a commune's land a position may be and still be given that commune (at
/// sea off the coast, on a border): 50 km, the brief's "outside France" line. A department's
/// communes extend up to its reach from their points (Guyane: about 150 km), which is added.
pub const OUTSIDE_FRANCE_KM: f64 = 50.0;

/// What to do next to find the commune nearest to a position.
#[derive(Clone, Debug, PartialEq)]
pub enum NextStep<'a> {
    /// Load this department's shard, then ask again.
    Load(&'a str),
    /// The nearest commune, and its distance in km.
    Found(&'a Commune, f64),
    /// No commune is near enough: the position is outside France.
    OutsideFrance,
}

impl DepartmentBounds {
    /// A distance (km) that no commune of the department is nearer than: the great-circle
    /// distance to the box, with the latitudes' cosines taken at their smallest (so it never
    /// overestimates).
    pub fn lower_bound_km(&self, p: GeoPoint) -> f64 {
        let gap = |x: f64, lo: f64, hi: f64| (lo - x).max(x - hi).max(0.0);
        let dlat = gap(p.lat, self.min.lat, self.max.lat).to_radians();
        let dlon = if (self.min.lon..=self.max.lon).contains(&p.lon) {
            0.0
        } else {
            // Longitudes are within ±180°, so a difference is within ±360° (no `rem_euclid`:
            // its `fmod` costs 2.3 KB of wasm).
            let around = |a: f64, b: f64| {
                let d = (a - b).abs();
                d.min(360.0 - d)
            };
            around(p.lon, self.min.lon)
                .min(around(p.lon, self.max.lon))
                .to_radians()
        };
        let widest = p
            .lat
            .abs()
            .max(self.min.lat.abs())
            .max(self.max.lat.abs())
            .to_radians();
        let h = super::trig::haversine(dlat)
            + super::trig::cos_latitude(widest).powi(2) * super::trig::haversine(dlon);
        2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
    }
}

/// The next step to find the commune nearest to `point`, given the communes loaded so far and
/// which department shards are loaded. Call again after each [`NextStep::Load`]; each call
/// asks for a department not yet loaded, so the loop ends after at most one call per
/// department.
pub fn nearest_step<'a>(
    point: GeoPoint,
    departments: &'a DepartmentIndex,
    communes: &'a CommuneIndex,
    loaded: &dyn Fn(&str) -> bool,
) -> NextStep<'a> {
    let best = communes.nearest(point);
    let mut boxes: Vec<(&DepartmentBounds, f64)> = departments
        .bounds
        .iter()
        .map(|b| (b, b.lower_bound_km(point)))
        .collect();
    crate::sort::sort_by(&mut boxes, |(a, da), (b, db)| {
        da.total_cmp(db).then_with(|| a.code.cmp(&b.code))
    });
    for (b, lower) in boxes {
        let beaten = best.is_some_and(|(_, d)| lower >= d);
        let too_far = lower > OUTSIDE_FRANCE_KM + b.reach_km;
        if !beaten && !too_far && !loaded(&b.code) {
            return NextStep::Load(&b.code);
        }
    }
    let reach = |dep: &str| {
        departments
            .bounds
            .iter()
            .find(|b| b.code == dep)
            .map_or(0.0, |b| b.reach_km)
    };
    match best {
        Some((c, d)) if d <= OUTSIDE_FRANCE_KM + reach(&c.department) => NextStep::Found(c, d),
        _ => NextStep::OutsideFrance,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::CommuneShard;

    fn index() -> DepartmentIndex {
        DepartmentIndex::from_json(
            r#"{"v":1,"departments":[["14","Calvados","28"],["50","Manche","28"],["973","Guyane","03"]],"postcodes":{},
            "bounds":{"14":["4875","-116","4943","45","12"],"50":["4845","-195","4973","-73","10"],"973":["211","-5461","576","-5161","160"]}}"#,
        )
        .unwrap()
    }

    fn shard(dep: &str) -> CommuneShard {
        let text = match dep {
            "14" => {
                r#"{"v":1,"dep":"14","communes":[["14118","Caen",["14000"],49.1829,-0.3707,108000],["14047","Bayeux",["14400"],49.2765,-0.7024,12000]]}"#
            }
            "50" => {
                r#"{"v":1,"dep":"50","communes":[["50502","Saint-Lô",["50000"],49.1157,-1.0906,19000]]}"#
            }
            "973" => {
                r#"{"v":1,"dep":"973","communes":[["97302","Cayenne",["97300"],4.9372,-52.326,63000],["97352","Saül",["97314"],3.6222,-53.2075,150]]}"#
            }
            _ => r#"{"v":1,"dep":"00","communes":[]}"#,
        };
        CommuneShard::from_json(text).unwrap()
    }

    /// Runs the steps, loading shards as asked: the commune found (or `None` outside France)
    /// and the departments loaded.
    fn locate(lat: f64, lon: f64) -> (Option<String>, Vec<String>) {
        let departments = index();
        let mut communes = CommuneIndex::new();
        let mut loaded: Vec<String> = Vec::new();
        loop {
            let point = GeoPoint::new(lat, lon).unwrap();
            let step = nearest_step(point, &departments, &communes, &|d| {
                loaded.iter().any(|l| l == d)
            });
            match step {
                NextStep::Load(dep) => {
                    let dep = dep.to_string();
                    communes.add_shard(shard(&dep));
                    loaded.push(dep);
                }
                NextStep::Found(c, _) => return (Some(c.name.clone()), loaded),
                NextStep::OutsideFrance => return (None, loaded),
            }
        }
    }

    #[test]
    fn a_position_finds_its_department_from_the_boxes_alone() {
        assert_eq!(
            locate(49.18, -0.37),
            (Some("Caen".into()), vec!["14".into()])
        );
        assert_eq!(locate(4.93, -52.33).0.as_deref(), Some("Cayenne"));
    }

    #[test]
    fn near_a_border_the_neighbouring_department_is_loaded_too() {
        // Between Bayeux and Saint-Lô, in both boxes: Saint-Lô (Manche) is nearer.
        let (found, loaded) = locate(49.12, -1.0);
        assert_eq!(found.as_deref(), Some("Saint-Lô"));
        assert_eq!(loaded.len(), 2, "{loaded:?}");
    }

    #[test]
    fn deep_in_guyane_far_from_any_town_hall_is_still_france() {
        assert_eq!(locate(3.0, -53.5).0.as_deref(), Some("Saül"));
    }

    #[test]
    fn mid_atlantic_is_outside_france_and_loads_nothing() {
        assert_eq!(locate(40.0, -40.0), (None, vec![]));
        // 60 km off the Calvados coast, beyond its 12 km reach plus 50 km.
        assert_eq!(locate(50.1, -0.4).0, None);
    }

    #[test]
    fn the_lower_bound_never_exceeds_the_true_distance() {
        let b = &index().bounds[0];
        for (lat, lon) in [(49.43, 0.45), (48.75, -1.16), (49.0, 0.45), (49.43, -0.5)] {
            let corner = GeoPoint::new(lat, lon).unwrap();
            for (plat, plon) in [(55.0, 10.0), (40.0, -20.0), (49.1, 3.0), (60.0, -0.5)] {
                let p = GeoPoint::new(plat, plon).unwrap();
                assert!(b.lower_bound_km(p) <= p.distance_km(corner) + 1e-9);
            }
        }
        assert_eq!(b.lower_bound_km(GeoPoint::new(49.0, -0.5).unwrap()), 0.0);
        // Across the antimeridian (Wallis-et-Futuna lies near -176°).
        let wf = DepartmentBounds {
            code: "986".into(),
            min: GeoPoint::new(-14.4, -178.2).unwrap(),
            max: GeoPoint::new(-13.2, -176.1).unwrap(),
            reach_km: 10.0,
        };
        let east = GeoPoint::new(-13.8, 179.9).unwrap();
        let d = wf.lower_bound_km(east);
        assert!((150.0..210.0).contains(&d), "{d}");
    }
}
