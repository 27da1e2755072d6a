//! `build` and `validate` on good and broken source files (fixtures in tests/fixtures/, see
//! its README), and the ANCT help places conversion. The communes come from the committed
//! shards.

use std::path::PathBuf;
use std::sync::OnceLock;

use aiguillage_catalogue::bundle::{self, Stats};
use aiguillage_catalogue::help_places;
use aiguillage_catalogue::{geo, Error};
use aiguillage_core::catalogue::{Audience, Fees, HelpKind, HelpService, Reception};
use aiguillage_core::geo::CommuneIndex;
use aiguillage_core::{Catalogue, Lang};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn communes() -> &'static CommuneIndex {
    static INDEX: OnceLock<CommuneIndex> = OnceLock::new();
    INDEX.get_or_init(|| geo::load_communes(&root().join("public/data/communes")).unwrap())
}

fn fixture(name: &str) -> (String, String) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
    (name.to_string(), text)
}

fn ok_sources() -> Vec<(String, String)> {
    vec![
        fixture("sources-ok/a-ecole.json"),
        fixture("sources-ok/b-centre.json"),
    ]
}

fn build(sources: &[(String, String)]) -> Result<bundle::Built, Error> {
    bundle::build(
        sources,
        &[],
        "help",
        &help_places::national_networks(),
        communes(),
        Lang::En,
    )
}

/// The problems of a refused build.
fn problems(sources: &[(String, String)]) -> Vec<String> {
    match build(sources) {
        Err(Error::Rejected { problems, .. }) => problems,
        other => panic!("expected a refused build, got {other:?}"),
    }
}

#[test]
fn builds_merges_sorts_and_fills_commune_coordinates() {
    let built = build(&ok_sources()).unwrap();
    assert_eq!(built.filled_coordinates, 1);
    let c = &built.catalogue;
    let ids: Vec<&str> = c.providers().iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        ids,
        ["centre-fictif", "ecole-fictive"],
        "sorted by id across files"
    );
    let saint_etienne = c
        .places()
        .iter()
        .find(|p| p.id == "ecole-fictive-saint-etienne")
        .unwrap();
    let commune = communes().by_insee("42218").unwrap().point.unwrap();
    assert_eq!(
        (saint_etienne.latitude, saint_etienne.longitude),
        (commune.lat, commune.lon)
    );

    // The written JSON is what the app reads: valid, same records, plus the networks.
    let (again, issues) = Catalogue::from_json(&built.json);
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(&again, c);
    let kinds: Vec<HelpKind> = again.help_networks().iter().map(|n| n.kind).collect();
    assert_eq!(
        kinds,
        [
            HelpKind::MissionLocale,
            HelpKind::FranceTravail,
            HelpKind::CapEmploi,
            HelpKind::MediationNumerique,
            HelpKind::FranceServices,
            HelpKind::Cep,
            HelpKind::TransitionsPro,
            HelpKind::EnicNaric,
            HelpKind::CoursFrancais
        ]
    );
    assert!(!built.json.contains('\n'), "compact JSON");

    let stats = Stats::of(c, communes());
    assert_eq!(
        (
            stats.providers,
            stats.places,
            stats.courses,
            stats.sessions,
            stats.departments
        ),
        (2, 2, 2, 2, 2)
    );
    assert!(stats.lines().starts_with(
        "providers: 2\nplaces: 2\ncourses: 2\nsessions: 2\ndepartments: 2\nhelp_places: 0\n"
    ));
}

#[test]
fn build_is_reproducible_whatever_the_file_order() {
    let a = build(&ok_sources()).unwrap().json;
    let mut reversed = ok_sources();
    reversed.reverse();
    let b = build(&reversed).unwrap().json;
    assert_eq!(a, b);
}

#[test]
fn malformed_json_names_the_file_and_line() {
    let mut sources = ok_sources();
    sources.push(fixture("broken/syntax.json"));
    let p = problems(&sources);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].starts_with("broken/syntax.json: invalid JSON at line 5"),
        "{}",
        p[0]
    );
}

#[test]
fn unknown_enum_value_names_file_record_and_field() {
    let p = problems(&[fixture("broken/unknown-enum.json")]);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].starts_with("broken/unknown-enum.json, courses[0] (id « ecole-enum-zoom »), field `domains[0]`: unknown value \"zoom\""),
        "{}",
        p[0]
    );
}

#[test]
fn dangling_reference_names_file_and_record() {
    let p = problems(&[fixture("broken/dangling.json")]);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].starts_with(
            "broken/dangling.json, sessions[0] (id « session-orpheline »), field `course`"
        ),
        "{}",
        p[0]
    );
    assert!(p[0].contains("formation-qui-n-existe-pas"), "{}", p[0]);
}

#[test]
fn duplicate_ids_across_files_name_both_files() {
    let mut sources = ok_sources();
    sources.push(fixture("broken/duplicate.json"));
    let p = problems(&sources);
    assert!(
        p.iter().any(|l| l
            .starts_with("broken/duplicate.json, providers[0] (id « centre-fictif »)")
            && l.contains("sources-ok/b-centre.json, providers[0]")),
        "{p:?}"
    );
}

#[test]
fn wrong_schema_version_and_shape_are_refused() {
    let p = problems(&[
        fixture("broken/schema-version.json"),
        fixture("broken/not-an-object.json"),
    ]);
    assert!(
        p.iter()
            .any(|l| l.starts_with("broken/schema-version.json: `schema_version` is 2")),
        "{p:?}"
    );
    assert!(
        p.iter()
            .any(|l| l.starts_with("broken/not-an-object.json: expected an object")),
        "{p:?}"
    );
}

#[test]
fn commune_place_with_unknown_insee_is_refused_with_what_to_do() {
    let p = problems(&[fixture("broken/unknown-insee.json")]);
    assert!(
        p.iter().any(|l| l
            .starts_with("broken/unknown-insee.json, places[0] (id « ecole-insee-nulle-part »)")
            && l.contains("99999")
            && l.contains("give the coordinates")),
        "{p:?}"
    );
}

#[test]
fn validate_reports_every_issue_with_its_location() {
    let (_, text) = fixture("broken/unknown-enum.json");
    let (catalogue, lines) = bundle::validate("x.json", &text, Lang::En);
    assert_eq!(lines.len(), 1);
    assert!(
        lines[0].starts_with("x.json: courses[0] (id \"ecole-enum-zoom\"), field `domains[0]`"),
        "{}",
        lines[0]
    );
    assert_eq!(catalogue.providers().len(), 1, "the good record is kept");

    let (_, lines) = bundle::validate("y.json", "{\"schema_version\":1,", Lang::Fr);
    assert_eq!(lines.len(), 1);
    assert!(lines[0].starts_with("y.json: "), "{}", lines[0]);

    // Help networks are checked by the core, record by record.
    let bad_networks = r#"{"schema_version":1,"help_networks":[
        {"kind":"mairie","name":"x","locator_url":"https://x.fr/"},
        {"kind":"cap-emploi","name":"Cap emploi","locator_url":"javascript:alert(1)"},
        {"kind":"mission-locale","name":"Mission Locale","locator_url":"https://www.unml.info/le-reseau/annuaire/"},
        {"kind":"mission-locale","name":"Encore","locator_url":"https://exemple.fr/"}]}"#;
    let (catalogue, lines) = bundle::validate("z.json", bad_networks, Lang::En);
    assert_eq!(lines.len(), 3, "{lines:?}");
    for (line, want) in lines.iter().zip([
        "z.json: help_networks[0], field `kind`: unknown value \"mairie\"",
        "z.json: help_networks[1], field `locator_url`: ",
        "z.json: help_networks[3], field `kind`: network \"mission-locale\" is already listed",
    ]) {
        assert!(line.starts_with(want), "{line}");
    }
    assert!(lines[1].contains("javascript:alert(1)"), "{}", lines[1]);
    assert_eq!(
        catalogue.help_networks().len(),
        1,
        "the good network is kept"
    );
}

#[test]
fn build_refuses_a_bad_network_and_names_it() {
    let bad = vec![aiguillage_core::catalogue::HelpNetwork {
        kind: HelpKind::MissionLocale,
        name: " ".into(),
        locator_url: aiguillage_core::catalogue::HttpUrl::parse("https://www.unml.info/").unwrap(),
    }];
    let mut twice = help_places::national_networks();
    twice.push(twice[0].clone());
    for (networks, want) in [
        (bad, "help_networks[0], field `name`"),
        (twice, "help_networks[9], field `kind`"),
    ] {
        let err = bundle::build(&[], &[], "none", &networks, communes(), Lang::En)
            .expect_err("a bad network refuses the build");
        let text = err.to_string();
        assert!(text.contains(help_places::NETWORKS_ORIGIN), "{text}");
        assert!(text.contains(want), "{text}");
    }
}

#[test]
fn converts_anct_places_keeping_only_their_facts() {
    let (_, text) = fixture("anct-sample.json");
    let converted = help_places::convert_anct(text.as_bytes(), communes(), &[]).unwrap();
    let ids: Vec<&str> = converted.places.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        ids,
        ["anct-0", "anct-1096", "anct-1140", "anct-137"],
        "sorted by id"
    );

    let abondance = &converted.places[0];
    assert_eq!(abondance.kind, HelpKind::MediationNumerique);
    assert_eq!(abondance.name, "MAISON DE SERVICES AU PUBLIC D'ABONDANCE");
    assert_eq!(abondance.address.insee_code, "74001");
    assert_eq!(abondance.address.city, "Abondance");
    assert_eq!(abondance.address.postcode, "74360");
    assert_eq!(
        abondance.address.street.as_deref(),
        Some("PLACE DU CHAMP DE FOIRE")
    );
    assert_eq!(
        (abondance.latitude, abondance.longitude),
        (46.27947045, 6.720031881096503)
    );
    assert_eq!(
        abondance.services,
        [HelpService::Accompagnement, HelpService::AideMaterielle]
    );
    assert_eq!(
        abondance.audiences,
        [
            Audience::TousPublics,
            Audience::Jeunes,
            Audience::PersonnesEnSituationDeHandicap,
            Audience::Seniors
        ]
    );
    assert_eq!(abondance.fees, Some(Fees::Gratuit));
    assert_eq!(abondance.reception, [Reception::EnPresentiel]);
    assert_eq!(
        abondance.opening_hours.as_deref(),
        Some("Tu-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00")
    );
    assert_eq!(
        abondance.verified_on.map(|d| d.to_string()).as_deref(),
        Some("2021-05-05")
    );
    assert_eq!(
        abondance.source_url.as_ref().map(|u| u.as_str()),
        Some(help_places::SOURCE_URL)
    );

    // Trévoux's record carries the postcode 01480: the commune is found by name nearby.
    let trevoux = converted
        .places
        .iter()
        .find(|p| p.id == "anct-1140")
        .unwrap();
    assert_eq!(
        (
            trevoux.address.insee_code.as_str(),
            trevoux.address.city.as_str()
        ),
        ("01427", "Trévoux")
    );
    assert_eq!(
        trevoux.address.postcode, "01480",
        "the map's postcode is kept as given"
    );
    assert!(
        converted
            .notes
            .iter()
            .any(|n| n.contains("id 1140") && n.contains("01427 Trévoux")),
        "{:?}",
        converted.notes
    );

    // « La Rochette » 73110 is now Valgelon-La Rochette, which the place's name says.
    let rochette = converted
        .places
        .iter()
        .find(|p| p.id == "anct-137")
        .unwrap();
    assert_eq!(
        (
            rochette.address.insee_code.as_str(),
            rochette.address.city.as_str()
        ),
        ("73215", "Valgelon-La Rochette")
    );
    // « Livron » is the start of Livron-sur-Drôme's name.
    let livron = converted
        .places
        .iter()
        .find(|p| p.id == "anct-1096")
        .unwrap();
    assert_eq!(livron.address.insee_code, "26165");

    // The converted places pass the core's validation.
    let pringy = r#"[{"id":"481","nom":"Mairie déléguée de Pringy","commune":"Pringy","code_postal":"74370",
        "latitude":45.9462,"longitude":6.1257}]"#;
    let former = vec![("Pringy".to_string(), "74010".to_string())];
    let merged = help_places::convert_anct(pringy.as_bytes(), communes(), &former).unwrap();
    assert_eq!(
        merged.places[0].address.insee_code, "74010",
        "Pringy is part of Annecy"
    );
    let without = help_places::convert_anct(pringy.as_bytes(), communes(), &[]).unwrap();
    assert_ne!(
        without.places[0].address.insee_code, "74010",
        "the former-communes list is what finds it"
    );

    let built = bundle::build(&[], &converted.places, "anct", &[], communes(), Lang::En).unwrap();
    assert_eq!(built.catalogue.help_places().len(), 4);
}

#[test]
fn unknown_anct_vocabulary_is_an_error_naming_the_record() {
    let (_, text) = fixture("broken/anct-unknown-service.json");
    let e = help_places::convert_anct(text.as_bytes(), communes(), &[])
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("source.json, record #1 (id 0,")
            && e.contains("`services`")
            && e.contains("Réparer des vélos"),
        "{e}"
    );
    let e = help_places::convert_anct(b"{\"oops\":1}", communes(), &[])
        .unwrap_err()
        .to_string();
    assert!(e.contains("not a JSON array"), "{e}");
    let e = help_places::convert_anct(br#"[{"id":"1","nom":"X"}]"#, communes(), &[])
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("record #1 (X)") && e.contains("missing field"),
        "{e}"
    );
}

#[test]
fn the_bundled_catalogue_is_valid_and_complete() {
    let text = std::fs::read_to_string(root().join("public/data/catalogue.json")).unwrap();
    let (catalogue, lines) = bundle::validate("catalogue.json", &text, Lang::En);
    assert!(lines.is_empty(), "{lines:?}");
    let stats = Stats::of(&catalogue, communes());
    assert!(stats.help_places >= 687, "{stats:?}");
    assert!(
        catalogue
            .help_places()
            .iter()
            .filter(|h| h.id.starts_with(help_places::ID_PREFIX))
            .count()
            == 687
    );
    assert!(stats.communes_with_coordinates >= 34_800, "{stats:?}");
    assert_eq!(catalogue.help_networks(), help_places::national_networks());
}

/// The bundled catalogue as the app reads it (no validation problem expected, see above).
fn bundled() -> Catalogue {
    let text = std::fs::read_to_string(root().join("public/data/catalogue.json")).unwrap();
    let (catalogue, lines) = bundle::validate("catalogue.json", &text, Lang::En);
    assert!(lines.is_empty(), "{lines:?}");
    catalogue
}

#[test]
fn bundled_courses_are_dated_by_their_newest_source_not_by_the_day_the_catalogue_was_compiled() {
    // Issue 9.14: every course carried `verified_on` = the compile day (`generated_on` of its
    // source file), so the staleness warning never spoke about 2015–2021 sources.
    let dir = root().join("data/catalogue");
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        files += 1;
        let doc: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let compiled = doc["generated_on"].as_str().unwrap_or_default();
        for course in doc["courses"].as_array().into_iter().flatten() {
            assert_ne!(
                course["verified_on"].as_str(),
                Some(compiled),
                "{}: {} is dated the compile day",
                path.display(),
                course["id"]
            );
        }
    }
    assert!(files >= 19, "{files} source files");
}

#[test]
fn a_course_whose_closure_was_announced_is_kept_as_closed_with_no_session() {
    // The Maubeuge licence CDAISI: closure announced for the 2023 intake.
    let catalogue = bundled();
    let course = catalogue.course_by_id("uphf-lp-cdaisi").unwrap();
    assert!(
        course.title.contains("fermeture annoncée"),
        "{}",
        course.title
    );
    assert!(catalogue.sessions_of_course("uphf-lp-cdaisi").is_empty());
}

#[test]
fn ages_the_sources_contradict_are_not_hard_limits_but_are_explained() {
    // 42: 18 at most campuses, 16 with the bac at Le Havre, 17-year-olds at a Perpignan
    // piscine. Plombiers du Numérique: 17–24, 18–25, RSA beneficiaries, 25–51 depending on the
    // school and the source.
    let catalogue = bundled();
    for id in [
        "42-tronc-commun",
        "pdn-technicien-fibre",
        "pdn-marseille-datacenter",
    ] {
        let course = catalogue.course_by_id(id).unwrap();
        assert_eq!((course.age_min, course.age_max), (None, None), "{id}");
        let prerequisites = course.prerequisites.as_deref().unwrap_or_default();
        assert!(prerequisites.starts_with("Âge :"), "{id}: {prerequisites}");
    }
}

#[test]
fn kercode_is_attributed_to_the_partners_the_sources_name() {
    // Run with Simplon and the Mission locale, hosted by the GRETA Bretagne Sud in Vannes, not
    // by a « GRETA de Vannes ».
    let catalogue = bundled();
    let course = catalogue.course_by_id("greta-vannes-kercode").unwrap();
    let provider = catalogue.provider_of(course).unwrap();
    assert!(
        provider.name.contains("GRETA Bretagne Sud"),
        "{}",
        provider.name
    );
    assert!(
        !provider.name.contains("GRETA de Vannes"),
        "{}",
        provider.name
    );
    let summary = course.summary.as_deref().unwrap_or_default();
    assert!(summary.contains("Simplon") && summary.contains("Mission locale"));
}
