//! The catalogue: fetched once from `/data/catalogue.json` (or a same-origin `?catalogue=/path.json`),
//! read as bytes and validated by core. Invalid records are dropped and counted; a file that cannot
//! be read as a whole (not UTF-8, not JSON, an HTML page, truncated, too large, wrong version, an
//! array that is not a list) is a load error, never "no training fits"; the page shows loading,
//! then results, or an error with a retry button. A pending fetch is dropped with its owner.
//!
//! Once the person has given their place, the file is fetched ahead ([`CatalogueStore::prefetch`])
//! while they answer the rest, so that on a slow connection "Voir les résultats" does not wait for
//! the network. When to fetch, parse or fail is decided by the pure [`super::loader::step`]
//! (tested natively); this file only carries out its effects.

use std::sync::Arc;

use aiguillage_core::catalogue::Limits;
use aiguillage_core::{Catalogue, Issue};
use leptos::prelude::*;

use super::loader::{step, Effect, Event, Loader};
use crate::net::{fetch_bytes, save_data, LoadError};

/// The default catalogue address (Trunk copies `public/data` to `/data`).
pub const DEFAULT_URL: &str = "/data/catalogue.json";

/// A loaded catalogue and what validation dropped.
pub struct Loaded {
    /// The valid records.
    pub catalogue: Catalogue,
    /// Records dropped, with the reason (texts only cleaned of unsafe characters are kept, and
    /// not listed here: this is the count of "fiches écartées").
    pub issues: Vec<Issue>,
}

/// The state of the catalogue, shared through context.
#[derive(Clone)]
pub enum CatalogueState {
    /// Not asked for yet, or loading.
    Loading,
    /// Ready.
    Ready(Arc<Loaded>),
    /// Failed; the person can retry.
    Failed(LoadError),
}

/// Shared handle: what the pages see, and the loader ([`super::loader`]) it is driven by.
#[derive(Clone, Copy)]
pub struct CatalogueStore {
    state: RwSignal<CatalogueState>,
    loader: StoredValue<Loader<Arc<Loaded>>>,
    /// Chosen when the app starts: `?catalogue=` is lost once the person navigates in the app.
    url: StoredValue<String>,
}

impl CatalogueStore {
    fn new() -> Self {
        CatalogueStore {
            state: RwSignal::new(CatalogueState::Loading),
            loader: StoredValue::new(Loader::Idle),
            url: StoredValue::new(catalogue_url()),
        }
    }

    /// The current state (reactive).
    pub fn state(&self) -> CatalogueState {
        self.state.get()
    }

    /// Starts loading once; later calls do nothing while loading or loaded. Uses the file fetched
    /// ahead if it has arrived, waits for it if it is on its way, else fetches it now.
    pub fn ensure_loaded(&self) {
        self.send(Event::ResultsNeeded);
    }

    /// Fetches the file ahead of the results (once; not when the browser asks to save data).
    pub fn prefetch(&self) {
        self.send(Event::PrefetchWanted {
            save_data: save_data(),
        });
    }

    /// Tries again after a failure.
    pub fn retry(&self) {
        self.send(Event::Retry);
    }

    /// One step of the loader, then what it asks for. The app may have been unmounted while a
    /// fetch or a parse was on its way: every access is a `try_`.
    fn send(self, event: Event<Arc<Loaded>>) {
        let Some((effect, shown)) = self.loader.try_update_value(|l| {
            let (next, effect) = step(std::mem::take(l), event);
            let shown = match &next {
                Loader::Ready(loaded) => Some(CatalogueState::Ready(loaded.clone())),
                Loader::Failed(e) => Some(CatalogueState::Failed(e.clone())),
                _ => None,
            };
            *l = next;
            (effect, shown)
        }) else {
            return;
        };
        match shown {
            Some(s) => {
                let _ = self.state.try_set(s);
            }
            // Still loading: said once, not again at each step (a `role="status"` would repeat).
            None => {
                if self
                    .state
                    .try_with_untracked(|s| !matches!(s, CatalogueState::Loading))
                    == Some(true)
                {
                    let _ = self.state.try_set(CatalogueState::Loading);
                }
            }
        }
        match effect {
            None => {}
            Some(Effect::Fetch) => {
                let Some(url) = self.url.try_get_value() else {
                    return;
                };
                leptos::task::spawn_local(async move {
                    self.send(Event::Fetched(fetch_bytes(&url).await));
                });
            }
            Some(Effect::Parse(bytes)) => {
                leptos::task::spawn_local(async move {
                    self.send(Event::Parsed(read(&bytes).map(Arc::new)));
                });
            }
        }
    }
}

/// Provides the store to the app.
pub fn provide_catalogue_store() {
    provide_context(CatalogueStore::new());
}

/// The store provided by `App`.
pub fn use_catalogue() -> CatalogueStore {
    use_context::<CatalogueStore>().unwrap_or_else(CatalogueStore::new)
}

/// Reads a fetched catalogue with core's limits (the same as the CLI's).
fn read(bytes: &[u8]) -> Result<Loaded, LoadError> {
    let (catalogue, mut issues) =
        Catalogue::read_complete(bytes, &Limits::default()).map_err(|_| LoadError::Malformed)?;
    issues.retain(|i| i.problem.drops_record());
    Ok(Loaded { catalogue, issues })
}

/// `?catalogue=/path.json` when both checks of [`super::catalogue_url`] accept it (same origin,
/// compared by the URL parser), else the default; a refusal is shown by the app shell.
fn catalogue_url() -> String {
    super::catalogue_url::from_page()
        .ok()
        .flatten()
        .unwrap_or_else(|| DEFAULT_URL.to_string())
}

/// Whether a catalogue address is a path on this site (not `//host`, not `javascript:`).
pub fn is_same_origin_path(p: &str) -> bool {
    super::catalogue_url::pre_check(p).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_same_origin_json_paths_are_accepted() {
        assert!(is_same_origin_path("/bench/catalogue-100k.json"));
        assert!(!is_same_origin_path("//evil.example/c.json"));
        assert!(!is_same_origin_path("https://evil.example/c.json"));
        assert!(!is_same_origin_path("javascript:alert(1)"));
        assert!(!is_same_origin_path("/\\evil.example/c.json"));
    }
}
