//! The comparison of 2 to 4 courses side by side (`/comparer`): one typed value per [`Row`]
//! and course, computed by the matching's own rules (entry level, age, funding route, pay,
//! open sessions), [`Cell::Unknown`] where the catalogue does not say ("à vérifier auprès de
//! l'organisme").

pub mod row;
pub mod values;

pub use row::Row;
pub use values::{
    Access, AgeLimits, Cell, ContactInfo, Cost, Distance, Duration, LeadsTo, Level, Start, Values,
};

use crate::catalogue::Catalogue;
use crate::date::Date;
use crate::matching::eligibility::session_open;
use crate::matching::sessions_nearest_first;
use crate::profile::Profile;
use crate::text::{counsel_words, fill, Lang};

/// Fewest courses compared: one course is not a comparison.
pub const MIN_COURSES: usize = 2;
/// Most courses compared: four columns still fit a desk screen (1280 px, about 300 px each)
/// and stack readably on a phone.
pub const MAX_COURSES: usize = 4;

/// Why there is no comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareError {
    /// Fewer than [`MIN_COURSES`] courses (still) in the catalogue.
    TooFew,
    /// More than [`MAX_COURSES`].
    TooMany,
}

impl CompareError {
    /// "Choisissez de 2 à 4 formations à comparer."
    pub fn describe(self, lang: Lang) -> String {
        fill(
            counsel_words(lang).compare_how_many,
            &[
                ("min", &MIN_COURSES.to_string()),
                ("max", &MAX_COURSES.to_string()),
            ],
        )
    }
}

/// One course's column.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// Position in [`Catalogue::courses`].
    pub course: usize,
    /// The session the dates, place and distance are of: the nearest open one to the person
    /// (the catalogue's first open one without a place); `None` when none is open.
    pub session: Option<usize>,
    /// The values, one per row.
    pub values: Values,
}

/// The comparison: columns in the order asked, rows in [`Row::ALL`] order.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// One column per course.
    pub columns: Vec<Column>,
}

/// Compares courses (positions in [`Catalogue::courses`], e.g. from
/// `Selection::available`) for a person (`None` on the offer page: no fit, no distance).
/// Positions outside the catalogue are left out before counting.
pub fn compare(
    cat: &Catalogue,
    courses: &[usize],
    profile: Option<&Profile>,
    today: Date,
) -> Result<Comparison, CompareError> {
    let valid: Vec<usize> = courses
        .iter()
        .copied()
        .filter(|i| *i < cat.courses().len())
        .collect();
    if valid.len() > MAX_COURSES {
        return Err(CompareError::TooMany);
    }
    if valid.len() < MIN_COURSES {
        return Err(CompareError::TooFew);
    }
    let from = profile.and_then(|p| p.location.as_ref()).map(|l| l.point());
    let columns = valid
        .into_iter()
        .filter_map(|i| {
            let course = cat.courses().get(i)?;
            let session = sessions_nearest_first(cat, &course.id, from)
                .into_iter()
                .find(|(s, _)| {
                    cat.sessions()
                        .get(*s)
                        .is_some_and(|s| session_open(s, today))
                });
            Some(Column {
                course: i,
                session: session.map(|(s, _)| s),
                values: Values::of(cat, course, session, profile),
            })
        })
        .collect();
    Ok(Comparison { columns })
}

impl Comparison {
    /// The text of a cell, for a row and a column.
    pub fn describe(&self, row: Row, column: usize, lang: Lang) -> Option<String> {
        self.columns
            .get(column)
            .map(|c| c.values.describe(row, lang))
    }
}
