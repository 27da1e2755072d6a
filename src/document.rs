//! The few things the app changes on the document itself: its language and its title.

/// Sets `<html lang>` so screen readers pronounce the page in the right language.
pub fn set_html_lang(code: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", code);
    }
}

/// Sets the document title (what a screen reader announces after navigation, and the tab name).
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}
