//! The spreadsheet template a municipal team fills (`public/data/modele-catalogue.csv`): one
//! row per session, French column names; `;` or `,`, UTF-8 (with or without a byte order mark)
//! or Windows-1252. Rows of the same organisation and training (same course cells) share one
//! course, rows at the same address one place. Each bad cell is a finding naming its line
//! and column, and the rest of the row is kept when it can be. Columns: `docs/feeds.md`.

use std::collections::{HashMap, HashSet};
use std::io::BufRead;

use aiguillage_core::catalogue::{
    Accessibility, Address, Audience, CatalogueRecords, Contact, CoordinatesPrecision, Course,
    Funder, Funding, FundingKind, Intake, Place, Provider, Recruitment, Session,
};
use aiguillage_core::profile::{Domain, EducationLevel, Modality, Rhythm};
use aiguillage_core::GeoPoint;

use super::cells::{self, compact, key, CellError};
use super::domains::{domain_of, Code};
use super::encoding;
use super::table::{self, Row, Table};
use super::{read_capped, Finding, ImportError, Imported, Locator, Options, Reason, Report};

/// Every column of the template, in its order. `organisme` and `formation` are required; the
/// others may be absent from the file (an empty cell or a missing column is "unknown").
pub const COLUMNS: [&str; 32] = [
    "id",
    "organisme",
    "siret",
    "formation",
    "description",
    "domaines",
    "niveau_min",
    "age_min",
    "age_max",
    "public",
    "modalite",
    "rythme",
    "duree_heures",
    "financement",
    "prix",
    "remuneration",
    "adresse",
    "code_postal",
    "commune",
    "code_insee",
    "latitude",
    "longitude",
    "debut",
    "fin",
    "date_limite",
    "etat",
    "places",
    "lien",
    "telephone",
    "courriel",
    "accessibilite",
    "mis_a_jour",
];

/// Columns without which no row can be read.
pub const REQUIRED: [&str; 2] = ["organisme", "formation"];

/// The core's limits on texts (`Limits::default()`): longer ones are cut here with a note
/// rather than refused by the validation.
const MAX_TITLE: usize = 200;
const MAX_TEXT: usize = 2000;

/// Reads the whole input and maps it.
pub fn import(input: &mut dyn BufRead, options: &Options) -> Result<Imported, ImportError> {
    let bytes = read_capped(input, options.max_bytes)?;
    map_bytes(&bytes, options)
}

/// Maps a CSV file's bytes.
pub fn map_bytes(bytes: &[u8], options: &Options) -> Result<Imported, ImportError> {
    let (text, _encoding) = encoding::decode(bytes);
    let table = table::read(&text).ok_or(ImportError::Empty)?;
    let mut report = Report::default();
    for (i, column) in table.columns.iter().enumerate() {
        if !COLUMNS.contains(&column.as_str()) {
            let written = table.written.get(i).cloned().unwrap_or_default();
            report.findings.push(Finding::note(
                Locator::Line(1),
                Reason::UnknownColumn,
                written,
            ));
        }
    }
    if let Some(missing) = REQUIRED.iter().find(|c| table.column(c).is_none()) {
        return Err(ImportError::MissingColumn {
            format: super::Format::Csv,
            column: missing,
            found: table.written.clone(),
        });
    }
    let mut mapper = Mapper {
        table: &table,
        options,
        records: CatalogueRecords {
            name: None,
            ..CatalogueRecords::default()
        },
        report,
        providers: HashMap::new(),
        courses: HashMap::new(),
        places: HashMap::new(),
        session_ids: HashMap::new(),
        ids: HashSet::new(),
        next_suffix: HashMap::new(),
    };
    for row in &table.rows {
        mapper.report.read += 1;
        mapper.row(row);
    }
    Ok(Imported {
        catalogue: mapper.records,
        report: mapper.report,
    })
}

/// The state of one import: records built so far, and the keys that group rows.
struct Mapper<'t, 'o> {
    table: &'t Table,
    options: &'o Options<'o>,
    records: CatalogueRecords,
    report: Report,
    /// Provider key (organisation name folded, SIRET) → provider id.
    providers: HashMap<String, String>,
    /// Course cells → course id.
    courses: HashMap<String, String>,
    /// Provider id + address cells → place id.
    places: HashMap<String, String>,
    /// Session ids already used → their line.
    session_ids: HashMap<String, usize>,
    /// Ids handed out, by record kind.
    ids: HashSet<(char, String)>,
    /// Next suffix to try for a local id, by record kind.
    next_suffix: HashMap<(char, String), usize>,
}

/// The cells that make a course (two rows with the same ones are sessions of one course).
const COURSE_CELLS: [&str; 17] = [
    "organisme",
    "siret",
    "formation",
    "description",
    "domaines",
    "niveau_min",
    "age_min",
    "age_max",
    "public",
    "modalite",
    "rythme",
    "duree_heures",
    "financement",
    "prix",
    "remuneration",
    "lien",
    "mis_a_jour",
];

/// The cells that make a place.
const PLACE_CELLS: [&str; 10] = [
    "adresse",
    "code_postal",
    "commune",
    "code_insee",
    "latitude",
    "longitude",
    "telephone",
    "courriel",
    "accessibilite",
    "organisme",
];

impl Mapper<'_, '_> {
    fn cell<'r>(&self, row: &'r Row, column: &str) -> Option<&'r str> {
        self.table.cell(row, column)
    }

    fn joined(&self, row: &Row, columns: &[&str]) -> String {
        columns
            .iter()
            .map(|c| self.cell(row, c).unwrap_or(""))
            .collect::<Vec<_>>()
            .join("\u{1F}")
    }

    /// A bad cell: the field is left unknown, the row kept.
    fn bad(&mut self, row: &Row, column: &str, reason: Reason, value: &str) {
        self.report.findings.push(Finding::dropped(
            Locator::Cell {
                line: row.line,
                column: column.to_string(),
            },
            reason,
            value,
        ));
    }

    fn skip(&mut self, row: &Row, reason: Reason, detail: &str) {
        self.report
            .findings
            .push(Finding::skipped(Locator::Line(row.line), reason, detail));
    }

    /// A cell read with `parse`; a bad value is reported and `None`.
    fn read<T>(
        &mut self,
        row: &Row,
        column: &'static str,
        parse: impl Fn(&str) -> Result<T, CellError>,
    ) -> Option<T> {
        let value = self.cell(row, column)?;
        match parse(value) {
            Ok(v) => Some(v),
            Err(e) => {
                let value = value.to_string();
                self.bad(row, column, reason_of(e, column), &value);
                None
            }
        }
    }

    /// A text cell: markup removed (noted), cut to `max` characters (noted).
    fn text(&mut self, row: &Row, column: &'static str, max: usize) -> Option<String> {
        let raw = self.cell(row, column)?;
        let (plain, had_markup) = cells::plain_text(raw);
        let at = Locator::Cell {
            line: row.line,
            column: column.to_string(),
        };
        if had_markup {
            self.report
                .findings
                .push(Finding::note(at.clone(), Reason::HtmlRemoved, raw));
        }
        let plain = match cells::cut(&plain, max) {
            Some(cut) => {
                self.report
                    .findings
                    .push(Finding::note(at, Reason::TextCut, max.to_string()));
                cut
            }
            None => plain,
        };
        (!plain.is_empty()).then_some(plain)
    }

    /// A list cell whose every item is read by `parse`; unknown items are reported.
    fn items<T: PartialEq>(
        &mut self,
        row: &Row,
        column: &'static str,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Vec<T> {
        let Some(value) = self.cell(row, column) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in cells::list(value) {
            match parse(&item) {
                Some(v) if !out.contains(&v) => out.push(v),
                Some(_) => {}
                None => self.bad(row, column, Reason::UnknownCode(column), &item),
            }
        }
        out
    }

    fn row(&mut self, row: &Row) {
        let (Some(organisation), Some(title)) = (
            self.text(row, "organisme", MAX_TITLE),
            self.text(row, "formation", MAX_TITLE),
        ) else {
            let missing = if self.cell(row, "organisme").is_none() {
                "organisme"
            } else {
                "formation"
            };
            self.skip(row, Reason::MissingField(missing), "");
            return;
        };
        let session_local = self.cell(row, "id").map(str::to_string);
        if let Some(id) = &session_local {
            if let Some(first) = self.session_ids.get(id) {
                let detail = format!("{id} (ligne {first})");
                self.skip(row, Reason::DuplicateId, &detail);
                return;
            }
        }
        let source_url = match self.cell(row, "lien") {
            Some(_) => self.read(row, "lien", cells::url),
            None => None,
        }
        .or_else(|| self.options.feed_url.clone());
        let Some(source_url) = source_url else {
            self.skip(row, Reason::MissingField("lien"), "");
            return;
        };
        let mut domains = self.items(row, "domaines", domain_code);
        if domains.is_empty() {
            match self.options.domain {
                Some(d) => domains.push(d),
                None => {
                    let detail = self.cell(row, "domaines").unwrap_or("").to_string();
                    self.skip(row, Reason::NotDigital, &detail);
                    return;
                }
            }
        }
        let modality = self.read(row, "modalite", |v| {
            modality(v).ok_or(CellError::UnknownValue)
        });
        // The place is found before the provider is written, so that a row skipped for its
        // address leaves no provider behind.
        let Ok(place) = self.place(row, modality) else {
            return;
        };
        let provider = self.provider(row, &organisation);
        let place = place.map(|slot| match slot {
            Slot::Known(id) => id,
            Slot::New(mut new, group) => {
                new.provider = provider.clone();
                let id = new.id.clone();
                self.records.places.push(*new);
                self.places.insert(group, id.clone());
                id
            }
        });
        let course = self.course(row, &provider, title, domains, modality, source_url);
        let local = session_local.unwrap_or_else(|| format!("ligne-{}", row.line));
        self.session_ids.insert(local.clone(), row.line);
        let (intake, start) = self.start(row);
        let session = Session {
            id: self.options.source.record_id(&format!("s-{local}")),
            course,
            place,
            intake,
            start,
            end: self.read(row, "fin", cells::date),
            application_deadline: self.read(row, "date_limite", cells::date),
            recruitment: self.read(row, "etat", |v| {
                recruitment(v).ok_or(CellError::UnknownValue)
            }),
            seats: self.read(row, "places", |v| cells::whole(v, 100_000)),
        };
        self.records.sessions.push(session);
    }

    /// `debut`: a date (fixed dates), "entrées permanentes", or empty / "à confirmer".
    fn start(&mut self, row: &Row) -> (Intake, Option<aiguillage_core::Date>) {
        let Some(value) = self.cell(row, "debut") else {
            return (Intake::AConfirmer, None);
        };
        match key(value).as_str() {
            "entrees-permanentes"
            | "entree-permanente"
            | "permanent"
            | "permanente"
            | "toute-l-annee" => return (Intake::EntreesPermanentes, None),
            "a-confirmer" | "prochaine-session-a-confirmer" => return (Intake::AConfirmer, None),
            _ => {}
        }
        match self.read(row, "debut", cells::date) {
            Some(d) => (Intake::DatesFixes, Some(d)),
            None => (Intake::AConfirmer, None),
        }
    }

    fn provider(&mut self, row: &Row, name: &str) -> String {
        let siret = self.read(row, "siret", |v| {
            let digits: String = v.chars().filter(|c| !c.is_whitespace()).collect();
            (digits.len() == 14 && digits.bytes().all(|b| b.is_ascii_digit()))
                .then_some(digits)
                .ok_or(CellError::NotANumber)
        });
        let group = format!("{}\u{1F}{}", key(name), siret.as_deref().unwrap_or(""));
        if let Some(id) = self.providers.get(&group) {
            return id.clone();
        }
        let id = self.unique_id('o', &format!("of-{}", cells::slug(name, 40)));
        self.records.providers.push(Provider {
            id: id.clone(),
            name: name.to_string(),
            siret,
            networks: Vec::new(),
            labels: Vec::new(),
            website: None,
        });
        self.providers.insert(group, id.clone());
        id
    }

    /// `SOURCE:local`, or `SOURCE:local-2`… when taken, among the ids of one record kind
    /// (`o`rganisations, `f`ormations, `l`ieux). A set and a next suffix per local id, not a scan
    /// of the records written so far: quadratic, it made (with `table.rs`'s line counting)
    /// 20 000 rows take 5 min 19 s in a debug build.
    fn unique_id(&mut self, kind: char, local: &str) -> String {
        let mut n = self
            .next_suffix
            .get(&(kind, local.to_string()))
            .copied()
            .unwrap_or(1);
        loop {
            let id = if n == 1 {
                self.options.source.record_id(local)
            } else {
                self.options.source.record_id(&format!("{local}-{n}"))
            };
            n += 1;
            if self.ids.insert((kind, id.clone())) {
                self.next_suffix.insert((kind, local.to_string()), n);
                return id;
            }
        }
    }

    fn course(
        &mut self,
        row: &Row,
        provider: &str,
        title: String,
        domains: Vec<Domain>,
        modality: Option<Modality>,
        source_url: aiguillage_core::catalogue::HttpUrl,
    ) -> String {
        let group = self.joined(row, &COURSE_CELLS);
        if let Some(id) = self.courses.get(&group) {
            return id.clone();
        }
        let local = format!(
            "f-{}-{}",
            cells::slug(self.cell(row, "organisme").unwrap_or(""), 30),
            cells::slug(&title, 40)
        );
        let id = self.unique_id('f', &local);
        let age = |v: &str| cells::whole(v, 120).map(|n| n as u8);
        let age_min = self.read(row, "age_min", age);
        let age_max = self.read(row, "age_max", age);
        let course = Course {
            id: id.clone(),
            provider: provider.to_string(),
            title,
            summary: self.text(row, "description", MAX_TEXT),
            domains,
            rome_codes: Vec::new(),
            rncp_code: None,
            certification_level: None,
            min_level: self.read(row, "niveau_min", |v| {
                education_level(v).ok_or(CellError::UnknownValue)
            }),
            prerequisites: None,
            age_min,
            age_max,
            // `tous-publics` is no restriction: the schema says it with an empty list.
            reserved_for: self
                .items(row, "public", audience)
                .into_iter()
                .filter(|a| *a != Audience::TousPublics)
                .collect(),
            modality,
            rhythms: self.items(row, "rythme", rhythm),
            duration_hours: self.read(row, "duree_heures", |v| cells::whole(v, 10_000)),
            duration_weeks: None,
            funding: self.funding(row),
            remuneration: self.read(row, "remuneration", cells::yes_no),
            selection: Vec::new(),
            target_jobs: Vec::new(),
            source_url,
            verified_on: self
                .read(row, "mis_a_jour", cells::date)
                .unwrap_or(self.options.today),
        };
        self.records.courses.push(course);
        self.courses.insert(group, id.clone());
        id
    }

    /// `financement` (gratuit / financé / payant and funders) and `prix` (euros).
    fn funding(&mut self, row: &Row) -> Option<Funding> {
        let words = self.items(row, "financement", funding_word);
        let price = self.read(row, "prix", |v| cells::whole(v, 1_000_000));
        let mut kind = None;
        let mut funders = Vec::new();
        for w in words {
            match w {
                FundingWord::Kind(k) => kind = kind.or(Some(k)),
                FundingWord::Funder(f) => funders.push(f),
            }
        }
        let kind = kind.or(if !funders.is_empty() {
            Some(FundingKind::Finance)
        } else {
            match price {
                Some(0) => Some(FundingKind::Gratuit),
                Some(_) => Some(FundingKind::Payant),
                None => None,
            }
        })?;
        Some(Funding {
            kind,
            funders,
            price_eur: price.filter(|p| *p > 0),
        })
    }

    /// The session's place: `Ok(None)` for a remote course without an address; `Err` when
    /// the row is skipped (an address that cannot be placed, already reported).
    fn place(&mut self, row: &Row, modality: Option<Modality>) -> Result<Option<Slot>, ()> {
        let insee_cell = self.cell(row, "code_insee").map(str::to_string);
        let postcode_cell = self.cell(row, "code_postal").map(str::to_string);
        let city_cell = self.cell(row, "commune").map(str::to_string);
        if insee_cell.is_none() && postcode_cell.is_none() && city_cell.is_none() {
            if modality == Some(Modality::Distanciel) {
                return Ok(None);
            }
            self.skip(
                row,
                Reason::MissingField("code_postal + commune, ou code_insee"),
                "",
            );
            return Err(());
        }
        let organisation = self.cell(row, "organisme").unwrap_or("").to_string();
        let provider_key = key(&organisation);
        let group = format!("{provider_key}\u{1F}{}", self.joined(row, &PLACE_CELLS));
        if let Some(id) = self.places.get(&group) {
            return Ok(Some(Slot::Known(id.clone())));
        }
        let lat = self.read(row, "latitude", cells::decimal);
        let lon = self.read(row, "longitude", cells::decimal);
        let point = match (lat, lon) {
            (Some(lat), Some(lon)) => match GeoPoint::new(lat, lon) {
                Some(p) => Some(p),
                None => {
                    let value = format!("{lat}, {lon}");
                    self.bad(row, "latitude", Reason::BadCoordinates, &value);
                    None
                }
            },
            _ => None,
        };
        let places = self.options.places;
        let commune = match (&insee_cell, &postcode_cell) {
            (Some(insee), _) => places.commune(insee),
            (None, Some(postcode)) => {
                places.commune_by_postcode_and_name(postcode, city_cell.as_deref().unwrap_or(""))
            }
            (None, None) => None,
        };
        let (insee, postcode, city, point, precision) = match (commune, point) {
            (Some(c), Some(p)) => (
                c.insee.clone(),
                postcode_cell.or_else(|| c.postcodes.first().cloned()),
                c.name.clone(),
                p,
                CoordinatesPrecision::Exact,
            ),
            (Some(c), None) => {
                let Some(p) = c.point else {
                    self.skip(row, Reason::UnknownCommune, &c.insee.clone());
                    return Err(());
                };
                if lat.is_none() && lon.is_none() {
                    self.report.findings.push(Finding::note(
                        Locator::Line(row.line),
                        Reason::ApproximateCoordinates,
                        c.name.clone(),
                    ));
                }
                (
                    c.insee.clone(),
                    postcode_cell.or_else(|| c.postcodes.first().cloned()),
                    c.name.clone(),
                    p,
                    CoordinatesPrecision::Commune,
                )
            }
            // A commune the index does not know, but every fact given: kept as written.
            (None, Some(p)) if insee_cell.is_some() && city_cell.is_some() => (
                insee_cell.clone().unwrap_or_default(),
                postcode_cell,
                city_cell.clone().unwrap_or_default(),
                p,
                CoordinatesPrecision::Exact,
            ),
            (None, _) => {
                let detail = [&insee_cell, &postcode_cell, &city_cell]
                    .iter()
                    .filter_map(|c| c.as_deref())
                    .collect::<Vec<_>>()
                    .join(" ");
                self.skip(row, Reason::UnknownCommune, &detail);
                return Err(());
            }
        };
        let Some(postcode) = postcode else {
            self.skip(row, Reason::MissingField("code_postal"), "");
            return Err(());
        };
        let local = format!(
            "l-{}-{}",
            cells::slug(&organisation, 30),
            cells::slug(&city, 30)
        );
        let id = self.unique_id('l', &local);
        let accessibility = self.accessibility(row);
        let email = self.read(row, "courriel", cells::email);
        let place = Place {
            id,
            // Filled by the caller once the provider is written.
            provider: String::new(),
            name: organisation,
            address: Address {
                street: self.text(row, "adresse", MAX_TITLE),
                postcode,
                insee_code: insee,
                city,
            },
            latitude: point.lat,
            longitude: point.lon,
            coordinates_precision: precision,
            accessibility,
            contact: Contact {
                phone: self.cell(row, "telephone").map(str::to_string),
                email,
                url: None,
            },
        };
        Ok(Some(Slot::New(Box::new(place), group)))
    }

    /// `accessibilite`: oui / non (step-free access), or words (kept as details).
    fn accessibility(&mut self, row: &Row) -> Accessibility {
        let Some(value) = self.cell(row, "accessibilite") else {
            return Accessibility::default();
        };
        match cells::yes_no(value) {
            Ok(b) => Accessibility {
                wheelchair: Some(b),
                ..Accessibility::default()
            },
            Err(_) => Accessibility {
                details: self.text(row, "accessibilite", MAX_TEXT),
                ..Accessibility::default()
            },
        }
    }
}

/// A row's place: one already written, or a new one to write (with its grouping key).
enum Slot {
    Known(String),
    New(Box<Place>, String),
}

/// The finding of a cell error.
pub fn reason_of(e: CellError, column: &'static str) -> Reason {
    match e {
        CellError::NotADate => Reason::BadDate,
        CellError::NotANumber => Reason::BadNumber,
        CellError::NotAUrl => Reason::UnsafeUrl,
        CellError::NotAnEmail => Reason::BadEmail,
        CellError::NotYesNo | CellError::UnknownValue => Reason::UnknownCode(column),
    }
}

/// A schema code (`developpement-web-mobile`) as the enum it names.
pub fn from_code<T: serde::de::DeserializeOwned>(code: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(code.to_string())).ok()
}

/// A domain: its schema code, a few French words, or a FORMACODE.
pub fn domain_code(item: &str) -> Option<Domain> {
    let k = key(item);
    if let Some(d) = from_code(&k) {
        return Some(d);
    }
    if k.len() == 5 && k.bytes().all(|b| b.is_ascii_digit()) {
        return domain_of(Code::Formacode(&k));
    }
    Some(match k.as_str() {
        "developpement-web" | "developpement" | "web" | "developpement-web-et-mobile" => {
            Domain::DeveloppementWebMobile
        }
        "data" | "ia" | "data-et-ia" | "donnees" | "intelligence-artificielle" => Domain::DataIa,
        "cybersecurite" | "securite" | "cyber" => Domain::Cybersecurite,
        "reseaux" | "systemes" | "cloud" | "reseaux-et-systemes" => Domain::ReseauxSystemesCloud,
        "support" | "maintenance" | "support-et-maintenance" => Domain::SupportMaintenance,
        "design" | "ux" | "ui" | "ux-ui" | "design-ux" => Domain::DesignUxUi,
        "jeux-video" | "jeu-video" | "3d" => Domain::JeuxVideo3d,
        "marketing" | "communication" | "marketing-numerique" => Domain::MarketingCommunication,
        "mediation" | "mediation-numerique" => Domain::MediationNumerique,
        "bases" | "bases-du-numerique" | "initiation" | "premiers-pas" => Domain::BasesNumerique,
        _ => return None,
    })
}

/// `niveau_min`: a schema code or the words of the quiz (`Bac+2`, `CAP / BEP`, `niveau 5`).
pub fn education_level(value: &str) -> Option<EducationLevel> {
    Some(match compact(value).as_str() {
        "sansdiplome" | "aucun" | "aucundiplome" | "sansniveau" | "aucunniveau" | "niveau1"
        | "niveau2" => EducationLevel::SansDiplome,
        "brevet" | "dnb" => EducationLevel::Brevet,
        "capbep" | "cap" | "bep" | "niveau3" => EducationLevel::CapBep,
        "bac" | "niveau4" => EducationLevel::Bac,
        "bac2" | "niveau5" => EducationLevel::Bac2,
        "bac34" | "bac3" | "bac4" | "licence" | "niveau6" => EducationLevel::Bac34,
        "bac5plus" | "bac5" | "bac5etplus" | "master" | "niveau7" | "niveau8" => {
            EducationLevel::Bac5Plus
        }
        _ => return None,
    })
}

/// `modalite`.
pub fn modality(value: &str) -> Option<Modality> {
    Some(match key(value).as_str() {
        "presentiel" | "en-presentiel" | "sur-place" => Modality::Presentiel,
        "hybride" | "mixte" => Modality::Hybride,
        "distanciel" | "a-distance" | "distance" | "en-ligne" => Modality::Distanciel,
        _ => return None,
    })
}

/// An item of `rythme`.
pub fn rhythm(value: &str) -> Option<Rhythm> {
    let k = key(value);
    if let Some(r) = from_code(&k) {
        return Some(r);
    }
    Some(match k.as_str() {
        "plein" | "temps-complet" => Rhythm::TempsPlein,
        "partiel" => Rhythm::TempsPartiel,
        "soir" | "soirs" | "week-end" | "soirs-et-week-ends" | "soir-et-week-end" => {
            Rhythm::SoirWeekEnd
        }
        _ => return None,
    })
}

/// An item of `public` (data·inclusion `publics` codes and a few words).
pub fn audience(value: &str) -> Option<Audience> {
    let k = key(value);
    if let Some(a) = from_code(&k) {
        return Some(a);
    }
    Some(match k.as_str() {
        "tous" | "tout-public" => Audience::TousPublics,
        "demandeurs-d-emploi" | "demandeur-d-emploi" => Audience::DemandeursEmploi,
        "handicap" | "rqth" => Audience::PersonnesEnSituationDeHandicap,
        "qpv" => Audience::ResidentsQpvFrr,
        "rsa" | "minimas-sociaux" => Audience::BeneficiairesDesMinimasSociaux,
        "refugies" | "exiles" => Audience::PersonnesExilees,
        _ => return None,
    })
}

/// `etat`.
pub fn recruitment(value: &str) -> Option<Recruitment> {
    Some(match key(value).as_str() {
        "ouvert" | "ouverte" | "1" => Recruitment::Ouvert,
        "ferme" | "fermee" | "2" => Recruitment::Ferme,
        "suspendu" | "suspendue" | "3" => Recruitment::Suspendu,
        _ => return None,
    })
}

/// An item of `financement`: a kind or a funder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FundingWord {
    Kind(FundingKind),
    Funder(Funder),
}

fn funding_word(value: &str) -> Option<FundingWord> {
    let k = key(value);
    if let Some(f) = from_code::<Funder>(&k) {
        return Some(FundingWord::Funder(f));
    }
    Some(match k.as_str() {
        "gratuit" | "gratuite" => FundingWord::Kind(FundingKind::Gratuit),
        "finance" | "financee" | "prise-en-charge" => FundingWord::Kind(FundingKind::Finance),
        "payant" | "payante" => FundingWord::Kind(FundingKind::Payant),
        "pole-emploi" => FundingWord::Funder(Funder::FranceTravail),
        "conseil-regional" => FundingWord::Funder(Funder::Region),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_are_read_as_people_write_them() {
        assert_eq!(education_level("Bac + 2"), Some(EducationLevel::Bac2));
        assert_eq!(education_level("CAP / BEP"), Some(EducationLevel::CapBep));
        assert_eq!(
            education_level("sans-diplome"),
            Some(EducationLevel::SansDiplome)
        );
        assert_eq!(education_level("Bac+3/4"), Some(EducationLevel::Bac34));
        assert_eq!(education_level("doctorat ès lettres"), None);
    }

    #[test]
    fn domains_take_codes_words_and_accents() {
        assert_eq!(domain_code("Cybersécurité"), Some(Domain::Cybersecurite));
        assert_eq!(
            domain_code("developpement-web-mobile"),
            Some(Domain::DeveloppementWebMobile)
        );
        assert_eq!(domain_code("boulangerie"), None);
    }

    #[test]
    fn schema_codes_are_read_before_the_french_words() {
        // The words' fallback once swallowed every schema code (an eager `or`).
        assert_eq!(rhythm("temps-plein"), Some(Rhythm::TempsPlein));
        assert_eq!(rhythm("soir"), Some(Rhythm::SoirWeekEnd));
        assert_eq!(audience("jeunes"), Some(Audience::Jeunes));
        assert_eq!(
            audience("RQTH"),
            Some(Audience::PersonnesEnSituationDeHandicap)
        );
        assert_eq!(audience("martiens"), None);
    }

    #[test]
    fn modality_and_recruitment_words() {
        assert_eq!(modality("À distance"), Some(Modality::Distanciel));
        assert_eq!(modality("Mixte"), Some(Modality::Hybride));
        assert_eq!(recruitment("Fermé"), Some(Recruitment::Ferme));
        assert_eq!(recruitment("complet"), None);
    }
}
