//! The counsellor's comparison and shortlist (issue 14, items 2 and 3) on the example
//! catalogue: typed rows, "à vérifier auprès de l'organisme" where the catalogue is silent, and
//! a selected course gone from the catalogue shown as such.

use aiguillage_core::catalogue::{Funder, FundingKind};
use aiguillage_core::compare::{
    compare, AgeLimits, Cell, CompareError, Cost, Distance, Level, Row, Start, MAX_COURSES,
};
use aiguillage_core::matching::eligibility::LevelFit;
use aiguillage_core::matching::Pay;
use aiguillage_core::profile::{Age, EducationLevel, Location, Situation};
use aiguillage_core::selection::{read_fragment, write_fragment, Entry, Selection};
use aiguillage_core::{Catalogue, Date, GeoPoint, Lang, Profile};
use std::path::Path;

fn example() -> Catalogue {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/catalogue-example.json");
    let (cat, issues) = Catalogue::from_json(&std::fs::read_to_string(path).unwrap());
    assert!(issues.is_empty(), "{issues:?}");
    cat
}

fn course(cat: &Catalogue, id: &str) -> usize {
    cat.courses().iter().position(|c| c.id == id).expect(id)
}

fn today() -> Date {
    Date::parse("2026-12-01").unwrap()
}

/// The persona of issue 14's end-to-end test: 52, CAP, changing careers, in Montreuil.
fn persona() -> Profile {
    let mut p = Profile::new(
        Age::new(52),
        EducationLevel::CapBep,
        Situation::SalarieReconversion,
    );
    p.location = Some(Location::Commune {
        insee: "93048".into(),
        point: GeoPoint::new(48.8638, 2.4485).unwrap(),
    });
    p
}

#[test]
fn two_to_four_courses_are_compared_row_by_row_with_the_persons_fit() {
    let cat = example();
    let (dwwm, tai, bases) = (
        course(&cat, "exemple-formation-dwwm"),
        course(&cat, "exemple-formation-tai"),
        course(&cat, "exemple-formation-bases"),
    );
    let p = persona();
    let c = compare(&cat, &[dwwm, tai, bases], Some(&p), today()).unwrap();
    assert_eq!(c.columns.len(), 3);
    let (a, b, r) = (
        &c.columns[0].values,
        &c.columns[1].values,
        &c.columns[2].values,
    );

    // Entry level: no diploma required / CAP required, and the person has a CAP.
    assert_eq!(
        a.level,
        Cell::Known(Level {
            required: EducationLevel::SansDiplome,
            fit: Some(LevelFit::Meets)
        })
    );
    assert_eq!(
        c.describe(Row::Level, 0, Lang::Fr).unwrap(),
        "aucun diplôme requis\u{a0}; vous avez ce niveau"
    );
    // Age: 18 and over, the person is 52; the others say nothing.
    assert_eq!(
        a.age,
        Cell::Known(AgeLimits {
            min: Some(18),
            max: None,
            fits: Some(true)
        })
    );
    assert_eq!(b.age, Cell::Unknown);
    assert_eq!(
        c.describe(Row::Age, 1, Lang::Fr).unwrap(),
        "à vérifier auprès de l'organisme"
    );
    // Cost for this person: an employee's route (CPF, Transitions Pro…) reaches neither the
    // Région nor France Travail, which fund the first course.
    assert_eq!(
        a.cost,
        Cell::Known(Cost {
            kind: FundingKind::Finance,
            funders: vec![],
            price_eur: None
        })
    );
    assert_eq!(
        b.cost,
        Cell::Known(Cost {
            kind: FundingKind::Payant,
            funders: vec![],
            price_eur: Some(6500)
        })
    );
    assert!(c
        .describe(Row::Cost, 1, Lang::Fr)
        .unwrap()
        .contains("6\u{202f}500\u{a0}€"));
    // Pay: remunerated / alternance track but unknown otherwise / unknown.
    assert_eq!(a.pay, Cell::Known(Pay::Paid));
    assert_eq!(b.pay, Cell::Unknown);
    // Dates: a fixed start and deadline / rolling entries / to be confirmed.
    assert_eq!(
        a.next_start,
        Cell::Known(Start::On(Date::parse("2027-01-12").unwrap()))
    );
    assert_eq!(a.deadline, Cell::Known(Date::parse("2026-12-18").unwrap()));
    assert_eq!(b.next_start, Cell::Known(Start::Rolling));
    assert_eq!(r.next_start, Cell::Unknown);
    assert_eq!(
        c.describe(Row::Deadline, 0, Lang::Fr).unwrap(),
        "18 décembre 2026"
    );
    // Distance: Montreuil to Montreuil / Saint-Étienne (commune level) / remote.
    match a.distance {
        Cell::Known(Distance::Km { km, approximate }) => {
            assert!(km < 2.0 && !approximate, "{km}")
        }
        ref other => panic!("{other:?}"),
    }
    assert!(matches!(
        b.distance,
        Cell::Known(Distance::Km {
            approximate: true,
            ..
        })
    ));
    assert_eq!(r.distance, Cell::Known(Distance::Remote));
    // Accessibility and contact of the place; nothing known for Saint-Étienne, and nothing
    // said of accessibility for a remote course.
    assert!(c
        .describe(Row::Accessibility, 0, Lang::Fr)
        .unwrap()
        .contains("fauteuil roulant"));
    assert_eq!(b.accessibility, Cell::Unknown);
    assert_eq!(r.accessibility, Cell::Unknown);
    assert!(c
        .describe(Row::Contact, 0, Lang::Fr)
        .unwrap()
        .starts_with("Téléphone\u{a0}: 01 00 00 00 00"));
    assert_eq!(
        c.describe(Row::Rhythm, 1, Lang::Fr).unwrap(),
        format!(
            "{} ou {}",
            aiguillage_core::profile::Rhythm::TempsPlein.label(Lang::Fr),
            aiguillage_core::profile::Rhythm::Alternance.label(Lang::Fr)
        )
    );
    // Leads to: certification and jobs.
    let leads = c.describe(Row::LeadsTo, 0, Lang::Fr).unwrap();
    assert!(
        leads.contains("RNCP") && leads.contains("Intégrateur·rice web"),
        "{leads}"
    );
    // Every cell of every row has words, in every language.
    for lang in Lang::ALL {
        for row in Row::ALL {
            assert!(!row.label(lang).is_empty());
            for col in 0..3 {
                assert!(!c.describe(row, col, lang).unwrap().is_empty(), "{row:?}");
            }
        }
    }
}

#[test]
fn without_a_profile_nothing_is_said_of_fit_or_distance_and_every_funder_is_named() {
    let cat = example();
    let ids = [
        course(&cat, "exemple-formation-dwwm"),
        course(&cat, "exemple-formation-tai"),
    ];
    let c = compare(&cat, &ids, None, today()).unwrap();
    let a = &c.columns[0].values;
    assert_eq!(
        a.level,
        Cell::Known(Level {
            required: EducationLevel::SansDiplome,
            fit: None
        })
    );
    assert!(matches!(a.age, Cell::Known(AgeLimits { fits: None, .. })));
    assert_eq!(a.distance, Cell::Known(Distance::NoPlace));
    assert!(
        matches!(&a.cost, Cell::Known(Cost { funders, .. }) if funders == &[Funder::Region, Funder::FranceTravail])
    );
}

#[test]
fn fewer_than_two_or_more_than_four_courses_are_not_a_comparison() {
    let cat = example();
    let dwwm = course(&cat, "exemple-formation-dwwm");
    assert_eq!(
        compare(&cat, &[dwwm], None, today()),
        Err(CompareError::TooFew)
    );
    // A position outside the catalogue does not count.
    assert_eq!(
        compare(&cat, &[dwwm, 99], None, today()),
        Err(CompareError::TooFew)
    );
    assert_eq!(
        compare(&cat, &[dwwm; MAX_COURSES + 1], None, today()),
        Err(CompareError::TooMany)
    );
    assert_eq!(
        CompareError::TooFew.describe(Lang::Fr),
        "Choisissez de 2 à 4 formations à comparer."
    );
}

#[test]
fn a_selected_course_gone_from_the_catalogue_is_kept_as_no_longer_available() {
    let cat = example();
    let hash = "#~exemple-formation-tai~ancienne-formation~exemple-formation-dwwm";
    let sel = read_fragment(hash).selection_or_empty();
    let entries = sel.resolve(&cat);
    assert_eq!(
        entries,
        vec![
            Entry::Available {
                id: "exemple-formation-tai".into(),
                course: course(&cat, "exemple-formation-tai")
            },
            Entry::Gone {
                id: "ancienne-formation".into()
            },
            Entry::Available {
                id: "exemple-formation-dwwm".into(),
                course: course(&cat, "exemple-formation-dwwm")
            },
        ]
    );
    assert_eq!(
        entries[1].describe_gone(Lang::Fr).as_deref(),
        Some("Formation « ancienne-formation »\u{a0}: plus disponible")
    );
    assert_eq!(entries[0].describe_gone(Lang::Fr), None);
    // What compare gets: the two still there.
    let available = sel.available(&cat);
    assert_eq!(available.len(), 2);
    assert!(compare(&cat, &available, None, today()).is_ok());
    // The same selection written back, with the persona.
    let p = persona();
    let again = read_fragment(&write_fragment(Some(&p), &sel));
    assert_eq!(again.selection_or_empty(), sel);
    assert_eq!(again.profile, Some(Ok(p)));
    assert_eq!(Selection::new().resolve(&cat), vec![]);
}
