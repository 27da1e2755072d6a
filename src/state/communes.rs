//! The communes, loaded lazily and kept once loaded. A postcode loads `index.json` (departments,
//! postcode → departments), then only that department's shard. A name loads the name manifest
//! `noms/index.json` (shard keys, department names; about 1 KB), then the one or two name shards
//! its first letters point to (a few KB each), anywhere in France.

use std::collections::{BTreeMap, BTreeSet};

use aiguillage_core::geo::{
    search_exact_names, search_names, Commune, CommuneIndex, CommuneShard, DepartmentIndex,
    NameIndex, NameQuery, NameShard, ShardsFor,
};
use leptos::prelude::*;

use super::catalogue::{fetch_text, LoadError};

/// Where the communes files are.
const BASE: &str = "/data/communes";

/// The communes known so far, shared through context.
#[derive(Clone, Copy)]
pub struct CommunesStore {
    /// Departments and postcodes (`None` until loaded).
    pub departments: RwSignal<Option<DepartmentIndex>>,
    /// Communes of the loaded departments.
    pub index: RwSignal<CommuneIndex>,
    loaded: RwSignal<BTreeSet<String>>,
    /// The name manifest (`None` until loaded).
    pub names: RwSignal<Option<NameIndex>>,
    /// Name shards loaded so far, by key.
    name_shards: RwSignal<BTreeMap<String, NameShard>>,
    /// Name shards being fetched, so that fast typing does not fetch one twice.
    names_in_flight: RwSignal<BTreeSet<String>>,
    /// Shards being fetched (for the loading message).
    pub pending: RwSignal<usize>,
    /// The last loading failure, if any.
    pub error: RwSignal<Option<LoadError>>,
}

impl CommunesStore {
    fn new() -> Self {
        CommunesStore {
            departments: RwSignal::new(None),
            index: RwSignal::new(CommuneIndex::new()),
            loaded: RwSignal::new(BTreeSet::new()),
            names: RwSignal::new(None),
            name_shards: RwSignal::new(BTreeMap::new()),
            names_in_flight: RwSignal::new(BTreeSet::new()),
            pending: RwSignal::new(0),
            error: RwSignal::new(None),
        }
    }

    /// Loads `index.json` once.
    pub async fn ensure_departments(&self) -> bool {
        if self.departments.with_untracked(|d| d.is_some()) {
            return true;
        }
        self.pending.update(|n| *n += 1);
        let result = fetch_text(&format!("{BASE}/index.json")).await;
        let _ = self.pending.try_update(|n| *n = n.saturating_sub(1));
        let parsed =
            result.and_then(|t| DepartmentIndex::from_json(&t).map_err(|_| LoadError::Malformed));
        match self.record_outcome(parsed) {
            Some(idx) => {
                let _ = self.departments.try_set(Some(idx));
                true
            }
            None => false,
        }
    }

    /// Loads one department's shard, once. `dep` must be a code from the index.
    pub async fn load_department(&self, dep: &str) -> bool {
        if self.loaded.with_untracked(|l| l.contains(dep)) {
            return true;
        }
        // Only codes the index knows become file names.
        let known = self
            .departments
            .with_untracked(|d| d.as_ref().is_some_and(|d| d.department(dep).is_some()));
        if !known {
            return false;
        }
        self.pending.update(|n| *n += 1);
        let result = fetch_text(&format!("{BASE}/{dep}.json")).await;
        let _ = self.pending.try_update(|n| *n = n.saturating_sub(1));
        let parsed =
            result.and_then(|t| CommuneShard::from_json(&t).map_err(|_| LoadError::Malformed));
        match self.record_outcome(parsed) {
            Some(shard) => {
                let _ = self.loaded.try_update(|l| l.insert(dep.to_string()));
                let _ = self.index.try_update(|i| i.add_shard(shard));
                true
            }
            None => false,
        }
    }

    /// Loads the name manifest `noms/index.json` once.
    pub async fn ensure_names(&self) -> bool {
        if self.names.with_untracked(|n| n.is_some()) {
            return true;
        }
        self.pending.update(|n| *n += 1);
        let result = fetch_text(&format!("{BASE}/noms/index.json")).await;
        let _ = self.pending.try_update(|n| *n = n.saturating_sub(1));
        let parsed =
            result.and_then(|t| NameIndex::from_json(&t).map_err(|_| LoadError::Malformed));
        match self.record_outcome(parsed) {
            Some(idx) => {
                let _ = self.names.try_set(Some(idx));
                true
            }
            None => false,
        }
    }

    /// Loads one name shard, once. `key` must be one the manifest lists.
    async fn load_name_shard(&self, key: &str) -> bool {
        if self.name_shards.with_untracked(|s| s.contains_key(key)) {
            return true;
        }
        // Only keys the manifest lists (checked there: letters and digits) become file names.
        let known = self.names.with_untracked(|n| {
            n.as_ref()
                .is_some_and(|n| n.shards().iter().any(|k| k == key))
        });
        if !known
            || !self
                .names_in_flight
                .try_update(|f| f.insert(key.to_string()))
                .unwrap_or(false)
        {
            return known;
        }
        self.pending.update(|n| *n += 1);
        let result = fetch_text(&format!("{BASE}/noms/{key}.json")).await;
        let _ = self.pending.try_update(|n| *n = n.saturating_sub(1));
        let _ = self.names_in_flight.try_update(|f| f.remove(key));
        let parsed =
            result.and_then(|t| NameShard::from_json(&t).map_err(|_| LoadError::Malformed));
        match self.record_outcome(parsed) {
            Some(shard) => {
                let _ = self
                    .name_shards
                    .try_update(|s| s.insert(key.to_string(), shard));
                true
            }
            None => false,
        }
    }

    /// Loads what the typed text needs: a postcode's departments, the postcode index as soon as
    /// a digit is typed, or the name shards of a name. `false` when a file could not be loaded.
    pub async fn load_for(&self, typed: &str) -> bool {
        let q = typed.trim();
        if is_postcode(q) {
            return self.load_postcode(q).await;
        }
        if q.starts_with(|c: char| c.is_ascii_digit()) {
            return self.ensure_departments().await;
        }
        let Some(query) = NameQuery::parse(q) else {
            return true;
        };
        if !self.ensure_names().await {
            return false;
        }
        let keys: Vec<String> = self.names.with_untracked(|n| match n.as_ref() {
            Some(n) => match n.shards_for(&query) {
                ShardsFor::Keys(keys) => keys.into_iter().map(str::to_string).collect(),
                ShardsFor::Exact(key) => vec![key.to_string()],
                ShardsFor::TooBroad => Vec::new(),
            },
            None => Vec::new(),
        });
        let mut ok = true;
        for key in keys {
            ok &= self.load_name_shard(&key).await;
        }
        ok
    }

    /// The communes matching the typed text among what is loaded (reactive): a postcode's
    /// communes, most populated first, or a name's, best match first; at most `limit`.
    pub fn lookup(&self, typed: &str, limit: usize) -> Lookup {
        let q = typed.trim();
        if is_postcode(q) {
            let loaded = self.departments.with(|d| {
                d.as_ref().is_some_and(|d| {
                    let deps = d.departments_for_postcode(q);
                    deps.is_empty() || self.loaded.with(|l| deps.iter().all(|dep| l.contains(dep)))
                })
            });
            if !loaded {
                return Lookup::waiting();
            }
            let communes = self.index.with(|idx| {
                idx.by_postcode(q)
                    .into_iter()
                    .take(limit)
                    .cloned()
                    .collect()
            });
            return Lookup::done(communes);
        }
        let Some(query) = NameQuery::parse(q) else {
            return Lookup::idle();
        };
        self.names.with(|names| {
            let Some(names) = names else {
                return Lookup::waiting();
            };
            let (keys, exact) = match names.shards_for(&query) {
                ShardsFor::Keys(keys) => (keys, false),
                ShardsFor::Exact(key) => (vec![key], true),
                ShardsFor::TooBroad => return Lookup::more_letters(Vec::new()),
            };
            self.name_shards.with(|loaded| {
                let shards: Option<Vec<&NameShard>> = keys.iter().map(|k| loaded.get(*k)).collect();
                let Some(shards) = shards else {
                    return Lookup::waiting();
                };
                if exact {
                    let found = search_exact_names(&query, &shards, limit);
                    Lookup::more_letters(found.into_iter().cloned().collect())
                } else {
                    Lookup::done(
                        search_names(&query, &shards, limit)
                            .into_iter()
                            .cloned()
                            .collect(),
                    )
                }
            })
        })
    }

    /// A department's name, from whichever index is loaded (reactive).
    pub fn department_name(&self, code: &str) -> Option<String> {
        self.names
            .with(|n| {
                n.as_ref()
                    .and_then(|n| n.department_name(code))
                    .map(str::to_string)
            })
            .or_else(|| {
                self.departments.with(|d| {
                    d.as_ref()
                        .and_then(|d| d.department(code))
                        .map(|d| d.name.clone())
                })
            })
    }

    /// Records a load's outcome in `error` (cleared on success) and hands back the value.
    fn record_outcome<T>(&self, outcome: Result<T, LoadError>) -> Option<T> {
        match outcome {
            Ok(value) => {
                let _ = self.error.try_set(None);
                Some(value)
            }
            Err(e) => {
                let _ = self.error.try_set(Some(e));
                None
            }
        }
    }

    /// Loads every department a postcode belongs to.
    pub async fn load_postcode(&self, postcode: &str) -> bool {
        if !self.ensure_departments().await {
            return false;
        }
        let deps: Vec<String> = self.departments.with_untracked(|d| {
            d.as_ref()
                .map(|d| d.departments_for_postcode(postcode).to_vec())
                .unwrap_or_default()
        });
        let mut ok = !deps.is_empty();
        for dep in deps {
            ok &= self.load_department(&dep).await;
        }
        ok
    }
}

/// What [`CommunesStore::lookup`] found for the typed text.
#[derive(Clone, Debug, PartialEq)]
pub struct Lookup {
    /// The communes found so far.
    pub communes: Vec<Commune>,
    /// Whether the search is complete.
    pub state: LookupState,
}

/// How complete a [`Lookup`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LookupState {
    /// Nothing to search yet (empty, or the start of a postcode).
    Idle,
    /// The files it needs are loading (or failed: see the store's `error`).
    Waiting,
    /// The letters typed match too many names: more are needed (exact names may be listed).
    MoreLetters,
    /// Every match is listed (maybe none).
    Done,
}

impl Lookup {
    fn idle() -> Lookup {
        Lookup {
            communes: Vec::new(),
            state: LookupState::Idle,
        }
    }
    fn waiting() -> Lookup {
        Lookup {
            communes: Vec::new(),
            state: LookupState::Waiting,
        }
    }
    fn more_letters(communes: Vec<Commune>) -> Lookup {
        Lookup {
            communes,
            state: LookupState::MoreLetters,
        }
    }
    fn done(communes: Vec<Commune>) -> Lookup {
        Lookup {
            communes,
            state: LookupState::Done,
        }
    }
}

/// Whether the typed text is a whole postcode (5 digits).
pub fn is_postcode(q: &str) -> bool {
    q.len() == 5 && q.bytes().all(|b| b.is_ascii_digit())
}

/// Provides the store to the app.
pub fn provide_communes_store() {
    provide_context(CommunesStore::new());
}

/// The store provided by `App`.
pub fn use_communes() -> CommunesStore {
    use_context::<CommunesStore>().unwrap_or_else(CommunesStore::new)
}

pub use aiguillage_core::geo::department_of_insee;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postcodes_are_five_digits() {
        assert!(is_postcode("93100"));
        assert!(is_postcode("97400"));
        assert!(!is_postcode("9310"));
        assert!(!is_postcode("931000"));
        assert!(!is_postcode("2A004"));
        assert!(!is_postcode("montreuil"));
    }
}
