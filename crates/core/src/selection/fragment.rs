//! The address fragment with the profile and the selection: `#<profile>~<id>~<id>`, or
//! `#~<id>` on the offer page where there is no profile. The profile code never holds `~`
//! (base64url), so the first `~` ends it; a fragment without `~` is a profile alone, as every
//! link made before the selection.

use super::code::{Decoded, Selection, SelectionError};
use crate::profile::{DecodeError, Profile};

/// Between the profile and the selection, and between ids: unreserved in a URL (RFC 3986), so
/// browsers and copy-paste leave it as it is.
pub const SEPARATOR: char = '~';

/// What a fragment holds. Each part is read on its own: a broken selection never loses the
/// profile, a damaged profile never loses the selection.
#[derive(Clone, Debug, PartialEq)]
pub struct Fragment {
    /// `None` when the fragment has no profile code.
    pub profile: Option<Result<Profile, DecodeError>>,
    /// The selection (empty when there is none); an error leaves it empty.
    pub selection: Result<Decoded, SelectionError>,
}

impl Fragment {
    /// The selection read, or an empty one when the code was an error.
    pub fn selection_or_empty(&self) -> Selection {
        self.selection
            .as_ref()
            .map(|d| d.selection.clone())
            .unwrap_or_default()
    }
}

/// Reads `location.hash` (with or without its `#`).
pub fn read_fragment(hash: &str) -> Fragment {
    let text = hash.strip_prefix('#').unwrap_or(hash);
    let (profile, selection) = match text.split_once(SEPARATOR) {
        Some((p, s)) => (p, s),
        None => (text, ""),
    };
    Fragment {
        profile: (!profile.is_empty()).then(|| Profile::decode(profile)),
        selection: Selection::decode(selection),
    }
}

/// The fragment for a profile and a selection, with its `#`: `#<profile>` when nothing is
/// selected (the links of before), `#~<ids>` without a profile, empty when there is neither.
pub fn write_fragment(profile: Option<&Profile>, selection: &Selection) -> String {
    let mut out = String::new();
    if let Some(p) = profile {
        out.push('#');
        out.push_str(&p.encode());
    }
    if !selection.is_empty() {
        if out.is_empty() {
            out.push('#');
        }
        out.push(SEPARATOR);
        out.push_str(&selection.encode());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{Age, EducationLevel, Situation};
    use proptest::prelude::*;

    fn profile() -> Profile {
        Profile::new(
            Age::new(52),
            EducationLevel::CapBep,
            Situation::SalarieReconversion,
        )
    }

    fn sel(ids: &[&str]) -> Selection {
        let mut s = Selection::new();
        for id in ids {
            s.add(id).unwrap();
        }
        s
    }

    #[test]
    fn a_profile_link_of_before_reads_as_the_profile_and_no_selection() {
        let p = profile();
        let old = format!("#{}", p.encode());
        assert_eq!(write_fragment(Some(&p), &Selection::new()), old);
        let f = read_fragment(&old);
        assert_eq!(f.profile, Some(Ok(p)));
        assert_eq!(f.selection_or_empty(), Selection::new());
    }

    #[test]
    fn profile_and_selection_share_the_fragment_and_each_is_read_on_its_own() {
        let p = profile();
        let s = sel(&["afpa-dwwm", "crm-cda"]);
        let hash = write_fragment(Some(&p), &s);
        assert_eq!(hash, format!("#{}~afpa-dwwm~crm-cda", p.encode()));
        let f = read_fragment(&hash);
        assert_eq!(f.profile, Some(Ok(p.clone())));
        assert_eq!(f.selection_or_empty(), s);
        // The offer page: no profile.
        assert_eq!(write_fragment(None, &s), "#~afpa-dwwm~crm-cda");
        assert_eq!(read_fragment("#~afpa-dwwm~crm-cda").profile, None);
        assert_eq!(write_fragment(None, &Selection::new()), "");
        // A broken selection keeps the profile; a broken profile keeps the selection.
        let f = read_fragment(&format!("#{}~a%zz", p.encode()));
        assert_eq!(f.profile, Some(Ok(p)));
        assert_eq!(f.selection, Err(SelectionError::Malformed));
        assert_eq!(f.selection_or_empty(), Selection::new());
        let f = read_fragment("#3AAAA~crm-cda");
        assert!(matches!(f.profile, Some(Err(_))));
        assert_eq!(f.selection_or_empty(), sel(&["crm-cda"]));
    }

    proptest! {
        #[test]
        fn a_fragment_written_comes_back(
            ids in proptest::collection::vec("[^\\s\\p{C}]{1,40}", 0..=8),
            with_profile in any::<bool>(),
        ) {
            let p = profile();
            let mut s = Selection::new();
            for id in &ids {
                prop_assert!(s.add(id).is_ok());
            }
            let f = read_fragment(&write_fragment(with_profile.then_some(&p), &s));
            prop_assert_eq!(f.selection_or_empty(), s);
            prop_assert_eq!(f.profile, with_profile.then(|| Ok(p.clone())));
        }
    }
}
