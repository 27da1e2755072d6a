//! The app's pages: the typed [`Page`] and the path segments that both the router (`lib.rs`,
//! `<Route path=…>`) and the links ([`Page::href`]) are built from, so each path is written once;
//! then the pages themselves, one per file.

pub mod course;
pub mod home;
pub mod not_found;
pub mod quiz;
pub mod results;

/// `/questionnaire`.
pub const QUIZ: &str = "questionnaire";
/// `/resultats`.
pub const RESULTS: &str = "resultats";
/// `/formation/<id>`.
pub const COURSE: &str = "formation";
/// The router's name for the course id segment.
pub const COURSE_ID: &str = "id";
/// `/integrer/`: the configurator for webmasters, a page of its own bundle (`outils.html`).
pub const EMBED: &str = "/integrer/";
/// The check page for webmasters: a bundle of its own (`dist/verifier/`), a full page load.
pub const VERIFY: &str = "/verifier/";

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    /// `/`: what Aiguillage is, and the way in.
    Home,
    /// `/questionnaire`: the orientation questionnaire.
    Quiz,
    /// `/resultats#<profile>`: the results for a profile.
    Results,
    /// `/formation/<course id>`: everything known about one course.
    Course(String),
}

impl Page {
    /// The path of the page, for links (course ids are percent-encoded).
    pub fn href(&self) -> String {
        match self {
            Page::Home => "/".into(),
            Page::Quiz => format!("/{QUIZ}"),
            Page::Results => format!("/{RESULTS}"),
            Page::Course(id) => format!("/{COURSE}/{}", crate::percent::encode(id, |_| false)),
        }
    }

    /// The path followed by a profile fragment (`#2Qk…`).
    pub fn href_with(&self, fragment: &str) -> String {
        format!("{}{}", self.href(), fragment)
    }

    /// The page a path (`location.pathname`, still percent-encoded) shows; `None` for any other
    /// path (the router's "not found") or a course id that is not valid percent-encoded UTF-8.
    pub fn parse(path: &str) -> Option<Page> {
        let mut segments = path.strip_prefix('/')?.split('/');
        let page = match (segments.next()?, segments.next()) {
            ("", None) => Page::Home,
            (QUIZ, None) => Page::Quiz,
            (RESULTS, None) => Page::Results,
            (COURSE, Some(id)) if !id.is_empty() => {
                Page::Course(crate::percent::decode(id, false)?)
            }
            _ => return None,
        };
        segments.next().is_none().then_some(page)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_comes_back_from_its_own_address() {
        let pages = [
            Page::Home,
            Page::Quiz,
            Page::Results,
            Page::Course("42-tronc-commun".into()),
            Page::Course("a/b c".into()),
            Page::Course("é#?%+".into()),
        ];
        for page in pages {
            let href = page.href();
            assert!(!href[1..].contains(['#', '?', ' ']), "{href}");
            assert_eq!(Page::parse(&href), Some(page.clone()), "{href}");
        }
        assert_eq!(Page::Results.href_with("#1AB"), "/resultats#1AB");
    }

    #[test]
    fn other_paths_and_broken_course_ids_are_no_page() {
        for path in [
            "",
            "questionnaire",
            "/questionnaire/age",
            "/formation",
            "/formation/",
            "/formation/a/b",
            "/formation/%zz",
            "/formation/%C3",
            "/inconnu",
        ] {
            assert_eq!(Page::parse(path), None, "{path}");
        }
    }
}
