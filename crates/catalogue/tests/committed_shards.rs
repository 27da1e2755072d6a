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
    assert_eq!(total, 34_969);
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
    assert_eq!(total, 34_969);
}
