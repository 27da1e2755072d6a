//! The communes, loaded lazily: `index.json` (departments, postcode → departments) first, then
//! only the department shards the person's answer needs. Loaded shards are kept.

use std::collections::BTreeSet;

use aiguillage_core::geo::{CommuneIndex, CommuneShard, DepartmentIndex};
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

/// Provides the store to the app.
pub fn provide_communes_store() {
    provide_context(CommunesStore::new());
}

/// The store provided by `App`.
pub fn use_communes() -> CommunesStore {
    use_context::<CommunesStore>().unwrap_or_else(CommunesStore::new)
}

/// The department of an INSEE commune code (`93048` → `93`, `97411` → `974`, `2A004` → `2A`).
pub fn department_of_insee(insee: &str) -> Option<&str> {
    if insee.len() != 5 {
        return None;
    }
    if insee.starts_with("97") || insee.starts_with("98") {
        insee.get(..3)
    } else {
        insee.get(..2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn departments_of_insee_codes() {
        assert_eq!(department_of_insee("93048"), Some("93"));
        assert_eq!(department_of_insee("97411"), Some("974"));
        assert_eq!(department_of_insee("2A004"), Some("2A"));
        assert_eq!(department_of_insee("123"), None);
    }
}
