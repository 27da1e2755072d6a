//! The app's pages as a typed enum, with their addresses.

/// A page of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// `/`: what Aiguillage is, and the way in.
    Home,
    /// `/questionnaire`: the orientation questionnaire.
    Quiz,
}

impl Page {
    /// The path of the page, for links.
    pub fn href(self) -> &'static str {
        match self {
            Page::Home => "/",
            Page::Quiz => "/questionnaire",
        }
    }
}
