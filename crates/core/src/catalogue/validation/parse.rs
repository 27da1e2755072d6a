//! Reading the document: its bytes and shape, then each array split into raw records and each
//! record typed by serde (a record serde refuses is one issue, the others are kept).

use super::locate::record_issue_from_serde;
use super::resolve::{build, Meta, Parts};
use super::rules::{
    char_len_over, check_one, Check, Rules, COURSE, HELP_NETWORK, HELP_PLACE, PLACE, PROVIDER,
    SESSION,
};
use super::{doc_issue, Kept};
use crate::catalogue::document::{self, DocumentError};
use crate::catalogue::issue::{problem_from_serde, strip_position, ValueKind};
use crate::catalogue::*;
use crate::date::Date;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::value::RawValue;

#[derive(Deserialize)]
struct RawDoc<'a> {
    #[serde(borrow, default)]
    schema_version: Option<&'a RawValue>,
    #[serde(borrow, default)]
    name: Option<&'a RawValue>,
    #[serde(borrow, default)]
    publisher: Option<&'a RawValue>,
    #[serde(borrow, default)]
    generated_on: Option<&'a RawValue>,
    #[serde(borrow, default)]
    providers: Option<&'a RawValue>,
    #[serde(borrow, default)]
    places: Option<&'a RawValue>,
    #[serde(borrow, default)]
    courses: Option<&'a RawValue>,
    #[serde(borrow, default)]
    sessions: Option<&'a RawValue>,
    #[serde(borrow, default)]
    help_places: Option<&'a RawValue>,
    #[serde(borrow, default)]
    help_networks: Option<&'a RawValue>,
}

/// The records of one array; a value that is not a list is one issue, and the other arrays
/// are still read.
fn array_items<'a>(
    raw: Option<&'a RawValue>,
    kind: RecordKind,
    issues: &mut Vec<Issue>,
) -> Vec<&'a RawValue> {
    let Some(raw) = raw else {
        return Vec::new();
    };
    match serde_json::from_str::<Vec<&RawValue>>(raw.get()) {
        Ok(items) => items,
        Err(e) => {
            let (problem, _) = problem_from_serde(strip_position(&e.to_string()));
            let problem = match problem {
                Problem::WrongType { found, value, .. } => Problem::WrongType {
                    found,
                    value,
                    expected: ValueKind::List,
                },
                other => other,
            };
            issues.push(doc_issue(Some(kind.array_name()), problem));
            Vec::new()
        }
    }
}

/// Reads a document: its bytes, its shape, then every record.
pub(crate) fn read(
    bytes: &[u8],
    limits: &Limits,
) -> Result<(Catalogue, Vec<Issue>), DocumentError> {
    let text = document::decode(bytes, limits)?;
    if let Some(e) = document::shape(text) {
        return Err(e);
    }
    let doc: RawDoc = serde_json::from_str(text).map_err(|e| document::from_serde(&e))?;
    document::version(doc.schema_version)?;
    let mut issues = Vec::new();
    let name = meta_text(doc.name, "name", limits, &mut issues);
    let publisher = meta_text(doc.publisher, "publisher", limits, &mut issues);
    let arrays = [
        array_items(doc.providers, RecordKind::Provider, &mut issues),
        array_items(doc.places, RecordKind::Place, &mut issues),
        array_items(doc.courses, RecordKind::Course, &mut issues),
        array_items(doc.sessions, RecordKind::Session, &mut issues),
        array_items(doc.help_places, RecordKind::HelpPlace, &mut issues),
        array_items(doc.help_networks, RecordKind::HelpNetwork, &mut issues),
    ];
    let [raw_providers, raw_places, raw_courses, raw_sessions, raw_help_places, raw_help_networks] =
        arrays;
    let generated_on =
        doc.generated_on.and_then(
            |raw| match serde_json::from_str::<Option<Date>>(raw.get()) {
                Ok(d) => d,
                Err(_) => {
                    issues.push(doc_issue(
                        Some("generated_on"),
                        Problem::InvalidDate {
                            value: raw.get().chars().take(40).collect(),
                        },
                    ));
                    None
                }
            },
        );
    let providers = parse_array(
        &raw_providers,
        RecordKind::Provider,
        limits,
        PROVIDER,
        &mut issues,
    );
    let places = parse_array(&raw_places, RecordKind::Place, limits, PLACE, &mut issues);
    let courses = parse_array(
        &raw_courses,
        RecordKind::Course,
        limits,
        COURSE,
        &mut issues,
    );
    let sessions = parse_array(
        &raw_sessions,
        RecordKind::Session,
        limits,
        SESSION,
        &mut issues,
    );
    let help_places = parse_array(
        &raw_help_places,
        RecordKind::HelpPlace,
        limits,
        HELP_PLACE,
        &mut issues,
    );
    let help_networks = parse_array(
        &raw_help_networks,
        RecordKind::HelpNetwork,
        limits,
        HELP_NETWORK,
        &mut issues,
    );
    let meta = Meta {
        name,
        publisher,
        generated_on,
    };
    let parts = Parts {
        providers,
        places,
        courses,
        sessions,
        help_places,
        help_networks,
    };
    let cat = build(meta, parts, &mut issues);
    Ok((cat, issues))
}

/// [`read`], and a record array that is not a list is an error of the whole document (the app
/// must not show a catalogue without its courses as "no training fits").
pub(crate) fn read_complete(
    bytes: &[u8],
    limits: &Limits,
) -> Result<(Catalogue, Vec<Issue>), DocumentError> {
    let (cat, issues) = read(bytes, limits)?;
    let broken = issues
        .iter()
        .find_map(|i| match (&i.kind, &i.field, &i.problem) {
            (RecordKind::Document, Some(field), Problem::WrongType { found, .. }) => ARRAY_NAMES
                .iter()
                .find(|a| **a == field.as_str())
                .map(|a| (*a, *found)),
            _ => None,
        });
    match broken {
        Some((array, found)) => Err(DocumentError::ArrayWrongType { array, found }),
        None => Ok((cat, issues)),
    }
}

/// The record arrays of a document.
const ARRAY_NAMES: [&str; 6] = [
    "providers",
    "places",
    "courses",
    "sessions",
    "help_places",
    "help_networks",
];

/// [`read`] of a text, an unreadable document as one issue (for callers that list issues).
pub(crate) fn from_json(text: &str, limits: &Limits) -> (Catalogue, Vec<Issue>) {
    match read(text.as_bytes(), limits) {
        Ok(read) => read,
        Err(e) => (
            Catalogue::default(),
            vec![doc_issue(None, Problem::Document(e))],
        ),
    }
}

fn meta_text(
    raw: Option<&RawValue>,
    field: &str,
    limits: &Limits,
    issues: &mut Vec<Issue>,
) -> Option<String> {
    let raw = raw?;
    match serde_json::from_str::<Option<String>>(raw.get()) {
        Ok(Some(mut s)) if !char_len_over(&s, limits.max_title_chars) => {
            let mut c = Check {
                limits,
                problems: Vec::new(),
            };
            c.clean(field, &mut s, false);
            issues.extend(c.problems.into_iter().map(|(f, p)| doc_issue(Some(&f), p)));
            Some(s)
        }
        Ok(Some(s)) => {
            issues.push(doc_issue(
                Some(field),
                Problem::TooLong {
                    length: s.chars().count(),
                    max: limits.max_title_chars,
                },
            ));
            None
        }
        Ok(s) => s,
        Err(e) => {
            let (problem, _) = problem_from_serde(strip_position(&e.to_string()));
            issues.push(doc_issue(Some(field), problem));
            None
        }
    }
}

/// Types and field-checks each raw record; a record serde rejects becomes an issue (with the field path).
fn parse_array<T: DeserializeOwned>(
    raws: &[&RawValue],
    kind: RecordKind,
    limits: &Limits,
    rules: Rules<T>,
    issues: &mut Vec<Issue>,
) -> Kept<T> {
    let n = raws.len().min(limits.max_records);
    let mut kept = Kept {
        recs: Vec::with_capacity(n),
        src: Vec::with_capacity(n),
    };
    if raws.len() > limits.max_records {
        issues.push(doc_issue(
            Some(kind.array_name()),
            Problem::TooManyItems {
                count: raws.len(),
                max: limits.max_records,
            },
        ));
    }
    for (index, raw) in raws.iter().take(limits.max_records).enumerate() {
        let typed = match serde_json::from_str::<T>(raw.get()) {
            Ok(v) => Some(v),
            Err(e) => without_refused_emails(raw.get(), e, kind, index, issues),
        };
        if let Some(mut v) = typed {
            if check_one(&mut v, index, kind, limits, rules.0, rules.1, issues) {
                kept.recs.push(v);
                kept.src.push(index as u32);
            }
        }
    }
    kept
}

/// A record serde refused: when what it refused is an e-mail address, the record read again with
/// that field left out (`null`), after an `InvalidEmail` issue; any other refusal is the record's
/// issue, and `None`. Slow path: valid records never come here.
fn without_refused_emails<T: DeserializeOwned>(
    raw: &str,
    error: serde_json::Error,
    kind: RecordKind,
    index: usize,
    issues: &mut Vec<Issue>,
) -> Option<T> {
    let mut text = raw.to_string();
    let mut error = error;
    // A record has a handful of e-mail fields at most; the bound only guards the loop.
    for _ in 0..8 {
        if !leave_out_refused_email(&mut text, &error, kind, index, issues) {
            return None;
        }
        match serde_json::from_str::<T>(&text) {
            Ok(v) => return Some(v),
            Err(e) => error = e,
        }
    }
    None
}

/// Pushes the issue of `error`; when it is a refused e-mail, replaces that value in `text` by
/// `null` and says so. Not generic: one copy for every kind of record (smaller WebAssembly).
fn leave_out_refused_email(
    text: &mut String,
    error: &serde_json::Error,
    kind: RecordKind,
    index: usize,
    issues: &mut Vec<Issue>,
) -> bool {
    let (issue, span) = record_issue_from_serde(text, error, kind, index);
    let email = matches!(issue.problem, Problem::InvalidEmail { .. });
    issues.push(issue);
    match span {
        Some(span) if email => {
            text.replace_range(span, "null");
            true
        }
        _ => false,
    }
}
