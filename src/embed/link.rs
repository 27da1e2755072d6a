//! Links that leave Aiguillage (a provider's site, a map, an official locator): in a host's page
//! they open in a new tab, since the sites they lead to often refuse to be framed and the person
//! would lose the host's page; full page, they open in place like any link.
//!
//! One `<base target="_blank">` in the framed document does it for every such link, wherever it
//! is drawn, with no attribute on each (bytes in the wasm). The router still moves between the
//! app's own pages in place: it handles same-origin links whose own `target` is empty.
//! Browsers imply `rel="noopener"` for `_blank`; the links carry it anyway.

/// Adds `<base target="_blank">` to the document's head.
pub fn open_leaving_links_in_new_tabs() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (Ok(Some(head)), Ok(base)) = (
        document.query_selector("head"),
        document.create_element("base"),
    ) else {
        return;
    };
    let _ = base.set_attribute("target", "_blank");
    let _ = head.append_child(&base);
}
