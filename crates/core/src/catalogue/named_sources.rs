//! The operator's list of catalogue feeds (`sources.json`, next to `index.html`): the only way an
//! address of this site can make the app fetch a catalogue from another site.
//!
//! A link such as `?catalogue=https://elsewhere/c.json` must never show a stranger's trainings and
//! phone numbers as if they were ours; `?catalogue=vandoeuvre` may, because whoever hosts the app
//! wrote `vandoeuvre` in this file, with its URL and the words that credit it:
//!
//! ```json
//! { "sources": [ { "nom": "vandoeuvre", "libelle": "Ville de Vandœuvre-lès-Nancy",
//!                  "url": "https://data.exemple.fr/formations.json" } ] }
//! ```
//!
//! The URL is `https://` (a plain `http://` feed could be rewritten on the way), or a path of this
//! site (`data/vandoeuvre.json`, resolved against the page by the app). A bad entry is reported
//! and left out; the others are kept.

use serde_json::Value;

use super::source::{SourceName, SourceNameError};
use super::url::HttpUrl;

/// Longest accepted `sources.json`: a list of names and links, not a catalogue.
pub const MAX_SOURCES_BYTES: usize = 64 * 1024;

/// Longest label: one line under a result card.
pub const MAX_LABEL_CHARS: usize = 120;

/// Where a named feed is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FeedLocation {
    /// Another site, over `https://`.
    Https(HttpUrl),
    /// A path of this site, relative to the page (no scheme, no `//`, no `..`, no `\`).
    SameSite(String),
}

/// One entry of the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NamedSource {
    /// The name links use (`?catalogue=<name>`).
    pub name: SourceName,
    /// Who publishes it, as a person reads it on each result.
    pub label: String,
    /// Where the catalogue is.
    pub location: FeedLocation,
}

/// What was wrong with an entry (it is left out) or with the file (nothing is used).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SourcesProblem {
    /// The file is larger than [`MAX_SOURCES_BYTES`].
    TooLarge,
    /// Not JSON of the expected shape (`{"sources": [...]}`).
    NotSourcesJson,
    /// Entry `index`: its `nom` is refused.
    BadName(usize, SourceNameError),
    /// Entry `index`: its `libelle` is empty, too long, or holds markup or control characters.
    BadLabel(usize),
    /// Entry `index`: its `url` is neither `https://…` nor a path of this site.
    BadUrl(usize),
    /// Entry `index` repeats the name of an earlier one.
    DuplicateName(usize),
}

/// The operator's feeds, in the file's order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NamedSources(Vec<NamedSource>);

impl NamedSources {
    /// Reads the file: the good entries, and a problem for each bad one. Never panics.
    pub fn parse(bytes: &[u8]) -> (NamedSources, Vec<SourcesProblem>) {
        if bytes.len() > MAX_SOURCES_BYTES {
            return (NamedSources::default(), vec![SourcesProblem::TooLarge]);
        }
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        // Read as a `Value`, not through a derived struct: the app already has the `Value` reader
        // (catalogue validation), a derive would add its own code to the wasm.
        // `from_str`, not `from_slice`: the app's other readers go through `str` (one reader in
        // the wasm, not two: measured 6 KB raw).
        let file = std::str::from_utf8(bytes)
            .ok()
            .and_then(|text| serde_json::from_str::<Value>(text).ok());
        let Some(entries) = file.as_ref().and_then(|f| f.get("sources")?.as_array()) else {
            return (
                NamedSources::default(),
                vec![SourcesProblem::NotSourcesJson],
            );
        };
        let mut good: Vec<NamedSource> = Vec::new();
        let mut problems = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            let field = |k: &str| e.get(k).and_then(Value::as_str).unwrap_or("");
            let name = match SourceName::parse(field("nom")) {
                Ok(n) => n,
                Err(why) => {
                    problems.push(SourcesProblem::BadName(i, why));
                    continue;
                }
            };
            if good.iter().any(|s| s.name == name) {
                problems.push(SourcesProblem::DuplicateName(i));
                continue;
            }
            let Some(label) = label(field("libelle")) else {
                problems.push(SourcesProblem::BadLabel(i));
                continue;
            };
            let Some(location) = location(field("url")) else {
                problems.push(SourcesProblem::BadUrl(i));
                continue;
            };
            good.push(NamedSource {
                name,
                label,
                location,
            });
        }
        (NamedSources(good), problems)
    }

    /// The entry of that name.
    pub fn get(&self, name: &str) -> Option<&NamedSource> {
        self.0.iter().find(|s| s.name.as_str() == name)
    }

    /// Every entry.
    pub fn all(&self) -> &[NamedSource] {
        &self.0
    }
}

/// A label is plain text on one line: no markup, no control or invisible characters.
fn label(text: &str) -> Option<String> {
    let text = text.trim();
    let bad = |c: char| {
        c.is_control() || matches!(c, '<' | '>') || super::text_safety::unsafe_kind(c).is_some()
    };
    let ok = !text.is_empty() && text.chars().count() <= MAX_LABEL_CHARS && !text.chars().any(bad);
    ok.then(|| text.to_string())
}

fn location(text: &str) -> Option<FeedLocation> {
    let lower = text.get(..8).unwrap_or(text).to_ascii_lowercase();
    if lower.starts_with("https://") {
        return HttpUrl::parse(text).map(FeedLocation::Https);
    }
    // A path of this site: what the app's URL parser will resolve against the page. Refused:
    // anything with a scheme (`http:`, `javascript:`, `data:`), `//host`, `\` (read as `/`),
    // `..`, controls and spaces (the parser drops tab and newlines).
    let safe = |c: char| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '_' | '.' | '~');
    let ok = !text.is_empty()
        && text.len() <= 2000
        && text.chars().all(safe)
        && !text.starts_with("//")
        && !text.split('/').any(|part| part == "..")
        && text.ends_with(".json");
    ok.then(|| FeedLocation::SameSite(text.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_operator_names_https_feeds_and_paths_of_the_site() {
        let file = br#"{"sources": [
            {"nom": "vandoeuvre", "libelle": "Ville de Vand\u0153uvre-l\u00e8s-Nancy", "url": "https://data.exemple.fr/formations.json"},
            {"nom": "local", "libelle": "Catalogue local", "url": "data/local.json"}
        ]}"#;
        let (sources, problems) = NamedSources::parse(file);
        assert!(problems.is_empty(), "{problems:?}");
        let v = sources.get("vandoeuvre").expect("named");
        assert_eq!(v.label, "Ville de Vandœuvre-lès-Nancy");
        assert!(
            matches!(&v.location, FeedLocation::Https(u) if u.as_str() == "https://data.exemple.fr/formations.json")
        );
        assert_eq!(
            sources.get("local").map(|s| &s.location),
            Some(&FeedLocation::SameSite("data/local.json".into()))
        );
        assert_eq!(sources.get("autre"), None);
    }

    #[test]
    fn bad_entries_are_left_out_and_said_while_the_good_ones_stay() {
        let file = br#"{"sources": [
            {"nom": "ok", "libelle": "Bon", "url": "https://a.exemple.fr/c.json"},
            {"nom": "Majuscule", "libelle": "X", "url": "https://a.exemple.fr/c.json"},
            {"nom": "clair", "libelle": "X", "url": "http://a.exemple.fr/c.json"},
            {"nom": "js", "libelle": "X", "url": "javascript:alert(1)"},
            {"nom": "ailleurs", "libelle": "X", "url": "//autre.exemple/c.json"},
            {"nom": "remonte", "libelle": "X", "url": "../../c.json"},
            {"nom": "barre", "libelle": "X", "url": "\\\\autre.exemple\\c.json"},
            {"nom": "balise", "libelle": "<b>X</b>", "url": "c.json"},
            {"nom": "vide", "libelle": "  ", "url": "c.json"},
            {"nom": "ok", "libelle": "Doublon", "url": "c.json"}
        ]}"#;
        let (sources, problems) = NamedSources::parse(file);
        assert_eq!(sources.all().len(), 1);
        assert_eq!(sources.all()[0].label, "Bon");
        assert_eq!(
            problems,
            vec![
                SourcesProblem::BadName(1, SourceNameError::Characters),
                SourcesProblem::BadUrl(2),
                SourcesProblem::BadUrl(3),
                SourcesProblem::BadUrl(4),
                SourcesProblem::BadUrl(5),
                SourcesProblem::BadUrl(6),
                SourcesProblem::BadLabel(7),
                SourcesProblem::BadLabel(8),
                SourcesProblem::DuplicateName(9),
            ]
        );
    }

    #[test]
    fn a_file_that_is_not_a_sources_list_uses_nothing() {
        for bad in [
            &b""[..],
            b"[]",
            b"{\"sources\": 3}",
            b"\xff\xfe",
            b"{\"autre\": []}",
        ] {
            let (sources, problems) = NamedSources::parse(bad);
            assert!(sources.all().is_empty());
            assert_eq!(problems, vec![SourcesProblem::NotSourcesJson]);
        }
        let big = vec![b' '; MAX_SOURCES_BYTES + 1];
        assert_eq!(NamedSources::parse(&big).1, vec![SourcesProblem::TooLarge]);
        let with_bom = b"\xEF\xBB\xBF{\"sources\": []}";
        assert_eq!(NamedSources::parse(with_bom).1, vec![]);
    }
}
