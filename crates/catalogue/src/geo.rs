//! The committed communes shards, loaded with the core's own parser (so what the CLI reads is
//! what the app reads).

use std::path::Path;

use aiguillage_core::geo::{CommuneIndex, CommuneShard};

use crate::error::{Error, Result};

/// Loads every `{DEP}.json` shard of `dir` (not `index.json`).
pub fn load_communes(dir: &Path) -> Result<CommuneIndex> {
    let entries = std::fs::read_dir(dir).map_err(|e| {
        Error::source(
            dir.display().to_string(),
            None,
            format!(
                "cannot read the communes shards ({e}); run `aiguillage-catalogue communes` first"
            ),
        )
    })?;
    let mut paths: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|x| x == "json")
                && p.file_name().is_some_and(|n| n != "index.json")
        })
        .collect();
    paths.sort();
    let mut shards = Vec::with_capacity(paths.len());
    for path in paths {
        let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
        let shard = CommuneShard::from_json(&text)
            .map_err(|e| Error::source(path.display().to_string(), None, e.to_string()))?;
        shards.push(shard);
    }
    if shards.is_empty() {
        return Err(Error::source(
            dir.display().to_string(),
            None,
            "no communes shard; run `aiguillage-catalogue communes` first",
        ));
    }
    // One merged shard: the index rebuilds its lookups on every shard added.
    let merged = CommuneShard {
        department: String::new(),
        communes: shards.into_iter().flat_map(|s| s.communes).collect(),
    };
    Ok(CommuneIndex::from_shards([merged]))
}
