//! The bundled catalogue `public/data/catalogue.json`: merging the hand-curated partial
//! catalogues of `data/catalogue/`, filling commune-precision coordinates from the communes
//! index, adding the help places and the national help networks, validating with the core (the
//! app's own rules), and writing deterministic bytes (records sorted by id, networks in the
//! order given, keys sorted).

use std::collections::HashMap;

use aiguillage_core::catalogue::{HelpNetwork, HelpPlace, Issue, RecordKind, SCHEMA_VERSION};
use aiguillage_core::geo::CommuneIndex;
use aiguillage_core::{Catalogue, Lang, Limits};
use serde_json::{Map, Value};

use crate::communes::round4;
use crate::error::{Error, Result};
use crate::help_places::NETWORKS_ORIGIN;

/// The arrays of a catalogue document, in the core's order.
pub const ARRAYS: [(&str, RecordKind); 5] = [
    ("providers", RecordKind::Provider),
    ("places", RecordKind::Place),
    ("courses", RecordKind::Course),
    ("sessions", RecordKind::Session),
    ("help_places", RecordKind::HelpPlace),
];

const DOCUMENT_FIELDS: [&str; 4] = ["schema_version", "name", "publisher", "generated_on"];

/// Name written in the bundled catalogue.
pub const BUNDLED_NAME: &str = "Aiguillage — catalogue de départ";

/// Top-level field of the bundled catalogue holding the national networks and their locators
/// (the core's `help_networks`, written by `build` only, not read from the sources).
pub const NETWORKS_FIELD: &str = "help_networks";

/// Where a record of the merged catalogue comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub file: String,
    /// Position in its file's array (0-based).
    pub index: usize,
}

/// A built catalogue, ready to write.
#[derive(Debug)]
pub struct Built {
    pub json: String,
    pub catalogue: Catalogue,
    /// Places whose coordinates were filled from the communes index.
    pub filled_coordinates: usize,
    pub notes: Vec<String>,
}

/// Merges `sources` (file name, text), adds `help_places` (from `help_origin`) and
/// `networks`, validates. Every problem names its file and record; any problem refuses the
/// build.
pub fn build(
    sources: &[(String, String)],
    help_places: &[HelpPlace],
    help_origin: &str,
    networks: &[HelpNetwork],
    communes: &CommuneIndex,
    lang: Lang,
) -> Result<Built> {
    let mut problems = Vec::new();
    let mut notes = Vec::new();
    let mut records: HashMap<&str, Vec<(Value, Origin)>> = HashMap::new();

    for (file, text) in sources {
        let doc: Value = match serde_json::from_str(text) {
            Ok(v) => v,
            Err(e) => {
                problems.push(format!(
                    "{file}: invalid JSON at line {}, column {} ({})",
                    e.line(),
                    e.column(),
                    crate_strip_position(&e.to_string())
                ));
                continue;
            }
        };
        let Value::Object(doc) = doc else {
            problems.push(format!(
                "{file}: expected an object {{\"schema_version\": {SCHEMA_VERSION}, \"providers\": […], …}}"
            ));
            continue;
        };
        match doc.get("schema_version") {
            Some(Value::Number(n)) if n.as_u64() == Some(u64::from(SCHEMA_VERSION)) => {}
            Some(other) => problems.push(format!(
                "{file}: `schema_version` is {other}, this tool reads version {SCHEMA_VERSION}"
            )),
            None => problems.push(format!(
                "{file}: `schema_version` is missing (expected {SCHEMA_VERSION})"
            )),
        }
        for key in doc.keys() {
            if !DOCUMENT_FIELDS.contains(&key.as_str()) && !ARRAYS.iter().any(|(a, _)| a == key) {
                notes.push(format!("{file}: top-level field `{key}` ignored"));
            }
        }
        for (array, _) in ARRAYS {
            match doc.get(array) {
                None => {}
                Some(Value::Array(items)) => {
                    for (index, item) in items.iter().enumerate() {
                        let origin = Origin {
                            file: file.clone(),
                            index,
                        };
                        records
                            .entry(array)
                            .or_default()
                            .push((item.clone(), origin));
                    }
                }
                Some(_) => problems.push(format!("{file}: `{array}` must be an array")),
            }
        }
    }

    let filled_coordinates = fill_commune_coordinates(
        records.entry("places").or_default(),
        communes,
        &mut problems,
    );

    for (i, place) in help_places.iter().enumerate() {
        match serde_json::to_value(place) {
            Ok(v) => records.entry("help_places").or_default().push((
                v,
                Origin {
                    file: help_origin.to_string(),
                    index: i,
                },
            )),
            Err(e) => problems.push(format!("{help_origin}, help place {}: {e}", place.id)),
        }
    }

    // Same id twice: name both files (the core only sees the merged document).
    for (array, _) in ARRAYS {
        let mut seen: HashMap<String, &Origin> = HashMap::new();
        for (value, origin) in records.get(array).map(Vec::as_slice).unwrap_or(&[]) {
            if let Some(id) = value.get("id").and_then(Value::as_str) {
                if let Some(first) = seen.insert(id.to_string(), origin) {
                    problems.push(format!(
                        "{}, {array}[{}] (id « {id} »): the same id is already used by {}, {array}[{}]",
                        origin.file, origin.index, first.file, first.index
                    ));
                }
            }
        }
    }

    // Deterministic: each array sorted by id (stable, so equal ids keep file order).
    let mut doc = Map::new();
    doc.insert("schema_version".into(), Value::from(SCHEMA_VERSION));
    doc.insert("name".into(), Value::from(BUNDLED_NAME));
    let mut origins: HashMap<RecordKind, Vec<Origin>> = HashMap::new();
    for (array, kind) in ARRAYS {
        let mut items = records.remove(array).unwrap_or_default();
        items.sort_by(|(a, _), (b, _)| id_of(a).cmp(id_of(b)));
        let (values, from): (Vec<Value>, Vec<Origin>) = items.into_iter().unzip();
        origins.insert(kind, from);
        doc.insert(array.into(), Value::Array(values));
    }
    let networks = serde_json::to_value(networks)
        .map_err(|e| Error::source("help networks", None, e.to_string()))?;
    let count = networks.as_array().map_or(0, Vec::len);
    origins.insert(
        RecordKind::HelpNetwork,
        (0..count)
            .map(|index| Origin {
                file: NETWORKS_ORIGIN.to_string(),
                index,
            })
            .collect(),
    );
    doc.insert(NETWORKS_FIELD.into(), networks);
    let text = serde_json::to_string(&Value::Object(doc))
        .map_err(|e| Error::source("bundled catalogue", None, e.to_string()))?;

    let (catalogue, issues) = Catalogue::from_json(&text);
    for issue in &issues {
        problems.push(locate_issue(issue, &origins, lang));
    }
    if !problems.is_empty() {
        return Err(Error::Rejected {
            what: "the catalogue sources".into(),
            problems,
        });
    }

    // Through a `Value`: keys come out sorted, whatever the structs' field order.
    let out = serde_json::to_value(&catalogue)
        .map_err(|e| Error::source("bundled catalogue", None, e.to_string()))?;
    let json = serde_json::to_string(&out)
        .map_err(|e| Error::source("bundled catalogue", None, e.to_string()))?;
    Ok(Built {
        json,
        catalogue,
        filled_coordinates,
        notes,
    })
}

fn id_of(v: &Value) -> &str {
    v.get("id").and_then(Value::as_str).unwrap_or("")
}

/// serde_json's message without its " at line L column C" suffix.
fn crate_strip_position(msg: &str) -> &str {
    msg.rfind(" at line ")
        .and_then(|i| msg.get(..i))
        .unwrap_or(msg)
}

/// "data/catalogue/x.json, places[3] (id « p1 »), field `address.postcode`: …"
fn locate_issue(issue: &Issue, origins: &HashMap<RecordKind, Vec<Origin>>, lang: Lang) -> String {
    let problem = issue.problem.describe(lang);
    let field = issue
        .field
        .as_ref()
        .map(|f| format!(", field `{f}`"))
        .unwrap_or_default();
    let id = issue
        .id
        .as_ref()
        .map(|id| format!(" (id « {id} »)"))
        .unwrap_or_default();
    match issue
        .index
        .and_then(|i| origins.get(&issue.kind).and_then(|o| o.get(i)))
    {
        Some(origin) => format!(
            "{}, {}[{}]{id}{field}: {problem}",
            origin.file,
            issue.kind.array_name(),
            origin.index
        ),
        None => format!(
            "merged catalogue, {}{id}{field}: {problem}",
            issue.kind.describe(lang)
        ),
    }
}

/// Places marked `"coordinates_precision": "commune"` without coordinates get their
/// commune's point (town hall or centroid) from the communes index.
fn fill_commune_coordinates(
    places: &mut [(Value, Origin)],
    communes: &CommuneIndex,
    problems: &mut Vec<String>,
) -> usize {
    let mut filled = 0;
    for (place, origin) in places.iter_mut() {
        let Value::Object(map) = place else { continue };
        if map.get("coordinates_precision").and_then(Value::as_str) != Some("commune") {
            continue;
        }
        let missing = |k: &str| map.get(k).is_none_or(Value::is_null);
        if !missing("latitude") && !missing("longitude") {
            continue;
        }
        let id = map
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or("?")
            .to_string();
        let insee = map
            .get("address")
            .and_then(|a| a.get("insee_code"))
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        match communes.by_insee(&insee).and_then(|c| c.point) {
            Some(p) => {
                map.insert("latitude".into(), Value::from(round4(p.lat)));
                map.insert("longitude".into(), Value::from(round4(p.lon)));
                filled += 1;
            }
            None => problems.push(format!(
                "{}, places[{}] (id « {id} »): no latitude/longitude, and the INSEE code « {insee} » (field \
                 `address.insee_code`) has no point in the communes index; give the coordinates or fix the code",
                origin.file, origin.index
            )),
        }
    }
    filled
}

/// Counts of the bundled data, for `stats`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stats {
    pub providers: usize,
    pub places: usize,
    pub courses: usize,
    pub sessions: usize,
    /// Departments with at least one training place.
    pub departments: usize,
    pub help_places: usize,
    pub communes: usize,
    pub communes_with_coordinates: usize,
}

impl Stats {
    pub fn of(catalogue: &Catalogue, communes: &CommuneIndex) -> Stats {
        let departments: std::collections::BTreeSet<&str> = catalogue
            .places()
            .iter()
            .map(|p| department_of(&p.address.insee_code))
            .collect();
        Stats {
            providers: catalogue.providers().len(),
            places: catalogue.places().len(),
            courses: catalogue.courses().len(),
            sessions: catalogue.sessions().len(),
            departments: departments.len(),
            help_places: catalogue.help_places().len(),
            communes: communes.len(),
            communes_with_coordinates: communes
                .communes()
                .iter()
                .filter(|c| c.point.is_some())
                .count(),
        }
    }

    /// One `key: value` line each.
    pub fn lines(&self) -> String {
        format!(
            "providers: {}\nplaces: {}\ncourses: {}\nsessions: {}\ndepartments: {}\nhelp_places: {}\ncommunes: {}\ncommunes_with_coordinates: {}\n",
            self.providers,
            self.places,
            self.courses,
            self.sessions,
            self.departments,
            self.help_places,
            self.communes,
            self.communes_with_coordinates
        )
    }
}

/// The department of an INSEE commune code: 3 characters overseas (97x, 98x), else 2 (`2A`).
pub fn department_of(insee: &str) -> &str {
    let n = if insee.starts_with("97") || insee.starts_with("98") {
        3
    } else {
        2
    };
    insee.get(..n).unwrap_or(insee)
}

/// Validates a catalogue file's bytes with the core (help networks included), as the app reads
/// them; returns the catalogue and one line per issue ("FILE: …"). A document that cannot be
/// read at all is one line.
pub fn validate_bytes(
    file: &str,
    bytes: &[u8],
    limits: &Limits,
    lang: Lang,
) -> (Catalogue, Vec<String>) {
    let (catalogue, issues) = match Catalogue::read(bytes, limits) {
        Ok(read) => read,
        Err(e) => {
            return (
                Catalogue::default(),
                vec![format!("{file}: {}", e.describe(lang))],
            )
        }
    };
    let lines: Vec<String> = issues
        .iter()
        .map(|i| format!("{file}: {}", i.describe(lang)))
        .collect();
    (catalogue, lines)
}

/// [`validate_bytes`] of a text, with the default limits.
pub fn validate(file: &str, text: &str, lang: Lang) -> (Catalogue, Vec<String>) {
    validate_bytes(file, text.as_bytes(), &Limits::default(), lang)
}
