//! Fetching this site's files (the catalogue, the communes): one request path, one error type,
//! and whether the browser asks to save data.

use crate::i18n::Texts;

/// Why a file could not be loaded.
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
    /// What to tell the person about the catalogue: a network failure is not a broken file.
    pub fn message(&self, t: &Texts) -> &'static str {
        match self {
            LoadError::Network | LoadError::Status(_) => t.results_error,
            LoadError::Malformed => t.catalogue_malformed,
        }
    }
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
pub fn save_data() -> bool {
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
