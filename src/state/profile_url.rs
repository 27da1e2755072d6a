//! The profile in the URL fragment (core encoding): `/resultats#2Qk…`. Back/forward, reload,
//! bookmarks and copied links all restore the same results; the fragment never reaches a server.

use aiguillage_core::profile::DecodeError;
use aiguillage_core::Profile;

use crate::i18n::Texts;

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

/// What to say about a link that is not a profile: a v3 link whose check characters do not
/// match "semble abîmé" (`damaged`); anything else is incomplete or mistyped (`other`).
pub fn bad_link_text(e: &DecodeError, t: &'static Texts, other: &'static str) -> &'static str {
    match e {
        DecodeError::Damaged => t.link_damaged,
        _ => other,
    }
}

/// The fragment for a profile, with its `#`.
pub fn fragment(p: &Profile) -> String {
    format!("#{}", p.encode())
}

#[cfg(test)]
mod tests {
    use super::*;
    use aiguillage_core::profile::Age;
    use aiguillage_core::profile::{EducationLevel, Situation};

    #[test]
    fn round_trip_and_errors() {
        let p = Profile::new(Age::new(19), EducationLevel::SansDiplome, Situation::Autre);
        assert_eq!(read(&fragment(&p)), FragmentProfile::Valid(p));
        assert_eq!(read(""), FragmentProfile::Missing);
        assert_eq!(read("#"), FragmentProfile::Missing);
        assert!(matches!(read("#1<script>"), FragmentProfile::Invalid(_)));
    }

    #[test]
    fn a_damaged_version_3_link_says_it_seems_damaged() {
        use crate::i18n::{texts_for, Lang};
        let p = Profile::new(Age::new(19), EducationLevel::SansDiplome, Situation::Autre);
        let code = fragment(&p);
        // One character changed (the last check character).
        let mut damaged: Vec<char> = code.chars().collect();
        let last = damaged.len() - 1;
        damaged[last] = if damaged[last] == 'A' { 'B' } else { 'A' };
        let damaged: String = damaged.into_iter().collect();
        let t = texts_for(Lang::Fr);
        match read(&damaged) {
            FragmentProfile::Invalid(e) => {
                assert!(bad_link_text(&e, t, t.results_bad_link).contains("semble abîmé"))
            }
            other => panic!("{other:?}"),
        }
        match read("#2AB") {
            FragmentProfile::Invalid(e) => {
                assert_eq!(bad_link_text(&e, t, t.results_bad_link), t.results_bad_link)
            }
            other => panic!("{other:?}"),
        }
    }
}
