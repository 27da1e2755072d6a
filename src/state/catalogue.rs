//! The catalogue: fetched once from `/data/catalogue.json` (or a same-origin `?catalogue=/path.json`),
//! read as bytes and validated by core. Invalid records are dropped and counted; a file that cannot
//! be read as a whole (not UTF-8, not JSON, an HTML page, truncated, too large, wrong version, an
//! array that is not a list) is a load error, never "no training fits"; the page shows loading,
//! then results, or an error with a retry button. A pending fetch is dropped with its owner.
//!
//! Once the person has given their place, the file is fetched ahead ([`CatalogueStore::prefetch`])
//! while they answer the rest, so that on a slow connection "Voir les résultats" does not wait for
//! the network; it is parsed only when the results need it (parsing a large catalogue takes the
//! main thread for a while, which must not happen while someone types). Not when the browser asks
//! to save data.

use std::sync::Arc;

use aiguillage_core::catalogue::Limits;
use aiguillage_core::{Catalogue, Issue};
use leptos::prelude::*;

use crate::i18n::Texts;

/// The default catalogue address (Trunk copies `public/data` to `/data`).
pub const DEFAULT_URL: &str = "/data/catalogue.json";

/// Why the catalogue could not be loaded.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The network failed (offline, timeout).
    Network,
    /// The server answered with an error status.
    Status(u16),
    /// The file arrived but is not in the expected format.
    Malformed,
}

impl LoadError {
    /// What to tell the person: a network failure is not a broken file.
    pub fn message(&self, t: &Texts) -> &'static str {
        match self {
            LoadError::Network | LoadError::Status(_) => t.results_error,
            LoadError::Malformed => t.catalogue_malformed,
        }
    }
}

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

/// The file fetched ahead of the results, not parsed yet.
enum Prefetch {
    /// Not fetched ahead (or already handed over to the results).
    Idle,
    /// On its way; if the results start meanwhile, they take over its answer.
    InFlight,
    /// Arrived, waiting for the results (bytes: read only when the results need it).
    Arrived(Vec<u8>),
}

/// Shared handle: the state, and a counter bumped by "retry".
#[derive(Clone, Copy)]
pub struct CatalogueStore {
    state: RwSignal<CatalogueState>,
    started: RwSignal<bool>,
    prefetch: StoredValue<Prefetch>,
    /// Chosen when the app starts: `?catalogue=` is lost once the person navigates in the app.
    url: StoredValue<String>,
}

impl CatalogueStore {
    fn new() -> Self {
        CatalogueStore {
            state: RwSignal::new(CatalogueState::Loading),
            started: RwSignal::new(false),
            prefetch: StoredValue::new(Prefetch::Idle),
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
        if self.started.get_untracked() {
            return;
        }
        self.started.set(true);
        self.state.set(CatalogueState::Loading);
        // A file fetched ahead is taken; one still on its way is left to the prefetch, which sees
        // `started` and hands its answer over when it arrives.
        let taken = self
            .prefetch
            .try_update_value(|p| {
                (!matches!(p, Prefetch::InFlight)).then(|| std::mem::replace(p, Prefetch::Idle))
            })
            .flatten();
        let store = *self;
        match taken {
            None => {}
            Some(Prefetch::Arrived(bytes)) => {
                leptos::task::spawn_local(async move { store.finish(Ok(bytes)) });
            }
            Some(_) => {
                let url = self.url.get_value();
                leptos::task::spawn_local(async move { store.finish(fetch_bytes(&url).await) });
            }
        }
    }

    /// Fetches the file ahead of the results (once; not when the browser asks to save data).
    /// A failed prefetch is forgotten: the results fetch again and show the error if it persists.
    pub fn prefetch(&self) {
        let idle = self.prefetch.with_value(|p| matches!(p, Prefetch::Idle));
        if self.started.get_untracked() || !idle || save_data() {
            return;
        }
        self.prefetch.set_value(Prefetch::InFlight);
        let store = *self;
        let url = self.url.get_value();
        leptos::task::spawn_local(async move {
            let result = fetch_bytes(&url).await;
            // The app may have been unmounted meanwhile: every access is a `try_`.
            if store.started.try_get_untracked() == Some(true)
                && store
                    .prefetch
                    .try_with_value(|p| matches!(p, Prefetch::InFlight))
                    == Some(true)
            {
                // The results are waiting for this very fetch.
                let _ = store.prefetch.try_set_value(Prefetch::Idle);
                store.finish(result);
            } else {
                let _ = store.prefetch.try_set_value(match result {
                    Ok(bytes) => Prefetch::Arrived(bytes),
                    Err(_) => Prefetch::Idle,
                });
            }
        });
    }

    /// Parses and validates a fetched file, or records why it could not be fetched.
    fn finish(self, fetched: Result<Vec<u8>, LoadError>) {
        let next = match fetched.and_then(|bytes| read(&bytes)) {
            Ok(loaded) => CatalogueState::Ready(Arc::new(loaded)),
            Err(e) => CatalogueState::Failed(e),
        };
        // The signal may be gone if the app was unmounted meanwhile.
        let _ = self.state.try_set(next);
    }

    /// Tries again after a failure.
    pub fn retry(&self) {
        self.started.set(false);
        self.ensure_loaded();
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

/// GETs a same-origin file as bytes (decoding is core's: a Latin-1 file must be refused, not
/// shown with "�"; a body over core's `MAX_DOCUMENT_BYTES` is refused there).
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, LoadError> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|_| LoadError::Network)?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    response.binary().await.map_err(|_| LoadError::Network)
}

/// GETs a same-origin file as UTF-8 text (the communes shards): one fetch path with
/// [`fetch_bytes`], so the request code is compiled once; a non-UTF-8 file is malformed.
pub async fn fetch_text(url: &str) -> Result<String, LoadError> {
    String::from_utf8(fetch_bytes(url).await?).map_err(|_| LoadError::Malformed)
}

/// Whether the browser asks to save data (`navigator.connection.saveData`, Chromium on Android
/// with "Lite mode" or data saver); unknown counts as no.
fn save_data() -> bool {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    js_sys::Reflect::get(&navigator, &"connection".into())
        .ok()
        .filter(|c| c.is_object())
        .and_then(|c| js_sys::Reflect::get(&c, &"saveData".into()).ok())
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
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
