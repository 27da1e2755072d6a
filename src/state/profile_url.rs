//! The profile in the URL fragment (core encoding): `/resultats#2Qk…`. Back/forward, reload,
//! bookmarks and copied links all restore the same results; the fragment never reaches a server.

use aiguillage_core::profile::DecodeError;
use aiguillage_core::Profile;

/// What a fragment holds.
#[derive(Clone, Debug, PartialEq)]
pub enum FragmentProfile {
    /// No fragment at all.
    Missing,
    /// A profile.
    Valid(Profile),
    /// Something that is not a profile (mistyped or truncated link).
    Invalid(DecodeError),
}

/// Reads a fragment (with or without its `#`).
pub fn read(hash: &str) -> FragmentProfile {
    let code = hash.trim_start_matches('#');
    if code.is_empty() {
        return FragmentProfile::Missing;
    }
    match Profile::decode(code) {
        Ok(p) => FragmentProfile::Valid(p),
        Err(e) => FragmentProfile::Invalid(e),
    }
}

/// The fragment for a profile, with its `#`.
pub fn fragment(p: &Profile) -> String {
    format!("#{}", p.encode())
}

#[cfg(test)]
mod tests {
    use super::*;
    use aiguillage_core::profile::{EducationLevel, Situation};

    #[test]
    fn round_trip_and_errors() {
        let p = Profile::new(Some(19), EducationLevel::SansDiplome, Situation::Autre);
        assert_eq!(read(&fragment(&p)), FragmentProfile::Valid(p));
        assert_eq!(read(""), FragmentProfile::Missing);
        assert_eq!(read("#"), FragmentProfile::Missing);
        assert!(matches!(read("#1<script>"), FragmentProfile::Invalid(_)));
    }
}
