//! France-wide commune search by name: the search key of a name, the name shards
//! `public/data/communes/noms/{key}.json`, their manifest `noms/index.json`, and the ranking.
//!
//! All communes with a point, sorted by search key, are cut into contiguous shards of a few KB.
//! The manifest lists each shard's key: the shortest prefix that separates its first name from
//! the previous shard's last one. A shard holds every key from its own (included) to the next
//! shard's (excluded), so a typed prefix maps to one shard, or two when it straddles a cut.
//!
//! A few names are a prefix of so many others that typing them in full still spans too many
//! shards ("Mont", "Ville", "Le Bô"): the manifest lists their keys under `exact`, and such a
//! query loads the one shard holding the key and shows the exact names only.
//!
//! Manifest v1: `{"v":1,"departments":[["01","Ain"],…],"shards":["a","ai",…,"z"],"exact":["bo","mont","ville"]}`.
//! Shard v1: `{"v":1,"key":"eti","communes":[["42218","Saint-Étienne",["42000","42100"],45.4339,4.3903,170761],…]}`,
//! rows as in the department shards, the point required.

use std::cmp::Reverse;

use serde::Deserialize;

use super::commune::{department_of_insee, parse_row, Row};
use super::{normalize_name, Commune, GeoError};

/// Leading words the search key skips while another word follows, so that the thousands of
/// "Saint-…", "Sainte-…", "Le/La/Les/L'…" names spread over the alphabet like the others:
/// `"saint etienne"` has the key `"etienne"`, `"le mans"` the key `"mans"`.
pub const SKIPPED_WORDS: [&str; 6] = ["saint", "sainte", "le", "la", "les", "l"];

/// A query is searched only when its key falls in at most this many shards (otherwise the
/// person is asked for a few more letters rather than made to download much of France).
pub const MAX_SHARDS_PER_QUERY: usize = 2;

/// Longest shard key accepted from a manifest (they are a few letters; this only keeps file
/// names sane).
const MAX_KEY_LEN: usize = 40;

/// The search key of a normalised name (see [`normalize_name`]): leading [`SKIPPED_WORDS`]
/// dropped while another word follows, then the words joined without spaces.
/// `"saint etienne du rouvray"` → `"etiennedurouvray"`, `"les"` → `"les"`.
pub fn name_key(normalized: &str) -> String {
    let words: Vec<&str> = normalized.split(' ').filter(|w| !w.is_empty()).collect();
    let skip = words
        .iter()
        .take(words.len().saturating_sub(1))
        .take_while(|w| SKIPPED_WORDS.contains(w))
        .count();
    words.get(skip..).unwrap_or(&[]).concat()
}

/// Whether a string can be a shard key (and so a file name): 1 to 40 ASCII lowercase letters or
/// digits.
pub fn is_valid_key(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= MAX_KEY_LEN
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

/// What a person typed, read for a name search: `"St-Étienne"`, `"saint denis 93"`,
/// `"Montreuil (93100)"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameQuery {
    /// The name part, normalised (`"saint etienne"`).
    pub name: String,
    /// Its search key (`"etienne"`).
    pub key: String,
    /// A trailing department code or postcode (start) narrowing homonyms: `"93"`, `"2a"`,
    /// `"974"`, `"93100"`.
    pub place: Option<String>,
    /// The whole text normalised, the place included: `"paris 20"` is also the start of
    /// "Paris 20e Arrondissement".
    pub full: String,
}

impl NameQuery {
    /// `None` when there is no name to search: empty, or starting with a digit (a postcode).
    pub fn parse(input: &str) -> Option<NameQuery> {
        let normalized = normalize_name(input);
        let mut words: Vec<&str> = normalized.split(' ').collect();
        if words
            .first()
            .is_none_or(|w| w.is_empty() || w.starts_with(|c: char| c.is_ascii_digit()))
        {
            return None;
        }
        let full = words.join(" ");
        let place = match words.last() {
            Some(last) if words.len() > 1 && is_place(last) => {
                let place = last.to_string();
                words.pop();
                Some(place)
            }
            _ => None,
        };
        let name = words.join(" ");
        let key = name_key(&name);
        if !is_valid_key(&key) {
            return None;
        }
        Some(NameQuery {
            name,
            key,
            place,
            full,
        })
    }

    /// Whether a commune is in the place the query names (always, when it names none).
    pub fn in_place(&self, commune: &Commune) -> bool {
        let Some(place) = &self.place else {
            return true;
        };
        commune.department.eq_ignore_ascii_case(place)
            || (place.bytes().all(|b| b.is_ascii_digit())
                && commune
                    .postcodes
                    .iter()
                    .any(|p| p.starts_with(place.as_str())))
    }
}

/// A department code or the start of a postcode: 2 to 5 digits, or `2a` / `2b` (Corsica).
fn is_place(word: &str) -> bool {
    ((2..=5).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit()))
        || word == "2a"
        || word == "2b"
}

#[derive(Deserialize)]
struct RawNameIndex {
    v: u64,
    departments: Vec<(String, String)>,
    shards: Vec<String>,
    exact: Vec<String>,
}

/// The manifest `noms/index.json`: the department names (for labels) and the shard keys.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameIndex {
    departments: Vec<(String, String)>,
    shards: Vec<String>,
    exact: Vec<String>,
}

/// Which name shards a query needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShardsFor<'a> {
    /// These shards (one, or [`MAX_SHARDS_PER_QUERY`] at most), by key.
    Keys(Vec<&'a str>),
    /// The letters typed so far match too many names: more are needed.
    TooBroad,
    /// Too broad too, but some communes have exactly this name ("Mont"): the one shard holding
    /// them, for [`search_exact_names`].
    Exact(&'a str),
}

impl NameIndex {
    /// Parses the manifest; keys must be valid file names, sorted and unique.
    pub fn from_json(text: &str) -> Result<NameIndex, GeoError> {
        let raw: RawNameIndex =
            serde_json::from_str(text).map_err(|e| GeoError::Format(e.to_string()))?;
        if raw.v != 1 {
            return Err(GeoError::UnsupportedVersion(raw.v));
        }
        if raw.shards.is_empty() {
            return Err(GeoError::Format("no name shard listed".into()));
        }
        for (row, key) in raw.shards.iter().enumerate() {
            if !is_valid_key(key) {
                return Err(GeoError::InvalidRow {
                    row,
                    message: format!("invalid shard key {key:?}"),
                });
            }
            if row > 0 && raw.shards.get(row - 1).is_some_and(|prev| prev >= key) {
                return Err(GeoError::InvalidRow {
                    row,
                    message: format!("shard key {key:?} is not after the previous one"),
                });
            }
        }
        if let Some((row, key)) = raw.exact.iter().enumerate().find(|(_, k)| !is_valid_key(k)) {
            return Err(GeoError::InvalidRow {
                row,
                message: format!("invalid exact key {key:?}"),
            });
        }
        Ok(NameIndex {
            departments: raw.departments,
            shards: raw.shards,
            exact: raw.exact,
        })
    }

    /// The shard keys, in order.
    pub fn shards(&self) -> &[String] {
        &self.shards
    }

    /// The name of a department (`"42"` → `"Loire"`).
    pub fn department_name(&self, code: &str) -> Option<&str> {
        self.departments
            .iter()
            .find(|(c, _)| c == code)
            .map(|(_, n)| n.as_str())
    }

    /// The key of the one shard that holds a name with this search key.
    pub fn shard_of_key(&self, key: &str) -> &str {
        let at = self.shards.partition_point(|b| b.as_str() <= key);
        self.shards
            .get(at.saturating_sub(1))
            .map_or("", String::as_str)
    }

    /// The shards holding every name whose key starts with the query's key.
    pub fn shards_for(&self, query: &NameQuery) -> ShardsFor<'_> {
        let q = query.key.as_str();
        let first = self
            .shards
            .partition_point(|b| b.as_str() <= q)
            .saturating_sub(1);
        // Keys starting with `q` come right after those below `q`: the last shard that can hold
        // one is the last whose own key is below `q` or starts with it.
        let last = self
            .shards
            .partition_point(|b| b.as_str() < q || b.starts_with(q))
            .saturating_sub(1)
            .max(first);
        if last - first + 1 > MAX_SHARDS_PER_QUERY {
            return match (self.exact.iter().any(|k| k == q), self.shards.get(first)) {
                (true, Some(shard)) => ShardsFor::Exact(shard),
                _ => ShardsFor::TooBroad,
            };
        }
        ShardsFor::Keys(
            self.shards
                .get(first..=last)
                .unwrap_or(&[])
                .iter()
                .map(String::as_str)
                .collect(),
        )
    }
}

#[derive(Deserialize)]
struct RawNameShard {
    v: u64,
    key: String,
    communes: Vec<Row>,
}

/// One name shard: communes with a point whose keys fall in this shard's range.
#[derive(Clone, Debug, PartialEq)]
pub struct NameShard {
    /// The shard's key (its file name).
    pub key: String,
    /// The communes, in file order (by search key).
    pub communes: Vec<Commune>,
    /// Their normalised names, same order.
    normalized: Vec<String>,
}

impl NameShard {
    /// Parses a name shard; any malformed row makes the whole file an error (generated data).
    pub fn from_json(text: &str) -> Result<NameShard, GeoError> {
        let raw: RawNameShard =
            serde_json::from_str(text).map_err(|e| GeoError::Format(e.to_string()))?;
        if raw.v != 1 {
            return Err(GeoError::UnsupportedVersion(raw.v));
        }
        if !is_valid_key(&raw.key) {
            return Err(GeoError::Format(format!("invalid shard key {:?}", raw.key)));
        }
        let mut communes = Vec::with_capacity(raw.communes.len());
        for (row, fields) in raw.communes.into_iter().enumerate() {
            let department = department_of_insee(&fields.0)
                .unwrap_or_default()
                .to_string();
            let commune = parse_row(row, fields, &department)?;
            if commune.point.is_none() {
                return Err(GeoError::InvalidRow {
                    row,
                    message: format!("{}: no coordinates", commune.insee),
                });
            }
            communes.push(commune);
        }
        let normalized = communes.iter().map(|c| normalize_name(&c.name)).collect();
        Ok(NameShard {
            key: raw.key,
            communes,
            normalized,
        })
    }
}

/// How well a name matches a query, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Match {
    /// The whole name (`marseille`).
    Exact,
    /// The start of the name (`saint eti` → Saint-Étienne-du-Rouvray).
    Prefix,
    /// Inside the name (`etienne` → Saint-Étienne, `mans` → Le Mans).
    Contains,
}

/// How a normalised name matches a normalised query, if at all.
pub fn match_name(name: &str, query: &str) -> Option<Match> {
    if query.is_empty() {
        None
    } else if name == query {
        Some(Match::Exact)
    } else if name.starts_with(query) {
        Some(Match::Prefix)
    } else if name.contains(query) {
        Some(Match::Contains)
    } else {
        None
    }
}

/// The communes of `shards` matching the query, at most `limit`: exact names first, then
/// names starting with the query, then names containing it; within each, most populated first
/// (unknown population last), then by INSEE code. A commune found twice is listed once.
pub fn search_names<'a>(
    query: &NameQuery,
    shards: &[&'a NameShard],
    limit: usize,
) -> Vec<&'a Commune> {
    search(query, shards, limit, Match::Contains)
}

/// Like [`search_names`], exact names only (for [`ShardsFor::Exact`]).
pub fn search_exact_names<'a>(
    query: &NameQuery,
    shards: &[&'a NameShard],
    limit: usize,
) -> Vec<&'a Commune> {
    search(query, shards, limit, Match::Exact)
}

fn search<'a>(
    query: &NameQuery,
    shards: &[&'a NameShard],
    limit: usize,
    at_least: Match,
) -> Vec<&'a Commune> {
    let rows = || {
        shards
            .iter()
            .flat_map(|s| s.communes.iter().zip(&s.normalized))
    };
    let mut found: Vec<(Match, &'a Commune)> = rows()
        .filter_map(|(c, n)| {
            let by_place = query
                .in_place(c)
                .then(|| match_name(n, &query.name))
                .flatten();
            // "Paris 20": the number read as a place matches nothing, as a name it does.
            let whole = query
                .place
                .as_ref()
                .and_then(|_| match_name(n, &query.full));
            Some((by_place.into_iter().chain(whole).min()?, c))
        })
        .filter(|(m, _)| *m <= at_least)
        .collect();
    // One typo ("aubervilier") when nothing else matches, in the shards already loaded.
    if found.is_empty() && at_least == Match::Contains && query.name.len() >= MIN_TYPO_QUERY {
        found = rows()
            .filter(|(c, n)| query.in_place(c) && one_typo_from_start(n, &query.name))
            .map(|(c, _)| (Match::Contains, c))
            .collect();
    }
    // INSEE codes make the order total (ties are the same commune).
    crate::sort::sort_by(&mut found, |(ma, a), (mb, b)| {
        ma.cmp(mb)
            .then_with(|| Reverse(a.population).cmp(&Reverse(b.population)))
            .then_with(|| a.insee.cmp(&b.insee))
    });
    found.dedup_by(|(_, a), (_, b)| a.insee == b.insee);
    let mut found: Vec<&Commune> = found.into_iter().map(|(_, c)| c).collect();
    // "Marseille 13002": the arrondissement of that postcode, not the whole city.
    if query.place.as_ref().is_some_and(|p| p.len() == 5) {
        super::index::prefer_arrondissements(&mut found);
    }
    found.truncate(limit);
    found
}

/// A query shorter than this is not read with a typo: four letters one edit away match too
/// many names to help.
const MIN_TYPO_QUERY: usize = 5;

/// Whether `query` is one edit (a letter missing, added, replaced, or two letters swapped) or
/// none away from the start of `name`: `"aubervilier"` starts "Aubervilliers" with one `l`
/// missing.
pub fn one_typo_from_start(name: &str, query: &str) -> bool {
    let name: Vec<char> = name.chars().collect();
    let query: Vec<char> = query.chars().collect();
    // Edit distances from the query's first i letters to each start of the name (row i).
    let mut before: Vec<usize> = Vec::new();
    let mut row: Vec<usize> = (0..=name.len()).collect();
    for (i, q) in query.iter().enumerate() {
        let mut next = Vec::with_capacity(row.len());
        next.push(i + 1);
        for (j, n) in name.iter().enumerate() {
            let replace = row.get(j).map_or(usize::MAX, |d| d + usize::from(q != n));
            let add = row.get(j + 1).map_or(usize::MAX, |d| d + 1);
            let missing = next.get(j).map_or(usize::MAX, |d| d + 1);
            let mut best = replace.min(add).min(missing);
            let swapped = i > 0
                && j > 0
                && query.get(i - 1) == Some(n)
                && name.get(j - 1) == Some(q)
                && q != n;
            if swapped {
                best = best.min(before.get(j - 1).map_or(usize::MAX, |d| d + 1));
            }
            next.push(best);
        }
        if next.iter().all(|&d| d > 1) {
            return false;
        }
        before = std::mem::replace(&mut row, next);
    }
    row.iter().any(|&d| d <= 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_skip_saints_and_articles_but_never_the_last_word() {
        let key = |s: &str| name_key(&normalize_name(s));
        assert_eq!(key("Saint-Étienne"), "etienne");
        assert_eq!(key("st etienne"), "etienne");
        assert_eq!(key("Sainte-Geneviève-des-Bois"), "genevievedesbois");
        assert_eq!(key("Le Mans"), "mans");
        assert_eq!(key("L'Isle-Adam"), "isleadam");
        assert_eq!(key("Les Saintes-Maries-de-la-Mer"), "saintesmariesdelamer");
        assert_eq!(key("Le Saint"), "saint", "the last word is kept");
        assert_eq!(key("Saintes"), "saintes");
        assert_eq!(key("Vandœuvre-lès-Nancy"), "vandoeuvrelesnancy");
        assert_eq!(key("Y"), "y");
        assert_eq!(key(""), "");
    }

    #[test]
    fn queries_read_a_trailing_department_or_postcode() {
        let q = NameQuery::parse("St-Étienne").unwrap();
        assert_eq!(
            (q.name.as_str(), q.key.as_str(), q.place),
            ("saint etienne", "etienne", None)
        );
        let q = NameQuery::parse("Saint-Denis 93").unwrap();
        assert_eq!(q.name, "saint denis");
        assert_eq!(q.place.as_deref(), Some("93"));
        let q = NameQuery::parse("Montreuil (93100)").unwrap();
        assert_eq!(
            (q.name.as_str(), q.place.as_deref()),
            ("montreuil", Some("93100"))
        );
        assert_eq!(
            NameQuery::parse("Ajaccio 2A").unwrap().place.as_deref(),
            Some("2a")
        );
        assert_eq!(NameQuery::parse("93100"), None, "a postcode is not a name");
        assert_eq!(NameQuery::parse("9"), None);
        assert_eq!(NameQuery::parse("  - ' "), None);
        assert_eq!(
            NameQuery::parse("ab 1").unwrap().name,
            "ab 1",
            "one digit is not a place"
        );
    }

    const SHARD_E: &str = r#"{"v":1,"key":"e","communes":[
        ["42218","Saint-Étienne",["42000","42100"],45.4339,4.3903,170761],
        ["76575","Saint-Étienne-du-Rouvray",["76800"],49.3775,1.105,28000],
        ["25222","Étienne-Test",["25000"],47.2,6.0,null],
        ["76255","Eu",["76260"],50.0486,1.4197,6800],
        ["52194","Eurville-Bienville",["52410"],48.58,5.03,2000]
    ]}"#;
    const SHARD_M: &str = r#"{"v":1,"key":"m","communes":[
        ["72181","Le Mans",["72000","72100"],48.0042,0.1997,145000],
        ["13055","Marseille",["13001","13002","13008"],43.2961,5.37,870000],
        ["60387","Marseille-en-Beauvaisis",["60690"],49.5764,1.9536,1300],
        ["13056","Martigues",["13500"],43.4053,5.0475,49000]
    ]}"#;
    const SHARD_V: &str = r#"{"v":1,"key":"v","communes":[
        ["54547","Vandœuvre-lès-Nancy",["54500"],48.6567,6.1683,29000],
        ["54548","Vandières",["54121"],48.9575,5.9875,900]
    ]}"#;
    const SHARD_D: &str = r#"{"v":1,"key":"d","communes":[
        ["11339","Saint-Denis",["11310"],43.35,2.23,500],
        ["93066","Saint-Denis",["93200","93210"],48.9356,2.3539,113000],
        ["97411","Saint-Denis",["97400","97490"],-20.8789,55.4481,153000],
        ["30254","Saint-Denis",["30500"],44.2,4.26,null],
        ["17323","Saint-Denis-d'Oléron",["17650"],46.03,-1.38,1300]
    ]}"#;

    fn shard(text: &str) -> NameShard {
        NameShard::from_json(text).unwrap()
    }

    fn names(query: &str, shards: &[&NameShard]) -> Vec<String> {
        let q = NameQuery::parse(query).unwrap();
        search_names(&q, shards, 8)
            .into_iter()
            .map(|c| format!("{} {}", c.name, c.department))
            .collect()
    }

    #[test]
    fn accents_saints_and_ligatures_find_the_commune() {
        let (e, v) = (shard(SHARD_E), shard(SHARD_V));
        assert_eq!(
            names("st etienne", &[&e]),
            ["Saint-Étienne 42", "Saint-Étienne-du-Rouvray 76"]
        );
        assert_eq!(names("saint etienne", &[&e]), names("St-Étienne", &[&e]));
        assert_eq!(
            names("SAINT-ÉTIENNE DU", &[&e]),
            ["Saint-Étienne-du-Rouvray 76"]
        );
        assert_eq!(names("vandoeuvre", &[&v]), ["Vandœuvre-lès-Nancy 54"]);
        assert_eq!(
            names("Vandœuvre-lès-Nancy", &[&v]),
            ["Vandœuvre-lès-Nancy 54"]
        );
        assert_eq!(names("vandœuvre les", &[&v]), ["Vandœuvre-lès-Nancy 54"]);
    }

    #[test]
    fn exact_then_prefix_then_contains_then_population() {
        let (e, m) = (shard(SHARD_E), shard(SHARD_M));
        assert_eq!(
            names("marseille", &[&m]),
            ["Marseille 13", "Marseille-en-Beauvaisis 60"]
        );
        // "etienne" starts Étienne-Test (prefix, unknown population) and is inside the saints.
        assert_eq!(
            names("etienne", &[&e]),
            [
                "Étienne-Test 25",
                "Saint-Étienne 42",
                "Saint-Étienne-du-Rouvray 76"
            ]
        );
        assert_eq!(names("mans", &[&m]), ["Le Mans 72"]);
        assert_eq!(
            names("eu", &[&e]),
            ["Eu 76", "Eurville-Bienville 52"],
            "the exact name first, however small"
        );
        assert_eq!(
            names("mar", &[&m]),
            ["Marseille 13", "Martigues 13", "Marseille-en-Beauvaisis 60"]
        );
        assert!(names("zzz", &[&e, &m]).is_empty());
    }

    #[test]
    fn homonyms_are_ranked_then_narrowed_by_department_or_postcode() {
        let d = shard(SHARD_D);
        assert_eq!(
            names("saint denis", &[&d]),
            [
                "Saint-Denis 974",
                "Saint-Denis 93",
                "Saint-Denis 11",
                "Saint-Denis 30",
                "Saint-Denis-d'Oléron 17"
            ]
        );
        assert_eq!(names("saint denis 93", &[&d]), ["Saint-Denis 93"]);
        assert_eq!(names("st denis 974", &[&d]), ["Saint-Denis 974"]);
        assert_eq!(names("saint-denis 93210", &[&d]), ["Saint-Denis 93"]);
        assert_eq!(names("saint denis 30", &[&d]), ["Saint-Denis 30"]);
        assert!(names("saint denis 75", &[&d]).is_empty());
        // The department is known without the department shard.
        let q = NameQuery::parse("saint denis 974").unwrap();
        assert_eq!(search_names(&q, &[&d], 8)[0].department, "974");
    }

    #[test]
    fn one_typo_is_forgiven_at_the_start_of_a_name() {
        assert!(one_typo_from_start("aubervilliers", "aubervilier"));
        assert!(one_typo_from_start("aubervilliers", "aubervilliers"));
        assert!(
            one_typo_from_start("aubervilliers", "aubrevilliers"),
            "swapped"
        );
        assert!(
            one_typo_from_start("aubervilliers", "oubervilliers"),
            "replaced"
        );
        assert!(
            one_typo_from_start("aubervilliers", "auberviliers"),
            "missing"
        );
        assert!(one_typo_from_start("aubervilliers", "aubberv"), "added");
        assert!(
            !one_typo_from_start("aubervilliers", "obervilier"),
            "two typos"
        );
        assert!(
            !one_typo_from_start("aubervilliers", "bervilliers"),
            "the start counts"
        );
        assert!(!one_typo_from_start("", "abc"));
    }

    #[test]
    fn a_misspelt_name_is_found_only_when_nothing_else_matches() {
        const SHARD_A: &str = r#"{"v":1,"key":"a","communes":[
            ["93001","Aubervilliers",["93300"],48.9146,2.3821,88000],
            ["62048","Auberville-la-Campagne",["76170"],49.52,0.6,600]
        ]}"#;
        let a = shard(SHARD_A);
        assert_eq!(names("aubervilier", &[&a]), ["Aubervilliers 93"]);
        assert_eq!(
            names("auberville", &[&a]),
            ["Auberville-la-Campagne 62"],
            "no typo read when a name matches"
        );
        assert!(names("aubr", &[&a]).is_empty(), "too short to guess");
    }

    #[test]
    fn a_word_inside_a_name_finds_it_after_the_names_that_start_with_it() {
        const SHARD_N: &str = r#"{"v":1,"key":"n","communes":[
            ["54395","Nancy",["54000"],48.6921,6.1844,104000],
            ["54547","Vandœuvre-lès-Nancy",["54500"],48.6567,6.1683,29000],
            ["54578","Villers-lès-Nancy",["54600"],48.67,6.15,14000]
        ]}"#;
        let n = shard(SHARD_N);
        assert_eq!(
            names("nancy", &[&n]),
            ["Nancy 54", "Vandœuvre-lès-Nancy 54", "Villers-lès-Nancy 54"]
        );
        assert_eq!(
            names("lès-Nancy", &[&n]),
            ["Vandœuvre-lès-Nancy 54", "Villers-lès-Nancy 54"]
        );
    }

    #[test]
    fn an_arrondissement_is_found_by_its_number_or_its_postcode() {
        const SHARD_P: &str = r#"{"v":1,"key":"p","communes":[
            ["75056","Paris",["75001","75020"],48.8566,2.3522,2103778],
            ["75120","Paris 20e Arrondissement",["75020"],48.8634,2.4011,195814],
            ["75102","Paris 2e Arrondissement",["75002"],48.8683,2.3428,21000],
            ["13055","Marseille",["13001","13002"],43.2976,5.3694,886040],
            ["13202","Marseille 2e Arrondissement",["13002"],43.3121,5.3578,24378]
        ]}"#;
        let p = shard(SHARD_P);
        assert_eq!(names("Paris 20", &[&p]), ["Paris 20e Arrondissement 75"]);
        assert_eq!(
            names("Marseille 2e", &[&p]),
            ["Marseille 2e Arrondissement 13"]
        );
        assert_eq!(
            names("marseille 13002", &[&p]),
            ["Marseille 2e Arrondissement 13"]
        );
        assert_eq!(names("paris", &[&p])[0], "Paris 75", "the city first");
    }

    #[test]
    fn exact_search_keeps_only_the_whole_names() {
        let m = shard(SHARD_M);
        let q = NameQuery::parse("marseille").unwrap();
        let found: Vec<&str> = search_exact_names(&q, &[&m], 8)
            .iter()
            .map(|c| c.name.as_str())
            .collect();
        assert_eq!(found, ["Marseille"]);
        let q = NameQuery::parse("mars").unwrap();
        assert!(search_exact_names(&q, &[&m], 8).is_empty());
    }

    #[test]
    fn results_are_limited_stable_and_listed_once() {
        let d = shard(SHARD_D);
        let q = NameQuery::parse("saint denis").unwrap();
        assert_eq!(search_names(&q, &[&d], 2).len(), 2);
        assert_eq!(search_names(&q, &[&d, &d], 8).len(), 5, "same shard twice");
        let a: Vec<_> = search_names(&q, &[&d], 8)
            .iter()
            .map(|c| &c.insee)
            .collect();
        let b: Vec<_> = search_names(&q, &[&d], 8)
            .iter()
            .map(|c| &c.insee)
            .collect();
        assert_eq!(a, b);
    }

    fn index() -> NameIndex {
        NameIndex::from_json(
            r#"{"v":1,"departments":[["42","Loire"],["54","Meurthe-et-Moselle"]],"shards":["a","ch","chat","chau","e","ma","mar","mars","mart","v"],"exact":["mar"]}"#,
        )
        .unwrap()
    }

    fn keys(query: &str) -> ShardsFor<'static> {
        let idx = Box::leak(Box::new(index()));
        idx.shards_for(&NameQuery::parse(query).unwrap())
    }

    #[test]
    fn a_query_maps_to_one_or_two_shards_or_asks_for_more_letters() {
        assert_eq!(keys("st etienne"), ShardsFor::Keys(vec!["e"]));
        assert_eq!(keys("vandoeuvre"), ShardsFor::Keys(vec!["v"]));
        assert_eq!(
            keys("zonza"),
            ShardsFor::Keys(vec!["v"]),
            "after the last key"
        );
        assert_eq!(keys("aa"), ShardsFor::Keys(vec!["a"]));
        assert_eq!(keys("bordeaux"), ShardsFor::Keys(vec!["a"]));
        assert_eq!(keys("marseille"), ShardsFor::Keys(vec!["mars"]));
        assert_eq!(keys("mart"), ShardsFor::Keys(vec!["mart"]));
        // "mar" names run from the "mar" shard through "mars" and "mart": too many; but a
        // commune is named "Mar" exactly: its shard, for exact names.
        assert_eq!(keys("mar"), ShardsFor::Exact("mar"));
        assert_eq!(keys("le mar"), ShardsFor::Exact("mar"));
        assert_eq!(keys("m"), ShardsFor::TooBroad);
        // "cha" straddles "ch" (e.g. chabris) and "chat", "chau": three shards.
        assert_eq!(keys("cha"), ShardsFor::TooBroad);
        assert_eq!(keys("chat"), ShardsFor::Keys(vec!["chat"]));
        assert_eq!(keys("chas"), ShardsFor::Keys(vec!["ch"]));
        assert_eq!(keys("chau"), ShardsFor::Keys(vec!["chau"]));
        assert_eq!(keys("chats"), ShardsFor::Keys(vec!["chat"]));
        assert_eq!(keys("ma"), ShardsFor::TooBroad);
        assert_eq!(keys("mas"), ShardsFor::Keys(vec!["mart"]));
        assert_eq!(keys("d"), ShardsFor::Keys(vec!["chau"]));
        // Two shards: the name may sit on either side of the cut at "e".
        let two =
            NameIndex::from_json(r#"{"v":1,"departments":[],"shards":["a","eu","f"],"exact":[]}"#)
                .unwrap();
        assert_eq!(
            two.shards_for(&NameQuery::parse("e").unwrap()),
            ShardsFor::Keys(vec!["a", "eu"])
        );
    }

    #[test]
    fn every_key_has_exactly_one_shard() {
        let idx = index();
        assert_eq!(idx.shard_of_key("aaa"), "a");
        assert_eq!(idx.shard_of_key("ch"), "ch");
        assert_eq!(idx.shard_of_key("chabris"), "ch");
        assert_eq!(idx.shard_of_key("chateauroux"), "chat");
        assert_eq!(idx.shard_of_key("etienne"), "e");
        assert_eq!(idx.shard_of_key("zonza"), "v");
        assert_eq!(idx.department_name("54"), Some("Meurthe-et-Moselle"));
        assert_eq!(idx.department_name("99"), None);
    }

    #[test]
    fn bad_files_are_errors_not_panics() {
        for bad in [
            "",
            "[]",
            r#"{"v":2,"departments":[],"shards":["a"],"exact":[]}"#,
            r#"{"v":1,"departments":[],"shards":[],"exact":[]}"#,
            r#"{"v":1,"departments":[],"shards":["b","a"],"exact":[]}"#,
            r#"{"v":1,"departments":[],"shards":["a","a"],"exact":[]}"#,
            r#"{"v":1,"departments":[],"shards":["../x"],"exact":[]}"#,
            r#"{"v":1,"departments":[],"shards":["A"],"exact":[]}"#,
            r#"{"v":1,"departments":[],"shards":["a"],"exact":["a b"]}"#,
            r#"{"v":1,"departments":[],"shards":["a"]}"#,
        ] {
            assert!(NameIndex::from_json(bad).is_err(), "{bad}");
        }
        for bad in [
            "",
            r#"{"v":1,"key":"a","communes":[["42218","X",["42000"],null,null,1]]}"#,
            r#"{"v":1,"key":"a","communes":[["4221","X",["42000"],45.0,4.0,1]]}"#,
            r#"{"v":1,"key":"a/b","communes":[]}"#,
            r#"{"v":3,"key":"a","communes":[]}"#,
            r#"{"v":1,"key":"a","communes":[["42218","X",["42000"],95.0,4.0,1]]}"#,
        ] {
            assert!(NameShard::from_json(bad).is_err(), "{bad}");
        }
    }
}
