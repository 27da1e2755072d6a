//! The communes lookup of the importers: names and points of INSEE codes, postcode + name
//! resolution, read from the checked-in shards `public/data/communes/` with the core's own
//! parser (so an imported place's commune is one the app knows).

use std::path::Path;

use aiguillage_core::geo::{normalize_name, Commune, CommuneIndex, GeoPoint};

/// The communes index, as importers ask it.
#[derive(Debug, Clone, Default)]
pub struct Places {
    index: CommuneIndex,
}

impl Places {
    /// Loads every department shard of `dir` (`public/data/communes/`).
    pub fn load(dir: &Path) -> crate::Result<Places> {
        Ok(Places {
            index: crate::geo::load_communes(dir)?,
        })
    }

    /// A lookup over an index built elsewhere (tests, a few communes).
    pub fn from_index(index: CommuneIndex) -> Places {
        Places { index }
    }

    /// The commune of an INSEE code.
    pub fn commune(&self, insee: &str) -> Option<&Commune> {
        self.index.by_insee(insee.trim())
    }

    /// Name and point of an INSEE code (`None` if unknown or without a point).
    pub fn by_insee(&self, insee: &str) -> Option<(&str, GeoPoint)> {
        let c = self.commune(insee)?;
        Some((c.name.as_str(), c.point?))
    }

    /// INSEE code and point of the commune with this postcode and name (accents, case and
    /// hyphens ignored; "St" = "Saint"). With no name match, the postcode's only commune.
    pub fn by_postcode_and_name(&self, postcode: &str, name: &str) -> Option<(&str, GeoPoint)> {
        let c = self.commune_by_postcode_and_name(postcode, name)?;
        Some((c.insee.as_str(), c.point?))
    }

    /// The commune with this postcode and name (see [`Places::by_postcode_and_name`]).
    pub fn commune_by_postcode_and_name(&self, postcode: &str, name: &str) -> Option<&Commune> {
        let candidates = self.index.by_postcode(postcode);
        let wanted = normalize_name(name);
        let by_name = candidates
            .iter()
            .find(|c| !wanted.is_empty() && normalize_name(&c.name) == wanted)
            .copied();
        match (by_name, candidates.as_slice()) {
            (Some(c), _) => Some(c),
            (None, [only]) if wanted.is_empty() => Some(only),
            _ => None,
        }
    }

    /// Number of communes known.
    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aiguillage_core::geo::CommuneShard;

    pub(crate) fn sample() -> Places {
        let shard = CommuneShard::from_json(
            r#"{"v":1,"dep":"54","communes":[["54547","Vandœuvre-lès-Nancy",["54500"],48.6563,6.1737,29000],["54395","Nancy",["54000","54100"],48.6936,6.1846,104000],["54999","Sans-Point",["54990"],null,null,null]]}"#,
        )
        .unwrap();
        Places::from_index(CommuneIndex::from_shards([shard]))
    }

    #[test]
    fn an_insee_code_gives_the_commune_name_and_point() {
        let p = sample();
        let (name, point) = p.by_insee("54547").unwrap();
        assert_eq!(name, "Vandœuvre-lès-Nancy");
        assert!((point.lat - 48.6563).abs() < 1e-9);
        assert!(p.by_insee("54999").is_none(), "no point, no answer");
        assert!(p.by_insee("99999").is_none());
    }

    #[test]
    fn a_postcode_and_a_name_written_loosely_find_the_commune() {
        let p = sample();
        assert_eq!(
            p.by_postcode_and_name("54500", "VANDOEUVRE LES NANCY")
                .map(|x| x.0),
            Some("54547")
        );
        assert_eq!(
            p.by_postcode_and_name("54500", "").map(|x| x.0),
            Some("54547")
        );
        assert!(p.by_postcode_and_name("54500", "Metz").is_none());
    }
}
