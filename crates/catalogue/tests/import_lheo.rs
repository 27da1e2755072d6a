//! The LHEO importer on the fixtures of `tests/fixtures/lheo/` (written from the LHEO 2.3
//! definition): what is kept, what is reported, and that `validate` accepts the output.

use std::io::Read;
use std::path::PathBuf;
use std::sync::OnceLock;

use aiguillage_catalogue::import::{
    import, Effect, Format, ImportError, Imported, Locator, Options, Places, Reason, SourceName,
};
use aiguillage_core::catalogue::{CoordinatesPrecision, FundingKind, Intake, Recruitment};
use aiguillage_core::profile::{Domain, Modality};
use aiguillage_core::{Date, Lang};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/lheo")
        .join(name)
}

/// The checked-in communes shards, loaded once for all tests.
fn places() -> &'static Places {
    static PLACES: OnceLock<Places> = OnceLock::new();
    PLACES.get_or_init(|| Places::load(&root().join("public/data/communes")).unwrap())
}

fn today() -> Date {
    Date::new(2026, 12, 1).unwrap()
}

fn options() -> Options<'static> {
    Options::new(places(), SourceName::parse("test").unwrap(), today())
}

fn run(name: &str) -> Result<Imported, ImportError> {
    run_with(name, &options())
}

fn run_with(name: &str, options: &Options) -> Result<Imported, ImportError> {
    let bytes = std::fs::read(fixture(name)).unwrap();
    import(Format::Lheo, bytes.as_slice(), options)
}

fn ok(name: &str) -> Imported {
    match run(name) {
        Ok(i) => i,
        Err(e) => panic!("{name}: {}", e.describe(Lang::En)),
    }
}

fn reasons(i: &Imported) -> Vec<(Reason, Effect)> {
    i.report
        .findings
        .iter()
        .map(|f| (f.reason, f.effect))
        .collect()
}

#[test]
fn a_2_3_feed_maps_one_course_per_digital_action_with_its_sessions_and_place() {
    let i = ok("lheo-2.3.xml");
    let c = &i.catalogue;
    assert_eq!(i.report.read, 3);
    assert_eq!(i.report.mapped, 2);
    assert_eq!(c.courses.len(), 2);
    let dev = c.courses.iter().find(|x| x.id == "test:A-DEV-1").unwrap();
    assert_eq!(dev.title, "Développeur web et web mobile");
    assert_eq!(dev.domains, vec![Domain::DeveloppementWebMobile]);
    assert_eq!(dev.rome_codes, vec!["M1805".to_string()]);
    assert_eq!(dev.rncp_code.as_deref(), Some("RNCP37674"));
    assert_eq!(dev.certification_level, Some(5));
    assert_eq!(
        dev.min_level,
        Some(aiguillage_core::level::EducationLevel::Bac)
    );
    assert_eq!(dev.modality, Some(Modality::Presentiel));
    assert_eq!(dev.duration_hours, Some(980));
    let funding = dev.funding.as_ref().unwrap();
    assert_eq!(funding.kind, FundingKind::Payant);
    assert_eq!(funding.price_eur, Some(6500));
    assert_eq!(
        dev.source_url.as_str(),
        "https://formation.example.org/dev-web/vandoeuvre"
    );
    assert_eq!(dev.verified_on, today());
    // Escaped HTML: the text, without markup, paragraphs as lines.
    assert_eq!(
        dev.summary.as_deref(),
        Some("Concevoir et développer des applications web.\nTravailler en équipe.")
    );

    let place = &c.places[0];
    assert_eq!(place.address.insee_code, "54547");
    assert_eq!(place.address.city, "Vandœuvre-lès-Nancy");
    assert_eq!(place.coordinates_precision, CoordinatesPrecision::Exact);
    assert_eq!(
        place.accessibility.details.as_deref(),
        Some("Locaux accessibles, référent handicap sur place")
    );
    assert_eq!(c.providers[0].siret.as_deref(), Some("12345678901234"));
    assert_eq!(c.providers[0].name, "Organisme Exemple du Numérique");

    let s1 = c.sessions.iter().find(|s| s.id == "test:S-DEV-1").unwrap();
    assert_eq!(s1.start, Date::new(2026, 9, 14));
    assert_eq!(s1.end, Date::new(2027, 4, 30));
    assert_eq!(s1.application_deadline, Date::new(2026, 8, 31));
    assert_eq!(s1.recruitment, Some(Recruitment::Ouvert));
    assert_eq!(s1.place.as_deref(), Some(place.id.as_str()));
    // The remote action with permanent intake: no place, dates unknown.
    let s3 = c.sessions.iter().find(|s| s.id == "test:S-DEV-3").unwrap();
    assert_eq!(s3.intake, Intake::EntreesPermanentes);
    assert_eq!((s3.place.as_ref(), s3.start, s3.end), (None, None, None));
    let remote = c.courses.iter().find(|x| x.id == "test:A-DEV-2").unwrap();
    assert_eq!(
        remote.funding.as_ref().map(|f| f.kind),
        Some(FundingKind::Gratuit)
    );
    assert_eq!(
        remote.source_url.as_str(),
        "https://formation.example.org/dev-web",
        "no url-action: the formation's link"
    );
    // The BTS NRC (FORMACODE 34582, NSF 312, ROME D1402) is not digital.
    assert_eq!(
        i.report.skipped_by_reason().get(&Reason::NotDigital),
        Some(&1)
    );
    // Text inside <extras> (an intitule-formation there) is ignored.
    assert!(!dev.title.contains("ignoré"));
}

#[test]
fn a_non_digital_formation_is_imported_with_the_domain_given_by_domaine() {
    let mut o = options();
    o.domain = Some(Domain::MarketingCommunication);
    // This formation gives no link of its own: the feed's address is its source.
    o.feed_url = aiguillage_core::catalogue::HttpUrl::parse("https://flux.example.org/lheo.xml");
    let i = run_with("lheo-2.3.xml", &o).unwrap();
    let nrc = i
        .catalogue
        .courses
        .iter()
        .find(|c| c.id == "test:A-NRC-1")
        .unwrap();
    assert_eq!(nrc.domains, vec![Domain::MarketingCommunication]);
    assert_eq!(i.report.count(Reason::NotDigital), 0);
}

#[test]
fn a_2_2_feed_is_read_and_a_place_without_coordinates_gets_its_commune_point() {
    let i = ok("lheo-2.2.xml");
    let place = &i.catalogue.places[0];
    assert_eq!(place.coordinates_precision, CoordinatesPrecision::Commune);
    assert_eq!((place.latitude, place.longitude), (48.8625, 2.4428));
    assert!(reasons(&i).contains(&(Reason::ApproximateCoordinates, Effect::Note)));
    // Its second lieu-de-formation (Nancy) is not used, and that is said.
    assert_eq!(i.catalogue.places.len(), 1);
    assert!(reasons(&i).contains(&(Reason::OtherPlacesIgnored, Effect::Note)));
    // A bare host (`www.example.org/…`) is read as an http link.
    assert_eq!(
        i.catalogue.courses[0].source_url.as_str(),
        "http://www.example.org/cyber-montreuil"
    );
    assert_eq!(
        i.catalogue.courses[0].domains,
        vec![Domain::Cybersecurite, Domain::ReseauxSystemesCloud]
    );
}

#[test]
fn a_feed_declared_iso_8859_1_keeps_its_accents() {
    let i = ok("latin1.xml");
    assert_eq!(
        i.catalogue.courses[0].title,
        "Technicien en cybersécurité F-LATIN1"
    );
}

#[test]
fn an_action_without_session_is_kept_with_a_session_to_be_confirmed() {
    let i = ok("sans-sessions.xml");
    assert_eq!(i.catalogue.sessions.len(), 1);
    assert_eq!(i.catalogue.sessions[0].intake, Intake::AConfirmer);
    assert_eq!(i.catalogue.sessions[0].start, None);
    assert!(reasons(&i).contains(&(Reason::NoSession, Effect::Note)));
}

#[test]
fn impossible_and_month_only_dates_are_left_unknown_and_reported() {
    let i = ok("dates.xml");
    let s = |id: &str| {
        i.catalogue
            .sessions
            .iter()
            .find(|s| s.id == format!("test:{id}"))
            .unwrap()
            .clone()
    };
    // 20261399: no such day; the session is kept, its start unknown ("à confirmer").
    assert_eq!(s("S-BAD").start, None);
    assert_eq!(s("S-BAD").end, Date::new(2027, 6, 30));
    assert_eq!(s("S-BAD").intake, Intake::AConfirmer);
    // 20260900 / 20270000: month or year only, never a made-up day.
    assert_eq!((s("S-MONTH").start, s("S-MONTH").end), (None, None));
    assert_eq!(s("S-MONTH").application_deadline, None);
    assert_eq!(s("S-OK").start, Date::new(2026, 10, 5));
    let bad: Vec<_> = i
        .report
        .findings
        .iter()
        .filter(|f| f.reason == Reason::BadDate)
        .collect();
    assert_eq!(bad.len(), 1);
    assert_eq!(bad[0].detail, "debut 20261399");
    assert_eq!(bad[0].at, Locator::Record("S-BAD".into()));
    assert_eq!(i.report.count(Reason::PartialDate), 2);
}

#[test]
fn nan_out_of_range_and_swapped_coordinates_fall_back_to_the_commune_point() {
    let i = ok("coordonnees.xml");
    let place = |n: &str| {
        i.catalogue
            .places
            .iter()
            .find(|p| p.id == format!("test:lieu-{n}"))
            .unwrap()
            .clone()
    };
    for n in ["L-NAN", "L-1234", "L-SWAP"] {
        let p = place(n);
        assert_eq!(
            p.coordinates_precision,
            CoordinatesPrecision::Commune,
            "{n}"
        );
        assert_eq!((p.latitude, p.longitude), (48.8625, 2.4428), "{n}");
    }
    // A decimal comma is a French decimal, not an error.
    let comma = place("L-COMMA");
    assert_eq!(comma.coordinates_precision, CoordinatesPrecision::Exact);
    assert_eq!((comma.latitude, comma.longitude), (48.861, 2.44));
    let details: Vec<&str> = i
        .report
        .findings
        .iter()
        .filter(|f| f.reason == Reason::BadCoordinates)
        .map(|f| f.detail.as_str())
        .collect();
    assert_eq!(details, vec!["NaN, NaN", "48,86, 123,4", "2.4428, 48.8625"]);
}

#[test]
fn html_is_reduced_to_text_and_javascript_links_are_dropped() {
    let i = ok("html-javascript.xml");
    let c = &i.catalogue.courses[0];
    assert_eq!(c.title, "Bureautique & internet");
    assert_eq!(
        c.summary.as_deref(),
        Some("Utiliser un traitement de texte\nWord\nExcel")
    );
    assert_eq!(c.prerequisites.as_deref(), Some("Savoir lire"));
    // The javascript: url-action is dropped; the formation's link is used.
    assert_eq!(
        c.source_url.as_str(),
        "https://formation.example.org/bureautique"
    );
    assert_eq!(i.catalogue.providers[0].website, None, "data: link dropped");
    let unsafe_urls: Vec<&str> = i
        .report
        .findings
        .iter()
        .filter(|f| f.reason == Reason::UnsafeUrl)
        .map(|f| f.detail.as_str())
        .collect();
    assert!(
        unsafe_urls.contains(&"javascript:alert(document.cookie)"),
        "{unsafe_urls:?}"
    );
    assert!(
        unsafe_urls.contains(&"JavaScript:void(0)"),
        "{unsafe_urls:?}"
    );
    // The action whose only links are javascript: has no source: skipped, named.
    assert_eq!(
        i.report
            .skipped_by_reason()
            .get(&Reason::MissingField("url-formation")),
        Some(&1)
    );
    let json = serde_json::to_string(&i.catalogue).unwrap();
    assert!(!json.to_ascii_lowercase().contains("javascript:"), "{json}");
    assert!(!json.contains("<script"), "{json}");
}

#[test]
fn the_feed_url_is_the_source_of_records_that_give_no_safe_link() {
    let mut o = options();
    o.feed_url = aiguillage_core::catalogue::HttpUrl::parse("https://flux.example.org/lheo.xml");
    let i = run_with("html-javascript.xml", &o).unwrap();
    let only = i
        .catalogue
        .courses
        .iter()
        .find(|c| c.id == "test:A-JS-ONLY")
        .unwrap();
    assert_eq!(
        only.source_url.as_str(),
        "https://flux.example.org/lheo.xml"
    );
}

#[test]
fn a_repeated_action_or_session_id_is_skipped_and_reported_once_each() {
    let i = ok("doublons.xml");
    assert_eq!(i.catalogue.courses.len(), 1);
    assert_eq!(i.catalogue.sessions.len(), 1);
    let dups: Vec<&Locator> = i
        .report
        .findings
        .iter()
        .filter(|f| f.reason == Reason::DuplicateId)
        .map(|f| &f.at)
        .collect();
    assert_eq!(
        dups,
        vec![
            &Locator::Record("S-DUP".into()),
            &Locator::Record("A-DUP".into())
        ]
    );
}

#[test]
fn malformed_xml_is_reported_at_its_line_and_column_and_earlier_records_are_kept() {
    let i = ok("malforme.xml");
    assert_eq!(i.catalogue.courses.len(), 1);
    assert_eq!(i.catalogue.courses[0].id, "test:A-OK");
    let f = i
        .report
        .findings
        .iter()
        .find(|f| f.reason == Reason::MalformedXml)
        .unwrap();
    // `<action numero="A-BROKEN"></acton>`: the bad end tag starts at column 27 of line 39.
    assert_eq!(f.at, Locator::LineColumn(39, 27));
    assert!(f.detail.contains("acton"), "{}", f.detail);
    let fr = i.report.render(Lang::Fr);
    assert!(fr.contains("ligne 39, colonne 27"), "{fr}");
}

#[test]
fn a_feed_without_namespace_is_read_with_a_note() {
    let i = ok("sans-namespace.xml");
    assert_eq!(i.catalogue.courses.len(), 1);
    assert!(reasons(&i).contains(&(Reason::NoNamespace, Effect::Note)));
}

#[test]
fn a_wrong_namespace_a_non_xml_file_and_an_empty_file_are_refused_with_their_cause() {
    match run("mauvais-namespace.xml") {
        Err(e @ ImportError::NotLheo(_)) => {
            let fr = e.describe(Lang::Fr);
            assert!(fr.contains("http://www.example.org/lheo/9.9"), "{fr}");
            assert!(fr.contains("http://lheo.gouv.fr/2.3"), "{fr}");
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        run("pas-du-xml.xml"),
        Err(ImportError::NotLheo(_))
    ));
    assert!(matches!(run("vide.xml"), Err(ImportError::Empty)));
}

#[test]
fn a_feed_with_only_non_digital_trainings_imports_nothing_and_says_why() {
    let xml = std::fs::read_to_string(fixture("lheo-2.3.xml")).unwrap();
    // Keep only the second formation (the BTS NRC).
    let start = xml.find("<formation numero=\"F-NRC-1\">").unwrap();
    let only_nrc = format!(
        "<lheo xmlns=\"http://lheo.gouv.fr/2.3\"><offres>{}",
        &xml[start..]
    );
    match import(Format::Lheo, only_nrc.as_bytes(), &options()) {
        Err(ImportError::NothingImportable { report }) => {
            assert_eq!(
                report.skipped_by_reason().get(&Reason::NotDigital),
                Some(&1)
            );
            assert!(report
                .render(Lang::En)
                .contains("not a digital-skills training"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_endless_input_is_refused_after_the_size_cap_without_reading_it_all() {
    /// `<lheo xmlns=…><offres>` then spaces, forever; counts what was read.
    struct Endless {
        head: &'static [u8],
        read: u64,
    }
    impl Read for Endless {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = buf.len();
            for (i, b) in buf.iter_mut().enumerate() {
                let at = self.read as usize + i;
                *b = self.head.get(at).copied().unwrap_or(b' ');
            }
            self.read += n as u64;
            Ok(n)
        }
    }
    let mut o = options();
    o.max_bytes = 1024 * 1024;
    let mut endless = Endless {
        head: b"<lheo xmlns=\"http://lheo.gouv.fr/2.3\"><offres>",
        read: 0,
    };
    let result = import(Format::Lheo, &mut endless, &o);
    assert!(
        matches!(result, Err(ImportError::TooLarge { limit }) if limit == 1024 * 1024),
        "{result:?}"
    );
    assert!(
        endless.read <= 1024 * 1024 + 64 * 1024,
        "read {}",
        endless.read
    );
}

#[test]
fn every_fixture_output_passes_the_catalogue_validation_with_zero_errors() {
    for name in [
        "lheo-2.3.xml",
        "lheo-2.2.xml",
        "latin1.xml",
        "sans-sessions.xml",
        "dates.xml",
        "coordonnees.xml",
        "html-javascript.xml",
        "doublons.xml",
        "malforme.xml",
        "sans-namespace.xml",
    ] {
        let i = ok(name);
        assert_eq!(
            i.report.count(Reason::Invalid),
            0,
            "{name}: {}",
            i.report.render(Lang::En)
        );
        let json = serde_json::to_string(&i.catalogue).unwrap();
        let (catalogue, lines) = aiguillage_catalogue::bundle::validate(name, &json, Lang::En);
        assert!(lines.is_empty(), "{name}: {lines:?}");
        assert_eq!(
            catalogue.courses().len(),
            i.catalogue.courses.len(),
            "{name}"
        );
        assert_eq!(
            catalogue.sessions().len(),
            i.catalogue.sessions.len(),
            "{name}"
        );
    }
}
