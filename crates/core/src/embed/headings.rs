//! The words a guichet adds to the results and the location question: whose guichet it is,
//! the headings of the three groups of results, why courses farther away follow.

use super::host::HostName;
use super::options::EmbedOptions;
use super::territory::Territory;
use crate::text::{embed_words, fill, Lang};

/// A group of a guichet's results (see [`crate::matching::TerritoryGroups`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// Courses in the territory.
    Inside,
    /// Remote courses.
    Remote,
    /// Courses farther than the territory.
    Beyond,
}

/// "Formations au numérique : le guichet de Vandœuvre-lès-Nancy": the host's name, else the
/// territory; `None` without either (not a guichet).
pub fn guichet_heading(options: &EmbedOptions, lang: Lang) -> Option<String> {
    heading_of(options.name.as_ref(), options.territory.as_ref(), lang)
}

/// [`guichet_heading`] from the host's name and the territory (its departments named).
pub fn heading_of(
    name: Option<&HostName>,
    territory: Option<&Territory>,
    lang: Lang,
) -> Option<String> {
    let name = match (name, territory) {
        (Some(n), _) => n.as_str().to_string(),
        (None, Some(t)) => t.label(lang),
        (None, None) => return None,
    };
    Some(fill(embed_words(lang).guichet_heading, &[("name", &name)]))
}

/// The heading of a group: "Sur le territoire : Seine-Saint-Denis", "Plus loin que …".
pub fn group_heading(group: Group, territory: &Territory, lang: Lang) -> String {
    let words = embed_words(lang);
    let template = match group {
        Group::Inside => words.in_territory,
        Group::Remote => words.remote_group,
        Group::Beyond => words.beyond_territory,
    };
    fill(template, &[("territory", &territory.label(lang))])
}

/// Why courses farther than the territory follow (when it has too little).
pub fn too_little_note(territory: &Territory, lang: Lang) -> String {
    fill(
        embed_words(lang).too_little_in_territory,
        &[("territory", &territory.label(lang))],
    )
}

/// The label of the territory's communes offered first in the location question.
pub fn communes_first_label(territory: &Territory, lang: Lang) -> String {
    fill(
        embed_words(lang).territory_communes_first,
        &[("territory", &territory.label(lang))],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named_93() -> Territory {
        let mut t = Territory::parse("dep:93").unwrap();
        t.name_departments(|_| Some("Seine-Saint-Denis".into()));
        t
    }

    #[test]
    fn the_heading_names_the_host_or_else_the_territory() {
        let (mut o, _) = EmbedOptions::from_params([("nom", "Vandœuvre-lès-Nancy")]);
        assert_eq!(
            guichet_heading(&o, Lang::Fr).as_deref(),
            Some("Formations au numérique\u{a0}: le guichet de Vandœuvre-lès-Nancy")
        );
        o.name = None;
        assert_eq!(guichet_heading(&o, Lang::Fr), None);
        o.territory = Some(named_93());
        assert_eq!(
            guichet_heading(&o, Lang::En).as_deref(),
            Some("Digital skills trainings: the Seine-Saint-Denis one-stop shop")
        );
    }

    #[test]
    fn group_headings_say_the_territory_in_every_language() {
        let t = named_93();
        assert_eq!(
            group_heading(Group::Inside, &t, Lang::Fr),
            "Sur le territoire\u{a0}: Seine-Saint-Denis"
        );
        assert_eq!(
            group_heading(Group::Beyond, &t, Lang::Fr),
            "Plus loin que Seine-Saint-Denis"
        );
        for lang in Lang::ALL {
            for g in [Group::Inside, Group::Remote, Group::Beyond] {
                let s = group_heading(g, &t, lang);
                assert!(!s.contains('{'), "{s}");
            }
            for s in [too_little_note(&t, lang), communes_first_label(&t, lang)] {
                assert!(s.contains("Seine-Saint-Denis"), "{s}");
            }
        }
    }

    #[test]
    fn french_sentences_put_a_non_breaking_space_before_high_punctuation() {
        let t = named_93();
        for lang in [Lang::Fr, Lang::Facile] {
            let (o, _) = EmbedOptions::from_params([("nom", "Ville")]);
            let mut all = vec![
                guichet_heading(&o, lang).unwrap(),
                too_little_note(&t, lang),
                communes_first_label(&t, lang),
            ];
            for g in [Group::Inside, Group::Remote, Group::Beyond] {
                all.push(group_heading(g, &t, lang));
            }
            for why in crate::text::IgnoredWhy::ALL {
                all.push(crate::embed::Ignored::new("p", "v", why).describe(lang));
            }
            for s in all {
                for p in [" :", " ;", " ?", " !"] {
                    assert!(!s.contains(p), "{lang:?}: {s:?}");
                }
            }
        }
    }
}
