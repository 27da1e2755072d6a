//! A course's sessions for its page, nearest first from the person's place: a session 7 km away
//! is not listed after one 508 km away.

use crate::catalogue::Catalogue;
use crate::geo::GeoPoint;

/// The sessions of a course (positions in [`Catalogue::sessions`]) with their distance in km,
/// nearest first; sessions whose distance is unknown (no place given by the person) keep the
/// catalogue order after them, remote sessions last.
pub fn sessions_nearest_first(
    cat: &Catalogue,
    course_id: &str,
    from: Option<GeoPoint>,
) -> Vec<(usize, Option<f32>)> {
    let mut v: Vec<(usize, Option<f32>, bool)> = cat
        .sessions_of_course(course_id)
        .into_iter()
        .map(|i| {
            let place = cat.place_of(i).and_then(|p| p.point());
            let km = from.zip(place).map(|(a, b)| a.distance_km(b) as f32);
            (i, km, place.is_none())
        })
        .collect();
    crate::sort::sort_by(&mut v, |a, b| {
        let key = |x: &(usize, Option<f32>, bool)| match x {
            (_, Some(km), _) => *km,
            (_, None, false) => f32::MAX,
            (_, None, true) => f32::INFINITY,
        };
        key(a).total_cmp(&key(b))
    });
    v.into_iter().map(|(i, km, _)| (i, km)).collect()
}
