//! Checks over every sentence of every language at once: written, filled, punctuated the
//! language's way, and in easy French with every abbreviation explained.

use super::*;
use crate::catalogue::text_safety::UnsafeKind;
use crate::catalogue::{
    Audience, DocumentError, Format, Funder, FundingKind, HelpKind, Intake, Issue, Label,
    OpeningHours, Problem, RecordKind, SelectionStep, ValueKind,
};
use crate::matching::{
    Condition, Fact, FundingRoute, HelpReason, IncomeRoute, InterestCoverage, MoreOptions,
    NextStep, Pay, Reason, Warning, Widening, RANKING, WEIGHTS,
};
use crate::profile::{
    AgeRange, DigitalComfort, Diploma, Domain, EducationLevel, Gender, Modality, Newcomer, Radius,
    Rhythm, Rqth, Situation, StartWindow,
};

fn date() -> Date {
    Date::parse("2027-01-12").unwrap()
}

const AGES: [AgeRange; 6] = [
    AgeRange::YOUNG,
    AgeRange::YOUNG_RQTH,
    AgeRange::MINOR,
    AgeRange::SENIORS,
    AgeRange::between(18, 30),
    AgeRange {
        min: None,
        max: None,
    },
];

/// One value of every variant (and of every sentence-choosing combination) people can read.
fn reasons() -> Vec<Reason> {
    let mut r = vec![
        Reason::Distance {
            km: 4.2,
            approximate: false,
        },
        Reason::Distance {
            km: 0.2,
            approximate: true,
        },
        Reason::Remote,
        Reason::NoDiplomaRequired,
        Reason::LevelMet {
            required: EducationLevel::Bac,
        },
        Reason::Interest {
            domains: vec![Domain::DataIa, Domain::Cybersecurite],
        },
        Reason::OtherDomain {
            domains: vec![Domain::JeuxVideo3d],
        },
        Reason::Remunerated,
        Reason::NextStart { date: date() },
        Reason::PermanentIntake,
        Reason::ModalityFits(Modality::Hybride),
        Reason::RhythmFits(Rhythm::Alternance),
        Reason::WheelchairAccessible,
        Reason::DisabilityReferent,
        Reason::ReservedForYou(Audience::Femmes),
    ];
    for (remunerated, for_jobseekers) in [(true, true), (true, false), (false, false)] {
        r.push(Reason::Free {
            remunerated,
            for_jobseekers,
        });
        for funders in [vec![], vec![Funder::Cpf, Funder::Opco]] {
            r.push(Reason::Funded {
                funders,
                remunerated,
                for_jobseekers,
            });
        }
    }
    for (rncp, level) in [
        (true, Some(5)),
        (true, None),
        (false, Some(4)),
        (false, None),
    ] {
        r.push(Reason::Certification { rncp, level });
    }
    r
}

const FACTS: [Fact; 8] = [
    Fact::Cost,
    Fact::EntryLevel,
    Fact::Modality,
    Fact::Rhythm,
    Fact::Recruitment,
    Fact::Remuneration,
    Fact::Accessibility,
    Fact::Duration,
];

const STEPS: [SelectionStep; 5] = [
    SelectionStep::Aucune,
    SelectionStep::InformationCollective,
    SelectionStep::Dossier,
    SelectionStep::Tests,
    SelectionStep::Entretien,
];

fn warnings() -> Vec<Warning> {
    let mut w = vec![
        Warning::MinAge(18),
        Warning::MaxAge(30),
        Warning::ReservedFor(Audience::Femmes),
        Warning::ReservedFor(Audience::Seniors),
        Warning::MinorCheckMinimumAge,
        Warning::LevelPossibleButHard {
            required: EducationLevel::Bac34,
        },
        Warning::RegisterWithFranceTravail,
        Warning::ApplyBefore(date()),
        Warning::DatesToConfirm,
        Warning::ApproximateLocation,
        Warning::Paying {
            price_eur: Some(3500),
        },
        Warning::Paying { price_eur: None },
        Warning::CheckedLongAgo(date()),
    ];
    w.extend(STEPS.map(Warning::Selection));
    w.extend(AGES.map(Warning::AgeToCheck));
    w.extend(FACTS.map(Warning::Unknown));
    w
}

fn conditions() -> Vec<Condition> {
    vec![
        Condition::Distance {
            km: 35.2,
            radius_km: 20.0,
        },
        Condition::TooYoung { min: 18 },
        Condition::TooOld { max: 25 },
        Condition::LevelBelow {
            required: EducationLevel::Bac,
        },
        Condition::LevelBelow {
            required: EducationLevel::Bac2,
        },
        Condition::Modality {
            offered: Modality::Presentiel,
        },
        Condition::Rhythm {
            offered: vec![Rhythm::TempsPlein, Rhythm::SoirWeekEnd],
        },
        Condition::StartsTooLate { start: date() },
        Condition::TooLong {
            weeks: 40,
            max_weeks: 12,
        },
        Condition::NotRemunerated,
        Condition::RemoteNotWanted,
    ]
}

fn help_reasons() -> Vec<HelpReason> {
    let mut h = vec![
        HelpReason::Young,
        HelpReason::Jobseeker,
        HelpReason::Rqth,
        HelpReason::Beginner,
        HelpReason::Minor16To17,
        HelpReason::RegisterFirst,
        HelpReason::CareerChange,
        HelpReason::CareerChangeFunding,
        HelpReason::Newcomer,
        HelpReason::ForeignDiploma,
    ];
    // An open range says no condition: the sentence would start with ", …".
    h.extend(AGES[..5].iter().map(|a| HelpReason::YoungIfAge(*a)));
    h
}

fn problems() -> Vec<Problem> {
    let documents = vec![
        DocumentError::TooLarge { max: 16 << 20 },
        DocumentError::NotUtf8 {
            line: 3,
            offset: 42,
        },
        DocumentError::Empty,
        DocumentError::Html,
        DocumentError::NotAnObject {
            found: ValueKind::List,
        },
        DocumentError::Truncated,
        DocumentError::Syntax { line: 2, column: 7 },
        DocumentError::MissingSchemaVersion,
        DocumentError::UnsupportedSchemaVersion {
            found: "9".into(),
            supported: 1,
        },
        DocumentError::ArrayWrongType {
            array: "places",
            found: ValueKind::Object,
        },
    ];
    let mut p: Vec<Problem> = documents.into_iter().map(Problem::Document).collect();
    let kinds = [
        ValueKind::Null,
        ValueKind::Boolean,
        ValueKind::Number,
        ValueKind::WholeNumber,
        ValueKind::Text,
        ValueKind::List,
        ValueKind::Object,
        ValueKind::Unknown,
    ];
    for (found, value) in kinds
        .iter()
        .zip([Some("abc".to_string()), None].iter().cycle())
    {
        p.push(Problem::WrongType {
            found: *found,
            value: value.clone(),
            expected: ValueKind::WholeNumber,
        });
    }
    let formats = [
        Format::IdWithoutSpaces,
        Format::Digits(5),
        Format::InseeCode,
        Format::Email,
        Format::RomeCode,
        Format::RncpCode,
    ];
    p.extend(formats.map(|expected| Problem::InvalidFormat {
        value: "x y".into(),
        expected,
    }));
    let all_unsafe = vec![
        UnsafeKind::Bidi,
        UnsafeKind::Invisible,
        UnsafeKind::Control,
        UnsafeKind::CombiningMarks,
    ];
    p.extend([
        Problem::MissingField,
        Problem::DuplicateField,
        Problem::UnknownValue {
            value: "zoom".into(),
            allowed: vec!["a".into(), "b".into()],
        },
        Problem::InvalidDate {
            value: "2027-13-01".into(),
        },
        Problem::InvalidUrl {
            value: "ftp://x".into(),
        },
        Problem::InvalidEmail {
            value: "a@b".into(),
        },
        Problem::OutOfRange {
            value: "123.4".into(),
            min: "-90".into(),
            max: "90".into(),
        },
        Problem::NotFinite,
        Problem::TooLong {
            length: 300,
            max: 200,
        },
        Problem::TooManyItems { count: 60, max: 50 },
        Problem::Empty,
        Problem::DuplicateId { id: "p1".into() },
        Problem::DuplicateKind {
            kind: "mission-locale".into(),
        },
        Problem::EndBeforeStart,
        Problem::AgeMinAboveMax,
        Problem::CharactersRemoved {
            removed: 2,
            kinds: all_unsafe.clone(),
        },
        Problem::UnsafeCharacters { kinds: all_unsafe },
        Problem::Other {
            message: "boom".into(),
        },
    ]);
    for target in RECORDS {
        p.push(Problem::UnknownReference {
            target,
            id: "x".into(),
        });
    }
    p
}

const RECORDS: [RecordKind; 7] = [
    RecordKind::Document,
    RecordKind::Provider,
    RecordKind::Place,
    RecordKind::Course,
    RecordKind::Session,
    RecordKind::HelpPlace,
    RecordKind::HelpNetwork,
];

/// Every label of the enumerations people read.
fn labels(lang: Lang) -> Vec<&'static str> {
    let mut l: Vec<&'static str> = Vec::new();
    l.extend(Domain::ALL.map(|x| x.label(lang)));
    l.extend(EducationLevel::ALL.map(|x| x.label(lang)));
    l.extend(Diploma::ALL.map(|x| x.label(lang)));
    l.extend(Situation::ALL.map(|x| x.label(lang)));
    l.extend(DigitalComfort::ALL.map(|x| x.label(lang)));
    l.extend(Modality::ALL.map(|x| x.label(lang)));
    l.extend(Rhythm::ALL.map(|x| x.label(lang)));
    l.extend(StartWindow::ALL.map(|x| x.label(lang)));
    l.extend(Audience::ALL.map(|x| x.label(lang)));
    l.extend(HelpKind::ALL.map(|x| x.label(lang)));
    l.extend(Gender::ALL.map(|x| x.label(lang)));
    l.extend(Newcomer::ALL.map(|x| x.label(lang)));
    l.extend(Rqth::ALL.map(|x| x.label(lang)));
    l.extend(STEPS.map(|x| x.label(lang)));
    l.extend(
        [
            Funder::FranceTravail,
            Funder::Region,
            Funder::Cpf,
            Funder::Agefiph,
            Funder::Opco,
            Funder::Etat,
            Funder::TransitionsPro,
            Funder::Employeur,
            Funder::Beneficiaire,
            Funder::Autre,
        ]
        .map(|x| x.label(lang)),
    );
    l.extend(
        [
            FundingKind::Gratuit,
            FundingKind::Finance,
            FundingKind::Payant,
        ]
        .map(|x| x.label(lang)),
    );
    l.extend(
        [
            Intake::DatesFixes,
            Intake::EntreesPermanentes,
            Intake::AConfirmer,
        ]
        .map(|x| x.label(lang)),
    );
    l.extend(
        [
            Label::Qualiopi,
            Label::GrandeEcoleDuNumerique,
            Label::NumeriqueInclusif,
        ]
        .map(|x| x.label(lang)),
    );
    l
}

/// Every sentence of core in `lang`, labels first, each once per sentence-choosing case.
fn every_sentence(lang: Lang) -> Vec<String> {
    let mut s: Vec<String> = labels(lang).into_iter().map(str::to_string).collect();
    s.extend(reasons().iter().map(|r| r.describe(lang)));
    s.extend(FACTS.map(|f| f.describe(lang)));
    s.extend(warnings().iter().map(|w| w.describe(lang)));
    s.extend(warning_lines(&FACTS.map(Warning::Unknown), lang));
    s.extend(conditions().iter().map(|c| c.describe(lang)));
    s.extend(
        [
            Widening::Radius {
                from: Radius::Km10,
                to: Radius::Km30,
            },
            Widening::RemoteOnly { from: Radius::Km10 },
            Widening::Nothing,
        ]
        .iter()
        .map(|w| w.describe(lang)),
    );
    for why in help_reasons() {
        s.push(why.describe(lang));
        let step = NextStep {
            kind: HelpKind::MissionLocale,
            why,
            help_place: None,
            distance_km: Some(1.2),
            kind_in_catalogue: true,
            network: None,
        };
        s.push(step.describe(lang));
    }
    s.extend([Pay::Paid, Pay::Unpaid, Pay::ToCheck].map(|p| p.describe(lang)));
    s.extend(
        [
            IncomeRoute::ContratEngagementJeune,
            IncomeRoute::RemunerationRegion,
            IncomeRoute::Apprentissage,
        ]
        .map(|r| r.describe(lang)),
    );
    s.extend(
        [
            FundingRoute::Rqth,
            FundingRoute::Young,
            FundingRoute::Jobseeker,
            FundingRoute::Employee,
            FundingRoute::Other,
        ]
        .map(|r| r.describe(lang)),
    );
    for remote in [0, 1, 3] {
        for others in [true, false] {
            let cov = InterestCoverage::Missing {
                domains: vec![Domain::SupportMaintenance, Domain::DataIa],
                radius: Radius::Km20,
                remote,
                others,
            };
            s.extend(cov.describe(lang));
        }
        for in_your_fields in [true, false] {
            let more = MoreOptions {
                wider: None,
                remote,
                in_your_fields,
            };
            s.push(more.describe_wider(Radius::Km50, remote, lang));
            s.push(more.describe_remote(lang));
        }
    }
    s.extend(WEIGHTS.map(|w| w.criterion.describe(lang)));
    s.extend(RANKING.map(|r| r.describe(lang)));
    for (step, points) in ranking_disclosure(lang) {
        s.push(step);
        s.extend(points);
    }
    s.extend(
        [
            "Mo-Fr 08:30-12:00,13:30-17:00; Th off",
            "Sa-Mo 10:00-12:00; PH off",
        ]
        .map(|h| OpeningHours::parse(h).unwrap().describe(lang)),
    );
    s.extend(RECORDS.map(|r| r.describe(lang)));
    s.extend(RECORDS.map(|r| r.describe_after_a(lang)));
    for (i, problem) in problems().into_iter().enumerate() {
        s.push(problem.describe(lang));
        let issue = Issue {
            kind: RecordKind::Place,
            index: Some(i),
            id: Some("lieu-1".into()),
            field: Some("latitude".into()),
            problem,
        };
        s.push(issue.describe(lang));
    }
    s.extend(
        super::counsel_words(lang)
            .all()
            .into_iter()
            .map(|w| fill(w, &super::counsel::SAMPLE_ARGS)),
    );
    s.push(format_eur(3500, lang));
    s.push(format_date(date(), lang));
    s
}

#[test]
fn every_label_and_sentence_is_written_and_filled_in_every_language() {
    for lang in Lang::ALL {
        for s in every_sentence(lang) {
            assert!(!s.trim().is_empty(), "{lang:?}: an empty sentence");
            // A placeholder the shared code does not give stays as written: caught here.
            for (i, _) in s.match_indices('{') {
                let rest = &s[i + 1..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                    .collect();
                assert!(
                    name.is_empty() || !rest[name.len()..].starts_with('}'),
                    "{lang:?}: unfilled {{{name}}} in « {s} »"
                );
            }
        }
    }
    assert_eq!(Domain::DataIa.label(Lang::Fr), "data & IA");
}

/// Where a colon is not punctuation: links, JSON examples, field names.
fn technical_colon(s: &str, i: usize) -> bool {
    s[i..].starts_with("://") || s[..i].ends_with('"')
}

#[test]
fn french_puts_a_non_breaking_space_before_double_punctuation_and_english_none() {
    for lang in [Lang::Fr, Lang::Facile] {
        for s in every_sentence(lang) {
            for (i, c) in s.char_indices() {
                if matches!(c, ':' | ';' | '?' | '!') && !technical_colon(&s, i) {
                    assert!(
                        s[..i].ends_with(['\u{a0}', '\u{202f}']),
                        "{lang:?}: no non-breaking space before « {c} » in « {s} »"
                    );
                }
            }
        }
    }
    for s in every_sentence(Lang::En) {
        for (i, c) in s.char_indices() {
            if matches!(c, ':' | ';') {
                assert!(
                    !s[..i].ends_with(char::is_whitespace),
                    "English: a space before « {c} » in « {s} »"
                );
            }
        }
    }
}

#[test]
fn label_value_follows_each_languages_colon() {
    assert_eq!(
        sentences(Lang::Fr).label_value("Téléphone", "01 23"),
        "Téléphone\u{a0}: 01 23"
    );
    assert_eq!(
        sentences(Lang::Facile).label_value("Téléphone", "01 23"),
        "Téléphone\u{a0}: 01 23"
    );
    assert_eq!(
        sentences(Lang::En).label_value("Phone", "01 23"),
        "Phone: 01 23"
    );
}

#[test]
fn french_counts_zero_and_one_in_the_singular_and_english_only_one() {
    let (fr, en, facile) = (
        sentences(Lang::Fr),
        sentences(Lang::En),
        sentences(Lang::Facile),
    );
    assert_eq!(fr.count(0, Counted::Courses), "0 formation");
    assert_eq!(fr.count(1, Counted::Courses), "1 formation");
    assert_eq!(fr.count(2, Counted::Courses), "2 formations");
    assert_eq!(facile.count(0, Counted::Courses), "0 formation");
    assert_eq!(en.count(0, Counted::Courses), "0 courses");
    assert_eq!(en.count(1, Counted::Courses), "1 course");
    assert_eq!(en.count(0, Counted::Characters), "0 characters");
    for what in Counted::ALL {
        for lang in Lang::ALL {
            let s = sentences(lang);
            assert_ne!(s.count(1, what), s.count(2, what).replace('2', "1"));
        }
    }
    let none = MoreOptions {
        wider: None,
        remote: 0,
        in_your_fields: false,
    };
    assert_eq!(
        none.describe_remote(Lang::Fr),
        "Voir aussi les formations à distance\u{a0}: 0 formation"
    );
    assert_eq!(
        none.describe_remote(Lang::En),
        "Also show remote courses: 0 courses"
    );
}

#[test]
fn a_format_problem_is_said_in_its_language_only() {
    let p = Problem::InvalidFormat {
        value: "7500".into(),
        expected: Format::Digits(5),
    };
    assert_eq!(
        p.describe(Lang::Fr),
        "format invalide « 7500 », attendu\u{a0}: 5 chiffres"
    );
    assert_eq!(
        p.describe(Lang::En),
        "invalid format \"7500\", expected 5 digits"
    );
    for lang in Lang::ALL {
        let s = p.describe(lang);
        assert!(!s.contains(" / "), "{s}");
    }
}

/// Abbreviations easy French must explain, with a piece of their explanation.
const ABBREVIATIONS: [(&str, &str); 12] = [
    ("RQTH", "reconnaissance de handicap"),
    ("CPF", "compte formation"),
    ("CEJ", "contrat d'engagement jeune"),
    ("OPCO", "paie la formation des salariés"),
    ("RNCP", "reconnu par l'État"),
    ("AIF", "aide individuelle à la formation"),
    ("OFII", "Office français de l'immigration"),
    ("VAPP", "validation de votre expérience"),
    ("QPV", "quartier prioritaire"),
    ("FRR", "zone rurale"),
    ("RSA", "revenu de solidarité active"),
    ("IA", "intelligence artificielle"),
];

fn has_word(s: &str, word: &str) -> bool {
    s.split(|c: char| !c.is_alphanumeric() && c != '+')
        .any(|w| w == word)
}

#[test]
fn easy_french_explains_every_abbreviation_and_has_no_middle_dot() {
    for s in every_sentence(Lang::Facile) {
        for (abbreviation, explanation) in ABBREVIATIONS {
            if has_word(&s, abbreviation) {
                assert!(
                    s.to_lowercase().contains(&explanation.to_lowercase()),
                    "« {abbreviation} » without « {explanation} » in « {s} »"
                );
            }
        }
        assert!(!s.contains("bac+"), "« bac+N » in « {s} »");
        assert!(!s.contains('·'), "middle dot in « {s} »");
    }
    // The check can fail: French has the bare abbreviations.
    assert!(every_sentence(Lang::Fr)
        .iter()
        .any(|s| has_word(s, "RQTH") && !s.contains("reconnaissance de handicap")));
}

#[test]
fn easy_french_is_written_for_itself_not_copied_from_french() {
    let (fr, facile) = (every_sentence(Lang::Fr), every_sentence(Lang::Facile));
    assert_eq!(fr.len(), facile.len());
    let same: Vec<&String> = fr
        .iter()
        .zip(&facile)
        .filter(|(a, b)| a == b)
        .map(|(a, _)| a)
        .collect();
    // Names (France Travail, Qualiopi), numbers, dates, short words (« tests ») stay the same.
    assert!(
        same.len() * 4 < fr.len(),
        "{} of {} easy-French sentences are the French ones: {same:?}",
        same.len(),
        fr.len()
    );
    let simplified = [
        Reason::Free {
            remunerated: true,
            for_jobseekers: true,
        }
        .describe(Lang::Facile),
        Warning::Unknown(Fact::Cost).describe(Lang::Facile),
        HelpReason::Young.describe(Lang::Facile),
        FundingRoute::Employee.describe(Lang::Facile),
        Situation::DemandeurEmploiInscrit.label(Lang::Facile).into(),
        EducationLevel::Bac2.label(Lang::Facile).into(),
    ];
    assert_eq!(
        simplified,
        [
            "gratuite. Si vous cherchez un emploi, vous recevez de l'argent pendant la formation",
            "Le prix et qui peut payer\u{a0}: demandez à l'organisme de formation",
            "ce service aide les jeunes de 16 à 25 ans, ou 29 ans avec une reconnaissance de handicap (RQTH). Il propose le contrat d'engagement jeune (CEJ)",
            "Vous êtes salarié ou salariée. Vous pouvez utiliser votre compte formation (CPF) ou demander l'aide de Transitions Pro.",
            "personne qui cherche un emploi, inscrite à France Travail",
            "2 ans d'études après le bac",
        ]
    );
}

#[test]
fn easy_french_sentences_stay_short() {
    // One idea per sentence: at most 15 words of template (FACILE_STYLE), here 25 with the
    // labels filled in ("aide et dépannage informatique ou données et…"); a list counts by item.
    for s in every_sentence(Lang::Facile) {
        for part in s.split(['.', '?', ':', ';', ',']) {
            let words = part.split_whitespace().count();
            assert!(words <= 25, "{words} words in « {part} » (from « {s} »)");
        }
    }
}
