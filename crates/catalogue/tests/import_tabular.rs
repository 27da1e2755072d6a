//! The tabular importers (CSV template, data·inclusion, CPF open data) through `import()`:
//! fixtures mapped then validated by the core with zero errors, and the bad inputs of issue 13
//! (Latin-1 with a byte order mark, a missing column, an unknown enum value, an empty file,
//! HTML and `javascript:` links, duplicate ids), each a finding or an error, never a panic.

use std::path::{Path, PathBuf};

use aiguillage_catalogue::import::{
    self, Effect, Format, ImportError, Imported, Locator, Options, Places, Reason, SourceName,
};
use aiguillage_core::catalogue::{
    Audience, CoordinatesPrecision, FundingKind, HelpKind, HelpService, Intake,
};
use aiguillage_core::geo::{CommuneIndex, CommuneShard};
use aiguillage_core::profile::{Domain, EducationLevel, Modality};
use aiguillage_core::{Catalogue, Date};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixture(path: &str) -> Vec<u8> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path);
    std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The committed shards of the departments the fixtures use (real communes and points).
fn places() -> Places {
    let shards = ["93", "54", "75"].map(|dep| {
        let path = root().join(format!("public/data/communes/{dep}.json"));
        let text = std::fs::read_to_string(&path).expect("communes shard");
        CommuneShard::from_json(&text).expect("valid shard")
    });
    Places::from_index(CommuneIndex::from_shards(shards))
}

fn options(places: &Places) -> Options<'_> {
    Options::new(
        places,
        SourceName::parse("test").unwrap(),
        Date::new(2026, 12, 1).unwrap(),
    )
}

fn run(format: Format, bytes: &[u8], options: &Options) -> Result<Imported, ImportError> {
    import::import(format, bytes, options)
}

/// The output read back by the core as a catalogue file: zero issues, and no record was
/// refused by the validation inside `import` either.
fn assert_valid(imported: &Imported) -> Catalogue {
    let invalid: Vec<_> = imported
        .report
        .findings
        .iter()
        .filter(|f| f.reason == Reason::Invalid)
        .collect();
    assert!(invalid.is_empty(), "refused by the core: {invalid:?}");
    let json = serde_json::to_string(&imported.catalogue).unwrap();
    let (catalogue, issues) = Catalogue::from_json(&json);
    assert!(issues.is_empty(), "{issues:?}");
    catalogue
}

fn has(imported: &Imported, reason: Reason, effect: Effect) -> bool {
    imported
        .report
        .findings
        .iter()
        .any(|f| f.reason == reason && f.effect == effect)
}

// --- CSV ---

#[test]
fn the_downloadable_template_imports_and_validates_with_zero_errors() {
    let places = places();
    let bytes = std::fs::read(root().join("public/data/modele-catalogue.csv")).unwrap();
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "Excel needs the mark to read UTF-8"
    );
    let imported = run(Format::Csv, &bytes, &options(&places)).unwrap();
    let cat = assert_valid(&imported);
    assert_eq!(imported.report.read, 2);
    assert_eq!(cat.courses().len(), 2);
    assert_eq!(cat.sessions().len(), 2);
    assert_eq!(cat.places().len(), 1, "the remote example has no place");
    assert!(cat
        .courses()
        .iter()
        .all(|c| c.title.starts_with("Exemple — à remplacer")));
    let skipped: Vec<_> = imported
        .report
        .findings
        .iter()
        .filter(|f| f.effect != Effect::Note)
        .collect();
    assert!(skipped.is_empty(), "{skipped:?}");
}

#[test]
fn a_comma_separated_sheet_groups_rows_into_courses_and_places() {
    let places = places();
    let imported = run(Format::Csv, &fixture("csv/sessions.csv"), &options(&places)).unwrap();
    let cat = assert_valid(&imported);
    assert_eq!(imported.report.read, 6);
    assert_eq!(cat.sessions().len(), 6);
    assert_eq!(
        cat.courses().len(),
        5,
        "rows 2 and 3 are two sessions of one course"
    );
    assert_eq!(
        cat.places().len(),
        3,
        "Montreuil (shared), Saint-Denis, Bobigny"
    );
    assert_eq!(cat.providers().len(), 2);

    let web = cat
        .course_by_id("test:f-atelier-numerique-fictif-developpeur-web-exemple")
        .unwrap();
    assert_eq!(web.min_level, Some(EducationLevel::SansDiplome));
    assert_eq!(web.age_min, Some(18));
    assert_eq!(
        web.reserved_for,
        vec![Audience::DemandeursEmploi, Audience::Jeunes]
    );
    assert_eq!(
        web.funding.as_ref().map(|f| f.kind),
        Some(FundingKind::Finance)
    );
    assert_eq!(web.verified_on, Date::new(2026, 11, 20).unwrap());

    let cyber = cat
        .courses()
        .iter()
        .find(|c| c.domains == [Domain::Cybersecurite])
        .unwrap();
    assert_eq!(cyber.duration_hours, Some(36), "35,5 hours, decimal comma");
    assert_eq!(cyber.funding.as_ref().and_then(|f| f.price_eur), Some(1201));
    assert_eq!(cyber.summary.as_deref(), Some("Protéger ses données"));
    assert_eq!(cyber.modality, Some(Modality::Hybride));
    assert!(has(&imported, Reason::HtmlRemoved, Effect::Note));

    let montreuil = cat
        .places()
        .iter()
        .find(|p| p.address.insee_code == "93048")
        .unwrap();
    assert_eq!(montreuil.coordinates_precision, CoordinatesPrecision::Exact);
    assert!((montreuil.latitude - 48.8625).abs() < 1e-9);
    let saint_denis = cat
        .places()
        .iter()
        .find(|p| p.address.city == "Saint-Denis")
        .unwrap();
    assert_eq!(
        saint_denis.address.insee_code, "93066",
        "postcode + name → INSEE code"
    );
    assert_eq!(
        saint_denis.coordinates_precision,
        CoordinatesPrecision::Commune
    );
    let bobigny = cat
        .places()
        .iter()
        .find(|p| p.address.insee_code == "93008")
        .unwrap();
    assert_eq!(
        bobigny.address.postcode, "93000",
        "INSEE code alone → postcode"
    );

    let intakes: Vec<Intake> = cat.sessions().iter().map(|s| s.intake).collect();
    assert!(intakes.contains(&Intake::EntreesPermanentes));
    assert!(intakes.contains(&Intake::AConfirmer));
    let remote = cat.sessions().iter().filter(|s| s.place.is_none()).count();
    assert_eq!(remote, 1);
}

const HEADER: &str = "organisme;formation;domaines;code_insee;debut;lien";

fn row(n: usize, start: &str) -> String {
    format!("Organisme Exemple;Formation {n};bases-numerique;93048;{start};https://example.org/{n}")
}

#[test]
fn a_bad_date_names_its_line_and_column_and_the_row_is_kept() {
    let places = places();
    let mut text = HEADER.to_string();
    for n in 2..=11 {
        text.push_str(&format!("\n{}", row(n, "02/03/2027")));
    }
    text.push_str(&format!("\n{}\n", row(12, "31/02/2026")));
    let imported = run(Format::Csv, text.as_bytes(), &options(&places)).unwrap();
    let cat = assert_valid(&imported);
    assert_eq!(
        cat.sessions().len(),
        11,
        "the row with the bad date is kept"
    );
    let bad = imported
        .report
        .findings
        .iter()
        .find(|f| f.reason == Reason::BadDate)
        .unwrap();
    assert_eq!(
        bad.at,
        Locator::Cell {
            line: 12,
            column: "debut".into()
        }
    );
    assert_eq!(bad.detail, "31/02/2026");
    assert_eq!(bad.effect, Effect::FieldDropped);
    let rendered = imported.report.render(aiguillage_core::Lang::Fr);
    assert!(
        rendered.contains("ligne 12, colonne « debut »\u{a0}: « 31/02/2026 »"),
        "{rendered}"
    );
    let last = cat.sessions().last().unwrap();
    assert_eq!((last.intake, last.start), (Intake::AConfirmer, None));
}

/// Windows-1252 bytes of a text (the characters the test uses).
fn cp1252(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            '€' => 0x80,
            '’' => 0x92,
            'œ' => 0x9C,
            c if (c as u32) < 0x100 => c as u32 as u8,
            c => panic!("{c} is not in the test table"),
        })
        .collect()
}

#[test]
fn a_latin1_file_with_a_byte_order_mark_keeps_its_accents() {
    let places = places();
    let text = "organisme;formation;domaines;code_postal;commune;lien\n\
                Cœur de Ville Numérique;Découverte de l’ordinateur;bases-numerique;93100;Montreuil;https://example.org/a\n";
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(cp1252(text));
    assert!(
        std::str::from_utf8(&bytes[3..]).is_err(),
        "really not UTF-8"
    );
    let imported = run(Format::Csv, &bytes, &options(&places)).unwrap();
    let cat = assert_valid(&imported);
    assert_eq!(cat.providers()[0].name, "Cœur de Ville Numérique");
    assert_eq!(cat.courses()[0].title, "Découverte de l’ordinateur");
}

#[test]
fn a_missing_required_column_is_one_error_naming_it() {
    let places = places();
    let err = run(
        Format::Csv,
        b"organisme;intitule;lien\nA;B;https://example.org\n",
        &options(&places),
    )
    .unwrap_err();
    assert!(
        matches!(
            err,
            ImportError::MissingColumn {
                column: "formation",
                ..
            }
        ),
        "{err:?}"
    );
    let fr = err.describe(aiguillage_core::Lang::Fr);
    assert!(fr.contains("pas de colonne « formation »"), "{fr}");
    assert!(fr.contains("« intitule »"), "{fr}");
}

#[test]
fn an_empty_file_is_an_error_for_every_tabular_format() {
    let places = places();
    for format in [Format::Csv, Format::DataInclusion, Format::Cpf] {
        for bytes in [&b""[..], b"\xEF\xBB\xBF \r\n\n"] {
            let err = run(format, bytes, &options(&places)).unwrap_err();
            assert!(matches!(err, ImportError::Empty), "{format:?}: {err:?}");
        }
    }
}

#[test]
fn html_and_javascript_links_are_reported_and_never_kept() {
    let places = places();
    let text = "organisme;formation;description;domaines;code_insee;lien;courriel\n\
                <b>Organisme</b> Exemple;Atelier <script>alert(1)</script>web;\"&lt;p&gt;Texte&lt;/p&gt;\";web;93048;javascript:alert(1);x@\n\
                Organisme Exemple;Atelier sûr;;web;93048;https://example.org/ok;pas-un-courriel\n";
    let imported = run(Format::Csv, text.as_bytes(), &options(&places)).unwrap();
    let cat = assert_valid(&imported);
    assert_eq!(
        cat.courses().len(),
        1,
        "no link at all: the first row cannot be shown"
    );
    assert!(has(&imported, Reason::UnsafeUrl, Effect::FieldDropped));
    assert!(has(
        &imported,
        Reason::MissingField("lien"),
        Effect::Skipped
    ));
    assert!(has(&imported, Reason::BadEmail, Effect::FieldDropped));
    let json = serde_json::to_string(&imported.catalogue).unwrap();
    assert!(!json.contains("javascript:"), "{json}");
    assert!(!json.contains('<'), "{json}");
    // With a feed link given on the command line, the first row is kept, its markup removed.
    let mut opts = options(&places);
    opts.feed_url = aiguillage_core::catalogue::HttpUrl::parse("https://example.org/flux");
    let imported = run(Format::Csv, text.as_bytes(), &opts).unwrap();
    let cat = assert_valid(&imported);
    assert_eq!(cat.courses().len(), 2, "{:?}", imported.report);
    assert!(cat
        .courses()
        .iter()
        .any(|c| c.title == "Atelier alert(1)web"));
    assert!(cat
        .providers()
        .iter()
        .any(|p| p.name == "Organisme Exemple"));
}

/// A large sheet comes through whole: every row a session, rows grouped by organisme. (Its speed
/// is measured by hand, never timed in a test: line numbers and ids were once found by scanning
/// what came before, 5 min 19 s for these 20 000 rows in a debug build, 1.4 s since.)
#[test]
fn twenty_thousand_rows_all_become_sessions_of_their_300_organismes() {
    let places = places();
    let mut text = String::from("organisme;formation;domaines;code_insee;debut;lien\n");
    for i in 0..20_000 {
        text.push_str(&format!(
            "Organisme {};Formation {i};web;93048;02/03/2027;https://example.org/{i}\n",
            i % 300
        ));
    }
    let imported = run(Format::Csv, text.as_bytes(), &options(&places)).unwrap();
    assert_eq!(imported.catalogue.sessions.len(), 20_000);
    assert_eq!(imported.catalogue.providers.len(), 300);
}

#[test]
fn a_bad_cell_is_reported_once_per_row() {
    let places = places();
    let text = "organisme;siret;formation;domaines;code_insee;lien\n\
                Organisme;123 456;Formation;web;99999;https://example.org/a\n\
                Organisme;123 456;Formation;web;93048;https://example.org/b\n";
    let imported = run(Format::Csv, text.as_bytes(), &options(&places)).unwrap();
    let cat = assert_valid(&imported);
    assert!(has(&imported, Reason::UnknownCommune, Effect::Skipped));
    assert_eq!(cat.providers().len(), 1);
    // The SIRET was read twice per row (for the place, then for the course) and reported twice.
    let bad: Vec<_> = imported
        .report
        .findings
        .iter()
        .filter(|f| f.reason == Reason::BadNumber)
        .map(|f| f.at.clone())
        .collect();
    assert_eq!(
        bad,
        vec![Locator::Cell {
            line: 3,
            column: "siret".into()
        }]
    );
}

#[test]
fn a_duplicate_session_id_keeps_the_first_row_and_names_both_lines() {
    let places = places();
    let text = "id;organisme;formation;domaines;code_insee;lien\n\
                s1;Organisme;Formation A;web;93048;https://example.org/a\n\
                s1;Organisme;Formation B;web;93048;https://example.org/b\n";
    let imported = run(Format::Csv, text.as_bytes(), &options(&places)).unwrap();
    let cat = assert_valid(&imported);
    assert_eq!(cat.courses().len(), 1);
    assert_eq!(cat.courses()[0].title, "Formation A");
    let dup = imported
        .report
        .findings
        .iter()
        .find(|f| f.reason == Reason::DuplicateId)
        .unwrap();
    assert_eq!(dup.at, Locator::Line(3));
    assert!(dup.detail.contains("ligne 2"), "{}", dup.detail);
}

#[test]
fn an_unknown_value_leaves_the_field_unknown_and_the_row_kept() {
    let places = places();
    let text = "organisme,formation,domaines,modalite,niveau_min,code_insee,lien\n\
                Organisme,Formation,\"web, boulangerie\",en apesanteur,Bac+2,93048,https://example.org/a\n";
    let imported = run(Format::Csv, text.as_bytes(), &options(&places)).unwrap();
    let cat = assert_valid(&imported);
    let course = &cat.courses()[0];
    assert_eq!(course.modality, None);
    assert_eq!(course.domains, vec![Domain::DeveloppementWebMobile]);
    assert_eq!(course.min_level, Some(EducationLevel::Bac2));
    assert!(has(
        &imported,
        Reason::UnknownCode("modalite"),
        Effect::FieldDropped
    ));
    assert!(has(
        &imported,
        Reason::UnknownCode("domaines"),
        Effect::FieldDropped
    ));
}

// --- data·inclusion ---

#[test]
fn data_inclusion_structures_become_help_places_and_trainings_courses() {
    let places = places();
    let imported = run(
        Format::DataInclusion,
        &fixture("data-inclusion/offre.json"),
        &options(&places),
    )
    .unwrap();
    let cat = assert_valid(&imported);
    assert_eq!(imported.report.read, 8);

    let kinds: Vec<HelpKind> = cat.help_places().iter().map(|h| h.kind).collect();
    assert_eq!(
        kinds,
        vec![HelpKind::MissionLocale, HelpKind::MediationNumerique]
    );
    let ml = &cat.help_places()[0];
    assert_eq!(ml.id, "test:exemple--ml-montreuil");
    assert_eq!(ml.coordinates_precision, CoordinatesPrecision::Commune);
    assert_eq!(ml.services, vec![HelpService::Accompagnement]);
    assert_eq!(ml.verified_on, Date::new(2026, 11, 15));
    let epn = &cat.help_places()[1];
    assert_eq!(
        epn.address.insee_code, "54547",
        "postcode + name → INSEE code"
    );
    assert_eq!(epn.coordinates_precision, CoordinatesPrecision::Exact);

    assert_eq!(cat.courses().len(), 3);
    let atelier = cat.course_by_id("test:exemple--atelier-numerique").unwrap();
    assert_eq!(atelier.domains, vec![Domain::BasesNumerique]);
    assert_eq!(atelier.reserved_for, vec![Audience::Seniors]);
    assert_eq!(
        atelier.summary.as_deref(),
        Some("Apprendre à allumer un ordinateur, utiliser la souris et écrire un courriel.")
    );
    assert_eq!(
        atelier.funding.as_ref().map(|f| f.kind),
        Some(FundingKind::Gratuit)
    );
    assert_eq!(atelier.modality, Some(Modality::Presentiel));
    let web = cat.course_by_id("test:exemple--formation-web").unwrap();
    assert_eq!(
        (web.duration_weeks, web.duration_hours),
        (Some(12), Some(48))
    );
    assert_eq!(web.modality, None, "in person or remote: not one modality");
    assert!(web.reserved_for.is_empty());
    let remote = cat
        .session_by_id("test:s-exemple--formation-distance")
        .unwrap()
        .1;
    assert_eq!(remote.place, None);
    assert!(cat
        .sessions()
        .iter()
        .all(|s| s.intake == Intake::AConfirmer));

    assert!(
        has(&imported, Reason::NotHelpNetwork, Effect::Skipped),
        "the CCAS"
    );
    assert!(
        has(&imported, Reason::NotTraining, Effect::Skipped),
        "the accompaniment"
    );
    assert!(has(
        &imported,
        Reason::NotKept("zone_eligibilite"),
        Effect::FieldDropped
    ));
}

#[test]
fn data_inclusion_csv_exports_and_api_pages_are_read_too() {
    let places = places();
    let csv = run(
        Format::DataInclusion,
        &fixture("data-inclusion/structures.csv"),
        &options(&places),
    )
    .unwrap();
    let cat = assert_valid(&csv);
    let kinds: Vec<HelpKind> = cat.help_places().iter().map(|h| h.kind).collect();
    assert_eq!(
        kinds,
        vec![HelpKind::FranceTravail, HelpKind::FranceServices]
    );
    assert!((cat.help_places()[0].latitude - 48.8969).abs() < 1e-9);
    let page = run(
        Format::DataInclusion,
        &fixture("data-inclusion/page.json"),
        &options(&places),
    )
    .unwrap();
    let cat = assert_valid(&page);
    assert_eq!(cat.help_places()[0].kind, HelpKind::CapEmploi);
}

const STRUCTURE: &str = r#"{"source":"x","id":"x--s","nom":"Structure Exemple","date_maj":"2026-01-01","code_insee":"93048","lien_source":"https://example.org/s"}"#;

fn service(id: &str, extra: &str) -> String {
    format!(
        r#"{{"source":"x","structure_id":"x--s","id":"{id}","nom":"Atelier numérique","description":"Un atelier.","date_maj":"2026-01-01","type":"atelier","thematiques":["numerique--maitriser-les-fondamentaux-du-numerique"]{extra}}}"#
    )
}

#[test]
fn a_data_inclusion_unknown_enum_value_is_reported_and_the_record_kept() {
    let places = places();
    let doc = format!(
        "[{STRUCTURE},{}]",
        service(
            "x--a",
            r#","publics":["jeunes","martiens"],"frais":"a-la-tete","modes_accueil":["teleportation"]"#
        )
    );
    let imported = run(Format::DataInclusion, doc.as_bytes(), &options(&places)).unwrap();
    let cat = assert_valid(&imported);
    let course = &cat.courses()[0];
    assert_eq!(course.reserved_for, vec![Audience::Jeunes]);
    assert_eq!(course.funding, None);
    for field in ["publics", "frais", "modes_accueil"] {
        assert!(
            has(&imported, Reason::UnknownCode(field), Effect::FieldDropped),
            "{field}"
        );
    }
}

#[test]
fn data_inclusion_duplicate_ids_and_missing_structures_are_findings() {
    let places = places();
    let doc = format!(
        "[{STRUCTURE},{STRUCTURE},{},{},{}]",
        service("x--a", ""),
        service("x--a", ""),
        service("x--b", "").replace("x--s", "x--inconnue")
    );
    let imported = run(Format::DataInclusion, doc.as_bytes(), &options(&places)).unwrap();
    let cat = assert_valid(&imported);
    assert_eq!(cat.courses().len(), 1);
    assert_eq!(imported.report.count(Reason::DuplicateId), 2);
    assert!(has(&imported, Reason::UnknownStructure, Effect::Skipped));
}

#[test]
fn data_inclusion_javascript_links_and_html_are_never_kept() {
    let places = places();
    let structure = STRUCTURE.replace(
        r#""lien_source":"https://example.org/s""#,
        r#""lien_source":"https://example.org/s","site_web":"javascript:alert(1)","courriel":"a@b""#,
    );
    let doc = format!(
        "[{structure},{}]",
        service("x--a", r#","lien_source":"javascript:alert(2)""#)
            .replace("Atelier numérique", "<b>Atelier</b> numérique")
    );
    let imported = run(Format::DataInclusion, doc.as_bytes(), &options(&places)).unwrap();
    let cat = assert_valid(&imported);
    let course = &cat.courses()[0];
    assert_eq!(course.title, "Atelier numérique");
    assert_eq!(
        course.source_url.as_str(),
        "https://example.org/s",
        "the structure's link"
    );
    assert_eq!(imported.report.count(Reason::UnsafeUrl), 2);
    assert!(has(&imported, Reason::BadEmail, Effect::FieldDropped));
    let json = serde_json::to_string(&imported.catalogue).unwrap();
    assert!(
        !json.contains("javascript:") && !json.contains('<'),
        "{json}"
    );
}

#[test]
fn data_inclusion_that_is_not_json_nor_csv_is_named() {
    let places = places();
    for bytes in [
        &b"<!DOCTYPE html><title>Erreur</title>"[..],
        b"{\"items\": 3}",
        b"[1, 2",
    ] {
        let err = run(Format::DataInclusion, bytes, &options(&places)).unwrap_err();
        assert!(matches!(err, ImportError::WrongFormat { .. }), "{err:?}");
    }
}

/// Runs the real schema package (PyPI `data-inclusion-schema==1.0.10`) on the fixtures.
/// Python is `AIGUILLAGE_PYTHON` or `python3`; without it or the package, the test says it
/// is skipped (setup line in docs/feeds.md).
#[test]
fn the_data_inclusion_fixtures_are_valid_for_the_real_schema_package() {
    let python = std::env::var("AIGUILLAGE_PYTHON").unwrap_or_else(|_| "python3".into());
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/data-inclusion");
    let out = std::process::Command::new(&python)
        .arg(dir.join("validate.py"))
        .args(["offre.json", "structures.csv", "page.json"].map(|f| dir.join(f)))
        .output();
    let Ok(out) = out else {
        println!("skipped: data-inclusion-schema not installed (no {python})");
        return;
    };
    if out.status.code() == Some(3) {
        println!("skipped: data-inclusion-schema not installed (for {python})");
        return;
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("11 records, 0 invalid"), "{stdout}");
}

// --- CPF ---

fn check_cpf(imported: &Imported) {
    let cat = assert_valid(imported);
    assert_eq!(imported.report.read, 6);
    assert_eq!(
        cat.generated_on(),
        Date::new(2026, 11, 28),
        "« données au » date_extract"
    );
    assert_eq!(cat.courses().len(), 2);
    let web = cat.course_by_id("test:00000000000025_EX-001").unwrap();
    // FORMACODE 31067 analyse programmation, 31054 informatique (A's table in domains.rs).
    assert_eq!(
        web.domains,
        vec![Domain::DeveloppementWebMobile, Domain::BasesNumerique]
    );
    assert_eq!(web.rncp_code.as_deref(), Some("RNCP00001"));
    assert_eq!(web.certification_level, Some(5));
    assert_eq!(web.duration_hours, Some(400));
    assert_eq!(web.modality, Some(Modality::Distanciel));
    let funding = web.funding.as_ref().unwrap();
    assert_eq!(
        (funding.kind, funding.price_eur),
        (FundingKind::Finance, Some(4500))
    );
    assert_eq!(web.verified_on, Date::new(2026, 11, 28).unwrap());
    let cyber = cat.course_by_id("test:00000000000025_EX-005").unwrap();
    assert_eq!(
        cyber.rncp_code, None,
        "an RS certification has no RNCP code"
    );
    assert_eq!(cyber.duration_hours, None, "35 to 70 hours: not one number");
    assert_eq!(cyber.funding.as_ref().and_then(|f| f.price_eur), None);
    assert_eq!(cyber.modality, None);
    assert_eq!(cyber.summary.as_deref(), Some("Des cas concrets"));
    // No session dates in the dataset: one session « à confirmer », remote, per course.
    assert_eq!(cat.sessions().len(), 2);
    assert!(cat
        .sessions()
        .iter()
        .all(|s| s.intake == Intake::AConfirmer && s.start.is_none() && s.place.is_none()));
    assert_eq!(cat.providers().len(), 1);
    assert!(
        has(imported, Reason::NoPlace, Effect::Skipped),
        "in person only"
    );
    assert!(
        has(imported, Reason::NotDigital, Effect::Skipped),
        "cooking"
    );
    assert_eq!(imported.report.count(Reason::DuplicateId), 1);
}

#[test]
fn the_cpf_csv_export_imports_its_remote_digital_trainings() {
    let places = places();
    let imported = run(
        Format::Cpf,
        &fixture("cpf/catalogue.csv"),
        &options(&places),
    )
    .unwrap();
    check_cpf(&imported);
}

#[test]
fn the_cpf_json_export_gives_the_same_catalogue_as_the_csv_one() {
    let places = places();
    let json = run(
        Format::Cpf,
        &fixture("cpf/catalogue.json"),
        &options(&places),
    )
    .unwrap();
    check_cpf(&json);
    let csv = run(
        Format::Cpf,
        &fixture("cpf/catalogue.csv"),
        &options(&places),
    )
    .unwrap();
    assert_eq!(json.catalogue, csv.catalogue);
}

#[test]
fn a_cpf_file_without_its_title_column_is_one_error_naming_it() {
    let places = places();
    let err = run(Format::Cpf, b"nom_of;siret\nA;1\n", &options(&places)).unwrap_err();
    assert!(
        matches!(
            err,
            ImportError::MissingColumn {
                column: "intitule_formation",
                ..
            }
        ),
        "{err:?}"
    );
}

// --- the command line ---

/// `import` writes a file that `validate` accepts, for each tabular format.
#[test]
fn the_cli_writes_catalogues_that_validate_accepts() {
    let bin = env!("CARGO_BIN_EXE_aiguillage-catalogue");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for (format, file) in [
        ("csv", root().join("public/data/modele-catalogue.csv")),
        ("csv", fixtures.join("csv/sessions.csv")),
        ("data-inclusion", fixtures.join("data-inclusion/offre.json")),
        ("cpf", fixtures.join("cpf/catalogue.json")),
    ] {
        let out_file = std::env::temp_dir().join(format!(
            "aiguillage-import-{}-{format}.json",
            std::process::id()
        ));
        let import = std::process::Command::new(bin)
            .arg("--root")
            .arg(root())
            .args(["import", "--format", format, "--today", "2026-12-01", "-o"])
            .arg(&out_file)
            .arg(&file)
            .output()
            .unwrap();
        assert!(
            import.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&import.stderr)
        );
        let validate = std::process::Command::new(bin)
            .arg("--root")
            .arg(root())
            .arg("validate")
            .arg(&out_file)
            .output()
            .unwrap();
        let _ = std::fs::remove_file(&out_file);
        assert!(
            validate.status.success(),
            "{format}: {}{}",
            String::from_utf8_lossy(&validate.stdout),
            String::from_utf8_lossy(&validate.stderr)
        );
    }
}

// --- never a panic ---

mod arbitrary_bytes {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn the_tabular_importers_never_panic_on_arbitrary_bytes(
            bytes in proptest::collection::vec(any::<u8>(), 0..600),
            which in 0usize..3,
        ) {
            let places = Places::default();
            let format = [Format::Csv, Format::DataInclusion, Format::Cpf][which];
            let _ = run(format, &bytes, &options(&places));
        }

        #[test]
        fn the_tabular_importers_never_panic_on_nearly_valid_rows(
            cells in proptest::collection::vec("[^\n]{0,12}", 0..40),
            which in 0usize..3,
        ) {
            let places = Places::default();
            let (format, header) = [
                (Format::Csv, HEADER_ALL),
                (Format::DataInclusion, "id;structure_id;nom;type;thematiques;publics;latitude;longitude;code_insee;date_maj"),
                (Format::Cpf, "intitule_formation;nom_of;siret;numero_formation;code_formacode_1;nb_session_a_distance;nombre_heures_total_min;nombre_heures_total_max;frais_ttc_tot_min;date_extract"),
            ][which];
            let mut text = header.to_string();
            for chunk in cells.chunks(10) {
                text.push('\n');
                text.push_str(&chunk.join(";"));
            }
            let _ = run(format, text.as_bytes(), &options(&places));
        }
    }
}

/// Every column of the template, for the property test.
const HEADER_ALL: &str = "id;organisme;siret;formation;description;domaines;niveau_min;age_min;age_max;public;modalite;rythme;duree_heures;financement;prix;remuneration;adresse;code_postal;commune;code_insee;latitude;longitude;debut;fin;date_limite;etat;places;lien;telephone;courriel;accessibilite;mis_a_jour";
