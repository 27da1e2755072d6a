//! Keeping the last profile on this device, only after the person agrees; "effacer mes réponses"
//! removes it. Storage unavailable or a corrupt value never breaks anything: it is ignored.

use aiguillage_core::Profile;

use super::storage;

const PROFILE_KEY: &str = "aiguillage.profile";

/// The profile kept on this device, if the person agreed earlier and it still decodes.
pub fn saved_profile() -> Option<Profile> {
    storage::get(PROFILE_KEY).and_then(|code| Profile::decode(&code).ok())
}

/// Keeps the profile on this device; `false` when storage is unavailable.
pub fn save(p: &Profile) -> bool {
    storage::set(PROFILE_KEY, &p.encode())
}

/// Forgets the kept profile.
pub fn forget() {
    storage::remove(PROFILE_KEY);
}
