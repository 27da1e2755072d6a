//! Importers of outside training feeds into the catalogue schema: one file per format
//! (`lheo.rs`; `data_inclusion.rs`, `cpf.rs`, `csv.rs`), a shared [`Report`] of what was read,
//! mapped and skipped, the communes lookup [`Places`], and [`import`], which runs a format's
//! mapping then the core's own validation (the same as `validate`) so that what is written is
//! exactly what the app keeps.
//!
//! Adding a format: write `FORMAT.rs` with
//! `pub fn import(input: &mut dyn BufRead, options: &Options) -> Result<Imported, ImportError>`
//! (or read the whole input with [`read_capped`] when the format needs it) and call it from the
//! `match` of [`import`].

pub mod cells;
pub mod cpf;
pub mod csv;
pub mod data_inclusion;
pub mod domains;
pub mod encoding;
pub mod lheo;
pub mod places;
pub mod position;
pub mod report;
pub mod source;
pub mod table;

use std::io::{BufRead, Read};

use aiguillage_core::catalogue::CatalogueRecords;
use aiguillage_core::profile::Domain;
use aiguillage_core::{Catalogue, Date, Lang, Limits};

pub use places::Places;
pub use report::{Effect, Finding, Locator, Reason, Report};
pub use source::SourceName;

/// The feed formats `aiguillage-catalogue import --format` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// LHEO 2.2 / 2.3 XML (Carif-Oref, France Travail).
    Lheo,
    /// data·inclusion schema v1 (JSON array, `{"items": […]}` page, or CSV).
    DataInclusion,
    /// The Mon Compte Formation catalogue open data (CSV or JSON export).
    Cpf,
    /// The municipal spreadsheet template (`modele-catalogue.csv`).
    Csv,
}

impl Format {
    /// The name on the command line (`lheo`, `data-inclusion`, `cpf`, `csv`).
    pub fn code(self) -> &'static str {
        match self {
            Format::Lheo => "lheo",
            Format::DataInclusion => "data-inclusion",
            Format::Cpf => "cpf",
            Format::Csv => "csv",
        }
    }
}

/// The default size cap of an input feed: a regional LHEO export is about 50 MB; 256 MiB
/// leaves room for a national one while refusing a 2 GB file before reading it.
pub const MAX_INPUT_BYTES: u64 = 256 * 1024 * 1024;

/// What every importer needs besides the bytes.
#[derive(Debug, Clone)]
pub struct Options<'a> {
    /// `--domaine`: the domain given to records whose codes map to no digital domain (a feed
    /// a territory knows is all digital), instead of skipping them.
    pub domain: Option<Domain>,
    /// The communes index: names and points of INSEE codes and postcodes.
    pub places: &'a Places,
    /// Namespaces the ids (`lheo-feed:AF123`), so that two feeds never collide.
    pub source: SourceName,
    /// The import date: each course's `verified_on` (when its facts were last read).
    pub today: Date,
    /// `--source-url`: where the feed is published; the `source_url` of a record that gives
    /// no link of its own (a record with neither is skipped: the schema requires one).
    pub feed_url: Option<aiguillage_core::catalogue::HttpUrl>,
    /// Inputs larger than this are refused without being read ([`MAX_INPUT_BYTES`]).
    pub max_bytes: u64,
}

impl<'a> Options<'a> {
    /// Options with no `--domaine`, no feed URL and the default size cap.
    pub fn new(places: &'a Places, source: SourceName, today: Date) -> Options<'a> {
        Options {
            domain: None,
            places,
            source,
            today,
            feed_url: None,
            max_bytes: MAX_INPUT_BYTES,
        }
    }
}

/// An import's result: the records kept (validated by the core) and the report.
#[derive(Debug, Clone)]
pub struct Imported {
    pub catalogue: CatalogueRecords,
    pub report: Report,
}

/// Why an import produced nothing. Each message says what to do.
#[derive(Debug, Clone)]
pub enum ImportError {
    /// The file could not be read (I/O error).
    Unreadable { message: String },
    /// The input is over the size cap (refused early: at most `limit + 1` bytes were read).
    TooLarge { limit: u64 },
    /// The input is empty (or only whitespace).
    Empty,
    /// The input is not this format at all (e.g. LHEO: a wrong namespace, not XML, another root).
    WrongFormat { format: Format, message: String },
    /// The input is not an LHEO feed (wrong namespace or root, not XML, unreadable encoding).
    NotLheo(lheo::Refusal),
    /// Records were read but none could be kept; the report says why.
    NothingImportable { report: Box<Report> },
    /// The format has no importer yet.
    NotYet(Format),
    // --- import-tabular ---
    /// A column without which no row can be read is absent (CSV, data·inclusion CSV, CPF).
    MissingColumn {
        format: Format,
        column: &'static str,
        /// The columns the file has, as written.
        found: Vec<String>,
    },
}

impl ImportError {
    /// The message for the person running the command.
    pub fn describe(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match self {
            ImportError::Unreadable { message } => {
                if en {
                    format!("the file cannot be read ({message}); check its path and permissions")
                } else {
                    format!(
                        "le fichier ne peut pas être lu ({message})\u{a0}; vérifiez son chemin et ses droits"
                    )
                }
            }
            ImportError::TooLarge { limit } => {
                let mib = limit / (1024 * 1024);
                if en {
                    format!("the file is over {mib} MiB, the import limit; split the feed (for example by department) and import each part")
                } else {
                    format!("le fichier dépasse {mib}\u{a0}Mio, la limite d'import\u{a0}; découpez le flux (par exemple par département) et importez chaque partie")
                }
            }
            ImportError::Empty => {
                if en {
                    "the file is empty; export the feed again".to_string()
                } else {
                    "le fichier est vide\u{a0}; exportez à nouveau le flux".to_string()
                }
            }
            ImportError::WrongFormat { format, message } => {
                if en {
                    format!(
                        "this is not a {} file: {message}",
                        format_name(*format, lang)
                    )
                } else {
                    format!(
                        "ce n'est pas un fichier {}\u{a0}: {message}",
                        format_name(*format, lang)
                    )
                }
            }
            ImportError::NotLheo(why) => why.describe(lang),
            ImportError::NothingImportable { report } => {
                let head = if en {
                    "nothing could be imported:"
                } else {
                    "rien n'a pu être importé\u{a0}:"
                };
                format!("{head}\n{}", report.render(lang))
            }
            ImportError::MissingColumn {
                format,
                column,
                found,
            } => {
                let found = columns_shown(found);
                if en {
                    format!(
                        "the {} file has no « {column} » column, which is required (its columns: {found}); add it to the first line",
                        format_name(*format, lang)
                    )
                } else {
                    format!(
                        "le fichier {} n'a pas de colonne « {column} », obligatoire (ses colonnes\u{a0}: {found})\u{a0}; ajoutez-la à la première ligne",
                        format_name(*format, lang)
                    )
                }
            }
            ImportError::NotYet(format) => {
                if en {
                    format!(
                        "the {} importer is not available yet in this version",
                        format_name(*format, lang)
                    )
                } else {
                    format!(
                        "l'import {} n'est pas encore disponible dans cette version",
                        format_name(*format, lang)
                    )
                }
            }
        }
    }
}

/// The columns a file has, quoted and cut after 12 (for a missing-column message).
fn columns_shown(found: &[String]) -> String {
    let mut shown: Vec<String> = found.iter().take(12).map(|c| format!("« {c} »")).collect();
    if found.len() > 12 {
        shown.push("…".to_string());
    }
    shown.join(", ")
}

fn format_name(format: Format, _lang: Lang) -> &'static str {
    match format {
        Format::Lheo => "LHEO",
        Format::DataInclusion => "data·inclusion",
        Format::Cpf => "CPF (Mon Compte Formation)",
        Format::Csv => "CSV",
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

impl std::error::Error for ImportError {}

/// Imports `input` as `format`: the format's mapping, then the core's validation; every
/// record the core refuses becomes a finding and is left out. Never panics on any input.
pub fn import(
    format: Format,
    input: impl Read,
    options: &Options,
) -> Result<Imported, ImportError> {
    let mut capped = std::io::BufReader::new(Capped::new(input, options.max_bytes));
    let mapped = match format {
        Format::Lheo => lheo::import(&mut capped, options),
        Format::DataInclusion => data_inclusion::import(&mut capped, options),
        Format::Cpf => cpf::import(&mut capped, options),
        Format::Csv => csv::import(&mut capped, options),
    };
    if capped.get_ref().over {
        return Err(ImportError::TooLarge {
            limit: options.max_bytes,
        });
    }
    finish(mapped?)
}

/// Runs the core's validation on mapped records: keeps what it keeps, reports what it refuses.
pub fn finish(mapped: Imported) -> Result<Imported, ImportError> {
    let Imported {
        catalogue,
        mut report,
    } = mapped;
    let (validated, issues) = Catalogue::from_records(catalogue, &Limits::default());
    for issue in &issues {
        let id = issue.id.clone().unwrap_or_default();
        let field = issue.field.clone().unwrap_or_default();
        report.findings.push(Finding {
            at: Locator::Record(id),
            reason: Reason::Invalid,
            detail: format!(
                "{} {field}: {}",
                issue.kind.array_name(),
                issue.problem.describe(Lang::Fr)
            ),
            effect: Effect::Skipped,
        });
    }
    let catalogue = validated.to_records();
    report.mapped = catalogue.courses.len() + catalogue.help_places.len();
    if report.mapped == 0 {
        return Err(ImportError::NothingImportable {
            report: Box::new(report),
        });
    }
    Ok(Imported { catalogue, report })
}

/// Reads a whole input (for formats that need all of it), refusing it past `max` bytes.
pub fn read_capped(input: &mut dyn BufRead, max: u64) -> Result<Vec<u8>, ImportError> {
    let mut bytes = Vec::new();
    input
        .take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| ImportError::Unreadable {
            message: e.to_string(),
        })?;
    if bytes.len() as u64 > max {
        return Err(ImportError::TooLarge { limit: max });
    }
    Ok(bytes)
}

/// A reader that stops (with an error) after `max` bytes, so that a 2 GB file or an endless
/// stream is refused after reading at most `max + 1` bytes, whatever the importer does.
struct Capped<R> {
    inner: R,
    left: u64,
    over: bool,
}

impl<R: Read> Capped<R> {
    fn new(inner: R, max: u64) -> Capped<R> {
        Capped {
            inner,
            left: max,
            over: false,
        }
    }
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.over {
            return Err(std::io::Error::other("over the size cap"));
        }
        if self.left == 0 {
            // One more byte tells "exactly at the cap" from "over it".
            let mut probe = [0u8; 1];
            let n = self.inner.read(&mut probe)?;
            if n == 0 {
                return Ok(0);
            }
            self.over = true;
            return Err(std::io::Error::other("over the size cap"));
        }
        let want = buf
            .len()
            .min(usize::try_from(self.left).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..want])?;
        self.left -= n as u64;
        Ok(n)
    }
}
