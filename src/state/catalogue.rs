//! The catalogue: fetched once from `/data/catalogue.json`, with the feeds an address asks for
//! (`?catalogue=` a path of this site or the name of a feed the operator listed in
//! `/sources.json`; `?catalogue-mode=remplacer` leaves the bundled one out), read as bytes,
//! validated and combined by core (`catalogue::source`: each feed's ids qualified by its name, so
//! two feeds never collide, and each record traceable to its source). A feed that fails (network,
//! CORS refused, HTTP error, not a catalogue, unknown name) never blanks the page: it is left out
//! and said ([`Loaded::failed`]); when every feed of a "remplacer" address fails, the bundled
//! catalogue is fetched instead. The bundled catalogue is read as before: Invalid records are dropped and counted; a file that cannot
//! be read as a whole (not UTF-8, not JSON, an HTML page, truncated, too large, wrong version, an
//! array that is not a list) is a load error, never "no training fits"; the page shows loading,
//! then results, or an error with a retry button. A pending fetch is dropped with its owner.
//!
//! Once the person has given their place, the file is fetched ahead ([`CatalogueStore::prefetch`])
//! while they answer the rest, so that on a slow connection "Voir les résultats" does not wait for
//! the network. When to fetch, parse or fail is decided by the pure [`super::loader::step`]
//! (tested natively); this file only carries out its effects.

use std::sync::Arc;

use aiguillage_core::catalogue::named_sources::{FeedLocation, NamedSources};
use aiguillage_core::catalogue::source::{combine, Mode, Source, SourceName};
use aiguillage_core::catalogue::Limits;
use aiguillage_core::{Catalogue, Issue};
use leptos::prelude::*;

use super::catalogue_url::{Asked, Plan};
use super::loader::{step, Effect, Event, Loader};
use crate::net::{fetch_bytes, save_data, LoadError};

/// The default catalogue address (Trunk copies `public/data` to `/data`).
pub const DEFAULT_URL: &str = "/data/catalogue.json";

/// The operator's list of named feeds, next to `index.html` (see docs/feeds.md).
pub const SOURCES_URL: &str = "/sources.json";

/// Why a feed was left out.
#[derive(Clone, Debug, PartialEq)]
pub enum FeedError {
    /// The file could not be fetched (network, CORS refused: the browser does not say which) or
    /// was refused (HTTP status), or is not a catalogue.
    Load(LoadError),
    /// The address names a feed that `sources.json` does not list (or there is no such file).
    Unknown,
}

/// A feed that was asked for and left out.
#[derive(Clone, Debug, PartialEq)]
pub struct FailedFeed {
    /// Its label in `sources.json`, else its name or path as the address gave it.
    pub label: String,
    /// Why.
    pub error: FeedError,
}

/// A feed as fetched: its name and label, and its bytes or why not.
#[derive(Clone, Debug, PartialEq)]
pub struct FetchedFeed {
    name: SourceName,
    label: Option<String>,
    shown_as: String,
    bytes: Result<Vec<u8>, FeedError>,
}

/// What fetching gives: the bundled file (unless replaced) and each feed.
#[derive(Clone, Debug, PartialEq)]
pub struct Fetched {
    bundled: Option<Vec<u8>>,
    feeds: Vec<FetchedFeed>,
    mode: Mode,
}

/// A loaded catalogue and what validation dropped.
pub struct Loaded {
    /// The valid records.
    pub catalogue: Catalogue,
    /// Records dropped, with the reason (texts only cleaned of unsafe characters are kept, and
    /// not listed here: this is the count of "fiches écartées").
    pub issues: Vec<Issue>,
    /// Where the records come from: the bundled catalogue first when used, then each feed.
    pub sources: Vec<Source>,
    /// Feeds asked for and left out.
    pub failed: Vec<FailedFeed>,
}

impl Loaded {
    /// The source of a record (by id) when the results mix sources: `None` with the bundled
    /// catalogue alone (nothing to tell apart).
    pub fn source_of(&self, id: &str) -> Option<&Source> {
        if self.sources.iter().all(|s| s.name.is_none()) {
            return None;
        }
        let prefix = id.split_once(':').map(|(p, _)| p);
        self.sources
            .iter()
            .find(|s| s.name.is_some() && s.name.as_ref().map(|n| n.as_str()) == prefix)
            .or_else(|| self.sources.iter().find(|s| s.name.is_none()))
    }
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
    loader: StoredValue<Loader<Arc<Loaded>, Fetched>>,
    /// Chosen when the app starts: `?catalogue=` is lost once the person navigates in the app.
    plan: StoredValue<Plan>,
}

impl CatalogueStore {
    fn new() -> Self {
        CatalogueStore {
            state: RwSignal::new(CatalogueState::Loading),
            loader: StoredValue::new(Loader::Idle),
            plan: StoredValue::new(super::catalogue_url::from_page().unwrap_or_default()),
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
    fn send(self, event: Event<Arc<Loaded>, Fetched>) {
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
                let Some(plan) = self.plan.try_get_value() else {
                    return;
                };
                leptos::task::spawn_local(async move {
                    self.send(Event::Fetched(fetch_all(plan).await));
                });
            }
            Some(Effect::Parse(fetched)) => {
                leptos::task::spawn_local(async move {
                    self.send(Event::Parsed(read_all(fetched).map(Arc::new)));
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

/// Fetches the bundled catalogue (unless replaced) and every feed of the plan, one after the
/// other (a few files; the bundled one last, the feeds being the reason for the address). Only
/// the bundled file's failure is an error: a feed's is kept with it, to be said.
async fn fetch_all(plan: Plan) -> Result<Fetched, LoadError> {
    let mut named: Option<NamedSources> = None;
    let mut feeds = Vec::with_capacity(plan.feeds.len());
    for (i, asked) in plan.feeds.iter().enumerate() {
        let (name, label, shown_as, url) = match asked {
            Asked::Path(url) => (path_name(url, i), None, url.clone(), Some(url.clone())),
            Asked::Named(name) => {
                if named.is_none() {
                    // No file, or a broken one: every name is unknown, and said so.
                    let file = get(SOURCES_URL.to_string()).await.unwrap_or_default();
                    named = Some(NamedSources::parse(&file).0);
                }
                let entry = named.as_ref().and_then(|n| n.get(name.as_str()));
                let url = entry.and_then(|e| match &e.location {
                    FeedLocation::Https(u) => Some(u.as_str().to_string()),
                    FeedLocation::SameSite(p) => page_relative(p),
                });
                let label = entry.map(|e| e.label.clone());
                (name.clone(), label, name.as_str().to_string(), url)
            }
        };
        let bytes = match url {
            Some(url) => get(url).await.map_err(FeedError::Load),
            None => Err(FeedError::Unknown),
        };
        feeds.push(FetchedFeed {
            name,
            label,
            shown_as,
            bytes,
        });
    }
    // "Remplacer" with no feed that arrived: the bundled catalogue rather than nothing.
    let mode = if plan.mode == Mode::Replace && feeds.iter().any(|f| f.bytes.is_ok()) {
        Mode::Replace
    } else {
        Mode::Add
    };
    let bundled = match mode {
        Mode::Add => Some(get(DEFAULT_URL.to_string()).await?),
        Mode::Replace => None,
    };
    Ok(Fetched {
        bundled,
        feeds,
        mode,
    })
}

/// [`fetch_bytes`] behind one pointer: `fetch_all` awaits it at three places, and each place
/// would otherwise hold its own inlined copy of the request's state machine.
fn get(
    url: String,
) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<Vec<u8>, LoadError>>>> {
    Box::pin(async move { fetch_bytes(&url).await })
}

/// A path feed's name, for its ids: its file name when it is one (`/perf/catalogue-100k.json` →
/// `catalogue-100k`), else `fichier-<n>` (the n-th feed of the address).
fn path_name(url: &str, index: usize) -> SourceName {
    let stem = url
        .rsplit('/')
        .next()
        .unwrap_or("")
        .trim_end_matches(".json")
        .to_ascii_lowercase();
    SourceName::parse(&stem)
        .or_else(|_| SourceName::parse(&format!("fichier-{}", index + 1)))
        .unwrap_or_else(|_| fallback_name())
}

/// `fichier` always parses; the fallback of a fallback, so that no code path can panic.
fn fallback_name() -> SourceName {
    SourceName::parse("fichier").unwrap_or_else(|_| fallback_name())
}

/// A path of this site named in `sources.json`, resolved against the page's address.
fn page_relative(path: &str) -> Option<String> {
    let base = web_sys::window()?.document()?.base_uri().ok()??;
    web_sys::Url::new_with_base(path, &base)
        .ok()
        .map(|u| u.href())
}

/// Reads what was fetched with core's limits (the same as the CLI's) and combines it: the bundled
/// file must be whole (else a load error); a feed that is not a catalogue is left out and said.
fn read_all(fetched: Fetched) -> Result<Loaded, LoadError> {
    let bundled = match &fetched.bundled {
        Some(bytes) => Some(read(bytes)?),
        None => None,
    };
    let mut failed = Vec::new();
    let mut feeds = Vec::new();
    let mut issues = Vec::new();
    for f in fetched.feeds {
        match f.bytes.and_then(|b| read(&b).map_err(FeedError::Load)) {
            Ok((catalogue, mut dropped)) => {
                issues.append(&mut dropped);
                let label = f
                    .label
                    .or_else(|| catalogue.publisher().map(str::to_string))
                    .or_else(|| catalogue.name().map(str::to_string))
                    .unwrap_or(f.shown_as);
                let source = Source {
                    name: None,
                    label,
                    updated: catalogue.generated_on(),
                };
                feeds.push((f.name, source, catalogue));
            }
            Err(error) => failed.push(FailedFeed {
                label: f.label.unwrap_or(f.shown_as),
                error,
            }),
        }
    }
    let base = bundled.map(|(catalogue, mut dropped)| {
        issues.append(&mut dropped);
        (bundled_source(&catalogue), catalogue)
    });
    let (combined, refused) = combine(base, feeds, fetched.mode);
    // A feed whose ids would collide (never with qualified ids) is left out whole, and said.
    failed.extend(refused.into_iter().map(|name| FailedFeed {
        label: name.as_str().to_string(),
        error: FeedError::Load(LoadError::Malformed),
    }));
    issues.retain(|i| i.problem.drops_record());
    Ok(Loaded {
        catalogue: combined.catalogue,
        issues,
        sources: combined.sources,
        failed,
    })
}

/// The bundled catalogue as a source: its publisher, else its name.
fn bundled_source(catalogue: &Catalogue) -> Source {
    Source {
        name: None,
        label: catalogue
            .publisher()
            .or(catalogue.name())
            .unwrap_or("Aiguillage")
            .to_string(),
        updated: catalogue.generated_on(),
    }
}

/// Reads one file: the valid records and what validation said.
fn read(bytes: &[u8]) -> Result<(Catalogue, Vec<Issue>), LoadError> {
    Catalogue::read_complete(bytes, &Limits::default()).map_err(|_| LoadError::Malformed)
}

/// Whether a catalogue address is a path on this site (not `//host`, not `javascript:`).
pub fn is_same_origin_path(p: &str) -> bool {
    super::catalogue_url::pre_check(p).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUNDLED: &str = include_str!("../../public/data/catalogue.json");

    /// A small feed whose ids are also in the bundled catalogue's style (`p`, `dev-web`).
    const FEED: &str = r#"{"schema_version": 1, "publisher": "Ville exemple", "generated_on": "2026-11-03",
      "providers": [{"id": "42", "name": "Organisme exemple"}],
      "places": [{"id": "l", "provider": "42", "name": "Site", "address": {"street": "1 rue de l'Exemple", "postcode": "54500", "city": "Vandœuvre-lès-Nancy", "insee_code": "54547"}, "latitude": 48.66, "longitude": 6.17, "coordinates_precision": "commune"}],
      "courses": [{"id": "42-tronc-commun", "provider": "42", "title": "Développeur web", "domains": ["developpement-web-mobile"], "modality": "presentiel", "funding": {"kind": "gratuit"}, "source_url": "https://exemple.invalid/f", "verified_on": "2026-11-03"}],
      "sessions": [{"id": "s1", "course": "42-tronc-commun", "place": "l", "intake": "a-confirmer"}]}"#;

    fn feed(name: &str, label: Option<&str>, bytes: Result<&str, FeedError>) -> FetchedFeed {
        FetchedFeed {
            name: SourceName::parse(name).expect("a name"),
            label: label.map(str::to_string),
            shown_as: name.to_string(),
            bytes: bytes.map(|b| b.as_bytes().to_vec()),
        }
    }

    #[test]
    fn a_feed_is_added_to_the_bundled_catalogue_and_each_card_can_say_whose_it_is() {
        let loaded = read_all(Fetched {
            bundled: Some(BUNDLED.as_bytes().to_vec()),
            feeds: vec![feed("vandoeuvre", Some("Ville de Vandœuvre"), Ok(FEED))],
            mode: Mode::Add,
        })
        .expect("loaded");
        let (bundled, _) = read(BUNDLED.as_bytes()).expect("bundled");
        let c = &loaded.catalogue;
        assert_eq!(c.courses().len(), bundled.courses().len() + 1);
        // Same ids in both files: the feed's are qualified, the bundled ones unchanged.
        assert!(c.course_by_id("42-tronc-commun").is_some());
        assert!(c.course_by_id("vandoeuvre:42-tronc-commun").is_some());
        let label = |id: &str| loaded.source_of(id).map(|s| s.label.clone());
        assert_eq!(
            label("vandoeuvre:42-tronc-commun").as_deref(),
            Some("Ville de Vandœuvre")
        );
        assert_eq!(
            label("42-tronc-commun").as_deref(),
            bundled.name().or(Some("Aiguillage"))
        );
        assert!(loaded.failed.is_empty());
    }

    #[test]
    fn the_bundled_catalogue_alone_names_no_source_on_the_cards() {
        let loaded = read_all(Fetched {
            bundled: Some(BUNDLED.as_bytes().to_vec()),
            feeds: vec![],
            mode: Mode::Add,
        })
        .expect("loaded");
        assert!(loaded.source_of("42-tronc-commun").is_none());
    }

    #[test]
    fn a_feed_that_fails_or_is_unknown_is_left_out_and_said_and_the_rest_is_shown() {
        let loaded = read_all(Fetched {
            bundled: Some(BUNDLED.as_bytes().to_vec()),
            feeds: vec![
                feed(
                    "panne",
                    Some("Ville en panne"),
                    Err(FeedError::Load(LoadError::Status(404))),
                ),
                feed("portail", None, Ok("<html>Wi-Fi</html>")),
                feed("inconnu", None, Err(FeedError::Unknown)),
            ],
            mode: Mode::Add,
        })
        .expect("the bundled catalogue still loads");
        assert!(!loaded.catalogue.courses().is_empty());
        assert_eq!(
            loaded.failed,
            vec![
                FailedFeed {
                    label: "Ville en panne".into(),
                    error: FeedError::Load(LoadError::Status(404))
                },
                FailedFeed {
                    label: "portail".into(),
                    error: FeedError::Load(LoadError::Malformed)
                },
                FailedFeed {
                    label: "inconnu".into(),
                    error: FeedError::Unknown
                },
            ]
        );
    }

    #[test]
    fn replacing_shows_the_feed_alone_and_a_broken_bundled_file_is_still_an_error() {
        let loaded = read_all(Fetched {
            bundled: None,
            feeds: vec![feed("ville", None, Ok(FEED))],
            mode: Mode::Replace,
        })
        .expect("loaded");
        assert_eq!(loaded.catalogue.courses().len(), 1);
        // The feed says who publishes it: that is its label.
        assert_eq!(
            loaded
                .source_of("ville:42-tronc-commun")
                .map(|s| s.label.as_str()),
            Some("Ville exemple")
        );
        let broken = read_all(Fetched {
            bundled: Some(b"<html>".to_vec()),
            feeds: vec![feed("ville", None, Ok(FEED))],
            mode: Mode::Add,
        });
        assert_eq!(broken.err(), Some(LoadError::Malformed));
    }

    #[test]
    fn a_path_feed_is_named_after_its_file_when_it_can_be() {
        let name = |url: &str, i| path_name(url, i).as_str().to_string();
        assert_eq!(
            name("https://site.fr/perf/catalogue-100k.json", 0),
            "catalogue-100k"
        );
        assert_eq!(name("https://site.fr/data/Ville.json", 0), "ville");
        assert_eq!(name("https://site.fr/data/été 2026.json", 1), "fichier-2");
        assert_eq!(name("https://site.fr/data/2026.json", 0), "fichier-1");
    }

    #[test]
    fn only_same_origin_json_paths_are_accepted() {
        assert!(is_same_origin_path("/bench/catalogue-100k.json"));
        assert!(!is_same_origin_path("//evil.example/c.json"));
        assert!(!is_same_origin_path("https://evil.example/c.json"));
        assert!(!is_same_origin_path("javascript:alert(1)"));
        assert!(!is_same_origin_path("/\\evil.example/c.json"));
    }
}
