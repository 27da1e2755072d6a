//! The link codes of the offer's filter values: the catalogue's own kebab-case codes
//! (`cap-bep`, `temps-plein`, `presentiel`; domains as in `domaines=` of embedding), so a
//! link reads like the catalogue.

use crate::profile::{EducationLevel, Modality, Rhythm};

/// A level's code.
pub fn level_code(l: EducationLevel) -> &'static str {
    match l {
        EducationLevel::SansDiplome => "sans-diplome",
        EducationLevel::Brevet => "brevet",
        EducationLevel::CapBep => "cap-bep",
        EducationLevel::Bac => "bac",
        EducationLevel::Bac2 => "bac2",
        EducationLevel::Bac34 => "bac34",
        EducationLevel::Bac5Plus => "bac5-plus",
    }
}

/// A modality's code.
pub fn modality_code(m: Modality) -> &'static str {
    match m {
        Modality::Presentiel => "presentiel",
        Modality::Hybride => "hybride",
        Modality::Distanciel => "distanciel",
    }
}

/// A rhythm's code.
pub fn rhythm_code(r: Rhythm) -> &'static str {
    match r {
        Rhythm::TempsPlein => "temps-plein",
        Rhythm::TempsPartiel => "temps-partiel",
        Rhythm::Alternance => "alternance",
        Rhythm::SoirWeekEnd => "soir-week-end",
    }
}

/// The value of a code among `all`; `None` for anything else.
pub fn of_code<T: Copy>(all: &[T], code_of: fn(T) -> &'static str, s: &str) -> Option<T> {
    all.iter().copied().find(|x| code_of(*x) == s.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_link_codes_are_the_catalogues_own_codes() {
        // The catalogue's serde names: a link reads like the catalogue it lists.
        for l in EducationLevel::ALL {
            let json = serde_json::to_string(&l).unwrap();
            assert_eq!(json.trim_matches('"'), level_code(l));
            assert_eq!(
                of_code(&EducationLevel::ALL, level_code, level_code(l)),
                Some(l)
            );
        }
        for m in Modality::ALL {
            assert_eq!(
                serde_json::to_string(&m).unwrap().trim_matches('"'),
                modality_code(m)
            );
        }
        for r in Rhythm::ALL {
            assert_eq!(
                serde_json::to_string(&r).unwrap().trim_matches('"'),
                rhythm_code(r)
            );
        }
        assert_eq!(of_code(&Rhythm::ALL, rhythm_code, "nuit"), None);
    }
}
