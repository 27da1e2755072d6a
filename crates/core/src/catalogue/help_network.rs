//! National help networks (Mission Locale, France Travail, Cap Emploi): no address of ours,
//! their official locator ("find your office" page) finds the nearest agency.

use super::{HelpKind, HttpUrl};
use serde::{Deserialize, Serialize};

/// A national network people are routed to, with its official locator.
///
/// At most one per [`HelpKind`] in a [`super::Catalogue`] (a second one is rejected).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpNetwork {
    /// Which network (the help place kind people are routed to).
    pub kind: HelpKind,
    /// Its name ("Mission Locale").
    pub name: String,
    /// The network's official "find your office" page (`http(s)://` only).
    pub locator_url: HttpUrl,
}

#[cfg(test)]
mod tests {
    use crate::catalogue::{HelpKind, Problem, RecordKind};
    use crate::Catalogue;

    fn doc(networks: &str) -> String {
        format!(r#"{{"schema_version":1,"help_networks":[{networks}]}}"#)
    }

    const ML: &str = r#"{"kind":"mission-locale","name":"Mission Locale","locator_url":"https://www.unml.info/le-reseau/annuaire/"}"#;
    const FT: &str = r#"{"kind":"france-travail","name":"France Travail","locator_url":"https://www.francetravail.fr/annuaire/"}"#;

    #[test]
    fn reads_networks_and_looks_them_up_by_kind() {
        let (cat, issues) = Catalogue::from_json(&doc(&format!("{ML},{FT}")));
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!(cat.help_networks().len(), 2);
        let ml = cat.help_network(HelpKind::MissionLocale).unwrap();
        assert_eq!(ml.name, "Mission Locale");
        assert_eq!(
            ml.locator_url.as_str(),
            "https://www.unml.info/le-reseau/annuaire/"
        );
        assert_eq!(cat.help_network_index(HelpKind::FranceTravail), Some(1));
        assert!(cat.help_network(HelpKind::CapEmploi).is_none());
    }

    #[test]
    fn kind_codes_are_the_json_codes() {
        for k in HelpKind::ALL {
            assert_eq!(
                serde_json::to_string(&k).unwrap(),
                format!("\"{}\"", k.code())
            );
        }
    }

    #[test]
    fn round_trips_through_json() {
        let (cat, _) = Catalogue::from_json(&doc(ML));
        let (again, issues) = Catalogue::from_json(&cat.to_json());
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!(again.help_networks(), cat.help_networks());
        // No networks: the field is left out, as before.
        let (empty, _) = Catalogue::from_json(r#"{"schema_version":1}"#);
        assert!(!empty.to_json().contains("help_networks"));
    }

    #[test]
    fn javascript_locator_is_dropped_with_an_issue() {
        let bad =
            r#"{"kind":"cap-emploi","name":"Cap emploi","locator_url":"javascript:alert(1)"}"#;
        let (cat, issues) = Catalogue::from_json(&doc(&format!("{ML},{bad}")));
        assert_eq!(cat.help_networks().len(), 1);
        assert_eq!(issues.len(), 1, "{issues:?}");
        let i = &issues[0];
        assert_eq!(i.kind, RecordKind::HelpNetwork);
        assert_eq!(i.index, Some(1));
        assert_eq!(i.field.as_deref(), Some("locator_url"));
        assert!(matches!(i.problem, Problem::InvalidUrl { .. }));
        assert!(i
            .describe(crate::Lang::En)
            .starts_with("help_networks[1], field `locator_url`"));
    }

    #[test]
    fn unknown_kind_empty_name_and_missing_url_are_dropped() {
        let unknown = r#"{"kind":"mairie","name":"x","locator_url":"https://x.fr/"}"#;
        let empty = r#"{"kind":"cap-emploi","name":" ","locator_url":"https://x.fr/"}"#;
        let missing = r#"{"kind":"pij","name":"PIJ"}"#;
        let (cat, issues) = Catalogue::from_json(&doc(&format!("{unknown},{empty},{missing}")));
        assert!(cat.help_networks().is_empty());
        let found: Vec<(Option<usize>, Option<&str>)> = issues
            .iter()
            .map(|i| (i.index, i.field.as_deref()))
            .collect();
        assert_eq!(
            found,
            vec![
                (Some(0), Some("kind")),
                (Some(1), Some("name")),
                (Some(2), Some("locator_url"))
            ]
        );
        assert!(matches!(issues[0].problem, Problem::UnknownValue { .. }));
        assert_eq!(issues[1].problem, Problem::Empty);
        assert_eq!(issues[2].problem, Problem::MissingField);
    }

    #[test]
    fn a_second_network_of_the_same_kind_is_rejected() {
        let other = r#"{"kind":"mission-locale","name":"Autre annuaire","locator_url":"https://exemple.fr/"}"#;
        let (cat, issues) = Catalogue::from_json(&doc(&format!("{ML},{FT},{other}")));
        assert_eq!(cat.help_networks().len(), 2);
        assert_eq!(
            cat.help_network(HelpKind::MissionLocale).unwrap().name,
            "Mission Locale"
        );
        assert_eq!(issues.len(), 1, "{issues:?}");
        assert_eq!(issues[0].kind, RecordKind::HelpNetwork);
        assert_eq!(issues[0].index, Some(2));
        assert_eq!(issues[0].field.as_deref(), Some("kind"));
        assert_eq!(
            issues[0].problem,
            Problem::DuplicateKind {
                kind: "mission-locale".into()
            }
        );
        assert!(issues[0]
            .describe(crate::Lang::Fr)
            .contains("mission-locale"));
    }

    #[test]
    fn from_records_checks_them_too() {
        use crate::catalogue::{CatalogueRecords, HelpNetwork, HttpUrl, Limits};
        let n = |name: &str| HelpNetwork {
            kind: HelpKind::CapEmploi,
            name: name.into(),
            locator_url: HttpUrl::parse("https://www.capemploi.info/").unwrap(),
        };
        let records = CatalogueRecords {
            help_networks: vec![n(""), n("Cap emploi"), n("Cap emploi bis")],
            ..CatalogueRecords::default()
        };
        let (cat, issues) = Catalogue::from_records(records, &Limits::default());
        assert_eq!(cat.help_networks(), &[n("Cap emploi")]);
        assert_eq!(issues.len(), 2, "{issues:?}");
        assert_eq!(issues[0].problem, Problem::Empty);
        assert!(matches!(issues[1].problem, Problem::DuplicateKind { .. }));
    }
}
