//! The name index, for searching a commune by name anywhere in France while downloading a few
//! KB: every commune with a point, sorted by its search key (`aiguillage_core::geo::name_key`:
//! normalised name without a leading saint/sainte/le/la/les/l), cut into contiguous shards
//! `noms/{key}.json`, plus a manifest `noms/index.json` listing the shards' keys and the
//! department names (for labels).
//!
//! A shard's key is the shortest prefix of its first search key that sorts after the previous
//! shard's last one, so it holds every key from its own to the next shard's. Cuts are placed
//! where neighbouring keys share the shortest prefix (within a size window), so that few typed
//! prefixes straddle two shards. Rows are the department shards' rows, in key order. Keys that
//! still span more than two shards when typed in full ("mont") are listed in the manifest's
//! `exact`: the app then loads their one shard and shows the exact names.
//!
//! A name of several words is also filed under the key of each later word ([`word_keys`]):
//! "Vandœuvre-lès-Nancy" is in the shard of `vandoeuvrelesnancy` and in that of `nancy`, so
//! that typing "nancy" or "lès-Nancy" finds it with the one shard the app loads anyway.

use std::collections::BTreeMap;

use aiguillage_core::geo::names::is_valid_key;
use aiguillage_core::geo::{name_key, normalize_name, NameIndex, NameQuery, ShardsFor};
use serde::{Deserialize, Serialize};

use super::{ShardRow, FORMAT_VERSION};
use crate::error::{Error, Result};

/// The folder of the name shards, inside the communes folder.
pub const NAMES_DIR: &str = "noms";
/// The manifest's file name, inside [`NAMES_DIR`] (never a shard key: no name starts with it).
pub const NAMES_INDEX: &str = "index";

/// How big a shard may be, in bytes of its compact JSON rows (brotli makes that about a third).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chunking {
    /// A shard is cut before it grows past this (unless one key alone is bigger).
    pub max_bytes: usize,
    /// A shard is not cut before this, so that there are no tiny files.
    pub min_bytes: usize,
}

/// The committed shards' sizes: 8–16 KB of JSON, 3–6 KB brotli.
pub const CHUNKING: Chunking = Chunking {
    max_bytes: 16_000,
    min_bytes: 8_000,
};

/// `noms/index.json`.
#[derive(Debug, Serialize, Deserialize)]
pub struct NameIndexFile {
    pub v: u32,
    /// `[code, name]`, sorted by code.
    pub departments: Vec<(String, String)>,
    /// Shard keys, sorted.
    pub shards: Vec<String>,
    /// Keys of names still too broad when typed in full ("mont"), sorted.
    pub exact: Vec<String>,
}

/// `noms/{key}.json`.
#[derive(Debug, Serialize, Deserialize)]
pub struct NameShardFile {
    pub v: u32,
    pub key: String,
    pub communes: Vec<ShardRow>,
}

/// The name files, as bytes, before writing.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Names {
    /// `noms/index.json`.
    pub index: String,
    /// shard key → `noms/{key}.json`.
    pub shards: BTreeMap<String, String>,
}

/// The search key of a commune's name.
pub fn key_of(name: &str) -> String {
    name_key(&normalize_name(name))
}

/// Words a later key never starts with: "Saint-Martin-de-Ré" is filed under `re`, not `dere`
/// (the articles and "saint" are skipped by the key itself).
const LINK_WORDS: [&str; 12] = [
    "de", "du", "des", "d", "sur", "sous", "en", "et", "lez", "aux", "au", "a",
];

/// The shortest later key kept: one or two letters would find half of France.
const MIN_WORD_KEY: usize = 3;

/// The keys of a name's later words (not its own key): `"Vandœuvre-lès-Nancy"` → `["nancy"]`,
/// `"Saint-Étienne-du-Rouvray"` → `["rouvray"]`, `"Paris 20e Arrondissement"` →
/// `["arrondissement"]` (keys starting with a digit cannot be typed: a query starts with a
/// letter).
pub fn word_keys(name: &str) -> Vec<String> {
    let normalized = normalize_name(name);
    let words: Vec<&str> = normalized.split(' ').filter(|w| !w.is_empty()).collect();
    let own = name_key(&normalized);
    let mut keys: Vec<String> = Vec::new();
    for (i, word) in words.iter().enumerate().skip(1) {
        if LINK_WORDS.contains(word) {
            continue;
        }
        let key = name_key(&words.get(i..).unwrap_or(&[]).join(" "));
        let usable = key.len() >= MIN_WORD_KEY
            && !key.starts_with(|c: char| c.is_ascii_digit())
            && is_valid_key(&key)
            && key != own;
        if usable && !keys.contains(&key) {
            keys.push(key);
        }
    }
    keys
}

/// Builds the name files from every department's rows (communes without a point are left out:
/// they cannot be chosen) and the departments `[code, name]`.
pub fn generate(
    rows: &[ShardRow],
    departments: &[(String, String)],
    chunking: Chunking,
) -> Result<Names> {
    let mut entries: Vec<(String, &ShardRow)> = Vec::with_capacity(rows.len());
    let mut words: Vec<(String, &ShardRow)> = Vec::new();
    for row in rows.iter().filter(|r| r.3.is_some() && r.4.is_some()) {
        let key = key_of(&row.1);
        if !is_valid_key(&key) {
            return Err(Error::source(
                "communes name index",
                Some(format!("commune {} ({})", row.0, row.1)),
                format!("search key `{key}` is not 1 to 40 letters a-z or digits"),
            ));
        }
        for word_key in word_keys(&row.1) {
            words.push((word_key, row));
        }
        entries.push((key, row));
    }
    // A later word shared by so many names that they would fill half a shard ("mer" of the
    // "…-sur-Mer") is not filed: typing it cannot pick a commune anyway.
    let mut word_bytes: BTreeMap<&str, usize> = BTreeMap::new();
    for (key, row) in &words {
        *word_bytes.entry(key.as_str()).or_default() += to_json(row)?.len() + 1;
    }
    let common: Vec<String> = word_bytes
        .into_iter()
        .filter(|(_, bytes)| *bytes > chunking.max_bytes / 2)
        .map(|(key, _)| key.to_string())
        .collect();
    entries.extend(words.into_iter().filter(|(key, _)| !common.contains(key)));
    entries.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1 .0.cmp(&b.1 .0)));

    // Rows with the same key stay together: a key belongs to one shard.
    let mut groups: Vec<(&str, Vec<&ShardRow>, usize)> = Vec::new();
    for (key, row) in &entries {
        let bytes = to_json(row)?.len() + 1;
        match groups.last_mut() {
            Some((k, rows, size)) if *k == key.as_str() => {
                rows.push(row);
                *size += bytes;
            }
            _ => groups.push((key.as_str(), vec![row], bytes)),
        }
    }

    let mut chunks: Vec<&[(&str, Vec<&ShardRow>, usize)]> = Vec::new();
    let mut start = 0;
    while start < groups.len() {
        let mut size = 0;
        let mut end = start;
        // (shared prefix length at the cut, cut position): shortest prefix wins, then the latest.
        let mut best: Option<(usize, usize)> = None;
        while let Some((_, _, bytes)) = groups.get(end) {
            if size + bytes > chunking.max_bytes && end > start {
                break;
            }
            size += bytes;
            end += 1;
            if size >= chunking.min_bytes {
                if let (Some(prev), Some(next)) = (groups.get(end - 1), groups.get(end)) {
                    let shared = common_prefix(prev.0, next.0);
                    if best.is_none_or(|(s, _)| shared <= s) {
                        best = Some((shared, end));
                    }
                }
            }
        }
        let cut = match best {
            Some((_, at)) if end < groups.len() => at,
            _ => end,
        };
        chunks.push(groups.get(start..cut).unwrap_or(&[]));
        start = cut;
    }

    let mut keys = Vec::with_capacity(chunks.len());
    let mut shards = BTreeMap::new();
    let mut previous_last: Option<&str> = None;
    for chunk in &chunks {
        let (Some(first), Some(last)) = (chunk.first(), chunk.last()) else {
            continue;
        };
        let len = previous_last.map_or(0, |p| common_prefix(p, first.0)) + 1;
        let key = first.0.get(..len).unwrap_or(first.0).to_string();
        if key == NAMES_INDEX {
            return Err(Error::source(
                "communes name index",
                None,
                format!("a shard key would be `{NAMES_INDEX}`, the manifest's name"),
            ));
        }
        let file = NameShardFile {
            v: FORMAT_VERSION,
            key: key.clone(),
            communes: {
                // A name filed under two keys of one shard is written once.
                let mut seen = std::collections::BTreeSet::new();
                chunk
                    .iter()
                    .flat_map(|(_, rows, _)| rows.iter())
                    .filter(|r| seen.insert(r.0.as_str()))
                    .map(|r| (*r).clone())
                    .collect()
            },
        };
        shards.insert(key.clone(), to_json(&file)?);
        keys.push(key);
        previous_last = Some(last.0);
    }
    let mut index = NameIndexFile {
        v: FORMAT_VERSION,
        departments: departments.to_vec(),
        shards: keys,
        exact: Vec::new(),
    };
    // Names the app could not search in full: listed, so that it loads their one shard.
    let reader = NameIndex::from_json(&to_json(&index)?)
        .map_err(|e| Error::source("communes name index", None, e.to_string()))?;
    for (key, _, _) in &groups {
        let query = NameQuery {
            name: key.to_string(),
            key: key.to_string(),
            place: None,
            full: key.to_string(),
        };
        if reader.shards_for(&query) == ShardsFor::TooBroad {
            index.exact.push(key.to_string());
        }
    }
    Ok(Names {
        index: to_json(&index)?,
        shards,
    })
}

/// Length of the common prefix of two ASCII keys.
fn common_prefix(a: &str, b: &str) -> usize {
    a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count()
}

fn to_json<T: Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value)
        .map_err(|e| Error::source("communes name index", None, e.to_string()))
}
