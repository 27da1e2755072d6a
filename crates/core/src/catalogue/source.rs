//! Where a record comes from: the bundled catalogue or a territory's own feed, and how several
//! catalogues become one without their ids ever colliding.
//!
//! Two feeds are written by people who never met: both may call a course `"dev-web"`. The bundled
//! catalogue keeps its ids (links to `/formation/<id>` shared before stay valid); every record of
//! a feed named `vandoeuvre` is renamed `vandoeuvre:<id>`, and so are its references (a session's
//! course and place, a place's and a course's provider). The bundled ids hold no `:` (checked by a
//! test on the real file), and a [`SourceName`] is `[a-z0-9-]`, so the prefix says the source.

use super::Catalogue;
use crate::date::Date;

/// Longest source name: a short word that reads well in an address (`?catalogue=vandoeuvre`).
pub const MAX_SOURCE_NAME_CHARS: usize = 32;

/// The separator between a source's name and a record's id in a combined catalogue.
pub const SEPARATOR: char = ':';

/// A source's name: 1 to 32 characters among `a-z`, `0-9` and `-`, starting with a letter.
/// Only [`SourceName::parse`] makes one.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SourceName(String);

/// Why a source name was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceNameError {
    /// Empty.
    Empty,
    /// Longer than [`MAX_SOURCE_NAME_CHARS`].
    TooLong,
    /// A character other than `a-z`, `0-9`, `-`, or a first character that is not a letter.
    Characters,
}

impl SourceName {
    /// Reads a name; surrounding spaces are not trimmed (a name is typed by an operator once,
    /// in a file: a stray space is a mistake worth reporting).
    pub fn parse(text: &str) -> Result<SourceName, SourceNameError> {
        if text.is_empty() {
            return Err(SourceNameError::Empty);
        }
        if text.len() > MAX_SOURCE_NAME_CHARS {
            return Err(SourceNameError::TooLong);
        }
        let mut chars = text.chars();
        let first_is_letter = chars.next().is_some_and(|c| c.is_ascii_lowercase());
        let rest_ok = chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if first_is_letter && rest_ok {
            Ok(SourceName(text.to_string()))
        } else {
            Err(SourceNameError::Characters)
        }
    }

    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `name:id`, the id a record of this source has in a combined catalogue.
    pub fn qualify(&self, id: &str) -> String {
        let mut out = String::with_capacity(self.0.len() + 1 + id.len());
        out.push_str(&self.0);
        out.push(SEPARATOR);
        out.push_str(id);
        out
    }
}

/// One catalogue's origin, as a person is told it on each result ("Données : Ville de
/// Vandœuvre-lès-Nancy, mises à jour le 3 novembre 2026").
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    /// The name that prefixes its ids; `None` for the bundled catalogue (ids unchanged).
    pub name: Option<SourceName>,
    /// Who publishes it, in words: the operator's label, the catalogue's `publisher`, or the
    /// origin of the page that handed it over (`https://www.ville.fr`).
    pub label: String,
    /// When its data was generated, when it says.
    pub updated: Option<Date>,
}

/// Whether fetched catalogues come on top of the bundled one or instead of it
/// (`catalogue-mode=ajouter|remplacer`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// The bundled catalogue and the feeds (default: a territory's feed rarely lists the
    /// national remote courses).
    #[default]
    Add,
    /// The feeds alone.
    Replace,
}

impl Mode {
    /// `ajouter` or `remplacer` (English `add` and `replace` too); anything else: `None`.
    pub fn parse(text: &str) -> Option<Mode> {
        match text {
            "ajouter" | "add" => Some(Mode::Add),
            "remplacer" | "replace" => Some(Mode::Replace),
            _ => None,
        }
    }
}

/// A catalogue made of several sources, each record traceable to one.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Combined {
    /// The records of every source, validated together.
    pub catalogue: Catalogue,
    /// The sources, the bundled one first when it is used.
    pub sources: Vec<Source>,
}

impl Combined {
    /// The source of a record, from its id: the feed whose name prefixes it, else the bundled
    /// catalogue (the source without a name), if it is used.
    pub fn source_of(&self, id: &str) -> Option<&Source> {
        let prefix = id.split_once(SEPARATOR).map(|(p, _)| p);
        self.sources
            .iter()
            .find(|s| match (&s.name, prefix) {
                (Some(name), Some(p)) => name.as_str() == p,
                _ => false,
            })
            .or_else(|| self.sources.iter().find(|s| s.name.is_none()))
    }
}

/// Renames every id and reference of a validated catalogue `name:id`, in place.
fn qualify(name: &SourceName, c: &mut Catalogue) {
    let q = |id: &mut String| *id = name.qualify(id);
    for p in &mut c.providers {
        q(&mut p.id);
    }
    for p in &mut c.places {
        q(&mut p.id);
        q(&mut p.provider);
    }
    for r in &mut c.courses {
        q(&mut r.id);
        q(&mut r.provider);
    }
    for r in &mut c.sessions {
        q(&mut r.id);
        q(&mut r.course);
        if let Some(place) = &mut r.place {
            q(place);
        }
    }
    for h in &mut c.help_places {
        q(&mut h.id);
    }
}

/// Whether `catalogue` already holds an id in `name`'s namespace (`name:…`): the only way a
/// qualified feed can collide, since names are unique within a combination. A scan of the ids,
/// not a set per kind: this runs once per feed, and a set per record kind cost 2 KB of wasm.
fn holds_namespace(catalogue: &Catalogue, name: &SourceName) -> bool {
    let ns = |id: &str| {
        id.split_once(SEPARATOR)
            .is_some_and(|(p, _)| p == name.as_str())
    };
    catalogue.providers.iter().any(|r| ns(&r.id))
        || catalogue.places.iter().any(|r| ns(&r.id))
        || catalogue.courses.iter().any(|r| ns(&r.id))
        || catalogue.sessions.iter().any(|r| ns(&r.id))
        || catalogue.help_places.iter().any(|r| ns(&r.id))
}

/// Moves `other`'s records after `into`'s: both are validated and their ids do not collide, so
/// nothing is checked again; only the sessions' links (positions) move with them. A national
/// network of a kind `into` already has is left out (one per kind).
fn append(into: &mut Catalogue, mut other: Catalogue) {
    let (courses, places) = (into.courses.len() as u32, into.places.len() as u32);
    for link in &mut other.session_links {
        link.course += courses;
        link.place = link.place.map(|p| p + places);
    }
    into.providers.append(&mut other.providers);
    into.places.append(&mut other.places);
    into.courses.append(&mut other.courses);
    into.sessions.append(&mut other.sessions);
    into.session_links.append(&mut other.session_links);
    into.help_places.append(&mut other.help_places);
    for n in other.help_networks {
        if !into.help_networks.iter().any(|m| m.kind == n.kind) {
            into.help_networks.push(n);
        }
    }
}

/// The bundled catalogue (unless `mode` is [`Mode::Replace`]) and every feed, as one catalogue,
/// and the names of the feeds left out.
///
/// Each feed's ids are qualified by its name (a name used twice gets `-2`, `-3`…), so two feeds
/// never collide with each other or with the bundled catalogue, whose ids hold no `:`; a feed
/// that would collide all the same (a bundled catalogue replaced by one with `name:id` ids) is
/// left out whole rather than mixed. Every part was validated when it was read: records are
/// moved, not copied, and not checked twice (measured: revalidating the combination cost 8.5 KB
/// of brotli wasm in the app, for nothing a qualified id could still get wrong).
pub fn combine(
    bundled: Option<(Source, Catalogue)>,
    feeds: Vec<(SourceName, Source, Catalogue)>,
    mode: Mode,
) -> (Combined, Vec<SourceName>) {
    let mut sources = Vec::new();
    let mut all = Catalogue::default();
    if let (Some((source, catalogue)), Mode::Add) = (bundled, mode) {
        all = catalogue;
        sources.push(Source {
            name: None,
            ..source
        });
    }
    let mut refused = Vec::new();
    for (name, source, mut catalogue) in feeds {
        let name = unique(name, &sources);
        if holds_namespace(&all, &name) {
            refused.push(name);
            continue;
        }
        qualify(&name, &mut catalogue);
        let updated = source.updated.or(catalogue.generated_on);
        append(&mut all, catalogue);
        sources.push(Source {
            name: Some(name),
            updated,
            ..source
        });
    }
    (
        Combined {
            catalogue: all,
            sources,
        },
        refused,
    )
}

/// `name`, or `name-2`, `name-3`… when an earlier source has it (cut to fit the length).
fn unique(name: SourceName, sources: &[Source]) -> SourceName {
    let taken = |n: &SourceName| sources.iter().any(|s| s.name.as_ref() == Some(n));
    if !taken(&name) {
        return name;
    }
    for i in 2..1000usize {
        let suffix = format!("-{i}");
        let keep = MAX_SOURCE_NAME_CHARS - suffix.len();
        let base: String = name.as_str().chars().take(keep).collect();
        if let Ok(n) = SourceName::parse(&format!("{base}{suffix}")) {
            if !taken(&n) {
                return n;
            }
        }
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    const FEED: &str = r#"{
      "schema_version": 1,
      "publisher": "Exemple de territoire",
      "generated_on": "2026-11-03",
      "providers": [{"id": "p", "name": "Organisme exemple"}],
      "places": [{"id": "l", "provider": "p", "name": "Site", "address": {"street": "1 rue de l'Exemple", "postcode": "54500", "city": "Vandœuvre-lès-Nancy", "insee_code": "54547"}, "latitude": 48.66, "longitude": 6.17, "coordinates_precision": "commune"}],
      "courses": [{"id": "dev-web", "provider": "p", "title": "Développeur web", "domains": ["developpement-web-mobile"], "modality": "presentiel", "funding": {"kind": "gratuit"}, "source_url": "https://exemple.invalid/formation", "verified_on": "2026-11-03"}],
      "sessions": [{"id": "s1", "course": "dev-web", "place": "l", "intake": "a-confirmer"}]
    }"#;

    fn feed() -> Catalogue {
        let (c, issues) = Catalogue::from_json(FEED);
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!(c.courses().len(), 1);
        c
    }

    fn source(label: &str) -> Source {
        Source {
            name: None,
            label: label.to_string(),
            updated: None,
        }
    }

    fn name(s: &str) -> SourceName {
        SourceName::parse(s).expect("a valid name")
    }

    #[test]
    fn a_source_name_is_a_short_lowercase_word() {
        assert!(SourceName::parse("vandoeuvre").is_ok());
        assert!(SourceName::parse("grand-numerique-93").is_ok());
        assert_eq!(SourceName::parse(""), Err(SourceNameError::Empty));
        assert_eq!(
            SourceName::parse(&"a".repeat(33)),
            Err(SourceNameError::TooLong)
        );
        for bad in [
            "Vandoeuvre",
            "93",
            "-x",
            "a:b",
            "a b",
            "vandœuvre",
            "a/b",
            " a",
        ] {
            assert_eq!(
                SourceName::parse(bad),
                Err(SourceNameError::Characters),
                "{bad}"
            );
        }
    }

    #[test]
    fn two_feeds_with_the_same_ids_both_keep_every_record() {
        let (combined, refused) = combine(
            None,
            vec![
                (name("ville-a"), source("Ville A"), feed()),
                (name("ville-b"), source("Ville B"), feed()),
            ],
            Mode::Replace,
        );
        assert!(refused.is_empty(), "{refused:?}");
        let c = &combined.catalogue;
        assert_eq!(c.courses().len(), 2);
        assert_eq!(c.sessions().len(), 2);
        assert!(c.course_by_id("ville-a:dev-web").is_some());
        assert!(c.course_by_id("ville-b:dev-web").is_some());
        // References were renamed with the ids: each session still finds its course and place.
        for i in 0..c.sessions().len() {
            let course = c.course_of(i).expect("course resolves");
            let place = c.place_of(i).expect("place resolves");
            assert_eq!(course.id.split(':').next(), place.id.split(':').next());
        }
    }

    #[test]
    fn each_record_says_which_source_it_comes_from() {
        let (bundled, _) = Catalogue::from_json(FEED);
        let (combined, _) = combine(
            Some((source("Aiguillage (catalogue national)"), bundled)),
            vec![(
                name("vandoeuvre"),
                source("Ville de Vandœuvre-lès-Nancy"),
                feed(),
            )],
            Mode::Add,
        );
        assert_eq!(combined.catalogue.courses().len(), 2);
        let of = |id: &str| combined.source_of(id).map(|s| s.label.as_str());
        assert_eq!(of("dev-web"), Some("Aiguillage (catalogue national)"));
        assert_eq!(
            of("vandoeuvre:dev-web"),
            Some("Ville de Vandœuvre-lès-Nancy")
        );
        // A feed without its own date takes the catalogue's `generated_on`.
        let feed_source = combined.source_of("vandoeuvre:s1").expect("a source");
        assert_eq!(feed_source.updated, Date::parse("2026-11-03").ok());
    }

    #[test]
    fn replacing_leaves_the_bundled_records_out() {
        let (bundled, _) = Catalogue::from_json(FEED);
        let (combined, _) = combine(
            Some((source("national"), bundled)),
            vec![(name("ville"), source("Ville"), feed())],
            Mode::Replace,
        );
        assert_eq!(combined.catalogue.courses().len(), 1);
        assert!(combined.catalogue.course_by_id("dev-web").is_none());
        assert_eq!(combined.source_of("dev-web"), None);
        assert_eq!(combined.sources.len(), 1);
    }

    #[test]
    fn a_feed_whose_records_are_refused_keeps_the_others_and_reports_them() {
        let broken = FEED.replace(r#""course": "dev-web""#, r#""course": "absent""#);
        let (feed_with_dangling, _) = Catalogue::from_json(&broken);
        let (combined, refused) = combine(
            None,
            vec![
                (name("bon"), source("Bon"), feed()),
                (name("casse"), source("Cassé"), feed_with_dangling),
            ],
            Mode::Replace,
        );
        // The broken feed's session was already refused when it was read; the good feed is whole.
        assert!(combined.catalogue.session_by_id("bon:s1").is_some());
        assert!(combined.catalogue.session_by_id("casse:s1").is_none());
        assert!(refused.is_empty(), "{refused:?}");
    }

    #[test]
    fn a_name_given_twice_is_made_unique_and_a_colliding_feed_is_left_out_whole() {
        let (combined, refused) = combine(
            None,
            vec![
                (name("ville"), source("A"), feed()),
                (name("ville"), source("B"), feed()),
            ],
            Mode::Replace,
        );
        assert!(refused.is_empty());
        assert!(combined.catalogue.course_by_id("ville:dev-web").is_some());
        assert!(combined.catalogue.course_by_id("ville-2:dev-web").is_some());
        // A bundled catalogue whose ids already look qualified.
        let (taken, _) = Catalogue::from_json(
            &FEED
                .replace(r#""id": "dev-web""#, r#""id": "ville:dev-web""#)
                .replace(r#""course": "dev-web""#, r#""course": "ville:dev-web""#),
        );
        assert!(taken.course_by_id("ville:dev-web").is_some());
        let (combined, refused) = combine(
            Some((source("national"), taken)),
            vec![(name("ville"), source("Ville"), feed())],
            Mode::Add,
        );
        assert_eq!(refused, vec![name("ville")]);
        assert_eq!(combined.catalogue.courses().len(), 1);
        assert_eq!(combined.sources.len(), 1);
    }

    #[test]
    fn sessions_of_an_appended_feed_still_find_their_course_and_place() {
        let (bundled, _) = Catalogue::from_json(FEED);
        let (combined, _) = combine(
            Some((source("national"), bundled)),
            vec![(name("ville"), source("Ville"), feed())],
            Mode::Add,
        );
        let c = &combined.catalogue;
        let (i, _) = c.session_by_id("ville:s1").expect("the feed's session");
        assert_eq!(c.course_of(i).map(|x| x.id.as_str()), Some("ville:dev-web"));
        assert_eq!(c.place_of(i).map(|x| x.id.as_str()), Some("ville:l"));
        let (j, _) = c.session_by_id("s1").expect("the bundled session");
        assert_eq!(c.course_of(j).map(|x| x.id.as_str()), Some("dev-web"));
    }

    #[test]
    fn the_mode_is_read_in_french_and_english_and_nothing_else() {
        assert_eq!(Mode::parse("ajouter"), Some(Mode::Add));
        assert_eq!(Mode::parse("remplacer"), Some(Mode::Replace));
        assert_eq!(Mode::parse("replace"), Some(Mode::Replace));
        assert_eq!(Mode::parse("Remplacer"), None);
        assert_eq!(Mode::parse(""), None);
        assert_eq!(Mode::default(), Mode::Add);
    }

    #[test]
    fn the_bundled_catalogue_has_no_id_with_the_separator() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../public/data/catalogue.json"
        );
        let text = std::fs::read_to_string(path).expect("the bundled catalogue");
        let (c, _) = Catalogue::from_json(&text);
        assert!(!c.courses().is_empty());
        let ids = c
            .providers()
            .iter()
            .map(|r| &r.id)
            .chain(c.places().iter().map(|r| &r.id))
            .chain(c.courses().iter().map(|r| &r.id))
            .chain(c.sessions().iter().map(|r| &r.id))
            .chain(c.help_places().iter().map(|r| &r.id));
        for id in ids {
            assert!(!id.contains(SEPARATOR), "{id}");
        }
    }
}
