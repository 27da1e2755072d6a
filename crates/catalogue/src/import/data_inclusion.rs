//! data·inclusion schema v1 (PyPI `data-inclusion-schema` 1.0.10): structures and services,
//! as the API and the open-data exports give them: a JSON array, an `{"items": […]}` page, an
//! object `{"structures": […], "services": […]}`, or CSV (lists as `a,b` or a JSON array).
//!
//! Structures of the help networks we route people to (`reseaux_porteurs`) become help
//! places; services of type `formation`/`atelier` on digital skills (`thematiques`
//! `numerique--…`, or `se-former--…` with `--domaine`) become courses with one session
//! "à confirmer" at their structure's place (data·inclusion has no session dates). An
//! unknown enumeration value is a finding; the record is kept without it. Mapping tables:
//! `docs/feeds.md`.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::io::BufRead;

use aiguillage_core::catalogue::{
    Accessibility, Address, Audience, CatalogueRecords, Contact, CoordinatesPrecision, Course,
    Funding, FundingKind, HelpKind, HelpPlace, HelpService, HttpUrl, Intake, Network, Place,
    Provider, Reception, Session,
};
use aiguillage_core::profile::{Domain, Modality};
use aiguillage_core::{Date, GeoPoint};
use serde_json::{Map, Value};

use super::cells;
use super::encoding;
use super::table;
use super::{read_capped, Finding, ImportError, Imported, Locator, Options, Reason, Report};

/// `publics` (schema 1.0.10, `v1/publics.py`).
pub const PUBLICS: [&str; 14] = [
    "tous-publics",
    "actifs",
    "beneficiaires-des-minimas-sociaux",
    "demandeurs-emploi",
    "etudiants",
    "familles",
    "femmes",
    "jeunes",
    "personnes-en-situation-de-handicap",
    "personnes-en-situation-durgence",
    "personnes-en-situation-juridique-specifique",
    "personnes-exilees",
    "residents-qpv-frr",
    "seniors",
];

/// `type` of a service (`v1/types_de_services.py`).
pub const TYPES: [&str; 6] = [
    "accompagnement",
    "aide-financiere",
    "aide-materielle",
    "atelier",
    "formation",
    "information",
];

/// The categories of `thematiques` (`categorie--sous-thematique`, `v1/thematiques.py`).
pub const CATEGORIES: [&str; 16] = [
    "choisir-un-metier",
    "creer-une-entreprise",
    "difficultes-administratives-ou-juridiques",
    "difficultes-financieres",
    "equipement-et-alimentation",
    "famille",
    "lecture-ecriture-calcul",
    "logement-hebergement",
    "mobilite",
    "numerique",
    "preparer-sa-candidature",
    "remobilisation",
    "sante",
    "se-former",
    "souvrir-a-linternational",
    "trouver-un-emploi",
];

/// `reseaux_porteurs` (`v1/reseaux_porteurs.py`, 108 values).
pub const RESEAUX: [&str; 108] = [
    "60000-rebonds",
    "action-logement",
    "adie",
    "afpa",
    "agefiph",
    "ai",
    "aidants-connect",
    "alliance-villes-emploi",
    "anlci",
    "apprentis-dauteuil",
    "ase",
    "banques-alimentaires",
    "caarud",
    "cada",
    "caf",
    "campus-connecte",
    "cap-emploi-reseau-cheops",
    "cava",
    "ccas-cias",
    "chambres-consulaires",
    "chantier-ecole",
    "chrs",
    "chu",
    "cidff",
    "cmp",
    "cms",
    "cnam",
    "collectif-emploi",
    "communes",
    "coorace",
    "conseillers-numeriques",
    "cpam",
    "cph",
    "creches-avip",
    "crepi",
    "cresus",
    "croix-rouge",
    "csapa",
    "delegataire-conseil-departemental",
    "departements",
    "duo-for-a-job",
    "ecoles-de-la-deuxieme-chance",
    "ea",
    "eatt",
    "egee",
    "emmaus",
    "epide",
    "esat",
    "espaces-publics-numeriques",
    "etcld",
    "fabrique-de-territoire",
    "face",
    "fcsf",
    "federation-professionnelle-femmes",
    "federation-des-acteurs-de-la-solidarite",
    "france-active",
    "france-service",
    "france-travail",
    "french-tech",
    "geiq",
    "grandes-ecoles-du-numerique",
    "huda",
    "hup",
    "inae",
    "initiative-france",
    "konexio",
    "la-cravate-solidaire",
    "la-poste",
    "les-premieres",
    "maisons-de-l-emploi",
    "maison-departementale-de-lautonomie",
    "maisons-des-solidarites",
    "mdph",
    "mission-locale",
    "mjc",
    "mobin",
    "msap",
    "mutualite-sociale-agricole",
    "nqt",
    "pimms-mediation",
    "pjj",
    "plie",
    "points-conseil-budget",
    "points-justice",
    "positive-planet",
    "regions",
    "reseau-app",
    "reseau-bge",
    "reseau-entreprendre",
    "reseau-information-jeunesse",
    "residences-fjt",
    "ressourceries",
    "restos-du-coeur",
    "secours-populaire",
    "ei",
    "aci",
    "etti",
    "eiti",
    "siao",
    "simplon",
    "singa",
    "snc",
    "spip",
    "tous-tes-possibles",
    "unaf",
    "unea",
    "unis-cite",
    "wimoov",
];

/// The help kind of a network we route people to, in this order of precedence.
pub fn help_kind(reseau: &str) -> Option<HelpKind> {
    Some(match reseau {
        "mission-locale" => HelpKind::MissionLocale,
        "france-travail" => HelpKind::FranceTravail,
        "cap-emploi-reseau-cheops" => HelpKind::CapEmploi,
        "conseillers-numeriques" | "espaces-publics-numeriques" | "aidants-connect" => {
            HelpKind::MediationNumerique
        }
        "france-service" | "msap" => HelpKind::FranceServices,
        "reseau-information-jeunesse" => HelpKind::Pij,
        _ => return None,
    })
}

/// The provider network of a training network.
pub fn network(reseau: &str) -> Option<Network> {
    Some(match reseau {
        "grandes-ecoles-du-numerique" => Network::GrandesEcolesDuNumerique,
        "simplon" => Network::Simplon,
        "afpa" => Network::Afpa,
        "ecoles-de-la-deuxieme-chance" => Network::EcolesDeLaDeuxiemeChance,
        "epide" => Network::Epide,
        "konexio" => Network::Konexio,
        "cnam" => Network::Cnam,
        "campus-connecte" => Network::CampusConnecte,
        _ => return None,
    })
}

/// One record of the input and where it is.
struct Record {
    at: Locator,
    fields: Map<String, Value>,
}

/// Reads the whole input and maps it.
pub fn import(input: &mut dyn BufRead, options: &Options) -> Result<Imported, ImportError> {
    let bytes = read_capped(input, options.max_bytes)?;
    map_bytes(&bytes, options)
}

/// Maps a data·inclusion file's bytes (JSON or CSV).
pub fn map_bytes(bytes: &[u8], options: &Options) -> Result<Imported, ImportError> {
    let (text, _) = encoding::decode(bytes);
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        return Err(ImportError::Empty);
    }
    let records = if trimmed.starts_with(['[', '{']) {
        json_records(trimmed)?
    } else if trimmed.starts_with('<') {
        return Err(wrong("an HTML or XML page, not JSON or CSV"));
    } else {
        csv_records(&text)?
    };
    Ok(map_records(records, options))
}

fn wrong(message: &str) -> ImportError {
    ImportError::WrongFormat {
        format: super::Format::DataInclusion,
        message: message.to_string(),
    }
}

/// Records of a JSON document: an array, `{"items": […]}`, or `{"structures", "services"}`.
fn json_records(text: &str) -> Result<Vec<Record>, ImportError> {
    let doc: Value = serde_json::from_str(text).map_err(|e| {
        wrong(&format!(
            "JSON unreadable at line {}, column {} ({})",
            e.line(),
            e.column(),
            e
        ))
    })?;
    let mut arrays: Vec<Vec<Value>> = Vec::new();
    match doc {
        Value::Array(items) => arrays.push(items),
        Value::Object(mut o) => {
            for name in ["items", "structures", "services"] {
                match o.remove(name) {
                    Some(Value::Array(items)) => arrays.push(items),
                    Some(_) => return Err(wrong(&format!("« {name} » is not a list"))),
                    None => {}
                }
            }
            if arrays.is_empty() {
                return Err(wrong(
                    "a JSON object without « items », « structures » or « services »",
                ));
            }
        }
        _ => return Err(wrong("JSON that is neither a list nor an object")),
    }
    let mut out = Vec::new();
    for (n, item) in arrays.into_iter().flatten().enumerate() {
        match item {
            Value::Object(fields) => {
                let id = fields
                    .get("id")
                    .and_then(scalar)
                    .unwrap_or_else(|| format!("#{}", n + 1));
                out.push(Record {
                    at: Locator::Record(id),
                    fields,
                });
            }
            _ => out.push(Record {
                at: Locator::Record(format!("#{}", n + 1)),
                fields: Map::new(),
            }),
        }
    }
    Ok(out)
}

/// Records of a CSV export: every non-empty cell as a string field.
fn csv_records(text: &str) -> Result<Vec<Record>, ImportError> {
    let table = table::read(text).ok_or(ImportError::Empty)?;
    if table.column("id").is_none() {
        return Err(ImportError::MissingColumn {
            format: super::Format::DataInclusion,
            column: "id",
            found: table.written.clone(),
        });
    }
    Ok(table
        .rows
        .iter()
        .map(|row| {
            let mut fields = Map::new();
            for (i, column) in table.columns.iter().enumerate() {
                if let Some(cell) = row.cells.get(i).and_then(|c| cells::present(c)) {
                    fields.insert(column.clone(), Value::String(cell.to_string()));
                }
            }
            Record {
                at: Locator::Line(row.line),
                fields,
            }
        })
        .collect())
}

/// A string or a number as text.
fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => cells::present(s).map(str::to_string),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn text(r: &Record, name: &str) -> Option<String> {
    r.fields.get(name).and_then(scalar)
}

/// A list field: a JSON array of strings, or a string of items (CSV).
fn list(r: &Record, name: &str) -> Vec<String> {
    match r.fields.get(name) {
        Some(Value::Array(items)) => items.iter().filter_map(scalar).collect(),
        Some(Value::String(s)) => cells::list(s),
        _ => Vec::new(),
    }
}

/// What the importer learnt of a structure.
struct Structure {
    at: Locator,
    name: String,
    siret: Option<String>,
    website: Option<HttpUrl>,
    source_url: Option<HttpUrl>,
    verified_on: Date,
    networks: Vec<String>,
    place: Option<Located>,
    contact: Contact,
    hours: Option<String>,
    /// Whether a help place or a course came out of it.
    used: bool,
}

/// An address placed on the map.
#[derive(Clone)]
struct Located {
    address: Address,
    point: GeoPoint,
    precision: CoordinatesPrecision,
}

struct Mapper<'o> {
    options: &'o Options<'o>,
    report: Report,
    records: CatalogueRecords,
}

impl Mapper<'_> {
    fn dropped(&mut self, at: &Locator, reason: Reason, detail: impl Into<String>) {
        self.report
            .findings
            .push(Finding::dropped(at.clone(), reason, detail));
    }

    fn skipped(&mut self, at: &Locator, reason: Reason, detail: impl Into<String>) {
        self.report
            .findings
            .push(Finding::skipped(at.clone(), reason, detail));
    }

    /// The values of an enumerated list field that the schema knows; others reported.
    fn known(&mut self, r: &Record, name: &'static str, ok: impl Fn(&str) -> bool) -> Vec<String> {
        let mut out = Vec::new();
        for v in list(r, name) {
            if ok(&v) {
                if !out.contains(&v) {
                    out.push(v);
                }
            } else {
                self.dropped(&r.at, Reason::UnknownCode(name), v);
            }
        }
        out
    }

    fn url(&mut self, r: &Record, name: &str) -> Option<HttpUrl> {
        let v = text(r, name)?;
        let url = cells::url(&v).ok();
        if url.is_none() {
            self.dropped(&r.at, Reason::UnsafeUrl, v);
        }
        url
    }

    fn date_maj(&mut self, r: &Record) -> Date {
        match text(r, "date_maj").map(|v| (cells::date(&v), v)) {
            Some((Ok(d), _)) => d,
            Some((Err(_), v)) => {
                self.dropped(&r.at, Reason::BadDate, v);
                self.options.today
            }
            None => {
                self.dropped(&r.at, Reason::MissingField("date_maj"), "");
                self.options.today
            }
        }
    }

    fn plain(&mut self, r: &Record, name: &str, max: usize) -> Option<String> {
        let raw = text(r, name)?;
        let (plain, had_markup) = cells::plain_text(&raw);
        if had_markup {
            self.report
                .findings
                .push(Finding::note(r.at.clone(), Reason::HtmlRemoved, raw));
        }
        let plain = match cells::cut(&plain, max) {
            Some(cut) => {
                self.report.findings.push(Finding::note(
                    r.at.clone(),
                    Reason::TextCut,
                    max.to_string(),
                ));
                cut
            }
            None => plain,
        };
        (!plain.is_empty()).then_some(plain)
    }

    /// The record's address on the map: coordinates when given and valid (exact), else the
    /// commune's point (approximate, noted); `None` when no commune can be found.
    fn locate(&mut self, r: &Record) -> Option<Located> {
        let insee = text(r, "code_insee");
        let postcode = text(r, "code_postal");
        let city = text(r, "commune");
        if insee.is_none() && postcode.is_none() {
            return None;
        }
        let coordinate = |m: &mut Self, name: &str| -> Option<f64> {
            let v = r.fields.get(name)?;
            let parsed = match v {
                Value::Number(n) => n.as_f64(),
                Value::String(s) => cells::decimal(s).ok(),
                _ => None,
            };
            if parsed.is_none() && !v.is_null() {
                m.dropped(&r.at, Reason::BadCoordinates, v.to_string());
            }
            parsed
        };
        let lat = coordinate(self, "latitude");
        let lon = coordinate(self, "longitude");
        let given = match (lat, lon) {
            (Some(a), Some(o)) => {
                let p = GeoPoint::new(a, o);
                if p.is_none() {
                    self.dropped(&r.at, Reason::BadCoordinates, format!("{a}, {o}"));
                }
                p
            }
            _ => None,
        };
        let places = self.options.places;
        let commune = match (&insee, &postcode) {
            (Some(i), _) => places.commune(i),
            (None, Some(p)) => {
                places.commune_by_postcode_and_name(p, city.as_deref().unwrap_or(""))
            }
            _ => None,
        };
        let Some(commune) = commune else {
            let detail = [&insee, &postcode, &city]
                .iter()
                .filter_map(|c| c.as_deref())
                .collect::<Vec<_>>()
                .join(" ");
            self.dropped(&r.at, Reason::UnknownCommune, detail);
            return None;
        };
        let (point, precision) = match (given, commune.point) {
            (Some(p), _) => (p, CoordinatesPrecision::Exact),
            (None, Some(p)) => {
                self.report.findings.push(Finding::note(
                    r.at.clone(),
                    Reason::ApproximateCoordinates,
                    commune.name.clone(),
                ));
                (p, CoordinatesPrecision::Commune)
            }
            (None, None) => {
                self.dropped(&r.at, Reason::UnknownCommune, commune.insee.clone());
                return None;
            }
        };
        let postcode = postcode
            .filter(|p| p.len() == 5 && p.bytes().all(|b| b.is_ascii_digit()))
            .or_else(|| commune.postcodes.first().cloned())?;
        let street = [text(r, "adresse"), text(r, "complement_adresse")]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
        Some(Located {
            address: Address {
                street: (!street.is_empty()).then_some(street),
                postcode,
                insee_code: commune.insee.clone(),
                city: commune.name.clone(),
            },
            point,
            precision,
        })
    }

    fn contact(&mut self, r: &Record, url_field: &str) -> Contact {
        let email = text(r, "courriel").and_then(|v| {
            let e = cells::email(&v).ok();
            if e.is_none() {
                self.dropped(&r.at, Reason::BadEmail, v);
            }
            e
        });
        Contact {
            phone: text(r, "telephone"),
            email,
            url: self.url(r, url_field),
        }
    }

    fn structure(&mut self, r: &Record) -> Option<(String, Structure)> {
        let Some(id) = text(r, "id") else {
            self.skipped(&r.at, Reason::MissingField("id"), "");
            return None;
        };
        let Some(name) = self.plain(r, "nom", 200) else {
            self.skipped(&r.at, Reason::MissingField("nom"), "");
            return None;
        };
        let siret = text(r, "siret").filter(|s| {
            let ok = s.len() == 14 && s.bytes().all(|b| b.is_ascii_digit());
            if !ok {
                self.dropped(&r.at, Reason::BadNumber, s.clone());
            }
            ok
        });
        let networks = self.known(r, "reseaux_porteurs", |v| RESEAUX.contains(&v));
        let verified_on = self.date_maj(r);
        let source_url = self.url(r, "lien_source");
        let contact = self.contact(r, "site_web");
        let place = self.locate(r);
        Some((
            id,
            Structure {
                at: r.at.clone(),
                name,
                siret,
                website: contact.url.clone(),
                source_url,
                verified_on,
                networks,
                place,
                contact,
                hours: text(r, "horaires_accueil"),
                used: false,
            },
        ))
    }
}

/// Maps records: structures first (a service may come before its structure in the file).
fn map_records(records: Vec<Record>, options: &Options) -> Imported {
    let mut m = Mapper {
        options,
        report: Report::default(),
        records: CatalogueRecords::default(),
    };
    m.report.read = records.len();
    let (services, structures_raw): (Vec<Record>, Vec<Record>) = records
        .into_iter()
        .partition(|r| r.fields.contains_key("structure_id"));
    let mut structures: HashMap<String, Structure> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    for r in &structures_raw {
        if r.fields.is_empty() {
            m.skipped(&r.at, Reason::MissingField("id"), "");
            continue;
        }
        let Some((id, s)) = m.structure(r) else {
            continue;
        };
        if structures.contains_key(&id) {
            m.skipped(&r.at, Reason::DuplicateId, id);
            continue;
        }
        order.push(id.clone());
        structures.insert(id, s);
    }
    // Services: the types and reception modes of each structure's services (for its help
    // place), then the courses.
    let mut state = Services::default();
    for r in &services {
        service(&mut m, r, &mut structures, &mut state);
    }
    let Services {
        service_types,
        receptions,
        ..
    } = state;
    for id in &order {
        let Some(s) = structures.get_mut(id) else {
            continue;
        };
        let kind = s.networks.iter().find_map(|n| help_kind(n));
        let Some(kind) = kind else {
            if !s.used {
                let detail = s.networks.join(", ");
                let at = s.at.clone();
                m.skipped(&at, Reason::NotHelpNetwork, detail);
            }
            continue;
        };
        let Some(place) = s.place.clone() else {
            let at = s.at.clone();
            m.skipped(&at, Reason::MissingField("code_insee / code_postal"), "");
            continue;
        };
        s.used = true;
        m.records.help_places.push(HelpPlace {
            id: options.source.record_id(id),
            kind,
            name: s.name.clone(),
            address: place.address,
            latitude: place.point.lat,
            longitude: place.point.lon,
            coordinates_precision: place.precision,
            services: service_types
                .get(id)
                .map(|t| t.iter().copied().collect())
                .unwrap_or_default(),
            audiences: Vec::new(),
            fees: None,
            reception: receptions
                .get(id)
                .map(|t| t.iter().copied().collect())
                .unwrap_or_default(),
            opening_hours: s.hours.clone(),
            contact: s.contact.clone(),
            source_url: s.source_url.clone().or_else(|| options.feed_url.clone()),
            verified_on: Some(s.verified_on),
        });
    }
    Imported {
        catalogue: m.records,
        report: m.report,
    }
}

/// What the services pass learns.
#[derive(Default)]
struct Services {
    /// Service ids already read.
    seen: HashSet<String>,
    /// Structures already written as providers.
    providers: HashSet<String>,
    /// Structure + address → place id.
    places: HashMap<String, String>,
    /// Structure → the types of its services (its help place's `services`).
    service_types: HashMap<String, BTreeSet<HelpService>>,
    /// Structure → the reception modes of its services.
    receptions: HashMap<String, BTreeSet<Reception>>,
}

/// One service: its type and reception modes noted for its structure; a course when it is a
/// digital training or workshop.
fn service(
    m: &mut Mapper,
    r: &Record,
    structures: &mut HashMap<String, Structure>,
    state: &mut Services,
) {
    let Services {
        seen,
        providers,
        places,
        service_types,
        receptions,
    } = state;
    let (Some(id), Some(structure_id)) = (text(r, "id"), text(r, "structure_id")) else {
        m.skipped(&r.at, Reason::MissingField("id"), "");
        return;
    };
    if !seen.insert(id.clone()) {
        m.skipped(&r.at, Reason::DuplicateId, id);
        return;
    }
    let kind = text(r, "type").filter(|t| {
        let ok = TYPES.contains(&t.as_str());
        if !ok {
            m.dropped(&r.at, Reason::UnknownCode("type"), t.clone());
        }
        ok
    });
    let themes = m.known(r, "thematiques", |t| {
        t.split_once("--")
            .is_some_and(|(cat, sub)| CATEGORIES.contains(&cat) && !sub.is_empty())
    });
    let modes = m.known(r, "modes_accueil", |v| {
        v == "a-distance" || v == "en-presentiel"
    });
    let publics = m.known(r, "publics", |v| PUBLICS.contains(&v));
    let frais = text(r, "frais").filter(|f| {
        let ok = f == "gratuit" || f == "payant";
        if !ok {
            m.dropped(&r.at, Reason::UnknownCode("frais"), f.clone());
        }
        ok
    });
    let Some(structure) = structures.get_mut(&structure_id) else {
        m.skipped(&r.at, Reason::UnknownStructure, structure_id);
        return;
    };
    if let Some(t) = kind.as_deref().and_then(help_service) {
        service_types
            .entry(structure_id.clone())
            .or_default()
            .insert(t);
    }
    let reception: Vec<Reception> = modes
        .iter()
        .map(|v| {
            if v == "a-distance" {
                Reception::ADistance
            } else {
                Reception::EnPresentiel
            }
        })
        .collect();
    receptions
        .entry(structure_id.clone())
        .or_default()
        .extend(reception.iter().copied());

    let training = matches!(kind.as_deref(), Some("formation" | "atelier"));
    let digital = themes.iter().any(|t| t.starts_with("numerique--"));
    let learning = themes.iter().any(|t| t.starts_with("se-former--"));
    if !training || !(digital || learning) {
        m.skipped(
            &r.at,
            Reason::NotTraining,
            format!("{} {}", kind.unwrap_or_default(), themes.join(", ")),
        );
        return;
    }
    let domains = if digital {
        vec![Domain::BasesNumerique]
    } else if let Some(d) = m.options.domain {
        vec![d]
    } else {
        m.skipped(&r.at, Reason::NotDigital, themes.join(", "));
        return;
    };
    let mut reserved_for = Vec::new();
    for p in &publics {
        match audience(p) {
            Some(Some(a)) => reserved_for.push(a),
            Some(None) => {}
            None => m.dropped(&r.at, Reason::NotKept("publics"), p.clone()),
        }
    }
    let open_to_all = publics.is_empty() || publics.iter().any(|p| p == "tous-publics");
    if reserved_for.is_empty() && !open_to_all {
        // Reserved to publics the schema cannot say (familles…): shown to everyone it would
        // mislead, so it is left out.
        m.skipped(&r.at, Reason::NotKept("publics"), publics.join(", "));
        return;
    }
    let zone = list(r, "zone_eligibilite");
    if !zone.is_empty() && !zone.iter().all(|z| z == "france" || z == "99100") {
        m.dropped(&r.at, Reason::NotKept("zone_eligibilite"), zone.join(", "));
    }
    let modality = match (
        reception.contains(&Reception::EnPresentiel),
        reception.contains(&Reception::ADistance),
    ) {
        (true, false) => Some(Modality::Presentiel),
        (false, true) => Some(Modality::Distanciel),
        _ => None,
    };
    let source_url = m
        .url(r, "lien_source")
        .or_else(|| structure.source_url.clone())
        .or_else(|| m.options.feed_url.clone());
    let Some(source_url) = source_url else {
        m.skipped(&r.at, Reason::MissingField("lien_source"), "");
        return;
    };
    let place_id = if modality == Some(Modality::Distanciel) {
        None
    } else {
        let own = m.locate(r);
        let Some(located) = own.or_else(|| structure.place.clone()) else {
            m.skipped(&r.at, Reason::NoPlace, structure_id);
            return;
        };
        let key = format!(
            "{structure_id}\u{1F}{}\u{1F}{}\u{1F}{}",
            located.address.insee_code,
            located.address.street.as_deref().unwrap_or(""),
            located.point.lat
        );
        let id = match places.get(&key) {
            Some(id) => id.clone(),
            None => {
                let id = m
                    .options
                    .source
                    .record_id(&format!("l-{structure_id}-{}", places.len() + 1));
                m.records.places.push(Place {
                    id: id.clone(),
                    provider: m.options.source.record_id(&structure_id),
                    name: structure.name.clone(),
                    address: located.address,
                    latitude: located.point.lat,
                    longitude: located.point.lon,
                    coordinates_precision: located.precision,
                    accessibility: Accessibility::default(),
                    contact: structure.contact.clone(),
                });
                places.insert(key, id.clone());
                id
            }
        };
        Some(id)
    };
    let provider_id = m.options.source.record_id(&structure_id);
    if providers.insert(structure_id.clone()) {
        m.records.providers.push(Provider {
            id: provider_id.clone(),
            name: structure.name.clone(),
            siret: structure.siret.clone(),
            networks: structure
                .networks
                .iter()
                .filter_map(|n| network(n))
                .collect(),
            labels: Vec::new(),
            website: structure.website.clone(),
        });
    }
    structure.used = true;
    let Some(title) = m.plain(r, "nom", 200) else {
        m.skipped(&r.at, Reason::MissingField("nom"), "");
        return;
    };
    let weeks = text(r, "nombre_semaines")
        .and_then(|v| cells::whole(&v, 520).ok())
        .filter(|w| *w >= 1);
    let weekly = text(r, "volume_horaire_hebdomadaire").and_then(|v| cells::decimal(&v).ok());
    let hours = match (weekly, weeks) {
        (Some(h), Some(w)) if h > 0.0 => {
            Some((h * f64::from(w)).round() as u32).filter(|h| (1..=10_000).contains(h))
        }
        _ => None,
    };
    let verified_on = m.date_maj(r);
    let course_id = m.options.source.record_id(&id);
    let summary = m.plain(r, "description", 2000);
    let prerequisites = m.plain(r, "conditions_acces", 2000);
    let course = Course {
        id: course_id.clone(),
        provider: provider_id,
        title,
        summary,
        domains,
        rome_codes: Vec::new(),
        rncp_code: None,
        certification_level: None,
        min_level: None,
        prerequisites,
        age_min: None,
        age_max: None,
        reserved_for,
        modality,
        rhythms: Vec::new(),
        duration_hours: hours,
        duration_weeks: weeks,
        funding: frais.map(|f| Funding {
            kind: if f == "gratuit" {
                FundingKind::Gratuit
            } else {
                FundingKind::Payant
            },
            funders: Vec::new(),
            price_eur: None,
        }),
        remuneration: None,
        selection: Vec::new(),
        target_jobs: Vec::new(),
        source_url,
        verified_on,
    };
    m.records.courses.push(course);
    m.records.sessions.push(Session {
        id: m.options.source.record_id(&format!("s-{id}")),
        course: course_id,
        place: place_id,
        intake: Intake::AConfirmer,
        start: None,
        end: None,
        application_deadline: None,
        recruitment: None,
        seats: None,
    });
}

/// A service type as a help place's service.
fn help_service(t: &str) -> Option<HelpService> {
    super::csv::from_code(t)
}

/// A `publics` value as our audience: `Some(None)` for `tous-publics` (no restriction),
/// `None` for the publics our schema has no word for (`familles`, `personnes-en-situation-
/// durgence`, `personnes-en-situation-juridique-specifique`).
fn audience(p: &str) -> Option<Option<Audience>> {
    if p == "tous-publics" {
        return Some(None);
    }
    super::csv::from_code::<Audience>(p).map(Some)
}
