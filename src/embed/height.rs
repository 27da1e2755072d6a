//! The frame's height, told to the host page (`embed.js` sets it), and "show the frame's top"
//! after a page change, so that a person is not left looking at the host's footer. Our own
//! protocol (docs/embedding.md): `{type: "aiguillage:height", v: 1, height}` and
//! `{type: "aiguillage:top", v: 1}`. Sent to any parent (`"*"`): they carry a number or nothing,
//! never the answers (those stay in this frame's address fragment), and the host's origin is not
//! known to the app.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Posts the height of the page on every change of layout, at most once per animation frame (a
/// results page changes size many times while it is drawn).
pub fn follow() {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let pending = Rc::new(Cell::new(false));
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        if !pending.replace(true) {
            let pending = pending.clone();
            leptos::prelude::request_animation_frame(move || {
                pending.set(false);
                post(&format!(
                    r#"{{"type":"aiguillage:height","v":1,"height":{}}}"#,
                    page_height()
                ));
            });
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&root);
    }
    // Lives as long as the page.
    on_resize.forget();
}

/// Asks the host page to bring the frame's top into view (it does only when it is above).
pub fn show_top() {
    post(r#"{"type":"aiguillage:top","v":1}"#);
}

/// The height of `<html>` in whole pixels: its content (style/main.css gives it no height, no
/// `vh`), so it shrinks back on a short page, where `scrollHeight` would keep the frame's height.
fn page_height() -> u32 {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .map_or(0, |root| {
            root.get_bounding_client_rect().height().ceil() as u32
        })
}

/// Posts a message written as JSON (an object for the host, built by the browser's parser:
/// less code in the wasm than setting its fields one by one).
fn post(json: &str) {
    let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    if let Ok(message) = js_sys::JSON::parse(json) {
        let _ = parent.post_message(&message, "*");
    }
}

#[cfg(test)]
mod tests {
    /// The viewport-height units (`vh`, `dvh`, `svh`, `lvh`) found in a style sheet.
    fn viewport_heights(css: &str) -> Vec<String> {
        let bytes = css.as_bytes();
        let mut found = Vec::new();
        for unit in ["vh", "dvh", "svh", "lvh", "vb", "vmax"] {
            let mut from = 0;
            while let Some(i) = css[from..].find(unit).map(|i| i + from) {
                let after = bytes.get(i + unit.len()).copied().unwrap_or(b' ');
                let before = i.checked_sub(1).and_then(|j| bytes.get(j)).copied();
                if before.is_some_and(|b| b.is_ascii_digit() || b == b'.')
                    && !after.is_ascii_alphanumeric()
                    && after != b'-'
                {
                    found.push(css[i.saturating_sub(8)..i + unit.len()].to_string());
                }
                from = i + unit.len();
            }
        }
        found
    }

    #[test]
    fn the_style_sheet_has_no_viewport_height_unit_a_framed_page_would_grow_with() {
        let css = include_str!("../../style/main.css");
        assert_eq!(viewport_heights(css), Vec::<String>::new());
    }

    #[test]
    fn a_viewport_height_unit_is_found_wherever_it_is_written() {
        let found = viewport_heights("main { min-height: 100vh; } .a { height: 50.5dvh }");
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(viewport_heights("h1 { font-size: clamp(1rem, 5vw, 2rem); } .vh-2 {}").is_empty());
    }
}
