//! `match_profile`: one pass over the sessions, then ranking, widening, explanations and next steps.

use super::eligibility::{
    age_check, audience_ok, course_preferences, level_check, session_open, start_check, Condition,
};
use super::explain::{explain, Reason, Warning};
use super::funding_route::FundingRoute;
use super::near_miss::NearMiss;
use super::next_steps::{next_steps, NextStep};
use super::pay::{income_routes, IncomeRoute, Pay};
use super::score::{access_points, course_points, distance_points, start_points};
use super::widen::{first_radius_with_results, Widening};
use crate::catalogue::Catalogue;
use crate::date::Date;
use crate::profile::{Domain, Profile, Radius};

/// Fewer results than this and the page offers the next radius and the remote options, with
/// counts: two cards leave a person little to compare, three is where a choice begins.
pub const FEW_RESULTS: usize = 3;

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

/// One result: a course the person can apply to, at its nearest site, with its explanations.
#[derive(Clone, Debug, PartialEq)]
pub struct Match {
    /// Position of the session in [`Catalogue::sessions`] (see [`Catalogue::course_of`], [`Catalogue::place_of`]):
    /// the nearest of the course's sessions that fit.
    pub session: usize,
    /// The course's other sessions that fit, one per other place, nearest first ("et 3 autres lieux").
    pub other_sites: Vec<usize>,
    /// Whether trainees are paid.
    pub pay: Pay,
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
    /// How many courses fit in all (before `limit`).
    pub total_results: usize,
    /// Whether the results cover the person's chosen domains.
    pub interest: InterestCoverage,
    /// With fewer than [`FEW_RESULTS`] results: what a wider radius or remote courses would add.
    pub more: Option<MoreOptions>,
    /// Routes to an income during training (only when the person needs pay).
    pub income_routes: Vec<IncomeRoute>,
    /// The funding route of the person's situation.
    pub funding_route: FundingRoute,
    /// Who can help, nearest first.
    pub next_steps: Vec<NextStep>,
}

/// Whether any result is in a domain the person chose.
#[derive(Clone, Debug, PartialEq)]
pub enum InterestCoverage {
    /// No domain chosen, or some result in person is in one.
    Covered,
    /// No result in person within `radius` is in a chosen domain; `remote` remote courses are
    /// (shown first), and `others` says whether results in other domains follow.
    Missing {
        /// The chosen domains.
        domains: Vec<Domain>,
        /// The radius the results are within.
        radius: Radius,
        /// Remote courses in a chosen domain, among the results.
        remote: usize,
        /// Results in other domains follow.
        others: bool,
    },
}

/// What the person could add to few results, with counts (courses, not sessions).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MoreOptions {
    /// The first wider radius that adds courses, and how many courses fit within it.
    pub wider: Option<(Radius, usize)>,
    /// Remote courses that fit but for "à distance" not being chosen.
    pub remote: usize,
    /// The counts are of courses in the person's chosen domains (they chose some).
    pub in_your_fields: bool,
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
    /// In a chosen domain.
    interest: bool,
    /// [`Pay::rank`] when the person needs pay, else 0.
    pay: u8,
}

/// A session passing every non-relaxable rule, with its relaxable failures except distance.
#[derive(Clone, Copy)]
struct Cand {
    session: u32,
    course: u32,
    /// Place index, `u32::MAX` for none.
    place: u32,
    /// Followed remotely.
    remote: bool,
    /// Accessibility points (0 without an RQTH): the site shown is the most accessible first.
    access: u32,
    /// In a chosen domain (ranked before the others).
    interest: bool,
    /// [`Pay::rank`] when the person needs pay, else 0 (ranked before the score).
    pay: u8,
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

/// The order of results: interest first, then pay when needed, then the score (see
/// [`super::score::RANKING`]), then the nearest, then catalogue order.
fn rank(a: &Cand, b: &Cand) -> std::cmp::Ordering {
    b.interest
        .cmp(&a.interest)
        .then_with(|| b.pay.cmp(&a.pay))
        .then_with(|| b.score.cmp(&a.score))
        .then_with(|| a.dist.total_cmp(&b.dist))
        .then_with(|| a.session.cmp(&b.session))
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
                interest: c.domains.iter().any(|d| p.interests.contains(*d)),
                pay: if p.constraints.needs_remuneration {
                    Pay::of(c).rank()
                } else {
                    0
                },
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
            course: link.course,
            place: link.place.filter(|_| !remote).unwrap_or(u32::MAX),
            remote,
            access,
            interest: ce.interest,
            pay: ce.pay,
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
    let mut results_c: Vec<Cand> = pool.iter().copied().filter(|c| is_result(c)).collect();
    let n_courses = cat.courses().len();

    // Interest: when no result in person is in a chosen domain, remote courses in one come first,
    // even when "à distance" was not ticked (the notice says so).
    let near_interest = results_c.iter().any(|c| c.interest && !c.remote);
    let mut interest = InterestCoverage::Covered;
    if !p.interests.is_empty() && !near_interest {
        if !remote_only {
            results_c.extend(
                pool.iter()
                    .filter(|c| c.interest && c.remote && matches!(c.fail, Some(Fail::Remote)))
                    .copied(),
            );
        }
        let remote = distinct_courses(
            n_courses,
            results_c.iter().filter(|c| c.interest && c.remote),
        );
        interest = InterestCoverage::Missing {
            domains: p.interests.iter().collect(),
            radius: radius_used,
            remote,
            others: results_c.iter().any(|c| !c.interest),
        };
    }
    crate::sort::sort_by(&mut results_c, rank);
    let groups = group_by_course(n_courses, &results_c);
    let total_results = groups.len();
    let mut result_courses = vec![false; n_courses];
    for g in &groups {
        if let Some(slot) = g
            .first()
            .and_then(|c| result_courses.get_mut(c.course as usize))
        {
            *slot = true;
        }
    }
    let in_results = |course: u32| {
        result_courses
            .get(course as usize)
            .copied()
            .unwrap_or(false)
    };

    // "Few" counts what the person came for: courses near them (not remote) in a chosen domain
    // when they chose one. Nine nearby results in other fields and none in cybersecurity are few
    // for someone who asked for cybersecurity (the Maubeuge case of issue 9).
    let in_your_fields = !p.interests.is_empty();
    let wanted = |c: &Cand| !c.remote && c.dist >= 0.0 && (!in_your_fields || c.interest);
    let wanted_now = distinct_courses(n_courses, results_c.iter().filter(|c| wanted(c)));
    let more = (wanted_now < FEW_RESULTS && !remote_only && from.is_some())
        .then(|| {
            // The first wider radius that adds a wanted course (50 km may add nothing to 30 km).
            let mut wider = None;
            let mut r = radius_used.wider();
            while let Some(cur) = r {
                let n = distinct_courses(
                    n_courses,
                    pool.iter()
                        .filter(|c| clean(c) && within(c, cur.km()) && wanted(c)),
                );
                if n > wanted_now {
                    wider = Some((cur, n));
                    break;
                }
                r = cur.wider();
            }
            let remote = distinct_courses(
                n_courses,
                pool.iter().filter(|c| {
                    c.remote
                        && matches!(c.fail, Some(Fail::Remote))
                        && !in_results(c.course)
                        && (!in_your_fields || c.interest)
                }),
            );
            MoreOptions {
                wider,
                remote,
                in_your_fields,
            }
        })
        .filter(|m| m.wider.is_some() || m.remote > 0);

    let mut misses_c: Vec<Cand> = pool
        .iter()
        .copied()
        .filter(|c| {
            !is_result(c)
                && !in_results(c.course)
                && ((clean(c) && !within(c, r_km)) || (c.fail.is_some() && within(c, r_km)))
        })
        .collect();
    drop(pool);
    crate::sort::sort_by(&mut misses_c, rank);
    let mut seen = vec![false; n_courses];
    misses_c.retain(|c| match seen.get_mut(c.course as usize) {
        Some(s) if !*s => {
            *s = true;
            true
        }
        _ => false,
    });
    misses_c.truncate(opt.near_miss_limit);

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
    let results = groups
        .iter()
        .take(opt.limit)
        .filter_map(|g| {
            let (shown, others) = nearest_first(g)?;
            let (session, distance_km, reasons, warnings) = build(&shown);
            Some(Match {
                session,
                other_sites: others,
                pay: cat.course_of(session).map_or(Pay::ToCheck, Pay::of),
                score: g.iter().map(|c| c.score).max().unwrap_or(shown.score),
                distance_km,
                reasons,
                warnings,
            })
        })
        .collect();
    let near_misses = misses_c
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
        interest,
        more,
        income_routes: income_routes(p),
        funding_route: FundingRoute::for_profile(p),
        next_steps: next_steps(p, cat),
    }
}

/// How many different courses the candidates are sessions of (linear: a table per course).
fn distinct_courses<'a>(n_courses: usize, cands: impl Iterator<Item = &'a Cand>) -> usize {
    let mut seen = vec![false; n_courses];
    let mut n = 0;
    for c in cands {
        if let Some(s) = seen.get_mut(c.course as usize) {
            n += usize::from(!*s);
            *s = true;
        }
    }
    n
}

/// Ranked candidates grouped by course, groups in the order of their best session.
fn group_by_course(n_courses: usize, ranked: &[Cand]) -> Vec<Vec<Cand>> {
    let mut group_of: Vec<Option<usize>> = vec![None; n_courses];
    let mut groups: Vec<Vec<Cand>> = Vec::new();
    for c in ranked {
        match group_of.get_mut(c.course as usize) {
            Some(Some(g)) => groups[*g].push(*c),
            Some(slot) => {
                *slot = Some(groups.len());
                groups.push(vec![*c]);
            }
            None => {}
        }
    }
    groups
}

/// The session a course's card shows: the most accessible for a person with an RQTH (others
/// get no accessibility points), then the nearest (remote last); and the other sites nearest
/// first, one session per place (a second date at the same place is not another place).
fn nearest_first(group: &[Cand]) -> Option<(Cand, Vec<usize>)> {
    let key = |c: &Cand| {
        if c.dist < 0.0 {
            f32::INFINITY
        } else {
            c.dist
        }
    };
    let mut v = group.to_vec();
    crate::sort::sort_by(&mut v, |a, b| key(a).total_cmp(&key(b)));
    // The first (nearest) of the most accessible.
    let best = v.iter().map(|c| c.access).max()?;
    let shown = *v.iter().find(|c| c.access == best)?;
    let mut places: Vec<u32> = vec![shown.place];
    let mut others = Vec::new();
    for c in &v {
        if c.session != shown.session && !places.contains(&c.place) {
            places.push(c.place);
            others.push(c.session as usize);
        }
    }
    Some((shown, others))
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
