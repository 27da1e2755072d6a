//! Reference resolution: duplicate ids, references to providers, courses and places that are not
//! in the catalogue (the record is dropped), one network per kind; then the [`Catalogue`].

use super::rules::{COURSE, HELP_PLACE, PLACE, PROVIDER, SESSION};
use super::Kept;
use crate::catalogue::*;
use crate::date::Date;
use std::collections::{HashMap, HashSet};

/// The document's own fields (besides its records).
pub(crate) struct Meta {
    pub(super) name: Option<String>,
    pub(super) publisher: Option<String>,
    pub(super) generated_on: Option<Date>,
}

/// One network per kind: a later one of an already listed kind is reported and dropped.
fn finish_networks(kept: Kept<HelpNetwork>, issues: &mut Vec<Issue>) -> Vec<HelpNetwork> {
    let Kept { mut recs, src } = kept;
    let mut seen: HashSet<HelpKind> = HashSet::with_capacity(recs.len());
    let mut flags = Vec::with_capacity(recs.len());
    for (n, index) in recs.iter().zip(&src) {
        let fresh = seen.insert(n.kind);
        if !fresh {
            issues.push(Issue {
                kind: RecordKind::HelpNetwork,
                index: Some(*index as usize),
                id: None,
                field: Some("kind".to_string()),
                problem: Problem::DuplicateKind {
                    kind: n.kind.code().to_string(),
                },
            });
        }
        flags.push(fresh);
    }
    let mut it = flags.into_iter();
    recs.retain(|_| it.next().unwrap_or(false));
    recs
}

/// Reference and duplicate checks, in place: drops the records that fail them.
fn finish<T>(
    kept: Kept<T>,
    kind: RecordKind,
    id_of: fn(&T) -> &str,
    mut refs: impl FnMut(&T) -> Option<(&'static str, Problem)>,
    issues: &mut Vec<Issue>,
) -> Vec<T> {
    let Kept { mut recs, src } = kept;
    let mut flags = Vec::with_capacity(recs.len());
    {
        let mut seen: HashSet<&str> = HashSet::with_capacity(recs.len());
        for (rec, index) in recs.iter().zip(&src) {
            let id = id_of(rec);
            let problem = refs(rec).or_else(|| {
                (!seen.insert(id)).then(|| {
                    (
                        "id",
                        Problem::DuplicateId {
                            id: id.chars().take(100).collect(),
                        },
                    )
                })
            });
            flags.push(problem.is_none());
            if let Some((field, problem)) = problem {
                issues.push(Issue {
                    kind,
                    index: Some(*index as usize),
                    id: Some(id.chars().take(100).collect()),
                    field: Some(field.to_string()),
                    problem,
                });
            }
        }
    }
    let mut it = flags.into_iter();
    recs.retain(|_| it.next().unwrap_or(false));
    recs
}

fn positions<T>(v: &[T], id_of: fn(&T) -> &str) -> HashMap<&str, u32> {
    v.iter()
        .enumerate()
        .map(|(i, r)| (id_of(r), i as u32))
        .collect()
}

fn dangling(field: &'static str, target: RecordKind, id: &str) -> Option<(&'static str, Problem)> {
    Some((
        field,
        Problem::UnknownReference {
            target,
            id: id.chars().take(100).collect(),
        },
    ))
}

/// The records of each array that passed their own field checks.
pub(crate) struct Parts {
    pub(super) providers: Kept<Provider>,
    pub(super) places: Kept<Place>,
    pub(super) courses: Kept<Course>,
    pub(super) sessions: Kept<Session>,
    pub(super) help_places: Kept<HelpPlace>,
    pub(super) help_networks: Kept<HelpNetwork>,
}

/// Resolves the references of the records that passed their field checks (dropping those that
/// fail, with an issue each) and builds the catalogue.
pub(crate) fn build(meta: Meta, parts: Parts, issues: &mut Vec<Issue>) -> Catalogue {
    let Parts {
        providers,
        places,
        courses,
        sessions,
        help_places,
        help_networks,
    } = parts;
    let providers = finish(
        providers,
        RecordKind::Provider,
        PROVIDER.0,
        |_| None,
        issues,
    );
    let provider_ids: HashSet<&str> = providers.iter().map(|p| p.id.as_str()).collect();
    let places = finish(
        places,
        RecordKind::Place,
        PLACE.0,
        |p| {
            if provider_ids.contains(p.provider.as_str()) {
                None
            } else {
                dangling("provider", RecordKind::Provider, &p.provider)
            }
        },
        issues,
    );
    let courses = finish(
        courses,
        RecordKind::Course,
        COURSE.0,
        |c| {
            if provider_ids.contains(c.provider.as_str()) {
                None
            } else {
                dangling("provider", RecordKind::Provider, &c.provider)
            }
        },
        issues,
    );
    let place_pos = positions(&places, PLACE.0);
    let course_pos = positions(&courses, COURSE.0);
    let sessions = finish(
        sessions,
        RecordKind::Session,
        SESSION.0,
        |s| {
            if !course_pos.contains_key(s.course.as_str()) {
                return dangling("course", RecordKind::Course, &s.course);
            }
            match &s.place {
                Some(p) if !place_pos.contains_key(p.as_str()) => {
                    dangling("place", RecordKind::Place, p)
                }
                _ => None,
            }
        },
        issues,
    );
    // Every reference resolved in `finish`; the fallbacks are unreachable.
    let session_links = sessions
        .iter()
        .map(|s| SessionLink {
            course: course_pos.get(s.course.as_str()).copied().unwrap_or(0),
            place: s.place.as_deref().and_then(|p| place_pos.get(p).copied()),
        })
        .collect();
    drop((place_pos, course_pos, provider_ids));
    let help_places = finish(
        help_places,
        RecordKind::HelpPlace,
        HELP_PLACE.0,
        |_| None,
        issues,
    );
    let help_networks = finish_networks(help_networks, issues);
    Catalogue {
        name: meta.name,
        publisher: meta.publisher,
        generated_on: meta.generated_on,
        providers,
        places,
        courses,
        sessions,
        help_places,
        help_networks,
        session_links,
    }
}
