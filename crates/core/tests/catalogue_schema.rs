//! The example catalogue parses without issues and round-trips through JSON.

use aiguillage_core::catalogue::{Catalogue, FundingKind, Intake};

const EXAMPLE: &str = include_str!("fixtures/catalogue-example.json");

#[test]
fn example_catalogue_is_valid_and_round_trips() {
    let (cat, issues) = Catalogue::from_json(EXAMPLE);
    assert!(issues.is_empty(), "{issues:#?}");
    assert_eq!(cat.providers().len(), 2);
    assert_eq!(cat.places().len(), 2);
    assert_eq!(cat.courses().len(), 3);
    assert_eq!(cat.sessions().len(), 3);
    assert_eq!(cat.help_places().len(), 4);
    assert_eq!(cat.sessions()[1].intake, Intake::EntreesPermanentes);
    assert_eq!(
        cat.courses()[1].funding.as_ref().map(|f| f.kind),
        Some(FundingKind::Payant)
    );
    // Missing facts stay missing.
    assert_eq!(cat.courses()[1].remuneration, None);
    assert!(cat.place_of(2).is_none(), "remote session has no place");
    assert_eq!(
        cat.course_of(0).map(|c| c.id.as_str()),
        Some("exemple-formation-dwwm")
    );
    // HTML is kept as text.
    assert!(cat.courses()[0]
        .summary
        .as_deref()
        .unwrap_or("")
        .contains("<b>"));

    let json = cat.to_json();
    let (again, issues) = Catalogue::from_json(&json);
    assert!(issues.is_empty(), "{issues:#?}");
    assert_eq!(again, cat);
}
