//! The in-memory communes index: lookups by INSEE code, postcode, name prefix and nearest point.

use super::arrondissement::{city_of_arrondissement, first_arrondissement};
use super::{normalize_name, Commune, CommuneShard, GeoPoint};
use std::collections::HashMap;

/// Communes from one or more shards, indexed for the quiz's "où êtes-vous ?" question.
#[derive(Clone, Debug, Default)]
pub struct CommuneIndex {
    communes: Vec<Commune>,
    by_insee: HashMap<String, usize>,
    by_postcode: HashMap<String, Vec<usize>>,
    /// (normalised name, commune position), sorted for prefix search.
    names: Vec<(String, usize)>,
}

impl CommuneIndex {
    /// An empty index.
    pub fn new() -> CommuneIndex {
        CommuneIndex::default()
    }

    /// An index of the given shards.
    pub fn from_shards<I: IntoIterator<Item = CommuneShard>>(shards: I) -> CommuneIndex {
        let mut idx = CommuneIndex::new();
        for s in shards {
            idx.add_shard(s);
        }
        idx
    }

    /// Adds a shard (lazily loaded department). A commune already present (same INSEE code) is replaced.
    pub fn add_shard(&mut self, shard: CommuneShard) {
        for c in shard.communes {
            if let Some(&i) = self.by_insee.get(&c.insee) {
                if let Some(slot) = self.communes.get_mut(i) {
                    *slot = c;
                }
            } else {
                self.by_insee.insert(c.insee.clone(), self.communes.len());
                self.communes.push(c);
            }
        }
        self.rebuild();
    }

    fn rebuild(&mut self) {
        self.by_postcode.clear();
        self.names.clear();
        for (i, c) in self.communes.iter().enumerate() {
            for pc in &c.postcodes {
                self.by_postcode.entry(pc.clone()).or_default().push(i);
            }
            self.names.push((normalize_name(&c.name), i));
        }
        crate::sort::sort_by(&mut self.names, |a, b| a.cmp(b));
    }

    /// Number of communes.
    pub fn len(&self) -> usize {
        self.communes.len()
    }

    /// Whether the index is empty.
    pub fn is_empty(&self) -> bool {
        self.communes.is_empty()
    }

    /// All communes.
    pub fn communes(&self) -> &[Commune] {
        &self.communes
    }

    /// The commune with this INSEE code.
    pub fn by_insee(&self, insee: &str) -> Option<&Commune> {
        self.by_insee.get(insee).and_then(|&i| self.communes.get(i))
    }

    /// Communes with this postcode, most populated first. Paris, Lyon and Marseille give way to
    /// their arrondissement of that postcode (13002 is Marseille 2e Arrondissement, not the
    /// whole city).
    pub fn by_postcode(&self, postcode: &str) -> Vec<&Commune> {
        let mut v: Vec<&Commune> = self
            .by_postcode
            .get(postcode.trim())
            .map(|ids| ids.iter().filter_map(|&i| self.communes.get(i)).collect())
            .unwrap_or_default();
        prefer_arrondissements(&mut v);
        sort_by_population(&mut v);
        v
    }

    /// Communes whose normalised name starts with the normalised query, most populated first,
    /// at most `limit`. Accent-, case- and hyphen-insensitive; "st" means "saint".
    pub fn search_name(&self, query: &str, limit: usize) -> Vec<&Commune> {
        let q = normalize_name(query);
        if q.is_empty() {
            return Vec::new();
        }
        let start = self.names.partition_point(|(n, _)| n.as_str() < q.as_str());
        let mut v: Vec<&Commune> = self
            .names
            .get(start..)
            .unwrap_or(&[])
            .iter()
            .take_while(|(n, _)| n.starts_with(&q))
            .filter_map(|&(_, i)| self.communes.get(i))
            .collect();
        sort_by_population(&mut v);
        v.truncate(limit);
        v
    }

    /// Postcode if the query is 5 digits, otherwise name prefix.
    pub fn search(&self, query: &str, limit: usize) -> Vec<&Commune> {
        let q = query.trim();
        if q.len() == 5 && q.bytes().all(|b| b.is_ascii_digit()) {
            let mut v = self.by_postcode(q);
            v.truncate(limit);
            v
        } else {
            self.search_name(q, limit)
        }
    }

    /// The commune nearest to a point (for geolocation), with its distance in km. Where the
    /// arrondissements of Paris, Lyon or Marseille are loaded, they stand for their city.
    pub fn nearest(&self, point: GeoPoint) -> Option<(&Commune, f64)> {
        let mut best: Option<(&Commune, f64)> = None;
        for c in &self.communes {
            let divided =
                first_arrondissement(&c.insee).is_some_and(|a| self.by_insee.contains_key(a));
            if divided {
                continue;
            }
            if let Some(p) = c.point {
                let d = p.distance_km(point);
                if best.is_none_or(|(_, bd)| d < bd) {
                    best = Some((c, d));
                }
            }
        }
        best
    }
}

/// Drops Paris, Lyon or Marseille from a list holding one of its arrondissements.
pub(crate) fn prefer_arrondissements(v: &mut Vec<&Commune>) {
    // A postcode or a name with one belongs to one city at most.
    if let Some(city) = v.iter().find_map(|c| city_of_arrondissement(&c.insee)) {
        v.retain(|c| c.insee != city);
    }
}

fn sort_by_population(v: &mut [&Commune]) {
    crate::sort::sort_by(v, |a, b| {
        b.population
            .unwrap_or(0)
            .cmp(&a.population.unwrap_or(0))
            .then_with(|| a.insee.cmp(&b.insee))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture() -> CommuneIndex {
        let a = CommuneShard::from_json(
            r#"{"v":1,"dep":"42","communes":[["42218","Saint-Étienne",["42000","42100"],45.4339,4.3903,170761],["42207","Saint-Chamond",["42400"],45.4775,4.5153,35000],["42095","Firminy",["42700"],45.3883,4.2883,17000]]}"#,
        )
        .unwrap();
        let b = CommuneShard::from_json(
            r#"{"v":1,"dep":"54","communes":[["54547","Vandœuvre-lès-Nancy",["54500"],48.6567,6.1683,29000],["54395","Nancy",["54000","54100"],48.6921,6.1844,104000]]}"#,
        )
        .unwrap();
        CommuneIndex::from_shards([a, b])
    }

    #[test]
    fn finds_by_accentless_prefix() {
        let idx = fixture();
        let hits = idx.search_name("st etienne", 10);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].name, "Saint-Étienne");
        assert_eq!(idx.search_name("vandoeuvre", 10)[0].insee, "54547");
        assert_eq!(idx.search_name("SAINT", 10).len(), 2);
        assert_eq!(
            idx.search_name("saint", 10)[0].name,
            "Saint-Étienne",
            "most populated first"
        );
        assert!(idx.search_name("", 10).is_empty());
        assert!(idx.search_name("zzz", 10).is_empty());
    }

    #[test]
    fn finds_by_postcode_and_insee() {
        let idx = fixture();
        assert_eq!(idx.by_postcode("42100")[0].insee, "42218");
        assert_eq!(idx.search("54000", 5)[0].name, "Nancy");
        assert_eq!(
            idx.by_insee("54395").map(|c| c.department.as_str()),
            Some("54")
        );
        assert!(idx.by_insee("99999").is_none());
    }

    fn marseille() -> CommuneIndex {
        CommuneIndex::from_shards([CommuneShard::from_json(
            r#"{"v":1,"dep":"13","communes":[["13055","Marseille",["13001","13002","13003"],43.2976,5.3694,886040],["13201","Marseille 1er Arrondissement",["13001"],43.2999,5.3841,40000],["13202","Marseille 2e Arrondissement",["13002"],43.3121,5.3578,24378],["13203","Marseille 3e Arrondissement",["13003"],43.3121,5.3802,50000]]}"#,
        )
        .unwrap()])
    }

    #[test]
    fn a_postcode_of_marseille_gives_its_arrondissement_not_the_whole_city() {
        let idx = marseille();
        let found: Vec<&str> = idx
            .by_postcode("13002")
            .iter()
            .map(|c| c.insee.as_str())
            .collect();
        assert_eq!(found, ["13202"]);
        assert_eq!(
            idx.by_insee("13055").map(|c| c.name.as_str()),
            Some("Marseille"),
            "the city stays known for places that name it"
        );
    }

    #[test]
    fn geolocation_in_marseille_lands_in_an_arrondissement() {
        let idx = marseille();
        // Right on the city's point: the nearest arrondissement's point (1.2 km) wins.
        let (c, d) = idx
            .nearest(GeoPoint::new(43.2976, 5.3694).unwrap())
            .unwrap();
        assert_eq!(c.insee, "13201");
        assert!((1.0..1.5).contains(&d), "{d}");
    }

    #[test]
    fn nearest_commune_to_a_point() {
        let idx = fixture();
        let (c, d) = idx.nearest(GeoPoint::new(45.44, 4.39).unwrap()).unwrap();
        assert_eq!(c.name, "Saint-Étienne");
        assert!(d < 1.0);
    }
}
