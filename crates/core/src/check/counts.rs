//! The counts of a read catalogue: records kept by kind, records refused by kind.

use crate::catalogue::{Catalogue, Issue, RecordKind};

/// How many records a catalogue keeps, and how many validation refused.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Providers kept.
    pub providers: usize,
    /// Places kept.
    pub places: usize,
    /// Courses kept.
    pub courses: usize,
    /// Sessions kept.
    pub sessions: usize,
    /// Help places kept.
    pub help_places: usize,
    /// Providers refused.
    pub providers_refused: usize,
    /// Places refused.
    pub places_refused: usize,
    /// Courses refused.
    pub courses_refused: usize,
    /// Sessions refused.
    pub sessions_refused: usize,
    /// Help places refused.
    pub help_places_refused: usize,
    /// Issues that keep their record (a text cleaned of unsafe characters, an e-mail left out).
    pub warnings: usize,
}

/// The counts of `catalogue` as read with `issues`. A record is counted refused once, however
/// many issues it has (one issue per record and field: a record is refused at its first fault,
/// but a reference check may name it again).
pub fn counts(catalogue: &Catalogue, issues: &[Issue]) -> Counts {
    let mut c = Counts {
        providers: catalogue.providers().len(),
        places: catalogue.places().len(),
        courses: catalogue.courses().len(),
        sessions: catalogue.sessions().len(),
        help_places: catalogue.help_places().len(),
        ..Counts::default()
    };
    let mut seen: Vec<(RecordKind, usize)> = Vec::new();
    for issue in issues {
        if !issue.problem.drops_record() {
            c.warnings += 1;
            continue;
        }
        let Some(index) = issue.index else { continue };
        if seen.contains(&(issue.kind, index)) {
            continue;
        }
        seen.push((issue.kind, index));
        match issue.kind {
            RecordKind::Provider => c.providers_refused += 1,
            RecordKind::Place => c.places_refused += 1,
            RecordKind::Course => c.courses_refused += 1,
            RecordKind::Session => c.sessions_refused += 1,
            RecordKind::HelpPlace => c.help_places_refused += 1,
            RecordKind::Document | RecordKind::HelpNetwork => {}
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    const CATALOGUE: &str = r#"{"schema_version": 1,
      "providers": [{"id": "p", "name": "Organisme"}],
      "places": [{"id": "l", "provider": "p", "name": "Site", "address": {"postcode": "93100", "city": "Montreuil", "insee_code": "93048"}, "latitude": 48.86, "longitude": 2.44, "coordinates_precision": "commune"}],
      "courses": [{"id": "c", "provider": "p", "title": "Développeur web", "domains": ["developpement-web-mobile"], "source_url": "https://exemple.invalid/c", "verified_on": "2026-11-03"},
                  {"id": "c2", "provider": "p", "title": "", "domains": ["developpement-web-mobile"], "source_url": "https://exemple.invalid/c", "verified_on": "2026-11-03"}],
      "sessions": [{"id": "s1", "course": "c", "place": "l", "intake": "a-confirmer"},
                   {"id": "s2", "course": "c", "place": "l", "intake": "a-confirmer", "start": "2026-13-01"},
                   {"id": "s3", "course": "nulle-part", "place": "l", "intake": "a-confirmer"}],
      "help_places": [{"id": "h", "kind": "mission-locale", "name": "", "address": {"postcode": "93100", "city": "Montreuil", "insee_code": "93048"}, "latitude": 48.86, "longitude": 2.44}]}"#;

    #[test]
    fn records_kept_and_refused_are_counted_by_kind_each_refused_record_once() {
        let (catalogue, issues) = Catalogue::from_json(CATALOGUE);
        let c = counts(&catalogue, &issues);
        assert_eq!((c.providers, c.places, c.courses, c.sessions), (1, 1, 1, 1));
        assert_eq!((c.courses_refused, c.sessions_refused), (1, 2));
        assert_eq!((c.help_places, c.help_places_refused), (0, 1));
        assert_eq!(
            (c.providers_refused, c.places_refused, c.warnings),
            (0, 0, 0)
        );
    }
}
