//! The report as a download: a Blob URL of its text, clicked through a detached link, then
//! revoked. Made from the page's memory: nothing leaves the browser.

use wasm_bindgen::JsCast;

/// Offers `text` as the file `name` (UTF-8 with a byte order mark, so that Windows' Notepad and
/// Excel read its accents); `false` when the browser refused.
pub fn offer(name: &str, text: &str) -> bool {
    let Some(url) = object_url(text) else {
        return false;
    };
    let clicked = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| {
            a.set_attribute("href", &url).ok()?;
            a.set_attribute("download", name).ok()?;
            a.dyn_into::<web_sys::HtmlElement>().ok()
        })
        .map(|a| a.click())
        .is_some();
    // The download has started from the URL by then; a later revoke frees the text.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(60),
    );
    clicked
}

fn object_url(text: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&format!("\u{feff}{text}").into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/plain;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}
