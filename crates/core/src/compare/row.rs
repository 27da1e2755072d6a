//! The rows of the comparison, in the order of issue 14: what the course leads to first, the
//! contact last.

use crate::text::{counsel_words, Lang};

/// One row of the comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Row {
    /// Jobs and certification.
    LeadsTo,
    /// Level required to enter, and whether the person has it.
    Level,
    /// Age limits, and whether the person is within them.
    Age,
    /// Selection steps.
    Selection,
    /// Hours and weeks.
    Duration,
    /// Full time, part time, work-study, evenings.
    Rhythm,
    /// In person, hybrid, remote.
    Modality,
    /// Free, funded (by the person's route) or paying.
    Cost,
    /// Whether trainees are paid.
    Pay,
    /// The next start.
    NextStart,
    /// The application deadline.
    Deadline,
    /// Distance from the person.
    Distance,
    /// Accessibility.
    Accessibility,
    /// Phone, e-mail, website.
    Contact,
}

impl Row {
    /// Every row, in the order shown.
    pub const ALL: [Row; 14] = [
        Row::LeadsTo,
        Row::Level,
        Row::Age,
        Row::Selection,
        Row::Duration,
        Row::Rhythm,
        Row::Modality,
        Row::Cost,
        Row::Pay,
        Row::NextStart,
        Row::Deadline,
        Row::Distance,
        Row::Accessibility,
        Row::Contact,
    ];

    /// The row's heading.
    pub fn label(self, lang: Lang) -> &'static str {
        let w = counsel_words(lang);
        match self {
            Row::LeadsTo => w.row_leads_to,
            Row::Level => w.row_level,
            Row::Age => w.row_age,
            Row::Selection => w.row_selection,
            Row::Duration => w.row_duration,
            Row::Rhythm => w.row_rhythm,
            Row::Modality => w.row_modality,
            Row::Cost => w.row_cost,
            Row::Pay => w.row_pay,
            Row::NextStart => w.row_next_start,
            Row::Deadline => w.row_deadline,
            Row::Distance => w.row_distance,
            Row::Accessibility => w.row_accessibility,
            Row::Contact => w.row_contact,
        }
    }
}
