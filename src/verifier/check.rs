//! A catalogue checked: read by core exactly as the app reads a fetched feed
//! (`Catalogue::read_complete` with the default `Limits`), then counted and tried on the three
//! sample people (`aiguillage_core::check`). Pure, tested natively; the page renders it.

use aiguillage_core::catalogue::{DocumentError, Limits};
use aiguillage_core::check::{counts, home, sample_outcomes, Counts, Home, SampleOutcome};
use aiguillage_core::{Catalogue, Date, Issue};

/// What the page shows of a catalogue that could be read.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    /// The file's name or the address, as the webmaster gave it.
    pub source: String,
    /// The catalogue's own `name`, `publisher` and `generated_on`.
    pub name: Option<String>,
    pub publisher: Option<String>,
    pub generated_on: Option<Date>,
    /// Records kept and refused.
    pub counts: Counts,
    /// Every issue, in the order core found them.
    pub issues: Vec<Issue>,
    /// Where the sample people live (`None`: no place in the catalogue).
    pub home: Option<Home>,
    /// What each of them gets.
    pub samples: Vec<SampleOutcome>,
    /// The day the check was made (deadlines and start dates are judged against it).
    pub today: Date,
}

/// Reads `bytes` as the app reads a feed; a document that cannot be read at all is core's
/// [`DocumentError`] (too large, not UTF-8, not JSON with its line and column, wrong version…).
pub fn check(source: &str, bytes: &[u8], today: Date) -> Result<Checked, DocumentError> {
    let (catalogue, issues) = Catalogue::read_complete(bytes, &Limits::default())?;
    let home = home(&catalogue);
    let samples = home
        .as_ref()
        .map(|h| sample_outcomes(&catalogue, h, today))
        .unwrap_or_default();
    Ok(Checked {
        source: source.to_string(),
        name: catalogue.name().map(str::to_string),
        publisher: catalogue.publisher().map(str::to_string),
        generated_on: catalogue.generated_on(),
        counts: counts(&catalogue, &issues),
        issues,
        home,
        samples,
        today,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUNDLED: &str = include_str!("../../public/data/catalogue.json");

    fn today() -> Date {
        Date::new(2026, 12, 1).expect("a date")
    }

    #[test]
    fn the_bundled_catalogue_is_checked_with_no_refused_record_and_people_who_find_courses() {
        let c = check("/data/catalogue.json", BUNDLED.as_bytes(), today()).expect("readable");
        assert!(
            c.counts.courses > 10 && c.counts.sessions > 10,
            "{:?}",
            c.counts
        );
        assert_eq!(c.counts.courses_refused + c.counts.sessions_refused, 0);
        assert!(c.home.is_some());
        assert_eq!(c.samples.len(), 3);
        assert!(c.samples.iter().any(|s| s.results > 0), "{:?}", c.samples);
    }

    #[test]
    fn a_file_that_is_not_json_is_a_document_error_with_its_line_and_column() {
        assert_eq!(
            check("x.json", b"{\n  \"schema_version\": 1,\n  oops\n}", today()),
            Err(DocumentError::Syntax { line: 3, column: 3 })
        );
        assert_eq!(
            check("x.json", b"<html></html>", today()),
            Err(DocumentError::Html)
        );
    }

    #[test]
    fn a_file_over_the_apps_cap_is_refused_as_too_large() {
        let big = vec![b' '; Limits::default().max_document_bytes + 1];
        assert!(matches!(
            check("big.json", &big, today()),
            Err(DocumentError::TooLarge { .. })
        ));
    }
}
