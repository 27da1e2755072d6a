//! Getting a catalogue's bytes from an address or a chosen file, with why not in terms a
//! webmaster can act on. The browser reports a CORS refusal and a dead network the same way (a
//! `TypeError`); a second request in `no-cors` mode tells them apart: it reaches the server and
//! resolves (with a body the page cannot read) when the server answers, and fails when nothing
//! answers. Everything stays in this browser: nothing is sent but the two GETs to the address.

use aiguillage_core::catalogue::{DocumentError, MAX_DOCUMENT_BYTES};
use gloo_net::http::Request;
use wasm_bindgen::JsCast;

/// Why no bytes.
#[derive(Clone, Debug, PartialEq)]
pub enum Failure {
    /// The server answered with an error status (404, 403, 500…).
    Status(u16),
    /// The server answers, but its response has no `Access-Control-Allow-Origin` for this page.
    Cors {
        /// The server's host (`donnees.exemple.fr`).
        host: String,
        /// This page's origin, for the header's second form.
        origin: String,
    },
    /// Nothing answers (wrong name, server down).
    Network,
    /// This device is offline.
    Offline,
    /// A chosen file could not be read.
    File,
    /// The bytes are not a readable catalogue (core's sentence: too large, not JSON with its
    /// line and column, an HTML page…).
    Document(DocumentError),
}

/// The bytes at `address` (absolute, or a path of this site).
pub async fn from_address(address: &str) -> Result<Vec<u8>, Failure> {
    let Some((url, origin, cross_origin)) = resolve(address) else {
        return Err(Failure::Network);
    };
    match Request::get(&url).send().await {
        Ok(response) => {
            if !response.ok() {
                return Err(Failure::Status(response.status()));
            }
            // Refused before the download when the server says its size: the same cap as the
            // app's loader (core's `MAX_DOCUMENT_BYTES`); core checks the body again.
            let declared = response
                .headers()
                .get("content-length")
                .and_then(|v| v.trim().parse::<u64>().ok());
            if declared.is_some_and(|n| n > MAX_DOCUMENT_BYTES as u64) {
                return Err(too_large());
            }
            response.binary().await.map_err(|_| Failure::Network)
        }
        Err(_) => {
            if !online() {
                return Err(Failure::Offline);
            }
            if cross_origin && answers(&url).await {
                let host = web_sys::Url::new(&url)
                    .map(|u| u.host())
                    .unwrap_or_default();
                return Err(Failure::Cors { host, origin });
            }
            Err(Failure::Network)
        }
    }
}

/// Whether a server answers at `url`: a `no-cors` GET resolves with an opaque response when it
/// does (whatever its CORS headers), and fails when nothing answers.
async fn answers(url: &str) -> bool {
    Request::get(url)
        .mode(web_sys::RequestMode::NoCors)
        .send()
        .await
        .is_ok()
}

/// The absolute URL of `address`, this page's origin, and whether the URL is on another origin.
fn resolve(address: &str) -> Option<(String, String, bool)> {
    let location = web_sys::window()?.location();
    let page = location.href().ok()?;
    let origin = location.origin().ok()?;
    let url = web_sys::Url::new_with_base(address, &page).ok()?;
    let cross_origin = url.origin() != origin;
    Some((url.href(), origin, cross_origin))
}

fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

fn too_large() -> Failure {
    Failure::Document(DocumentError::TooLarge {
        max: MAX_DOCUMENT_BYTES,
    })
}

/// The bytes of a chosen or dropped file; one over the cap is refused before it is read.
pub async fn from_file(file: &web_sys::File) -> Result<Vec<u8>, Failure> {
    if file.size() > MAX_DOCUMENT_BYTES as f64 {
        return Err(too_large());
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| Failure::File)?;
    let buffer: js_sys::ArrayBuffer = buffer.dyn_into().map_err(|_| Failure::File)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
