//! Sine and cosine for the angles distances need, without libm's general ones.
//!
//! The haversine formula only takes half-differences of latitudes and longitudes (at most π in
//! absolute value) and cosines of latitudes (at most π/2). libm's `sin`/`cos` accept any angle,
//! so they bring its large-argument reduction (`rem_pio2`, with the table of 2/π digits: 3.5 KB
//! of the app's wasm, which compresses badly) for angles we never have. Measured on the merged
//! issue-12 build: `rem_pio2` 3 237 + 241 B, `sin`/`cos`/`k_sin`/`k_cos` 789 B of raw wasm. These
//! are the Taylor series to the x²¹ term, evaluated in nested form: on |x| ≤ π/2 the first term
//! left out is below 10⁻¹⁸, under the rounding of an `f64`; the tests compare with the platform's
//! libm on a fine grid.

use std::f64::consts::{FRAC_PI_2, PI};

/// sin x for |x| ≤ π/2 (a little beyond is still accurate; the callers never go there).
fn sin_near_zero(x: f64) -> f64 {
    let x2 = x * x;
    // sin x = x (1 - x²/(2·3) (1 - x²/(4·5) (1 - … (1 - x²/(20·21)))))
    let mut acc = 1.0;
    let mut k = 20.0;
    while k >= 2.0 {
        acc = 1.0 - x2 / (k * (k + 1.0)) * acc;
        k -= 2.0;
    }
    x * acc
}

/// sin²(x/2) for |x| ≤ 2π: the haversine of an angle between two latitudes or longitudes.
pub(crate) fn haversine(x: f64) -> f64 {
    let mut y = (x / 2.0).abs().min(PI);
    if y > FRAC_PI_2 {
        y = PI - y;
    }
    let s = sin_near_zero(y);
    s * s
}

/// cos x for |x| ≤ π/2 (a latitude in radians).
pub(crate) fn cos_latitude(x: f64) -> f64 {
    sin_near_zero(FRAC_PI_2 - x.abs().min(FRAC_PI_2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_haversine_agrees_with_libm_over_every_angle_it_is_given() {
        let mut worst: f64 = 0.0;
        for i in 0..=200_000 {
            let x = -2.0 * PI + 4.0 * PI * f64::from(i) / 200_000.0;
            let libm = (x / 2.0).sin().powi(2);
            worst = worst.max((haversine(x) - libm).abs());
        }
        assert!(worst < 1e-15, "{worst:e}");
    }

    #[test]
    fn the_cosine_of_a_latitude_agrees_with_libm() {
        let mut worst: f64 = 0.0;
        for i in 0..=100_000 {
            let x = -FRAC_PI_2 + PI * f64::from(i) / 100_000.0;
            worst = worst.max((cos_latitude(x) - x.cos()).abs());
        }
        assert!(worst < 1e-15, "{worst:e}");
        assert!((cos_latitude(0.0) - 1.0).abs() < 1e-15);
        assert!(cos_latitude(FRAC_PI_2).abs() < 1e-16);
    }
}
