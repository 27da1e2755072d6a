//! The catalogue: providers, places, courses, sessions, help places and national help networks
//! (serde/JSON schema,
//! aligned with LHEO 2.3 and data.inclusion), and the validated [`Catalogue`] built from it.
//!
//! See `crates/core/SCHEMA.md` for every field and enumeration value.

pub mod audience;
pub mod course;
pub mod document;
pub mod email;
pub mod funding;
pub mod help_network;
pub mod help_place;
pub mod issue;
pub mod limits;
pub mod named_sources;
pub mod opening_hours;
pub mod phone;
pub mod place;
pub mod provider;
pub mod session;
pub mod source;
pub mod text_safety;
pub mod url;
pub mod validation;
pub mod value;

pub use audience::Audience;
pub use course::{Course, SelectionStep};
pub use document::DocumentError;
pub use email::Email;
pub use funding::{Funder, Funding, FundingKind};
pub use help_network::HelpNetwork;
pub use help_place::{Fees, HelpKind, HelpPlace, HelpService, Reception};
pub use issue::{Format, Issue, Problem, RecordKind, ValueKind};
pub use limits::{Limits, MAX_DOCUMENT_BYTES};
pub use opening_hours::{Hours, OpeningHours, TimeRange, Weekday};
pub use phone::Phone;
pub use place::{Accessibility, Address, Contact, CoordinatesPrecision, Place};
pub use provider::{Label, Network, Provider};
pub use session::{Intake, Recruitment, Session};
pub use url::HttpUrl;

use crate::date::Date;
use serde::{Deserialize, Serialize};

/// The catalogue schema version this crate reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// The JSON document as written by people and tools, before validation.
///
/// Build one (e.g. in an importer) and turn it into a [`Catalogue`] with
/// [`Catalogue::from_records`]; or read JSON directly with [`Catalogue::from_json`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CatalogueRecords {
    /// Schema version; must be [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Name of the catalogue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Who publishes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// When it was generated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generated_on: Option<Date>,
    /// Training providers.
    #[serde(default)]
    pub providers: Vec<Provider>,
    /// Training places.
    #[serde(default)]
    pub places: Vec<Place>,
    /// Courses.
    #[serde(default)]
    pub courses: Vec<Course>,
    /// Sessions.
    #[serde(default)]
    pub sessions: Vec<Session>,
    /// Help places.
    #[serde(default)]
    pub help_places: Vec<HelpPlace>,
    /// National help networks and their locators (at most one per kind).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub help_networks: Vec<HelpNetwork>,
}

impl Default for CatalogueRecords {
    fn default() -> Self {
        CatalogueRecords {
            schema_version: SCHEMA_VERSION,
            name: None,
            publisher: None,
            generated_on: None,
            providers: Vec::new(),
            places: Vec::new(),
            courses: Vec::new(),
            sessions: Vec::new(),
            help_places: Vec::new(),
            help_networks: Vec::new(),
        }
    }
}

/// Resolved references of a session (positions in the catalogue's vectors).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SessionLink {
    pub course: u32,
    pub place: Option<u32>,
}

/// A validated catalogue: every record passed validation and every reference resolves.
///
/// Only [`Catalogue::from_json`] and [`Catalogue::from_records`] build one, so the rest of
/// the code never re-checks a record.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Catalogue {
    pub(crate) name: Option<String>,
    pub(crate) publisher: Option<String>,
    pub(crate) generated_on: Option<Date>,
    pub(crate) providers: Vec<Provider>,
    pub(crate) places: Vec<Place>,
    pub(crate) courses: Vec<Course>,
    pub(crate) sessions: Vec<Session>,
    pub(crate) help_places: Vec<HelpPlace>,
    pub(crate) help_networks: Vec<HelpNetwork>,
    pub(crate) session_links: Vec<SessionLink>,
}

#[derive(Serialize)]
struct RecordsRef<'a> {
    schema_version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: &'a Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: &'a Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    generated_on: &'a Option<Date>,
    providers: &'a [Provider],
    places: &'a [Place],
    courses: &'a [Course],
    sessions: &'a [Session],
    help_places: &'a [HelpPlace],
    #[serde(skip_serializing_if = "<[HelpNetwork]>::is_empty")]
    help_networks: &'a [HelpNetwork],
}

impl Serialize for Catalogue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        RecordsRef {
            schema_version: SCHEMA_VERSION,
            name: &self.name,
            publisher: &self.publisher,
            generated_on: &self.generated_on,
            providers: &self.providers,
            places: &self.places,
            courses: &self.courses,
            sessions: &self.sessions,
            help_places: &self.help_places,
            help_networks: &self.help_networks,
        }
        .serialize(s)
    }
}

impl Catalogue {
    /// Reads a catalogue file's bytes: at most `limits.max_document_bytes`, UTF-8 (with or
    /// without a byte order mark), a JSON object with a supported `schema_version`; else a
    /// [`DocumentError`]. Then keeps every valid record and reports every invalid one (a record
    /// array that is not a list is one issue; the other arrays are kept). Never panics.
    pub fn read(bytes: &[u8], limits: &Limits) -> Result<(Catalogue, Vec<Issue>), DocumentError> {
        validation::read(bytes, limits)
    }

    /// [`Catalogue::read`] for a catalogue that must be usable as a whole (the app's): a record
    /// array that is not a list is a [`DocumentError::ArrayWrongType`], not an empty array.
    pub fn read_complete(
        bytes: &[u8],
        limits: &Limits,
    ) -> Result<(Catalogue, Vec<Issue>), DocumentError> {
        validation::read_complete(bytes, limits)
    }

    /// Parses and validates a JSON catalogue with the default [`Limits`]: [`Catalogue::read`]
    /// with a document that cannot be read reported as one [`Problem::Document`] issue.
    /// Keeps every valid record; reports every invalid one. Never panics.
    pub fn from_json(text: &str) -> (Catalogue, Vec<Issue>) {
        validation::from_json(text, &Limits::default())
    }

    /// Same as [`Catalogue::from_json`] with explicit limits.
    pub fn from_json_with(text: &str, limits: &Limits) -> (Catalogue, Vec<Issue>) {
        validation::from_json(text, limits)
    }

    /// Validates records built in code (e.g. by an importer).
    pub fn from_records(records: CatalogueRecords, limits: &Limits) -> (Catalogue, Vec<Issue>) {
        validation::from_records(records, limits)
    }

    /// Writes the catalogue as JSON (the same schema `from_json` reads).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Writes the catalogue as indented JSON.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The records, as plain data (a copy).
    pub fn to_records(&self) -> CatalogueRecords {
        CatalogueRecords {
            schema_version: SCHEMA_VERSION,
            name: self.name.clone(),
            publisher: self.publisher.clone(),
            generated_on: self.generated_on,
            providers: self.providers.clone(),
            places: self.places.clone(),
            courses: self.courses.clone(),
            sessions: self.sessions.clone(),
            help_places: self.help_places.clone(),
            help_networks: self.help_networks.clone(),
        }
    }

    /// Name of the catalogue.
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// Publisher.
    pub fn publisher(&self) -> Option<&str> {
        self.publisher.as_deref()
    }

    /// Generation date.
    pub fn generated_on(&self) -> Option<Date> {
        self.generated_on
    }

    /// Providers.
    pub fn providers(&self) -> &[Provider] {
        &self.providers
    }

    /// Places.
    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// Courses.
    pub fn courses(&self) -> &[Course] {
        &self.courses
    }

    /// Sessions.
    pub fn sessions(&self) -> &[Session] {
        &self.sessions
    }

    /// Help places.
    pub fn help_places(&self) -> &[HelpPlace] {
        &self.help_places
    }

    /// National help networks (Mission Locale, France Travail, Cap Emploi…) and their
    /// official locators; at most one per kind.
    pub fn help_networks(&self) -> &[HelpNetwork] {
        &self.help_networks
    }

    /// The national network of a kind, if the catalogue lists it.
    pub fn help_network(&self, kind: HelpKind) -> Option<&HelpNetwork> {
        self.help_networks.iter().find(|n| n.kind == kind)
    }

    /// Position in [`Catalogue::help_networks`] of the network of a kind.
    pub fn help_network_index(&self, kind: HelpKind) -> Option<usize> {
        self.help_networks.iter().position(|n| n.kind == kind)
    }

    /// The course of the session at position `session` (as in [`crate::matching::Match::session`]).
    pub fn course_of(&self, session: usize) -> Option<&Course> {
        let link = self.session_links.get(session)?;
        self.courses.get(link.course as usize)
    }

    /// The place of the session at position `session`; `None` if remote.
    pub fn place_of(&self, session: usize) -> Option<&Place> {
        let link = self.session_links.get(session)?;
        self.places.get(link.place? as usize)
    }

    /// The provider of a course.
    pub fn provider_of(&self, course: &Course) -> Option<&Provider> {
        self.providers.iter().find(|p| p.id == course.provider)
    }

    /// A session by id.
    pub fn session_by_id(&self, id: &str) -> Option<(usize, &Session)> {
        self.sessions.iter().enumerate().find(|(_, s)| s.id == id)
    }

    /// A course by id.
    pub fn course_by_id(&self, id: &str) -> Option<&Course> {
        self.courses.iter().find(|c| c.id == id)
    }

    /// Sessions of a course, by position.
    pub fn sessions_of_course(&self, course_id: &str) -> Vec<usize> {
        self.sessions
            .iter()
            .enumerate()
            .filter(|(_, s)| s.course == course_id)
            .map(|(i, _)| i)
            .collect()
    }

    /// Merges another catalogue into this one (e.g. the bundled one and a fetched one).
    /// Records whose id already exists (networks: whose kind) are reported and skipped.
    pub fn merge(&self, other: &Catalogue, limits: &Limits) -> (Catalogue, Vec<Issue>) {
        let mut a = self.to_records();
        let b = other.to_records();
        a.providers.extend(b.providers);
        a.places.extend(b.places);
        a.courses.extend(b.courses);
        a.sessions.extend(b.sessions);
        a.help_places.extend(b.help_places);
        a.help_networks.extend(b.help_networks);
        validation::from_records(a, limits)
    }
}
