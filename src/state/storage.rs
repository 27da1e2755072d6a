//! Browser storage, when the browser allows it: local storage (kept on this device, used only for
//! preferences and, after consent, answers) and session storage (this tab only, gone when it
//! closes). Private browsing, iframes with storage blocked and full quotas all happen: every call
//! here fails quietly and returns `None`.

/// Which storage: this device, or this tab.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    /// `localStorage`: kept on this device until erased.
    Device,
    /// `sessionStorage`: this tab only, erased by the browser when the tab closes.
    Tab,
}

fn storage(area: Area) -> Option<web_sys::Storage> {
    let window = web_sys::window()?;
    match area {
        Area::Device => window.local_storage(),
        Area::Tab => window.session_storage(),
    }
    .ok()
    .flatten()
}

/// Whether `area` can be written now. A frame in another site's page may be refused storage
/// (Safari, Chrome with third-party cookies blocked: reading `localStorage` throws); the app then
/// works from memory and does not offer to keep answers.
pub fn available(area: Area) -> bool {
    const PROBE: &str = "aiguillage.probe";
    storage(area).is_some_and(|s| {
        s.set_item(PROBE, "")
            .and_then(|()| s.remove_item(PROBE))
            .is_ok()
    })
}

/// Reads a key; `None` when absent or when storage is unavailable.
pub fn get(key: &str) -> Option<String> {
    get_in(Area::Device, key)
}

/// Writes a key; `false` when storage is unavailable or full.
pub fn set(key: &str, value: &str) -> bool {
    set_in(Area::Device, key, value)
}

/// Removes a key; does nothing when storage is unavailable.
pub fn remove(key: &str) {
    remove_in(Area::Device, key)
}

/// Reads a key in `area`.
pub fn get_in(area: Area, key: &str) -> Option<String> {
    storage(area)?.get_item(key).ok().flatten()
}

/// Writes a key in `area`; `false` when that storage is unavailable or full.
pub fn set_in(area: Area, key: &str, value: &str) -> bool {
    storage(area).is_some_and(|s| s.set_item(key, value).is_ok())
}

/// Removes a key in `area`.
pub fn remove_in(area: Area, key: &str) {
    if let Some(s) = storage(area) {
        let _ = s.remove_item(key);
    }
}
