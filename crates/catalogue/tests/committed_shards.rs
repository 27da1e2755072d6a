//! The committed communes shards under public/data/communes: coverage, well-known lookups,
//! canonical (re-serialised = same bytes) and sorted.

use std::path::PathBuf;

use aiguillage_catalogue::communes::{Index, Shard, ShardRow};

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/data/communes")
}

fn read(name: &str) -> String {
    std::fs::read_to_string(dir().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn index() -> Index {
    serde_json::from_str(&read("index.json")).unwrap()
}

fn shard(dep: &str) -> Shard {
    serde_json::from_str(&read(&format!("{dep}.json"))).unwrap()
}

/// Postcode → communes, the way the app looks them up: index, then the department shards.
fn lookup(postcode: &str) -> Vec<ShardRow> {
    let index = index();
    let deps = index.postcodes.get(postcode).cloned().unwrap_or_default();
    deps.iter()
        .flat_map(|dep| shard(dep).communes)
        .filter(|row| row.2.iter().any(|p| p == postcode))
        .collect()
}

#[test]
fn well_known_postcodes_find_their_commune() {
    for (postcode, insee, name) in [
        ("93100", "93048", "Montreuil"),
        ("42000", "42218", "Saint-Étienne"),
        ("59600", "59392", "Maubeuge"),
        ("54500", "54547", "Vandœuvre-lès-Nancy"),
    ] {
        let rows = lookup(postcode);
        let row = rows
            .iter()
            .find(|r| r.1 == name)
            .unwrap_or_else(|| panic!("{postcode}: {name} not in {rows:?}"));
        assert_eq!(row.0, insee);
        assert!(row.3.is_some() && row.4.is_some(), "{name} has a point");
    }
}

#[test]
fn paris_lyon_marseille_have_points_in_the_right_place() {
    for (dep, insee, lat, lon) in [
        ("75", "75056", 48.86, 2.34),
        ("69", "69123", 45.76, 4.83),
        ("13", "13055", 43.30, 5.40),
    ] {
        let s = shard(dep);
        let row = s.communes.iter().find(|r| r.0 == insee).unwrap();
        let (Some(la), Some(lo)) = (row.3, row.4) else {
            panic!("{insee} has no point")
        };
        assert!(
            (la - lat).abs() < 0.1 && (lo - lon).abs() < 0.1,
            "{insee}: {la},{lo}"
        );
    }
}

#[test]
fn shards_cover_the_communes_and_are_canonical() {
    let index = index();
    assert!(
        index.departments.len() >= 101,
        "{} departments",
        index.departments.len()
    );
    let (mut total, mut with_point) = (0, 0);
    let mut previous_dep = String::new();
    for (dep, name, _region) in &index.departments {
        assert!(*dep > previous_dep, "departments sorted");
        previous_dep = dep.clone();
        assert!(!name.is_empty());
        let raw = read(&format!("{dep}.json"));
        let s: Shard = serde_json::from_str(&raw).unwrap();
        assert_eq!(&s.dep, dep);
        assert_eq!(
            serde_json::to_string(&s).unwrap(),
            raw,
            "{dep}.json is canonical compact JSON"
        );
        assert!(
            s.communes.windows(2).all(|w| w[0].0 < w[1].0),
            "{dep}.json sorted by INSEE"
        );
        for row in &s.communes {
            total += 1;
            if let (Some(lat), Some(lon)) = (row.3, row.4) {
                with_point += 1;
                assert!(
                    (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon),
                    "{row:?}"
                );
                assert_eq!((lat * 1e4).round() / 1e4, lat, "4 decimals: {row:?}");
            }
            for p in &row.2 {
                assert!(index.postcodes[p].contains(dep), "{p} → {dep} in the index");
            }
        }
    }
    // 34,969 communes and the 45 arrondissements of Paris, Lyon and Marseille.
    assert_eq!(total, 35_014);
    assert!(with_point >= 34_800, "{with_point} communes with a point");
    let raw_index = read("index.json");
    assert_eq!(
        serde_json::to_string(&index).unwrap(),
        raw_index,
        "index.json is canonical"
    );
}

#[test]
fn the_core_reads_every_committed_file() {
    let index_text = read("index.json");
    let index = aiguillage_core::geo::DepartmentIndex::from_json(&index_text).unwrap();
    assert_eq!(index.departments_for_postcode("42000"), ["42"]);
    let mut total = 0;
    for (dep, _, _) in self::index().departments {
        let shard = aiguillage_core::geo::CommuneShard::from_json(&read(&format!("{dep}.json")))
            .unwrap_or_else(|e| panic!("{dep}.json: {e}"));
        total += shard.communes.len();
    }
    assert_eq!(total, 35_014);
}

/// The committed name index: every commune with a point of every department shard is in
/// exactly the name shard its key points to, and the core finds it by its name.
#[test]
fn every_commune_with_a_point_is_found_by_name_in_its_keys_shard() {
    use aiguillage_catalogue::communes::names::{self, NameIndexFile, NameShardFile};
    use aiguillage_core::geo::{
        search_exact_names, search_names, NameIndex, NameQuery, NameShard, ShardsFor,
    };
    use std::collections::BTreeMap;

    let names_dir = dir().join(names::NAMES_DIR);
    let read_name = |file: &str| {
        std::fs::read_to_string(names_dir.join(file)).unwrap_or_else(|e| panic!("noms/{file}: {e}"))
    };
    let raw_index = read_name("index.json");
    let file: NameIndexFile = serde_json::from_str(&raw_index).unwrap();
    assert_eq!(
        serde_json::to_string(&file).unwrap(),
        raw_index,
        "noms/index.json is canonical"
    );
    let departments: Vec<(String, String)> = index()
        .departments
        .into_iter()
        .map(|(code, name, _)| (code, name))
        .collect();
    assert_eq!(
        file.departments, departments,
        "the department names of index.json"
    );
    let name_index = NameIndex::from_json(&raw_index).unwrap();

    // Every listed shard exists, is canonical and read by the core; no other file.
    let mut shards: BTreeMap<String, (NameShardFile, NameShard)> = BTreeMap::new();
    for key in name_index.shards() {
        let raw = read_name(&format!("{key}.json"));
        let f: NameShardFile = serde_json::from_str(&raw).unwrap();
        assert_eq!(&f.key, key);
        assert_eq!(
            serde_json::to_string(&f).unwrap(),
            raw,
            "noms/{key}.json is canonical"
        );
        let rows_bytes: usize = f
            .communes
            .iter()
            .map(|r| serde_json::to_string(r).unwrap().len() + 1)
            .sum();
        assert!(
            rows_bytes <= names::CHUNKING.max_bytes,
            "noms/{key}.json: {rows_bytes} B of rows"
        );
        let core = NameShard::from_json(&raw).unwrap_or_else(|e| panic!("noms/{key}.json: {e}"));
        shards.insert(key.clone(), (f, core));
    }
    let files = std::fs::read_dir(&names_dir).unwrap().count();
    assert_eq!(
        files,
        shards.len() + 1,
        "noms/ holds the listed shards and index.json only"
    );

    // Where each INSEE code is, by name shard.
    let mut placed: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (key, (f, _)) in &shards {
        for row in &f.communes {
            placed.entry(row.0.clone()).or_default().push(key.clone());
        }
    }
    let mut with_point = 0;
    for (dep, _, _) in index().departments {
        for row in shard(&dep).communes {
            let Some(found) = placed.get(&row.0) else {
                assert!(
                    row.3.is_none(),
                    "{} {} has a point but no name entry",
                    row.0,
                    row.1
                );
                continue;
            };
            with_point += 1;
            let key = names::key_of(&row.1);
            let home = name_index.shard_of_key(&key);
            // Its own key's shard, maybe those of its later words' keys ("nancy"; not the
            // words too common to be filed), nothing else.
            let words: Vec<String> = std::iter::once(key.clone())
                .chain(names::word_keys(&row.1))
                .map(|k| name_index.shard_of_key(&k).to_string())
                .collect();
            assert!(
                found.contains(&home.to_string()),
                "{} {} (key {key})",
                row.0,
                row.1
            );
            assert!(
                found.iter().all(|f| words.contains(f)),
                "{} {}: in {found:?}, its keys' shards are {words:?}",
                row.0,
                row.1
            );
            assert!(
                found.windows(2).all(|w| w[0] < w[1]),
                "{}: once per shard",
                row.0
            );
            let (f, _) = &shards[home];
            assert!(
                f.communes.contains(&row),
                "{}: same row as {dep}.json",
                row.0
            );

            // Typed in full, with the postcode for homonyms, the name finds it.
            // (Paris, Lyon, Marseille with a postcode give the arrondissement: their department.)
            let postcode = match row.2.first() {
                Some(p) if !aiguillage_core::geo::has_arrondissements(&row.0) => p.as_str(),
                _ => dep.as_str(),
            };
            let query = NameQuery::parse(&format!("{} {postcode}", row.1)).unwrap();
            let hits = match name_index.shards_for(&query) {
                ShardsFor::Keys(keys) => {
                    assert!(keys.contains(&home), "{}: {keys:?} without {home}", row.1);
                    let loaded: Vec<&NameShard> = keys.iter().map(|k| &shards[*k].1).collect();
                    search_names(&query, &loaded, 8)
                }
                ShardsFor::Exact(key) => {
                    assert_eq!(key, home, "{}", row.1);
                    search_exact_names(&query, &[&shards[key].1], 8)
                }
                ShardsFor::TooBroad => panic!("{}: a full name asks for more letters", row.1),
            };
            assert!(
                hits.iter().any(|c| c.insee == row.0),
                "{} {postcode} not found",
                row.1
            );
        }
    }
    assert_eq!(
        with_point,
        placed.len(),
        "no name entry without a department row"
    );
    assert!(with_point >= 34_800, "{with_point}");
}

#[test]
fn well_known_names_are_found_france_wide() {
    use aiguillage_core::geo::{search_names, NameIndex, NameQuery, NameShard, ShardsFor};
    let names_dir = dir().join("noms");
    let read_name = |file: &str| std::fs::read_to_string(names_dir.join(file)).unwrap();
    let index = NameIndex::from_json(&read_name("index.json")).unwrap();
    let first = |typed: &str| {
        let q = NameQuery::parse(typed).unwrap();
        let keys = match index.shards_for(&q) {
            ShardsFor::Keys(keys) => keys,
            ShardsFor::Exact(key) => vec![key],
            ShardsFor::TooBroad => panic!("{typed}: too broad"),
        };
        let shards: Vec<NameShard> = keys
            .iter()
            .map(|k| NameShard::from_json(&read_name(&format!("{k}.json"))).unwrap())
            .collect();
        let refs: Vec<&NameShard> = shards.iter().collect();
        search_names(&q, &refs, 8)
            .first()
            .map(|c| format!("{} {}", c.name, c.department))
            .unwrap_or_default()
    };
    assert_eq!(first("vandoeuvre"), "Vandœuvre-lès-Nancy 54");
    assert_eq!(first("st etienne"), "Saint-Étienne 42");
    assert_eq!(first("saint-étienne"), "Saint-Étienne 42");
    assert_eq!(first("marseille"), "Marseille 13");
    assert_eq!(first("montreuil"), "Montreuil 93");
    assert_eq!(first("le mans"), "Le Mans 72");
    assert_eq!(first("maubeuge"), "Maubeuge 59");
    assert_eq!(first("saint denis 93"), "Saint-Denis 93");
    assert_eq!(first("ajaccio"), "Ajaccio 2A");
    assert_eq!(first("le bo"), "Le Bô 14");
    let q = NameQuery::parse("mont").unwrap();
    assert!(
        matches!(index.shards_for(&q), ShardsFor::Exact(_)),
        "Mont: exact names only"
    );
}

/// The committed files, loaded the way the app loads them: the index, then department shards
/// on demand, and name shards by key.
struct Committed {
    departments: aiguillage_core::geo::DepartmentIndex,
    names: aiguillage_core::geo::NameIndex,
}

impl Committed {
    fn new() -> Committed {
        Committed {
            departments: aiguillage_core::geo::DepartmentIndex::from_json(&read("index.json"))
                .unwrap(),
            names: aiguillage_core::geo::NameIndex::from_json(&read("noms/index.json")).unwrap(),
        }
    }

    /// "Me localiser" at a point: the commune found (`None`: outside France) and the
    /// department shards loaded.
    fn locate(&self, lat: f64, lon: f64) -> (Option<aiguillage_core::geo::Commune>, Vec<String>) {
        use aiguillage_core::geo::{nearest_step, CommuneIndex, CommuneShard, GeoPoint, NextStep};
        let point = GeoPoint::new(lat, lon).unwrap();
        let mut communes = CommuneIndex::new();
        let mut loaded: Vec<String> = Vec::new();
        loop {
            let step = nearest_step(point, &self.departments, &communes, &|d| {
                loaded.iter().any(|l| l == d)
            });
            match step {
                NextStep::Load(dep) => {
                    let dep = dep.to_string();
                    assert!(!loaded.contains(&dep), "{dep} asked twice");
                    communes
                        .add_shard(CommuneShard::from_json(&read(&format!("{dep}.json"))).unwrap());
                    loaded.push(dep);
                }
                NextStep::Found(c, _) => return (Some(c.clone()), loaded),
                NextStep::OutsideFrance => return (None, loaded),
            }
        }
    }

    /// The communes the name field lists for a text, best first, as `"name dep"`.
    fn search(&self, typed: &str) -> Vec<String> {
        use aiguillage_core::geo::{
            search_exact_names, search_names, NameQuery, NameShard, ShardsFor,
        };
        let q = NameQuery::parse(typed).unwrap();
        let (keys, exact) = match self.names.shards_for(&q) {
            ShardsFor::Keys(keys) => (keys, false),
            ShardsFor::Exact(key) => (vec![key], true),
            ShardsFor::TooBroad => panic!("{typed}: too broad"),
        };
        let shards: Vec<NameShard> = keys
            .iter()
            .map(|k| NameShard::from_json(&read(&format!("noms/{k}.json"))).unwrap())
            .collect();
        let refs: Vec<&NameShard> = shards.iter().collect();
        let found = if exact {
            search_exact_names(&q, &refs, 8)
        } else {
            search_names(&q, &refs, 8)
        };
        found
            .iter()
            .map(|c| format!("{} {}", c.name, c.department))
            .collect()
    }

    /// The communes a postcode gives, as `"name insee"`.
    fn postcode(&self, code: &str) -> Vec<String> {
        use aiguillage_core::geo::{CommuneIndex, CommuneShard};
        let shards = self
            .departments
            .departments_for_postcode(code)
            .iter()
            .map(|d| CommuneShard::from_json(&read(&format!("{d}.json"))).unwrap());
        let index = CommuneIndex::from_shards(shards);
        index
            .by_postcode(code)
            .iter()
            .map(|c| format!("{} {}", c.name, c.insee))
            .collect()
    }
}

#[test]
fn me_localiser_finds_the_commune_outside_the_catalogues_departments() {
    let files = Committed::new();
    for (place, lat, lon, insee, name) in [
        ("La Réunion", -20.8789, 55.4481, "97411", "Saint-Denis"),
        ("Cayenne", 4.9372, -52.3260, "97302", "Cayenne"),
        ("Ajaccio", 41.9192, 8.7386, "2A004", "Ajaccio"),
        ("Caen", 49.1829, -0.3707, "14118", "Caen"),
        ("Strasbourg", 48.5734, 7.7521, "67482", "Strasbourg"),
        (
            "Marseille, Les Docks",
            43.3097,
            5.3680,
            "13202",
            "Marseille 2e Arrondissement",
        ),
        (
            "Paris, place Gambetta",
            48.8651,
            2.3990,
            "75120",
            "Paris 20e Arrondissement",
        ),
    ] {
        let (found, loaded) = files.locate(lat, lon);
        let found = found.unwrap_or_else(|| panic!("{place}: said outside France"));
        assert_eq!(
            (found.insee.as_str(), found.name.as_str()),
            (insee, name),
            "{place}"
        );
        assert!(loaded.len() <= 3, "{place}: loaded {loaded:?}");
    }
}

#[test]
fn me_localiser_in_the_mid_atlantic_says_outside_france_and_loads_nothing() {
    let files = Committed::new();
    assert_eq!(files.locate(40.0, -40.0), (None, vec![]));
    // 100 km west of Ouessant, at sea.
    assert_eq!(files.locate(48.46, -6.45).0, None);
    // Deep in the Guyane forest, far from any town hall, is still France.
    assert!(files.locate(3.0, -53.5).0.is_some());
}

#[test]
fn me_localiser_at_any_communes_point_finds_that_commune() {
    let files = Committed::new();
    let mut checked = 0;
    let mut shards_loaded = Vec::new();
    for (dep, _, _) in index().departments {
        // One commune in 40 of each department (and the first): every department tried.
        for row in shard(&dep).communes.iter().step_by(40) {
            let (Some(lat), Some(lon)) = (row.3, row.4) else {
                continue;
            };
            if aiguillage_core::geo::has_arrondissements(&row.0) {
                continue; // its arrondissements stand for it
            }
            let (found, loaded) = files.locate(lat, lon);
            shards_loaded.push(loaded.len());
            let found = found.unwrap_or_else(|| panic!("{} {}: outside France", row.0, row.1));
            // Another commune at the very same point would be as right.
            let same =
                found.insee == row.0 || found.point.is_some_and(|p| p.lat == lat && p.lon == lon);
            assert!(
                same,
                "{} {}: found {} {}",
                row.0, row.1, found.insee, found.name
            );
            checked += 1;
        }
    }
    assert!(checked > 800, "{checked}");
    // Measured on the committed files: 1.30 shards on average, 4 at most (a commune where
    // several departments' boxes overlap).
    let mean = shards_loaded.iter().sum::<usize>() as f64 / shards_loaded.len() as f64;
    let most = shards_loaded.iter().max().copied().unwrap_or(0);
    eprintln!("shards loaded: mean {mean:.2}, max {most}");
    assert!(mean < 1.5 && most <= 4, "mean {mean}, max {most}");
}

#[test]
fn the_arrondissements_of_paris_lyon_and_marseille_are_found_by_postcode_and_name() {
    let files = Committed::new();
    assert_eq!(
        files.postcode("13002"),
        ["Marseille 2e Arrondissement 13202"]
    );
    assert_eq!(files.postcode("75020"), ["Paris 20e Arrondissement 75120"]);
    assert_eq!(files.postcode("69003"), ["Lyon 3e Arrondissement 69383"]);
    assert_eq!(files.postcode("75116"), ["Paris 16e Arrondissement 75116"]);
    assert_eq!(
        files.search("Marseille 2e")[0],
        "Marseille 2e Arrondissement 13"
    );
    assert_eq!(files.search("Paris 20")[0], "Paris 20e Arrondissement 75");
    assert_eq!(files.search("lyon 1er")[0], "Lyon 1er Arrondissement 69");
    assert_eq!(files.search("paris")[0], "Paris 75", "the city first");
    // 16 + 20 + 9 arrondissements, each with a point, a postcode and its city's department.
    let mut count = 0;
    for (dep, city) in [("13", "13055"), ("69", "69123"), ("75", "75056")] {
        let s = shard(dep);
        assert!(
            s.communes.iter().any(|r| r.0 == city),
            "{city} kept for catalogue places"
        );
        for row in &s.communes {
            if aiguillage_core::geo::city_of_arrondissement(&row.0) == Some(city) {
                assert!(row.3.is_some() && !row.2.is_empty(), "{row:?}");
                count += 1;
            }
        }
    }
    assert_eq!(count, 45);
}

#[test]
fn a_word_inside_a_name_and_one_typo_find_the_commune() {
    let files = Committed::new();
    let nancy = files.search("nancy");
    assert_eq!(nancy[0], "Nancy 54");
    assert!(
        nancy.contains(&"Vandœuvre-lès-Nancy 54".to_string()),
        "{nancy:?}"
    );
    assert_eq!(files.search("lès-Nancy")[0], "Vandœuvre-lès-Nancy 54");
    assert_eq!(files.search("aubervilier"), ["Aubervilliers 93"]);
    let rouvray = files.search("rouvray");
    assert!(
        rouvray.contains(&"Saint-Étienne-du-Rouvray 76".to_string()),
        "{rouvray:?}"
    );
}
