//! Parse, don't validate: JSON text → [`Catalogue`] plus one [`Issue`] per problem.
//!
//! The document is split into raw records first (borrowed, no copy), so one bad record
//! never hides the good ones; each record is then typed by serde, checked (lengths,
//! ranges, codes), and its references resolved. Text is kept as text: nothing is
//! interpreted as HTML here, the UI escapes it.
//!
//! Four jobs, one file each: [`parse`] reads the document and types its records, [`locate`]
//! names the field serde refused, [`rules`] checks each record's fields, [`resolve`] checks the
//! references between records and builds the [`Catalogue`].

mod locate;
mod parse;
mod resolve;
mod rules;

pub(crate) use parse::{from_json, read, read_complete};

use super::*;
use resolve::{build, Meta, Parts};
use rules::{check_records, COURSE, HELP_NETWORK, HELP_PLACE, PLACE, PROVIDER, SESSION};

/// An issue of the document itself (`field` = a top-level field such as `name`).
pub(super) fn doc_issue(field: Option<&str>, problem: Problem) -> Issue {
    Issue {
        kind: RecordKind::Document,
        index: None,
        id: None,
        field: field.map(str::to_string),
        problem,
    }
}

/// Records that passed their own field checks, with their position in the source array.
pub(crate) struct Kept<T> {
    pub(super) recs: Vec<T>,
    pub(super) src: Vec<u32>,
}

/// Checks records built in Rust (an importer's) as [`read`] checks a document's: field rules,
/// then references.
pub(crate) fn from_records(r: CatalogueRecords, limits: &Limits) -> (Catalogue, Vec<Issue>) {
    let mut issues = Vec::new();
    if r.schema_version != SCHEMA_VERSION {
        issues.push(doc_issue(
            Some("schema_version"),
            Problem::Document(DocumentError::UnsupportedSchemaVersion {
                found: r.schema_version.to_string(),
                supported: SCHEMA_VERSION,
            }),
        ));
        return (Catalogue::default(), issues);
    }
    let meta = Meta {
        name: r.name,
        publisher: r.publisher,
        generated_on: r.generated_on,
    };
    let providers = check_records(
        r.providers,
        RecordKind::Provider,
        limits,
        PROVIDER,
        &mut issues,
    );
    let places = check_records(r.places, RecordKind::Place, limits, PLACE, &mut issues);
    let courses = check_records(r.courses, RecordKind::Course, limits, COURSE, &mut issues);
    let sessions = check_records(
        r.sessions,
        RecordKind::Session,
        limits,
        SESSION,
        &mut issues,
    );
    let help_places = check_records(
        r.help_places,
        RecordKind::HelpPlace,
        limits,
        HELP_PLACE,
        &mut issues,
    );
    let help_networks = check_records(
        r.help_networks,
        RecordKind::HelpNetwork,
        limits,
        HELP_NETWORK,
        &mut issues,
    );
    let parts = Parts {
        providers,
        places,
        courses,
        sessions,
        help_places,
        help_networks,
    };
    let cat = build(meta, parts, &mut issues);
    (cat, issues)
}
