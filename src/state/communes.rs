//! The communes, loaded lazily and kept once loaded. A postcode loads `index.json` (departments,
//! postcode → departments), then only that department's shard. A name loads the name manifest
//! `noms/index.json` (shard keys, department names; about 1 KB), then the one or two name shards
//! its first letters point to (a few KB each), anywhere in France. A position ("Me localiser")
//! loads `index.json`, then the department shards its boxes point to (usually one).

use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;
use std::pin::Pin;

use aiguillage_core::geo::{
    nearest_step, search_exact_names, search_names, Commune, CommuneIndex, CommuneShard,
    DepartmentIndex, GeoPoint, NameIndex, NameShard, NextStep, ShardsFor, Typed,
};
use leptos::prelude::*;

use crate::net::{fetch_text, LoadError};

/// Where the communes files are.
const BASE: &str = "/data/communes";

/// A file's text, or why it could not be had, with the action it was fetched for.
type Fetched = Pin<Box<dyn Future<Output = (Action, Result<String, LoadError>)>>>;

/// Which search a fetch belongs to: a failure is reported only while its search is the
/// current one, so a file that arrives late never clears, or raises, another search's message.
/// (Measured race: the manifest fetched at mount and again by the first letters; the shard
/// failed, then the second manifest arrived and its success wiped the error.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Action(u64);

/// The name search's files loaded so far.
#[derive(Default)]
pub struct NameFiles {
    /// The manifest (`None` until loaded).
    pub index: Option<NameIndex>,
    /// Name shards, by key.
    pub shards: BTreeMap<String, NameShard>,
    /// Keys being fetched, so that fast typing does not fetch a shard twice.
    in_flight: Vec<String>,
}

/// The communes known so far, shared through context.
#[derive(Clone, Copy)]
pub struct CommunesStore {
    /// Departments and postcodes (`None` until loaded).
    pub departments: RwSignal<Option<DepartmentIndex>>,
    /// Communes of the loaded departments.
    pub index: RwSignal<CommuneIndex>,
    loaded: RwSignal<BTreeSet<String>>,
    /// The name manifest and the name shards loaded.
    pub names: RwSignal<NameFiles>,
    /// Files being fetched (for the loading message).
    pub pending: RwSignal<usize>,
    /// The current search's loading failure, if any.
    pub error: RwSignal<Option<LoadError>>,
    /// The current search (see [`Action`]).
    action: StoredValue<u64>,
}

impl CommunesStore {
    fn new() -> Self {
        CommunesStore {
            departments: RwSignal::new(None),
            index: RwSignal::new(CommuneIndex::new()),
            loaded: RwSignal::new(BTreeSet::new()),
            names: RwSignal::new(NameFiles::default()),
            pending: RwSignal::new(0),
            error: RwSignal::new(None),
            action: StoredValue::new(0),
        }
    }

    /// Starts a new search (typed text, retry, position): the last one's message goes away and
    /// only failures of files fetched from now on are reported.
    pub fn begin(&self) {
        self.action.update_value(|n| *n = n.wrapping_add(1));
        self.error.set(None);
    }

    /// Fetches `{BASE}/{path}`, counted in `pending`. One boxed future shared by every file
    /// kind keeps the fetching code once in the wasm.
    fn fetch(&self, path: String) -> Fetched {
        let pending = self.pending;
        let action = Action(self.action.try_get_value().unwrap_or_default());
        Box::pin(async move {
            pending.update(|n| *n += 1);
            let result = fetch_text(&format!("{BASE}/{path}")).await;
            let _ = pending.try_update(|n| *n = n.saturating_sub(1));
            (action, result)
        })
    }

    /// Loads `index.json` once.
    pub async fn ensure_departments(&self) -> bool {
        if self.departments.with_untracked(|d| d.is_some()) {
            return true;
        }
        let (action, result) = self.fetch("index.json".into()).await;
        let parsed =
            result.and_then(|t| DepartmentIndex::from_json(&t).map_err(|_| LoadError::Malformed));
        match self.record_outcome(action, parsed) {
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
        let (action, result) = self.fetch(format!("{dep}.json")).await;
        let parsed =
            result.and_then(|t| CommuneShard::from_json(&t).map_err(|_| LoadError::Malformed));
        match self.record_outcome(action, parsed) {
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
        if self.names.with_untracked(|n| n.index.is_some()) {
            return true;
        }
        let (action, result) = self.fetch("noms/index.json".into()).await;
        let parsed =
            result.and_then(|t| NameIndex::from_json(&t).map_err(|_| LoadError::Malformed));
        match self.record_outcome(action, parsed) {
            Some(idx) => {
                let _ = self.names.try_update(|n| n.index = Some(idx));
                true
            }
            None => false,
        }
    }

    /// Loads one name shard, once. `key` must be one the manifest lists.
    async fn load_name_shard(&self, key: &str) -> bool {
        // Only keys the manifest lists (checked there: letters and digits) become file names.
        let (known, loaded, in_flight) = self.names.with_untracked(|n| {
            let known = n
                .index
                .as_ref()
                .is_some_and(|i| i.shards().iter().any(|k| k == key));
            (
                known,
                n.shards.contains_key(key),
                n.in_flight.iter().any(|k| k == key),
            )
        });
        if !known || loaded || in_flight {
            return known;
        }
        self.names.update(|n| n.in_flight.push(key.to_string()));
        let (action, result) = self.fetch(format!("noms/{key}.json")).await;
        let _ = self.names.try_update(|n| n.in_flight.retain(|k| k != key));
        let parsed =
            result.and_then(|t| NameShard::from_json(&t).map_err(|_| LoadError::Malformed));
        match self.record_outcome(action, parsed) {
            Some(shard) => {
                let _ = self
                    .names
                    .try_update(|n| n.shards.insert(key.to_string(), shard));
                true
            }
            None => false,
        }
    }

    /// Loads what the typed text needs: a postcode's departments, the postcode index as soon as
    /// a digit is typed, or the name shards of a name. `false` when a file could not be loaded.
    pub async fn load_for(&self, typed: &str) -> bool {
        let query = match Typed::parse(typed) {
            Typed::Postcode(code) => return self.load_postcode(&code).await,
            Typed::PostcodeStart => return self.ensure_departments().await,
            Typed::Empty | Typed::Nothing => return true,
            Typed::Name(query) => query,
        };
        if !self.ensure_names().await {
            return false;
        }
        let keys: Vec<String> = self.names.with_untracked(|n| match n.index.as_ref() {
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
        let query = match Typed::parse(typed) {
            Typed::Postcode(code) => return self.lookup_postcode(&code, limit),
            Typed::Empty | Typed::PostcodeStart => return Lookup::idle(),
            Typed::Nothing => return Lookup::done(Vec::new()),
            Typed::Name(query) => query,
        };
        self.names.with(|names| {
            let Some(index) = &names.index else {
                return Lookup::waiting();
            };
            let (keys, exact) = match index.shards_for(&query) {
                ShardsFor::Keys(keys) => (keys, false),
                ShardsFor::Exact(key) => (vec![key], true),
                ShardsFor::TooBroad => return Lookup::more_letters(Vec::new()),
            };
            let shards: Option<Vec<&NameShard>> =
                keys.iter().map(|k| names.shards.get(*k)).collect();
            let Some(shards) = shards else {
                return Lookup::waiting();
            };
            let found = if exact {
                search_exact_names(&query, &shards, limit)
            } else {
                search_names(&query, &shards, limit)
            };
            let found = found.into_iter().cloned().collect();
            if exact {
                Lookup::more_letters(found)
            } else {
                Lookup::done(found)
            }
        })
    }

    /// A postcode's communes, most populated first (reactive).
    fn lookup_postcode(&self, q: &str, limit: usize) -> Lookup {
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
        Lookup::done(communes)
    }

    /// The commune nearest to a position, anywhere in France: the index's department boxes say
    /// which shards to load (usually one). `Err(())` when a file could not be loaded.
    pub async fn nearest(&self, point: GeoPoint) -> Result<Nearest, ()> {
        if !self.ensure_departments().await {
            return Err(());
        }
        loop {
            let step = self.departments.with_untracked(|d| {
                let d = d.as_ref()?;
                self.index.with_untracked(|idx| {
                    self.loaded.with_untracked(|loaded| {
                        Some(
                            match nearest_step(point, d, idx, &|dep| loaded.contains(dep)) {
                                NextStep::Load(dep) => Err(dep.to_string()),
                                NextStep::Found(c, _) => Ok(Nearest::Commune(c.clone())),
                                NextStep::OutsideFrance => Ok(Nearest::OutsideFrance),
                            },
                        )
                    })
                })
            });
            match step {
                None => return Err(()),
                Some(Ok(found)) => return Ok(found),
                // Each step asks for a department not loaded yet: the loop ends.
                Some(Err(dep)) => {
                    if !self.load_department(&dep).await {
                        return Err(());
                    }
                }
            }
        }
    }

    /// A department's name, from whichever index is loaded (reactive).
    pub fn department_name(&self, code: &str) -> Option<String> {
        self.names
            .with(|n| {
                n.index
                    .as_ref()
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

    /// Records a failure in `error` when its search is still the current one, and hands back
    /// the value. A success clears nothing: [`CommunesStore::begin`] does, once per search.
    fn record_outcome<T>(&self, action: Action, outcome: Result<T, LoadError>) -> Option<T> {
        match outcome {
            Ok(value) => Some(value),
            Err(e) => {
                if self.action.try_get_value() == Some(action.0) {
                    let _ = self.error.try_set(Some(e));
                }
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

/// What [`CommunesStore::nearest`] found.
#[derive(Clone, Debug, PartialEq)]
pub enum Nearest {
    /// The nearest commune.
    Commune(Commune),
    /// No commune is near: the position is outside France.
    OutsideFrance,
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

/// Provides the store to the app.
pub fn provide_communes_store() {
    provide_context(CommunesStore::new());
}

/// The store provided by `App`.
pub fn use_communes() -> CommunesStore {
    use_context::<CommunesStore>().unwrap_or_else(CommunesStore::new)
}

pub use aiguillage_core::geo::department_of_insee;
