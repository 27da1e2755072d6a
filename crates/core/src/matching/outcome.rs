//! `match_profile`: one pass over the sessions, then ranking, widening, explanations and next steps.

use super::eligibility::{
    age_check, audience_ok, course_preferences, level_check, session_open, start_check, Condition,
};
use super::explain::{explain, Reason, Warning};
use super::near_miss::NearMiss;
use super::next_steps::{next_steps, NextStep};
use super::score::{access_points, course_points, distance_points, start_points};
use super::widen::{first_radius_with_results, Widening};
use crate::catalogue::Catalogue;
use crate::date::Date;
use crate::profile::{Profile, Radius};

/// Matching options. `today` is always given: the crate never reads the clock.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// The day to judge deadlines and start dates against.
    pub today: Date,
    /// Most results returned (default 50).
    pub limit: usize,
    /// Most near misses returned (default 5).
    pub near_miss_limit: usize,
    /// Widen the radius, then go remote, when nothing fits (default true).
    pub widen: bool,
}

impl Options {
    /// Defaults for `today`.
    pub fn new(today: Date) -> Options {
        Options {
            today,
            limit: 50,
            near_miss_limit: 5,
            widen: true,
        }
    }
}

/// One result: a session the person can apply to, with its explanations.
#[derive(Clone, Debug, PartialEq)]
pub struct Match {
    /// Position of the session in [`Catalogue::sessions`] (see [`Catalogue::course_of`], [`Catalogue::place_of`]).
    pub session: usize,
    /// Score (higher is better).
    pub score: u32,
    /// Distance in km (not for remote sessions or without a location).
    pub distance_km: Option<f32>,
    /// Why it fits.
    pub reasons: Vec<Reason>,
    /// What to check.
    pub warnings: Vec<Warning>,
}

/// Everything the results page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// Best results first (at most `limit`).
    pub results: Vec<Match>,
    /// Sessions that fail exactly one relaxable condition, best first.
    pub near_misses: Vec<NearMiss>,
    /// What was widened when nothing fitted in the person's radius.
    pub widening: Option<Widening>,
    /// The radius the results are within.
    pub radius_used: Radius,
    /// How many sessions fit in all (before `limit`).
    pub total_results: usize,
    /// Who can help, nearest first.
    pub next_steps: Vec<NextStep>,
}

/// Per-course facts computed once.
#[derive(Clone, Copy)]
struct CourseEval {
    /// Excluded whatever the session (audience, age or level far off, ≥ 2 failures).
    excluded: bool,
    /// Fails exactly one relaxable course condition (recomputed for the few near misses shown).
    failure: bool,
    points: u32,
    /// Modality is fully remote.
    remote: bool,
}

/// A session passing every non-relaxable rule, with its relaxable failures except distance.
#[derive(Clone, Copy)]
struct Cand {
    session: u32,
    score: u32,
    /// Distance in km; negative for "no distance rule" (remote or no location).
    dist: f32,
    /// `None` = no relaxable failure besides distance; `Some(Fail)` = exactly one.
    fail: Option<Fail>,
}

#[derive(Clone, Copy)]
enum Fail {
    Course,
    Remote,
    Start,
}

fn rank(a: &Cand, b: &Cand) -> std::cmp::Ordering {
    b.score
        .cmp(&a.score)
        .then_with(|| a.dist.total_cmp(&b.dist))
        .then_with(|| a.session.cmp(&b.session))
}

fn top(mut v: Vec<Cand>, k: usize) -> Vec<Cand> {
    if k == 0 {
        return Vec::new();
    }
    if v.len() > k {
        v.select_nth_unstable_by(k - 1, rank);
        v.truncate(k);
    }
    crate::sort::sort_by(&mut v, rank);
    v
}

/// Matches a profile against a catalogue. Pure and deterministic: same inputs, same outcome.
pub fn match_profile(p: &Profile, cat: &Catalogue, opt: &Options) -> Outcome {
    let today = opt.today;
    let from = p.location.as_ref().map(|l| l.point());

    // Per-course evaluation: rules that do not depend on the session.
    let mut scratch: Vec<Condition> = Vec::new();
    let courses: Vec<CourseEval> = cat
        .courses()
        .iter()
        .map(|c| {
            scratch.clear();
            let mut excluded = !audience_ok(p, c);
            for check in [age_check(p, c), level_check(p, c)] {
                match check {
                    Ok(()) => {}
                    Err(Some(cond)) => scratch.push(cond),
                    Err(None) => excluded = true,
                }
            }
            course_preferences(p, c, &mut scratch);
            excluded |= scratch.len() > 1;
            let failure = !excluded && scratch.len() == 1;
            CourseEval {
                excluded,
                failure,
                points: course_points(p, c),
                remote: c.modality == Some(crate::profile::Modality::Distanciel),
            }
        })
        .collect();

    // Per-place distance and accessibility points, once.
    let place_eval: Vec<(f32, u32)> = cat
        .places()
        .iter()
        .map(|pl| {
            let d = match (from, pl.point()) {
                (Some(a), Some(b)) => a.distance_km(b) as f32,
                _ => -1.0,
            };
            (d, access_points(p, Some(pl)))
        })
        .collect();
    let remote_access = access_points(p, None);

    let max_km = Radius::Km100.km();
    let mut pool: Vec<Cand> = Vec::with_capacity(cat.sessions().len() / 4);
    // Hot loop: touches only the session and the small per-course / per-place tables.
    for (i, (s, link)) in cat.sessions().iter().zip(&cat.session_links).enumerate() {
        let Some(ce) = courses.get(link.course as usize) else {
            continue;
        };
        if ce.excluded || !session_open(s, today) {
            continue;
        }
        let remote = ce.remote || link.place.is_none();
        let (dist, access) = match link.place.and_then(|pl| place_eval.get(pl as usize)) {
            Some(&(d, a)) if !remote => (d, a),
            _ => (-1.0, remote_access),
        };
        if dist > max_km {
            continue;
        }
        let mut fail = ce.failure.then_some(Fail::Course);
        if remote && !p.remote_ok {
            if fail.is_some() {
                continue;
            }
            fail = Some(Fail::Remote);
        }
        if start_check(p, s, today).is_some() {
            if fail.is_some() {
                continue;
            }
            fail = Some(Fail::Start);
        }
        let score = ce.points
            + distance_points((dist >= 0.0).then_some(dist), remote)
            + start_points(s, today)
            + access;
        pool.push(Cand {
            session: i as u32,
            score,
            dist,
            fail,
        });
    }

    // Radius: the person's, widened step by step if nothing fits.
    let within = |c: &Cand, r: f32| c.dist <= r;
    let clean = |c: &Cand| c.fail.is_none();
    let mut widening = None;
    let mut radius_used = p.radius;
    let mut remote_only = false;
    if opt.widen {
        match first_radius_with_results(p.radius, |r| pool.iter().any(|c| clean(c) && within(c, r)))
        {
            Some(r) if r != p.radius => {
                widening = Some(Widening::Radius {
                    from: p.radius,
                    to: r,
                });
                radius_used = r;
            }
            Some(_) => {}
            None => {
                radius_used = Radius::Km100;
                remote_only = true;
                let any_remote = pool
                    .iter()
                    .any(|c| matches!(c.fail, Some(Fail::Remote) | None) && c.dist < 0.0);
                widening = Some(if any_remote {
                    Widening::RemoteOnly { from: p.radius }
                } else {
                    Widening::Nothing
                });
            }
        }
    }
    let r_km = radius_used.km();
    let is_result = |c: &Cand| {
        if remote_only {
            c.dist < 0.0 && matches!(c.fail, None | Some(Fail::Remote))
        } else {
            clean(c) && within(c, r_km)
        }
    };
    let results_c: Vec<Cand> = pool.iter().copied().filter(|c| is_result(c)).collect();
    let total_results = results_c.len();
    let misses_c: Vec<Cand> = pool
        .iter()
        .copied()
        .filter(|c| {
            !is_result(c)
                && ((clean(c) && !within(c, r_km)) || (c.fail.is_some() && within(c, r_km)))
        })
        .collect();
    drop(pool);

    let build = |c: &Cand| {
        let i = c.session as usize;
        let s = cat.sessions().get(i);
        let course = cat.course_of(i);
        let place = cat.place_of(i);
        let distance_km = (c.dist >= 0.0).then_some(c.dist);
        let (reasons, warnings) = match (s, course) {
            (Some(s), Some(course)) => explain(p, course, s, place, distance_km, today),
            _ => (Vec::new(), Vec::new()),
        };
        (i, distance_km, reasons, warnings)
    };
    let results = top(results_c, opt.limit)
        .iter()
        .map(|c| {
            let (session, distance_km, reasons, warnings) = build(c);
            Match {
                session,
                score: c.score,
                distance_km,
                reasons,
                warnings,
            }
        })
        .collect();
    let near_misses = top(misses_c, opt.near_miss_limit)
        .iter()
        .map(|c| {
            let (session, distance_km, reasons, warnings) = build(c);
            let failed = match c.fail {
                None => Condition::Distance {
                    km: c.dist,
                    radius_km: r_km,
                },
                Some(Fail::Remote) => Condition::RemoteNotWanted,
                Some(Fail::Start) => match cat
                    .sessions()
                    .get(session)
                    .and_then(|s| start_check(p, s, today))
                {
                    Some(cond) => cond,
                    None => Condition::RemoteNotWanted,
                },
                Some(Fail::Course) => {
                    course_failure(p, cat, session).unwrap_or(Condition::RemoteNotWanted)
                }
            };
            NearMiss {
                session,
                failed,
                score: c.score,
                distance_km,
                reasons,
                warnings,
            }
        })
        .collect();
    Outcome {
        results,
        near_misses,
        widening,
        radius_used,
        total_results,
        next_steps: next_steps(p, cat),
    }
}

/// The single relaxable condition a session's course fails (same rules as the per-course pass).
fn course_failure(p: &Profile, cat: &Catalogue, session: usize) -> Option<Condition> {
    let c = cat.course_of(session)?;
    let mut v = Vec::new();
    for check in [age_check(p, c), level_check(p, c)] {
        if let Err(Some(cond)) = check {
            v.push(cond);
        }
    }
    course_preferences(p, c, &mut v);
    v.into_iter().next()
}
