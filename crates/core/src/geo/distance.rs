//! Points on Earth and the great-circle (haversine) distance between them.

use serde::{Deserialize, Deserializer, Serialize};

use super::trig::{cos_latitude, haversine};

/// Mean Earth radius used by the haversine formula, in km.
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

/// A latitude/longitude pair in degrees (WGS84), always finite and in range once built.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct GeoPoint {
    /// Latitude, -90 to 90.
    pub lat: f64,
    /// Longitude, -180 to 180.
    pub lon: f64,
}

impl GeoPoint {
    /// A point; `None` if a coordinate is NaN, infinite or out of range.
    pub fn new(lat: f64, lon: f64) -> Option<GeoPoint> {
        (lat.is_finite()
            && lon.is_finite()
            && (-90.0..=90.0).contains(&lat)
            && (-180.0..=180.0).contains(&lon))
        .then_some(GeoPoint { lat, lon })
    }

    /// Great-circle distance to `other`, in km.
    pub fn distance_km(self, other: GeoPoint) -> f64 {
        haversine_km(self, other)
    }
}

impl<'de> Deserialize<'de> for GeoPoint {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Raw {
            lat: f64,
            lon: f64,
        }
        let raw = Raw::deserialize(d)?;
        GeoPoint::new(raw.lat, raw.lon).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "coordinates out of range: {}, {}",
                raw.lat, raw.lon
            ))
        })
    }
}

/// Haversine distance between two points, in km.
pub fn haversine_km(a: GeoPoint, b: GeoPoint) -> f64 {
    let (la1, la2) = (a.lat.to_radians(), b.lat.to_radians());
    let dlat = la2 - la1;
    let dlon = (b.lon - a.lon).to_radians();
    // `trig`: sine and cosine for these angles only (libm's would bring 4 KB of wasm).
    let h = haversine(dlat) + cos_latitude(la1) * cos_latitude(la2) * haversine(dlon);
    2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paris_to_lyon_is_about_392_km() {
        let paris = GeoPoint::new(48.8566, 2.3522).unwrap();
        let lyon = GeoPoint::new(45.7640, 4.8357).unwrap();
        let d = haversine_km(paris, lyon);
        assert!((d - 392.0).abs() < 2.0, "{d}");
        assert_eq!(haversine_km(paris, paris), 0.0);
        assert!((haversine_km(lyon, paris) - d).abs() < 1e-9);
    }

    /// The formula with libm's functions, as before `trig`.
    fn with_libm(a: GeoPoint, b: GeoPoint) -> f64 {
        let (la1, la2) = (a.lat.to_radians(), b.lat.to_radians());
        let (dlat, dlon) = (la2 - la1, (b.lon - a.lon).to_radians());
        let h = (dlat / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlon / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
    }

    #[test]
    fn distances_are_those_of_libm_to_the_millimetre_anywhere_on_earth() {
        let mut worst: f64 = 0.0;
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |range: f64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 11) as f64 / (1u64 << 53) as f64 * 2.0 * range - range
        };
        for _ in 0..50_000 {
            let a = GeoPoint::new(next(90.0), next(180.0)).unwrap();
            let b = GeoPoint::new(next(90.0), next(180.0)).unwrap();
            worst = worst.max((haversine_km(a, b) - with_libm(a, b)).abs());
        }
        // Both are f64 evaluations of the same formula: a millimetre is 1e-6 km.
        assert!(worst < 1e-6, "{worst:e} km");
    }

    #[test]
    fn rejects_nan_and_out_of_range() {
        assert!(GeoPoint::new(f64::NAN, 2.0).is_none());
        assert!(GeoPoint::new(91.0, 2.0).is_none());
        assert!(GeoPoint::new(45.0, -180.5).is_none());
        assert!(GeoPoint::new(45.0, f64::INFINITY).is_none());
    }
}
