//! The few things the app changes on the document itself: its language and direction, its
//! title, where focus lands after a move to another page, and the boot screen.

/// Sets `<html lang>` and `<html dir>` so screen readers pronounce the page in the right
/// language and the text runs in its direction.
pub fn set_html_lang(lang: aiguillage_core::Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.html_lang());
        let _ = root.set_attribute("dir", lang.dir());
    }
}

/// Sets the document title (what a screen reader announces after navigation, and the tab name).
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// Moves focus to the content's `h1` (made focusable with `tabindex="-1"`: reachable by script, not
/// by Tab). CSS draws no outline on it: the heading is not a control, and an outline appearing on
/// a title after every click would look like a fault.
pub fn focus_main_heading() {
    use wasm_bindgen::JsCast;
    let heading = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("main h1").ok().flatten())
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(h1) = heading {
        if !h1.has_attribute("tabindex") {
            let _ = h1.set_attribute("tabindex", "-1");
        }
        let _ = h1.focus();
    }
}

/// The boot screen of index.html (`#boot`), when it is still there.
fn boot_screen() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id("boot")
}

/// Keeps the boot screen after the wasm has started (`data-hold`: web/boot.js then leaves it),
/// while the app waits for the strings of its language.
pub fn hold_boot_screen() {
    if let Some(boot) = boot_screen() {
        let _ = boot.set_attribute("data-hold", "");
    }
}

/// Removes the boot screen once the app is on the page.
pub fn remove_boot_screen() {
    if let Some(boot) = boot_screen() {
        boot.remove();
    }
}
