//! Where the repository's data lives, relative to its root.

use std::path::{Path, PathBuf};

/// Hand-curated partial catalogues, one JSON file per provider or theme.
pub const SOURCES_DIR: &str = "data/catalogue";
/// The bundled catalogue the app loads.
pub const CATALOGUE_JSON: &str = "public/data/catalogue.json";
/// The communes shards and their index.
pub const COMMUNES_DIR: &str = "public/data/communes";

/// The repository root: the nearest ancestor of the current directory that holds a
/// `Cargo.toml` and a `public/` folder, else the root this binary was built from.
pub fn find_root() -> PathBuf {
    if let Ok(cwd) = std::env::current_dir() {
        for dir in cwd.ancestors() {
            if dir.join("Cargo.toml").is_file() && dir.join("public").is_dir() {
                return dir.to_path_buf();
            }
        }
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}
