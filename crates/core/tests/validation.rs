//! Hostile and broken catalogues: each bad record is reported (field + FR/EN message), the good ones kept.

use aiguillage_core::catalogue::{Catalogue, Limits, Problem, RecordKind};
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
    assert!(matches!(issues[0].problem, Problem::Syntax { line: 1, .. }));
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
    assert!(matches!(
        issues[0].problem,
        Problem::DocumentTooLarge { max: 1000, .. }
    ));
}

#[test]
fn unsupported_or_missing_schema_version() {
    let mut v = example();
    v["schema_version"] = json!(2);
    let (cat, issues) = parse(&v);
    assert!(cat.courses().is_empty());
    assert!(matches!(
        issues[0].problem,
        Problem::UnsupportedSchemaVersion { supported: 1, .. }
    ));
    v.as_object_mut().unwrap().remove("schema_version");
    let (_, issues) = parse(&v);
    assert_eq!(issues[0].problem, Problem::MissingField);
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
        .contains("valeurs possibles : presentiel, hybride, distanciel"));
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
