//! Parse, don't validate: JSON text → [`Catalogue`] plus one [`Issue`] per problem.
//!
//! The document is split into raw records first (borrowed, no copy), so one bad record
//! never hides the good ones; each record is then typed by serde, checked (lengths,
//! ranges, codes), and its references resolved. Text is kept as text: nothing is
//! interpreted as HTML here, the UI escapes it.

use super::document::{self, DocumentError};
use super::issue::{problem_from_serde, shown, strip_position, ValueKind};
use super::text_safety;
use super::*;
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;
use std::collections::{HashMap, HashSet};

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

fn doc_issue(field: Option<&str>, problem: Problem) -> Issue {
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
    recs: Vec<T>,
    src: Vec<u32>,
}

/// Field checks of one record; pushes its issues and says whether to keep it.
fn check_one<T>(
    rec: &mut T,
    index: usize,
    kind: RecordKind,
    limits: &Limits,
    id_of: fn(&T) -> &str,
    check: fn(&mut Check, &mut T),
    issues: &mut Vec<Issue>,
) -> bool {
    let mut c = Check {
        limits,
        problems: Vec::new(),
    };
    check(&mut c, rec);
    if c.problems.is_empty() {
        return true;
    }
    let keep = c.problems.iter().all(|(_, p)| !p.drops_record());
    let shown: String = shown(id_of(rec));
    for (field, problem) in c.problems {
        issues.push(Issue {
            kind,
            index: Some(index),
            // Records without an id (help networks) name none.
            id: (!shown.is_empty()).then(|| shown.clone()),
            field: Some(field),
            problem,
        });
    }
    keep
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
        match serde_json::from_str::<T>(raw.get()) {
            Ok(mut v) => {
                if check_one(&mut v, index, kind, limits, rules.0, rules.1, issues) {
                    kept.recs.push(v);
                    kept.src.push(index as u32);
                }
            }
            Err(e) => issues.push(record_issue_from_serde(raw.get(), &e, kind, index)),
        }
    }
    kept
}

/// How to read a record's id and check its fields.
type Rules<T> = (fn(&T) -> &str, fn(&mut Check, &mut T));

fn check_records<T>(
    recs: Vec<T>,
    kind: RecordKind,
    limits: &Limits,
    rules: Rules<T>,
    issues: &mut Vec<Issue>,
) -> Kept<T> {
    let mut src = Vec::with_capacity(recs.len());
    let mut keep = Vec::with_capacity(recs.len());
    let mut recs = recs;
    for (index, rec) in recs.iter_mut().enumerate() {
        let ok = check_one(rec, index, kind, limits, rules.0, rules.1, issues);
        keep.push(ok);
        if ok {
            src.push(index as u32);
        }
    }
    let mut flags = keep.into_iter();
    recs.retain(|_| flags.next().unwrap_or(false));
    Kept { recs, src }
}

/// Slow path, only for rejected records: find the failing field and the record's id.
fn record_issue_from_serde(
    raw: &str,
    error: &serde_json::Error,
    kind: RecordKind,
    index: usize,
) -> Issue {
    #[derive(Deserialize)]
    struct IdOnly {
        #[serde(default)]
        id: Option<serde_json::Value>,
    }
    let id = serde_json::from_str::<IdOnly>(raw)
        .ok()
        .and_then(|r| r.id)
        .and_then(|v| v.as_str().map(shown));
    let msg = error.to_string();
    let (problem, extra) = problem_from_serde(strip_position(&msg));
    // A missing field is reported after its record's `}`, any other error just after the bad value.
    let after_closing = problem != Problem::MissingField;
    let path = byte_offset(raw, error.line(), error.column())
        .map(|at| path_at(raw, at, after_closing))
        .unwrap_or_default();
    let field = match (path.is_empty(), extra) {
        (true, None) => None,
        (true, Some(x)) => Some(x),
        (false, None) => Some(path),
        (false, Some(x)) => Some(format!("{path}.{x}")),
    };
    // serde knows the Rust type's range (0–255 for a `u8`), the schema the field's own.
    let problem = match (problem, field.as_deref().and_then(|f| range_of(kind, f))) {
        (Problem::OutOfRange { value, .. }, Some((min, max))) => Problem::OutOfRange {
            value,
            min: min.to_string(),
            max: max.to_string(),
        },
        (p, _) => p,
    };
    Issue {
        kind,
        index: Some(index),
        id,
        field,
        problem,
    }
}

/// The byte offset of serde_json's error position (1-based line, column counted in bytes from
/// the start of that line).
fn byte_offset(text: &str, line: usize, column: usize) -> Option<usize> {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n').nth(line - 2)?.0 + 1
    };
    Some(line_start + column)
}

/// The path (`funding.funders[1]`, `contact.url`) of the innermost value of a JSON record where
/// serde stopped, at byte `at`: a value holding `at`, or ending just before it (serde reports an
/// error once it has read past the value, and past the `}` or `]` that closes the last value
/// when `after_closing`). Empty when `at` is in no field's value. Reads the rejected record again
/// as raw slices: valid records cost nothing, and no path-tracking deserializer is compiled in.
fn path_at(record: &str, at: usize, after_closing: bool) -> String {
    let base = record.as_ptr() as usize;
    let holds = |v: &RawValue| {
        let start = v.get().as_ptr() as usize - base;
        let end = start + v.get().len();
        if at < start {
            return false;
        }
        if at <= end {
            return true;
        }
        let gap = record.get(end..at).unwrap_or("").trim();
        gap.is_empty() || (after_closing && (gap == "}" || gap == "]"))
    };
    let mut path = String::new();
    let mut value = record;
    // Nesting is bounded by serde_json's recursion limit, which the record already passed.
    loop {
        let inner = value.trim_start();
        let step = if inner.starts_with('{') {
            serde_json::from_str::<std::collections::BTreeMap<String, &RawValue>>(value)
                .ok()
                .and_then(|fields| {
                    fields
                        .into_iter()
                        .find_map(|(name, v)| holds(v).then(|| (format!(".{name}"), v.get())))
                })
        } else if inner.starts_with('[') {
            serde_json::from_str::<Vec<&RawValue>>(value)
                .ok()
                .and_then(|items| {
                    items
                        .into_iter()
                        .enumerate()
                        .find_map(|(i, v)| holds(v).then(|| (format!("[{i}]"), v.get())))
                })
        } else {
            None
        };
        let Some((segment, child)) = step else {
            break;
        };
        path.push_str(&segment);
        value = child;
    }
    path.trim_start_matches('.').to_string()
}

pub(crate) struct Meta {
    name: Option<String>,
    publisher: Option<String>,
    generated_on: Option<Date>,
}

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

/// Collects the problems of one record; allocates only when there is one.
struct Check<'l> {
    limits: &'l Limits,
    problems: Vec<(String, Problem)>,
}

fn char_len_over(s: &str, max: usize) -> bool {
    s.len() > max && s.chars().count() > max
}

/// Allowed ranges of the numeric fields, `(record, field, min, max)`: used by the field checks
/// and to say the right range when serde refuses a number for its Rust type (an `age_min` of
/// 300 does not fit a `u8`, but the allowed range is 0–120, not 0–255).
const RANGES: [(RecordKind, &str, u32, u32); 7] = [
    (RecordKind::Course, "certification_level", 1, 8),
    (RecordKind::Course, "age_min", 0, 120),
    (RecordKind::Course, "age_max", 0, 120),
    (RecordKind::Course, "duration_hours", 1, 10_000),
    (RecordKind::Course, "duration_weeks", 1, 520),
    (RecordKind::Course, "funding.price_eur", 0, 1_000_000),
    (RecordKind::Session, "seats", 0, 100_000),
];

fn range_of(kind: RecordKind, field: &str) -> Option<(u32, u32)> {
    RANGES
        .iter()
        .find(|(k, f, _, _)| *k == kind && *f == field)
        .map(|(_, _, min, max)| (*min, *max))
}

impl Check<'_> {
    fn fail(&mut self, field: impl Into<String>, p: Problem) {
        self.problems.push((field.into(), p));
    }

    fn id(&mut self, field: &str, v: &str) {
        if v.is_empty() {
            self.fail(field, Problem::Empty);
        } else if char_len_over(v, self.limits.max_id_chars) {
            self.fail(
                field,
                Problem::TooLong {
                    length: v.chars().count(),
                    max: self.limits.max_id_chars,
                },
            );
        } else if v.chars().any(char::is_whitespace) {
            self.fail(
                field,
                Problem::InvalidFormat {
                    value: shown(v),
                    expected: Format::IdWithoutSpaces,
                },
            );
        } else {
            // An id that looks like another one (zero-width inside, bidi) is refused, not cleaned:
            // cleaning could make it collide with a genuine record's id.
            let kinds = text_safety::unsafe_kinds(v);
            if !kinds.is_empty() {
                self.fail(field, Problem::UnsafeCharacters { kinds });
            }
        }
    }

    /// Removes unsafe characters from a text, with a (non-dropping) issue saying so.
    fn clean(&mut self, field: &str, v: &mut String, multiline: bool) {
        let cleaned = text_safety::clean(v, multiline);
        if let std::borrow::Cow::Owned(text) = cleaned.text {
            if cleaned.removed > 0 {
                self.fail(
                    field,
                    Problem::CharactersRemoved {
                        removed: cleaned.removed,
                        kinds: cleaned.kinds,
                    },
                );
            }
            *v = text;
        }
    }

    fn text(&mut self, field: &str, v: &mut String, max: usize, required: bool) {
        self.clean(field, v, max > self.limits.max_title_chars);
        if required && v.trim().is_empty() {
            self.fail(field, Problem::Empty);
        } else if char_len_over(v, max) {
            self.fail(
                field,
                Problem::TooLong {
                    length: v.chars().count(),
                    max,
                },
            );
        }
    }

    fn title(&mut self, field: &str, v: &mut String) {
        self.text(field, v, self.limits.max_title_chars, true);
    }

    fn opt_title(&mut self, field: &str, v: &mut Option<String>) {
        if let Some(v) = v {
            self.text(field, v, self.limits.max_title_chars, false);
        }
    }

    fn opt_text(&mut self, field: &str, v: &mut Option<String>) {
        if let Some(v) = v {
            self.text(field, v, self.limits.max_text_chars, false);
        }
    }

    fn items(&mut self, field: &str, count: usize) {
        if count > self.limits.max_list_items {
            self.fail(
                field,
                Problem::TooManyItems {
                    count,
                    max: self.limits.max_list_items,
                },
            );
        }
    }

    fn digits(&mut self, field: &str, v: &str, n: usize, expected: Format) {
        if v.len() != n || !v.bytes().all(|b| b.is_ascii_digit()) {
            self.fail(
                field,
                Problem::InvalidFormat {
                    value: shown(v),
                    expected,
                },
            );
        }
    }

    fn range(&mut self, field: &str, v: f64, min: f64, max: f64) {
        if !v.is_finite() {
            self.fail(field, Problem::NotFinite);
        } else if v < min || v > max {
            self.fail(
                field,
                Problem::OutOfRange {
                    value: v.to_string(),
                    min: min.to_string(),
                    max: max.to_string(),
                },
            );
        }
    }

    /// A whole number within its range of [`RANGES`].
    fn in_range(&mut self, kind: RecordKind, field: &str, v: Option<u32>) {
        let (Some(v), Some((min, max))) = (v, range_of(kind, field)) else {
            return;
        };
        // Whole numbers print the same as f64 ("120"): one message for both.
        self.range(field, f64::from(v), f64::from(min), f64::from(max));
    }

    fn address(&mut self, a: &mut Address) {
        self.opt_title("address.street", &mut a.street);
        self.digits("address.postcode", &a.postcode, 5, Format::Digits(5));
        if !crate::profile::encoding::is_valid_insee(&a.insee_code) {
            self.fail(
                "address.insee_code",
                Problem::InvalidFormat {
                    value: shown(&a.insee_code),
                    expected: Format::InseeCode,
                },
            );
        }
        self.title("address.city", &mut a.city);
    }

    fn contact(&mut self, c: &mut Contact) {
        if let Some(p) = &mut c.phone {
            self.text("contact.phone", p, 40, false);
        }
        if let Some(e) = &c.email {
            if char_len_over(e, self.limits.max_title_chars) {
                self.fail(
                    "contact.email",
                    Problem::TooLong {
                        length: e.chars().count(),
                        max: self.limits.max_title_chars,
                    },
                );
            } else if !e.contains('@')
                || e.chars().any(char::is_whitespace)
                || !text_safety::unsafe_kinds(e).is_empty()
            {
                self.fail(
                    "contact.email",
                    Problem::InvalidFormat {
                        value: shown(e),
                        expected: Format::Email,
                    },
                );
            }
        }
    }

    fn coordinates(&mut self, lat: f64, lon: f64) {
        self.range("latitude", lat, -90.0, 90.0);
        self.range("longitude", lon, -180.0, 180.0);
    }
}

fn check_provider(c: &mut Check, p: &mut Provider) {
    c.id("id", &p.id);
    c.title("name", &mut p.name);
    if let Some(s) = &p.siret {
        c.digits("siret", s, 14, Format::Digits(14));
    }
    c.items("networks", p.networks.len());
    c.items("labels", p.labels.len());
}

fn check_place(c: &mut Check, p: &mut Place) {
    c.id("id", &p.id);
    c.title("name", &mut p.name);
    c.address(&mut p.address);
    c.coordinates(p.latitude, p.longitude);
    c.opt_text("accessibility.details", &mut p.accessibility.details);
    c.contact(&mut p.contact);
}

fn check_course(c: &mut Check, k: &mut Course) {
    c.id("id", &k.id);
    c.title("title", &mut k.title);
    c.opt_text("summary", &mut k.summary);
    c.opt_text("prerequisites", &mut k.prerequisites);
    if k.domains.is_empty() {
        c.fail("domains", Problem::Empty);
    }
    c.items("domains", k.domains.len());
    c.items("rome_codes", k.rome_codes.len());
    for (i, code) in k.rome_codes.iter().enumerate() {
        let b = code.as_bytes();
        let ok = b.len() == 5 && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_digit);
        if !ok {
            c.fail(
                format!("rome_codes[{i}]"),
                Problem::InvalidFormat {
                    value: shown(code),
                    expected: Format::RomeCode,
                },
            );
        }
    }
    if let Some(r) = &k.rncp_code {
        let ok = r.len() > 4
            && r.len() <= 12
            && r.starts_with("RNCP")
            && r.bytes().skip(4).all(|b| b.is_ascii_digit());
        if !ok {
            c.fail(
                "rncp_code",
                Problem::InvalidFormat {
                    value: shown(r),
                    expected: Format::RncpCode,
                },
            );
        }
    }
    let kind = RecordKind::Course;
    c.in_range(
        kind,
        "certification_level",
        k.certification_level.map(u32::from),
    );
    c.in_range(kind, "age_min", k.age_min.map(u32::from));
    c.in_range(kind, "age_max", k.age_max.map(u32::from));
    if let (Some(a), Some(b)) = (k.age_min, k.age_max) {
        if a > b {
            c.fail("age_min", Problem::AgeMinAboveMax);
        }
    }
    c.items("rhythms", k.rhythms.len());
    c.in_range(kind, "duration_hours", k.duration_hours);
    c.in_range(kind, "duration_weeks", k.duration_weeks);
    if let Some(f) = &k.funding {
        c.items("funding.funders", f.funders.len());
        c.in_range(kind, "funding.price_eur", f.price_eur);
    }
    c.items("selection", k.selection.len());
    c.items("target_jobs", k.target_jobs.len());
    let max = c.limits.max_title_chars;
    for (i, j) in k.target_jobs.iter_mut().enumerate() {
        c.text(&format!("target_jobs[{i}]"), j, max, true);
    }
}

fn check_session(c: &mut Check, s: &mut Session) {
    c.id("id", &s.id);
    if let (Some(a), Some(b)) = (s.start, s.end) {
        if b < a {
            c.fail("end", Problem::EndBeforeStart);
        }
    }
    c.in_range(RecordKind::Session, "seats", s.seats);
}

fn check_help_place(c: &mut Check, h: &mut HelpPlace) {
    c.id("id", &h.id);
    c.title("name", &mut h.name);
    c.address(&mut h.address);
    c.coordinates(h.latitude, h.longitude);
    c.items("services", h.services.len());
    c.items("audiences", h.audiences.len());
    c.items("reception", h.reception.len());
    c.opt_text("opening_hours", &mut h.opening_hours);
    c.contact(&mut h.contact);
}

fn check_help_network(c: &mut Check, n: &mut HelpNetwork) {
    c.title("name", &mut n.name);
}

const PROVIDER: Rules<Provider> = (|p| &p.id, check_provider);
const PLACE: Rules<Place> = (|p| &p.id, check_place);
const COURSE: Rules<Course> = (|c| &c.id, check_course);
const SESSION: Rules<Session> = (|s| &s.id, check_session);
const HELP_PLACE: Rules<HelpPlace> = (|h| &h.id, check_help_place);
// Networks have no id: they are named by position, and unique by kind.
const HELP_NETWORK: Rules<HelpNetwork> = (|_| "", check_help_network);

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
    providers: Kept<Provider>,
    places: Kept<Place>,
    courses: Kept<Course>,
    sessions: Kept<Session>,
    help_places: Kept<HelpPlace>,
    help_networks: Kept<HelpNetwork>,
}

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

#[cfg(test)]
mod path_tests {
    use super::*;

    /// The field named by the issue of a one-course catalogue whose course is `course`.
    fn field_of(course: &str) -> Option<String> {
        let doc = format!(r#"{{"schema_version":1,"courses":[{course}]}}"#);
        let (_, issues) = Catalogue::from_json(&doc);
        assert_eq!(issues.len(), 1, "{issues:?}");
        issues[0].field.clone()
    }

    #[test]
    fn the_failing_field_is_named_on_one_line_and_pretty_printed() {
        let one_line = r#"{"id":"c1","provider":"p","title":"T","modality":"zoom","hours":3}"#;
        assert_eq!(field_of(one_line).as_deref(), Some("modality"));
        let pretty = "{\n  \"id\": \"c1\",\n  \"provider\": \"p\",\n  \"title\": \"T\",\n  \"modality\":   \"zoom\"\n}";
        assert_eq!(field_of(pretty).as_deref(), Some("modality"));
    }

    #[test]
    fn nested_fields_and_array_items_are_named() {
        let funders = r#"{"id":"c1","provider":"p","title":"T","funding":{"kind":"gratuit","funders":["region","papa"]}}"#;
        assert_eq!(field_of(funders).as_deref(), Some("funding.funders[1]"));
        // A custom error (a bad URL) on the record's last field: serde has read its `}` too.
        let url =
            r#"{"id":"c1","provider":"p","title":"T","domains":[],"source_url":"javascript:x" }"#;
        assert_eq!(field_of(url).as_deref(), Some("source_url"));
    }

    #[test]
    fn a_missing_field_names_its_record_level_not_the_last_field() {
        let no_title = r#"{"id":"c1","provider":"p","modality":"hybride"}"#;
        assert_eq!(field_of(no_title).as_deref(), Some("title"));
    }

    #[test]
    fn positions_outside_any_value_give_no_path() {
        let rec = r#"{"a": 1, "b": [true, "x"]}"#;
        assert_eq!(path_at(rec, 0, true), "");
        let x = rec.find("\"x\"").unwrap_or(0);
        assert_eq!(path_at(rec, x + 3, true), "b[1]");
        assert_eq!(path_at(rec, rec.find('1').unwrap_or(0), true), "a");
        assert_eq!(byte_offset("ab\ncd\nef", 3, 1), Some(7));
        assert_eq!(byte_offset("ab", 5, 0), None);
    }
}
