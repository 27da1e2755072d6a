//! Hostile and broken catalogues: each bad record is reported (field + FR/EN message), the good ones kept.

use aiguillage_core::catalogue::{
    Catalogue, DocumentError, Limits, Problem, RecordKind, ValueKind, MAX_DOCUMENT_BYTES,
};
use aiguillage_core::Lang;
use serde_json::{json, Value};

const EXAMPLE: &str = include_str!("fixtures/catalogue-example.json");

fn example() -> Value {
    serde_json::from_str(EXAMPLE).expect("fixture is JSON")
}

fn parse(v: &Value) -> (Catalogue, Vec<aiguillage_core::Issue>) {
    Catalogue::from_json(&v.to_string())
}

#[test]
fn broken_json_is_one_document_issue() {
    let (cat, issues) = Catalogue::from_json("{\"schema_version\": 1, \"courses\": [");
    assert!(cat.courses().is_empty());
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].kind, RecordKind::Document);
    assert_eq!(
        issues[0].problem,
        Problem::Document(DocumentError::Truncated)
    );
    assert!(issues[0].describe(Lang::Fr).contains("tronqué"));
    let (_, issues) = Catalogue::from_json("{\"schema_version\": 1,, }");
    assert!(matches!(
        issues[0].problem,
        Problem::Document(DocumentError::Syntax { line: 1, .. })
    ));
    assert!(issues[0].describe(Lang::Fr).contains("JSON est invalide"));
    let (_, issues) = Catalogue::from_json("[1,2,3]");
    assert_eq!(issues.len(), 1);
    let (_, issues) = Catalogue::from_json("");
    assert_eq!(issues.len(), 1);
}

#[test]
fn document_size_cap_is_configurable() {
    let limits = Limits {
        max_document_bytes: 1000,
        ..Limits::default()
    };
    let (cat, issues) = Catalogue::from_json_with(EXAMPLE, &limits);
    assert!(cat.sessions().is_empty());
    assert_eq!(
        issues[0].problem,
        Problem::Document(DocumentError::TooLarge { max: 1000 })
    );
}

#[test]
fn unsupported_or_missing_schema_version() {
    let mut v = example();
    v["schema_version"] = json!(2);
    let (cat, issues) = parse(&v);
    assert!(cat.courses().is_empty());
    assert!(matches!(
        issues[0].problem,
        Problem::Document(DocumentError::UnsupportedSchemaVersion { supported: 1, .. })
    ));
    v.as_object_mut().unwrap().remove("schema_version");
    let (_, issues) = parse(&v);
    assert_eq!(
        issues[0].problem,
        Problem::Document(DocumentError::MissingSchemaVersion)
    );
}

#[test]
fn out_of_range_latitude_names_the_field_and_keeps_the_rest() {
    let mut v = example();
    v["places"][0]["latitude"] = json!(123.4);
    let (cat, issues) = parse(&v);
    assert_eq!(cat.places().len(), 1, "the other place is kept");
    let place_issue = issues
        .iter()
        .find(|i| i.kind == RecordKind::Place)
        .expect("place issue");
    assert_eq!(place_issue.index, Some(0));
    assert_eq!(place_issue.id.as_deref(), Some("exemple-lieu-montreuil"));
    assert_eq!(place_issue.field.as_deref(), Some("latitude"));
    let fr = place_issue.describe(Lang::Fr);
    assert!(fr.contains("vaut 123.4, attendu entre -90 et 90"), "{fr}");
    assert!(place_issue
        .describe(Lang::En)
        .contains("expected between -90 and 90"));
    // The session at that place now dangles and is reported too.
    assert!(issues.iter().any(|i| i.kind == RecordKind::Session
        && matches!(
            i.problem,
            Problem::UnknownReference {
                target: RecordKind::Place,
                ..
            }
        )));
    assert_eq!(cat.sessions().len(), 2);
}

#[test]
fn nan_and_wrong_types_are_rejected() {
    let mut v = example();
    v["places"][1]["longitude"] = json!("NaN");
    v["courses"][0]["duration_hours"] = json!("800 h");
    let (cat, issues) = parse(&v);
    let lon = issues.iter().find(|i| i.kind == RecordKind::Place).unwrap();
    assert_eq!(lon.field.as_deref(), Some("longitude"));
    assert!(matches!(lon.problem, Problem::WrongType { .. }));
    let dur = issues
        .iter()
        .find(|i| i.kind == RecordKind::Course)
        .unwrap();
    assert_eq!(dur.field.as_deref(), Some("duration_hours"));
    assert_eq!(cat.courses().len(), 2);
    // A huge exponent is not a finite f64.
    let mut v = example();
    v["places"][1]["longitude"] = json!(1);
    let text = v
        .to_string()
        .replace("\"longitude\":1", "\"longitude\":1e999");
    let (cat, issues) = Catalogue::from_json(&text);
    assert_eq!(cat.places().len(), 1);
    assert!(issues.iter().any(|i| i.kind == RecordKind::Place));
}

#[test]
fn unknown_enum_value_lists_the_allowed_ones() {
    let mut v = example();
    v["courses"][1]["modality"] = json!("zoom");
    let (_, issues) = parse(&v);
    let i = &issues[0];
    assert_eq!(
        (i.kind, i.index, i.field.as_deref()),
        (RecordKind::Course, Some(1), Some("modality"))
    );
    match &i.problem {
        Problem::UnknownValue { value, allowed } => {
            assert_eq!(value, "zoom");
            assert_eq!(allowed, &["presentiel", "hybride", "distanciel"]);
        }
        p => panic!("{p:?}"),
    }
    assert!(i
        .describe(Lang::Fr)
        .contains("valeurs possibles\u{a0}: presentiel, hybride, distanciel"));
    // Nested: an unknown funder inside funding.funders.
    let mut v = example();
    v["courses"][0]["funding"]["funders"] = json!(["region", "papa"]);
    let (_, issues) = parse(&v);
    assert_eq!(issues[0].field.as_deref(), Some("funding.funders[1]"));
}

#[test]
fn dangling_references_and_duplicate_ids() {
    let mut v = example();
    v["sessions"][0]["course"] = json!("exemple-formation-inconnue");
    let dup = v["courses"][2].clone();
    v["courses"].as_array_mut().unwrap().push(dup);
    let (cat, issues) = parse(&v);
    assert_eq!(cat.sessions().len(), 2);
    assert_eq!(cat.courses().len(), 3);
    let s = issues
        .iter()
        .find(|i| i.kind == RecordKind::Session)
        .unwrap();
    assert_eq!(s.field.as_deref(), Some("course"));
    assert!(s.describe(Lang::Fr).contains("exemple-formation-inconnue"));
    let d = issues
        .iter()
        .find(|i| i.kind == RecordKind::Course)
        .unwrap();
    assert_eq!(d.index, Some(3));
    assert!(matches!(d.problem, Problem::DuplicateId { .. }));
}

#[test]
fn javascript_urls_are_rejected() {
    for bad in [
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "/relative",
        " https://example.org",
    ] {
        let mut v = example();
        v["courses"][0]["source_url"] = json!(bad);
        let (cat, issues) = parse(&v);
        assert_eq!(cat.courses().len(), 2, "{bad}");
        let i = issues
            .iter()
            .find(|i| i.kind == RecordKind::Course)
            .unwrap();
        assert_eq!(i.field.as_deref(), Some("source_url"));
        assert!(
            matches!(i.problem, Problem::InvalidUrl { .. }),
            "{bad}: {:?}",
            i.problem
        );
        assert!(i
            .describe(Lang::Fr)
            .contains("seuls les liens http:// ou https://"));
    }
    let mut v = example();
    v["places"][0]["contact"]["url"] = json!("javascript:void(0)");
    let (_, issues) = parse(&v);
    assert_eq!(issues[0].field.as_deref(), Some("contact.url"));
}

#[test]
fn bad_dates_are_rejected() {
    let mut v = example();
    v["sessions"][0]["start"] = json!("2027-02-30");
    v["sessions"][1]["end"] = json!("demain");
    let (cat, issues) = parse(&v);
    assert_eq!(cat.sessions().len(), 1);
    assert_eq!(issues.len(), 2);
    assert_eq!(issues[0].field.as_deref(), Some("start"));
    assert_eq!(
        issues[0].problem,
        Problem::InvalidDate {
            value: "2027-02-30".into()
        }
    );
    assert!(issues[0].describe(Lang::Fr).contains("attendu AAAA-MM-JJ"));
    let mut v = example();
    v["sessions"][0]["end"] = json!("2026-01-01");
    let (_, issues) = parse(&v);
    assert_eq!(issues[0].problem, Problem::EndBeforeStart);
}

#[test]
fn absurd_sizes_are_capped() {
    let mut v = example();
    v["courses"][0]["title"] = json!("x".repeat(201));
    v["courses"][1]["summary"] = json!("é".repeat(2001));
    v["courses"][2]["target_jobs"] = json!(vec!["dev"; 51]);
    let (cat, issues) = parse(&v);
    assert!(cat.courses().is_empty());
    let probs: Vec<_> = issues
        .iter()
        .filter(|i| i.kind == RecordKind::Course)
        .map(|i| (i.field.clone(), i.problem.clone()))
        .collect();
    assert!(probs.contains(&(
        Some("title".into()),
        Problem::TooLong {
            length: 201,
            max: 200
        }
    )));
    assert!(probs.contains(&(
        Some("summary".into()),
        Problem::TooLong {
            length: 2001,
            max: 2000
        }
    )));
    assert!(probs.contains(&(
        Some("target_jobs".into()),
        Problem::TooManyItems { count: 51, max: 50 }
    )));
}

#[test]
fn missing_fields_and_non_objects() {
    let mut v = example();
    v["courses"][0].as_object_mut().unwrap().remove("title");
    v["sessions"][2] = json!("pas un objet");
    let (_, issues) = parse(&v);
    let c = issues
        .iter()
        .find(|i| i.kind == RecordKind::Course)
        .unwrap();
    assert_eq!(
        (c.field.as_deref(), &c.problem),
        (Some("title"), &Problem::MissingField)
    );
    assert_eq!(c.id.as_deref(), Some("exemple-formation-dwwm"));
    let s = issues
        .iter()
        .find(|i| i.kind == RecordKind::Session && i.index == Some(2))
        .unwrap();
    assert!(matches!(s.problem, Problem::WrongType { .. }));
}

#[test]
fn html_is_kept_as_text() {
    let mut v = example();
    v["courses"][0]["title"] = json!("<img src=x onerror=alert(1)>Développeur");
    let (cat, issues) = parse(&v);
    assert!(issues.is_empty());
    assert_eq!(
        cat.courses()[0].title,
        "<img src=x onerror=alert(1)>Développeur"
    );
}

#[test]
fn bad_codes_are_rejected() {
    let mut v = example();
    v["places"][0]["address"]["postcode"] = json!("9310");
    v["courses"][0]["rome_codes"] = json!(["M18O5"]);
    v["courses"][1]["rncp_code"] = json!("37674");
    v["providers"][0]["siret"] = json!("123");
    let (_, issues) = parse(&v);
    let fields: Vec<_> = issues.iter().filter_map(|i| i.field.clone()).collect();
    for f in ["address.postcode", "rome_codes[0]", "rncp_code", "siret"] {
        assert!(fields.iter().any(|x| x == f), "{f} in {fields:?}");
    }
}

fn read(text: &str) -> Result<(Catalogue, Vec<aiguillage_core::Issue>), DocumentError> {
    Catalogue::read(text.as_bytes(), &Limits::default())
}

#[test]
fn a_document_that_cannot_be_read_as_a_whole_is_a_typed_error_not_an_empty_catalogue() {
    let limits = Limits::default();
    let html = "<!DOCTYPE html><html><body>Connectez-vous au Wi-Fi</body></html>";
    assert_eq!(read(html).err(), Some(DocumentError::Html));
    assert_eq!(
        read("Bad Gateway").err(),
        Some(DocumentError::Syntax { line: 1, column: 1 })
    );
    assert_eq!(
        read(&EXAMPLE[..EXAMPLE.len() / 2]).err(),
        Some(DocumentError::Truncated)
    );
    assert_eq!(read("  ").err(), Some(DocumentError::Empty));
    assert_eq!(
        read("[]").err(),
        Some(DocumentError::NotAnObject {
            found: ValueKind::List
        })
    );
    let v2 = EXAMPLE.replacen("\"schema_version\": 1", "\"schema_version\": 2", 1);
    assert!(matches!(
        read(&v2).err(),
        Some(DocumentError::UnsupportedSchemaVersion { .. })
    ));
    let big = vec![b' '; MAX_DOCUMENT_BYTES + 1];
    assert_eq!(
        Catalogue::read(&big, &limits).err(),
        Some(DocumentError::TooLarge {
            max: MAX_DOCUMENT_BYTES
        })
    );
    assert!(read(EXAMPLE).is_ok());
}

#[test]
fn the_one_size_limit_is_32_mib_for_the_app_and_the_cli() {
    assert_eq!(MAX_DOCUMENT_BYTES, 32 * 1024 * 1024);
    assert_eq!(Limits::default().max_document_bytes, MAX_DOCUMENT_BYTES);
}

#[test]
fn a_utf8_byte_order_mark_is_accepted() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(EXAMPLE.as_bytes());
    let (cat, issues) = Catalogue::read(&bytes, &Limits::default()).expect("readable");
    assert!(issues.is_empty(), "{issues:?}");
    assert!(!cat.courses().is_empty());
}

#[test]
fn a_latin1_file_is_refused_with_a_message_saying_to_save_it_as_utf8() {
    let latin1: Vec<u8> = EXAMPLE
        .replacen(
            "\"schema_version\": 1",
            "\"schema_version\": 1, \"name\": \"D\u{e9}\"",
            1,
        )
        .chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
        .collect();
    let err = Catalogue::read(&latin1, &Limits::default()).expect_err("refused");
    assert!(matches!(err, DocumentError::NotUtf8 { .. }));
    let fr = err.describe(Lang::Fr);
    assert!(fr.contains("enregistrez-le en UTF-8"), "{fr}");
    assert!(err.describe(Lang::En).contains("save it as UTF-8"));
}

#[test]
fn a_wrong_typed_array_names_the_field_and_keeps_the_other_arrays() {
    let mut v = example();
    let courses = v["courses"].as_array().map_or(0, Vec::len);
    v["places"] = json!("pas une liste");
    let (cat, issues) = read(&v.to_string()).expect("readable");
    let i = issues
        .iter()
        .find(|i| i.kind == RecordKind::Document)
        .expect("document issue");
    assert_eq!(i.field.as_deref(), Some("places"));
    assert!(matches!(
        i.problem,
        Problem::WrongType {
            found: ValueKind::Text,
            expected: ValueKind::List,
            ..
        }
    ));
    assert!(
        i.describe(Lang::Fr).contains("champ `places`"),
        "{}",
        i.describe(Lang::Fr)
    );
    assert!(cat.places().is_empty());
    assert!(!cat.providers().is_empty(), "the providers are kept");
    // Courses need no place: they are all kept.
    assert_eq!(cat.courses().len(), courses);
    // The app reads the catalogue as a whole: the same file is a load error there.
    assert_eq!(
        Catalogue::read_complete(v.to_string().as_bytes(), &Limits::default()).err(),
        Some(DocumentError::ArrayWrongType {
            array: "places",
            found: ValueKind::Text
        })
    );
}

#[test]
fn wrong_types_are_said_without_serde_words_in_french() {
    let mut v = example();
    v["courses"][0]["duration_hours"] = json!("800 h");
    let (_, issues) = parse(&v);
    let fr = issues[0].describe(Lang::Fr);
    assert!(!fr.contains("invalid type"), "{fr}");
    assert!(!fr.contains("expected"), "{fr}");
    assert!(!fr.contains("u32"), "{fr}");
    assert!(
        fr.contains("attendu\u{a0}: un nombre entier positif"),
        "{fr}"
    );
}

#[test]
fn an_age_beyond_a_byte_says_the_documented_range() {
    let mut v = example();
    v["courses"][0]["age_max"] = json!(300);
    let (_, issues) = parse(&v);
    let fr = issues[0].describe(Lang::Fr);
    assert_eq!(issues[0].field.as_deref(), Some("age_max"));
    assert!(fr.contains("attendu entre 0 et 120"), "{fr}");
    assert!(!fr.contains("255"), "{fr}");
}

#[test]
fn a_long_enum_value_is_truncated_in_the_message() {
    let mut v = example();
    v["courses"][0]["modality"] = json!("z".repeat(1_000_000));
    let (_, issues) = parse(&v);
    let text = issues[0].describe(Lang::Fr);
    assert!(text.len() < 2_000, "{} bytes", text.len());
    assert!(text.contains('…'));
}

#[test]
fn bidi_zero_width_control_and_piled_marks_are_stripped_from_texts_with_an_issue() {
    let mut v = example();
    v["courses"][0]["title"] = json!("Développeur \u{202E}gpj.exe\u{200B}\u{1b}[2J");
    v["courses"][0]["summary"] = json!(format!("Z{}\nligne 2\u{0}", "\u{0301}".repeat(40)));
    let (cat, issues) = parse(&v);
    let id = v["courses"][0]["id"].as_str().unwrap_or("");
    let course = cat.course_by_id(id).expect("the course is kept");
    assert_eq!(course.title, "Développeur gpj.exe[2J");
    assert_eq!(
        course.summary.as_deref(),
        Some(format!("Z{}\nligne 2", "\u{0301}".repeat(4)).as_str())
    );
    let fields: Vec<_> = issues.iter().filter_map(|i| i.field.as_deref()).collect();
    assert_eq!(fields, ["title", "summary"]);
    assert!(issues.iter().all(|i| !i.problem.drops_record()));
    let fr = issues[0].describe(Lang::Fr);
    assert!(fr.contains("3 caractères retirés"), "{fr}");
    assert!(fr.contains("inversion du sens d'écriture"), "{fr}");
}

#[test]
fn an_id_with_a_zero_width_or_bidi_character_is_refused() {
    let mut v = example();
    let id = v["providers"][0]["id"].as_str().unwrap_or("").to_string();
    v["providers"][0]["id"] = json!(format!("{id}\u{200B}"));
    let (cat, issues) = parse(&v);
    assert!(cat
        .providers()
        .iter()
        .all(|p| p.id != format!("{id}\u{200B}")));
    let i = issues
        .iter()
        .find(|i| i.kind == RecordKind::Provider)
        .expect("provider issue");
    assert!(matches!(i.problem, Problem::UnsafeCharacters { .. }));
    let mut v = example();
    v["courses"][0]["id"] = json!("a\u{202E}b");
    let (_, issues) = parse(&v);
    assert!(issues
        .iter()
        .any(|i| i.kind == RecordKind::Course
            && matches!(i.problem, Problem::UnsafeCharacters { .. })));
}

#[test]
fn a_link_to_an_unknown_place_says_au_lieu() {
    let mut v = example();
    v["sessions"][0]["place"] = json!("nulle-part");
    let (_, issues) = parse(&v);
    let fr = issues[0].describe(Lang::Fr);
    assert!(fr.contains("fait référence au lieu « nulle-part »"), "{fr}");
}

#[test]
fn a_field_given_twice_is_said_in_french_and_names_the_field() {
    let doc = r#"{"schema_version":1,"providers":[{"id":"p","name":"A","name":"B"}]}"#;
    let (_, issues) = Catalogue::from_json(doc);
    assert_eq!(issues.len(), 1, "{issues:?}");
    assert_eq!(issues[0].problem, Problem::DuplicateField);
    assert_eq!(issues[0].field.as_deref(), Some("name"));
    let fr = issues[0].describe(Lang::Fr);
    assert!(!fr.contains("duplicate"), "{fr}");
}

/// The first place of the example with `email` as its contact e-mail: the place kept, its e-mail
/// as read, and the issues.
fn place_with_email(email: &str) -> (Option<String>, bool, Vec<aiguillage_core::Issue>) {
    let mut v = example();
    v["places"][0]["contact"]["email"] = json!(email);
    let id = v["places"][0]["id"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let (cat, issues) = parse(&v);
    let place = cat.places().iter().find(|p| p.id == id);
    let email = place.and_then(|p| p.contact.email.as_ref().map(|e| e.as_str().to_string()));
    (email, place.is_some(), issues)
}

#[test]
fn a_refused_email_is_an_issue_naming_the_record_which_is_kept_without_it() {
    let (email, kept, issues) = place_with_email("contact: example.org");
    assert!(kept, "the place is kept");
    assert_eq!(email, None, "without its e-mail");
    assert_eq!(issues.len(), 1, "{issues:?}");
    let i = &issues[0];
    assert_eq!(i.kind, RecordKind::Place);
    assert_eq!(i.index, Some(0));
    assert_eq!(i.id.as_deref(), Some("exemple-lieu-montreuil"));
    assert_eq!(i.field.as_deref(), Some("contact.email"));
    assert_eq!(
        i.problem,
        Problem::InvalidEmail {
            value: "contact: example.org".into()
        }
    );
    assert!(!i.problem.drops_record());
    assert!(
        i.describe(Lang::Fr).contains("adresse e-mail refusée"),
        "{}",
        i.describe(Lang::Fr)
    );
    assert!(i.describe(Lang::En).contains("rejected e-mail address"));
}

#[test]
fn a_refused_email_and_another_error_in_the_same_record_are_both_reported() {
    let mut v = example();
    v["help_places"][0]["contact"]["email"] = json!("pas une adresse");
    v["help_places"][0]["latitude"] = json!("nord");
    let (cat, issues) = parse(&v);
    let problems: Vec<&Problem> = issues.iter().map(|i| &i.problem).collect();
    assert_eq!(issues.len(), 2, "{issues:?}");
    assert!(matches!(problems[0], Problem::InvalidEmail { .. }));
    assert_eq!(issues[1].field.as_deref(), Some("latitude"));
    assert_eq!(
        cat.help_places().len() + 1,
        example()["help_places"].as_array().map_or(0, Vec::len)
    );
}

#[test]
fn validation_and_the_contact_links_accept_the_same_addresses() {
    // The help panel used to hide what validation kept: an `@` with a `:`, `/` or `?`.
    for value in [
        "contact@example.org",
        "prenom.nom+formation@mairie-montreuil.fr",
        "contact:x@example.org",
        "a/b@example.org",
        "a@example.org?subject=x",
        "contact@example",
        "contact@@example.org",
    ] {
        let (email, kept, issues) = place_with_email(value);
        assert!(kept, "{value}");
        let accepted = aiguillage_core::catalogue::Email::parse(value).is_some();
        // The app links exactly the catalogue's `Email`s: kept ⇔ linked ⇔ no issue.
        assert_eq!(email.is_some(), accepted, "{value}");
        assert_eq!(issues.is_empty(), accepted, "{value}: {issues:?}");
        if accepted {
            assert_eq!(email.as_deref(), Some(value));
        }
    }
}
