//! Local storage, when the browser allows it. Private browsing, iframes with storage blocked and
//! full quotas all happen: every call here fails quietly and returns `None`.

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads a key; `None` when absent or when storage is unavailable.
pub fn get(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Writes a key; `false` when storage is unavailable or full.
pub fn set(key: &str, value: &str) -> bool {
    local_storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

/// Removes a key; does nothing when storage is unavailable.
pub fn remove(key: &str) {
    if let Some(s) = local_storage() {
        let _ = s.remove_item(key);
    }
}
