//! The Mon Compte Formation catalogue open data of the Caisse des Dépôts
//! (`moncompteformation_catalogueformation`, CSV `;` or JSON export): the certifying trainings
//! one can pay for with the CPF. Field names as the public reuse code selects them
//! (`taskmanagersergebuasa/TaskManagerProject`, `elt_compteformation.py`): `date_extract`,
//! `nom_of`, `siret`, `numero_formation`, `intitule_formation`, `points_forts`,
//! `type_referentiel`, `code_rncp`, `code_inventaire`, `code_formacode_1`…`_5`, `code_nsf_1`,
//! `libelle_niveau_sortie_formation`, `nb_action`, `nb_session_active`,
//! `nb_session_a_distance`, `nombre_heures_total_min|max|mean`, `frais_ttc_tot_min|max|mean`,
//! `code_departement`, `code_region`.
//!
//! What the dataset lacks, said rather than guessed: no session dates (each course has one
//! session "à confirmer": "voir l'organisme"), no address (only the department: sessions in
//! person cannot be placed, so only courses with remote sessions are imported), no link to
//! the training's page (the source is the dataset's page). Digital trainings are kept through
//! the domain table (FORMACODE, NSF); `date_extract` is the catalogue's "données au" date.

use std::collections::HashMap;
use std::io::BufRead;

use aiguillage_core::catalogue::{
    CatalogueRecords, Course, Funder, Funding, FundingKind, HttpUrl, Intake, Provider, Session,
};
use aiguillage_core::profile::Modality;
use aiguillage_core::Date;
use serde_json::{Map, Value};

use super::cells;
use super::domains::{domains_of, Code};
use super::encoding;
use super::table::{self, Row, Table};
use super::{read_capped, Finding, ImportError, Imported, Locator, Options, Reason, Report};

/// The dataset's page: where the facts come from (the dataset gives no training link).
pub const DATASET_URL: &str =
    "https://opendata.caissedesdepots.fr/explore/dataset/moncompteformation_catalogueformation/";

/// Columns without which no record can be read.
pub const REQUIRED: [&str; 2] = ["intitule_formation", "nom_of"];

/// Reads the whole input and maps it.
pub fn import(input: &mut dyn BufRead, options: &Options) -> Result<Imported, ImportError> {
    let bytes = read_capped(input, options.max_bytes)?;
    map_bytes(&bytes, options)
}

/// A record's fields: a JSON object, or a row read through its table's header.
enum Fields<'t> {
    Json(Map<String, Value>),
    Row(&'t Table, &'t Row),
}

struct Record<'t> {
    at: Locator,
    fields: Fields<'t>,
}

impl Record<'_> {
    fn text(&self, name: &str) -> Option<String> {
        match &self.fields {
            Fields::Json(m) => match m.get(name)? {
                Value::String(s) => cells::present(s).map(str::to_string),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            },
            Fields::Row(t, r) => t.cell(r, name).map(str::to_string),
        }
    }

    fn number(&self, name: &str) -> Option<f64> {
        match &self.fields {
            Fields::Json(m) => match m.get(name)? {
                Value::Number(n) => n.as_f64(),
                Value::String(s) => cells::decimal(s).ok(),
                _ => None,
            },
            Fields::Row(t, r) => t.cell(r, name).and_then(|c| cells::decimal(c).ok()),
        }
    }
}

fn wrong(message: &str) -> ImportError {
    ImportError::WrongFormat {
        format: super::Format::Cpf,
        message: message.to_string(),
    }
}

/// Maps a CPF export's bytes.
pub fn map_bytes(bytes: &[u8], options: &Options) -> Result<Imported, ImportError> {
    let (text, _) = encoding::decode(bytes);
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        return Err(ImportError::Empty);
    }
    if trimmed.starts_with(['[', '{']) {
        return Ok(map_records(json_records(trimmed)?, options));
    }
    if trimmed.starts_with('<') {
        return Err(wrong("an HTML or XML page, not the CSV or JSON export"));
    }
    let table = table::read(&text).ok_or(ImportError::Empty)?;
    if let Some(missing) = REQUIRED.iter().find(|c| table.column(c).is_none()) {
        return Err(ImportError::MissingColumn {
            format: super::Format::Cpf,
            column: missing,
            found: table.written.clone(),
        });
    }
    let records = table
        .rows
        .iter()
        .map(|row| Record {
            at: Locator::Line(row.line),
            fields: Fields::Row(&table, row),
        })
        .collect();
    Ok(map_records(records, options))
}

/// The JSON export (an array of records) or an API page (`{"results": […]}`).
fn json_records(text: &str) -> Result<Vec<Record<'static>>, ImportError> {
    let doc: Value = serde_json::from_str(text).map_err(|e| {
        wrong(&format!(
            "JSON unreadable at line {}, column {} ({e})",
            e.line(),
            e.column()
        ))
    })?;
    let items = match doc {
        Value::Array(items) => items,
        Value::Object(mut o) => match o.remove("results") {
            Some(Value::Array(items)) => items,
            _ => return Err(wrong("a JSON object without a « results » list")),
        },
        _ => return Err(wrong("JSON that is neither a list nor an object")),
    };
    Ok(items
        .into_iter()
        .enumerate()
        .map(|(n, item)| {
            let fields = match item {
                Value::Object(o) => o,
                _ => Map::new(),
            };
            let id = match fields.get("numero_formation") {
                Some(Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
                Some(Value::Number(v)) => v.to_string(),
                _ => format!("#{}", n + 1),
            };
            Record {
                at: Locator::Record(id),
                fields: Fields::Json(fields),
            }
        })
        .collect())
}

/// The European level in `libelle_niveau_sortie_formation` ("Niveau 5 (BTS, DUT…)").
pub fn level(label: &str) -> Option<u8> {
    let k = cells::key(label);
    let rest = k.strip_prefix("niveau-")?;
    let n: u8 = rest.split('-').next()?.parse().ok()?;
    (1..=8).contains(&n).then_some(n)
}

/// An RNCP code as the schema writes it (`37674` or `RNCP37674` → `RNCP37674`).
pub fn rncp(code: &str) -> Option<String> {
    let t = code.trim();
    let digits = t
        .strip_prefix("RNCP")
        .or_else(|| t.strip_prefix("rncp"))
        .unwrap_or(t);
    (!digits.is_empty() && digits.len() <= 8 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| format!("RNCP{digits}"))
}

fn map_records(records: Vec<Record>, options: &Options) -> Imported {
    let mut report = Report {
        read: records.len(),
        ..Report::default()
    };
    let mut out = CatalogueRecords {
        name: Some("Catalogue Mon Compte Formation (open data)".to_string()),
        publisher: Some("Caisse des Dépôts".to_string()),
        ..CatalogueRecords::default()
    };
    let dataset = HttpUrl::parse(DATASET_URL);
    let source_url = options.feed_url.clone().or(dataset);
    // numero_formation → (course id, departments seen).
    let mut seen: HashMap<String, Vec<String>> = HashMap::new();
    let mut providers: HashMap<String, String> = HashMap::new();
    let mut newest: Option<Date> = None;
    for r in &records {
        let (Some(title), Some(of)) = (r.text("intitule_formation"), r.text("nom_of")) else {
            let missing = if r.text("intitule_formation").is_none() {
                "intitule_formation"
            } else {
                "nom_of"
            };
            report.findings.push(Finding::skipped(
                r.at.clone(),
                Reason::MissingField(missing),
                "",
            ));
            continue;
        };
        let siret = r
            .text("siret")
            .map(|s| s.chars().filter(|c| !c.is_whitespace()).collect::<String>())
            .filter(|s| s.len() == 14 && s.bytes().all(|b| b.is_ascii_digit()));
        let local = r.text("numero_formation").unwrap_or_else(|| {
            format!(
                "{}-{}",
                siret.clone().unwrap_or_else(|| cells::slug(&of, 30)),
                cells::slug(&title, 50)
            )
        });
        let department = r.text("code_departement").unwrap_or_default();
        if let Some(departments) = seen.get_mut(&local) {
            // The dataset has one row per training and department: the course is the same.
            if departments.contains(&department) {
                report
                    .findings
                    .push(Finding::skipped(r.at.clone(), Reason::DuplicateId, local));
            } else {
                departments.push(department);
            }
            continue;
        }
        let codes: Vec<String> = (1..=5)
            .filter_map(|i| r.text(&format!("code_formacode_{i}")))
            .collect();
        let nsf: Vec<String> = (1..=3)
            .filter_map(|i| r.text(&format!("code_nsf_{i}")))
            .collect();
        let rome: Vec<String> = (1..=3)
            .filter_map(|i| r.text(&format!("code_rome_{i}")))
            .collect();
        let mut domains = domains_of(
            codes
                .iter()
                .map(|c| Code::Formacode(c))
                .chain(nsf.iter().map(|c| Code::Nsf(c)))
                .chain(rome.iter().map(|c| Code::Rome(c))),
        );
        if domains.is_empty() {
            match options.domain {
                Some(d) => domains.push(d),
                None => {
                    let detail = codes
                        .iter()
                        .chain(&nsf)
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", ");
                    report.findings.push(Finding::skipped(
                        r.at.clone(),
                        Reason::NotDigital,
                        detail,
                    ));
                    continue;
                }
            }
        }
        let remote = r.number("nb_session_a_distance").unwrap_or(0.0);
        let active = r.number("nb_session_active");
        if remote < 1.0 {
            let detail = format!("département {department}");
            report
                .findings
                .push(Finding::skipped(r.at.clone(), Reason::NoPlace, detail));
            continue;
        }
        let Some(source_url) = source_url.clone() else {
            continue;
        };
        seen.insert(local.clone(), vec![department]);
        let verified_on = match r.text("date_extract").map(|v| (cells::date(&v), v)) {
            Some((Ok(d), _)) => d,
            Some((Err(_), v)) => {
                report
                    .findings
                    .push(Finding::dropped(r.at.clone(), Reason::BadDate, v));
                options.today
            }
            None => {
                report.findings.push(Finding::dropped(
                    r.at.clone(),
                    Reason::MissingField("date_extract"),
                    "",
                ));
                options.today
            }
        };
        newest = newest.max(Some(verified_on));
        let provider_key = siret.clone().unwrap_or_else(|| cells::slug(&of, 60));
        let provider = providers
            .entry(provider_key.clone())
            .or_insert_with(|| {
                let id = options.source.record_id(&format!("of-{provider_key}"));
                out.providers.push(Provider {
                    id: id.clone(),
                    name: cells::plain_text(&of).0,
                    siret: siret.clone(),
                    networks: Vec::new(),
                    labels: Vec::new(),
                    website: None,
                });
                id
            })
            .clone();
        let (summary, had_markup) = r
            .text("points_forts")
            .map(|t| cells::plain_text(&t))
            .unwrap_or_default();
        if had_markup {
            report.findings.push(Finding::note(
                r.at.clone(),
                Reason::HtmlRemoved,
                r.text("points_forts").unwrap_or_default(),
            ));
        }
        let summary = cells::cut(&summary, 2000).unwrap_or(summary);
        let title = cells::plain_text(&title).0;
        let title = cells::cut(&title, 200).unwrap_or(title);
        let rncp_code = match r.text("type_referentiel").as_deref().map(cells::key) {
            Some(t) if t != "rncp" => None,
            _ => r.text("code_rncp").and_then(|c| rncp(&c)),
        };
        let hours_min = r.number("nombre_heures_total_min");
        let hours_max = r.number("nombre_heures_total_max");
        let duration_hours = match (hours_min, hours_max) {
            // A range is shown as unknown rather than as one of its ends.
            (Some(a), Some(b)) if (a - b).abs() < 0.5 => Some(a.round()),
            (None, None) => r.number("nombre_heures_total_mean").map(f64::round),
            _ => None,
        }
        .filter(|h| (1.0..=10_000.0).contains(h))
        .map(|h| h as u32);
        let price = match (r.number("frais_ttc_tot_min"), r.number("frais_ttc_tot_max")) {
            (Some(a), Some(b)) if (a - b).abs() < 0.5 && (0.0..1e7).contains(&a) => {
                Some(a.round() as u32)
            }
            _ => None,
        };
        let course_id = options.source.record_id(&local);
        out.courses.push(Course {
            id: course_id.clone(),
            provider,
            title,
            summary: (!summary.is_empty()).then_some(summary),
            domains,
            rome_codes: rome
                .iter()
                .filter(|c| {
                    c.len() == 5
                        && c.as_bytes()[0].is_ascii_uppercase()
                        && c.bytes().skip(1).all(|b| b.is_ascii_digit())
                })
                .cloned()
                .collect(),
            rncp_code,
            certification_level: r
                .text("libelle_niveau_sortie_formation")
                .and_then(|l| level(&l)),
            min_level: None,
            prerequisites: None,
            age_min: None,
            age_max: None,
            reserved_for: Vec::new(),
            // All sessions remote: a remote course; otherwise the other sessions are in person
            // somewhere in the department, which the dataset does not say.
            modality: (active == Some(remote)).then_some(Modality::Distanciel),
            rhythms: Vec::new(),
            duration_hours,
            duration_weeks: None,
            funding: Some(Funding {
                kind: FundingKind::Finance,
                funders: vec![Funder::Cpf],
                price_eur: price,
            }),
            remuneration: None,
            selection: Vec::new(),
            target_jobs: Vec::new(),
            source_url,
            verified_on,
        });
        out.sessions.push(Session {
            id: options.source.record_id(&format!("s-{local}")),
            course: course_id,
            place: None,
            intake: Intake::AConfirmer,
            start: None,
            end: None,
            application_deadline: None,
            recruitment: None,
            seats: None,
        });
    }
    out.generated_on = newest;
    Imported {
        catalogue: out,
        report,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_exit_level_is_read_from_its_label() {
        assert_eq!(level("Niveau 5 (BTS, DUT, DEUST…)"), Some(5));
        assert_eq!(level("Sans niveau spécifique"), None);
        assert_eq!(level("Niveau 9"), None);
    }

    #[test]
    fn rncp_codes_get_their_prefix_once() {
        assert_eq!(rncp("37674").as_deref(), Some("RNCP37674"));
        assert_eq!(rncp("RNCP37674").as_deref(), Some("RNCP37674"));
        assert_eq!(rncp("RS5487"), None);
    }
}
