//! The words of the counsellor's tools (issue 14): the calendar event, the comparison's rows,
//! the shortlist's notices and the offer's filters and sorts. A table of templates per
//! language, not a trait object (like [`super::EmbedWords`]): the app carries only the words it
//! uses, none while it does not call these tools.

/// The counsellor's words in one language. Placeholders are listed on each field.
pub struct CounselWords {
    // --- calendar ---
    /// The event of a start date: `{title}`.
    pub event_start: &'static str,
    /// The event of an application deadline: `{title}`.
    pub event_deadline: &'static str,
    /// The location of a remote session.
    pub event_remote: &'static str,
    /// The provider, in the description: `{provider}`.
    pub event_provider: &'static str,
    /// The link, in the description: `{link}`.
    pub event_link: &'static str,
    /// Last line of the description: dates change.
    pub event_check: &'static str,
    /// No event: the date is not known (or only its month or year).
    pub no_event_unknown: &'static str,
    /// No event: the next session is not announced.
    pub no_event_to_confirm: &'static str,
    /// No event: the date is past.
    pub no_event_passed: &'static str,
    /// No event: the session is not in the catalogue.
    pub no_event_gone: &'static str,

    // --- compare: row labels ---
    /// What the course leads to.
    pub row_leads_to: &'static str,
    /// The level required to enter.
    pub row_level: &'static str,
    /// The age limits.
    pub row_age: &'static str,
    /// The selection steps.
    pub row_selection: &'static str,
    /// The length.
    pub row_duration: &'static str,
    /// Full time, part time…
    pub row_rhythm: &'static str,
    /// In person, hybrid, remote.
    pub row_modality: &'static str,
    /// Cost and funding for this person.
    pub row_cost: &'static str,
    /// Whether trainees are paid.
    pub row_pay: &'static str,
    /// The next start.
    pub row_next_start: &'static str,
    /// The application deadline.
    pub row_deadline: &'static str,
    /// The distance from the person.
    pub row_distance: &'static str,
    /// Accessibility for people with disabilities.
    pub row_accessibility: &'static str,
    /// How to reach the provider.
    pub row_contact: &'static str,

    // --- compare: values ---
    /// A fact the catalogue does not give.
    pub unknown: &'static str,
    /// The jobs a course leads to: `{jobs}`.
    pub leads_to_jobs: &'static str,
    /// The person has the level.
    pub level_met: &'static str,
    /// The person lacks one level.
    pub level_one_below: &'static str,
    /// The person lacks two levels or more.
    pub level_far_below: &'static str,
    /// Ages between two limits: `{min}`, `{max}`.
    pub age_between: &'static str,
    /// A minimum age: `{min}`.
    pub age_from: &'static str,
    /// A maximum age: `{max}`.
    pub age_up_to: &'static str,
    /// The person's age fits.
    pub age_fits: &'static str,
    /// The person's age does not fit.
    pub age_does_not_fit: &'static str,
    /// One hour (the count is always 1).
    pub hours_one: &'static str,
    /// `{n}` hours.
    pub hours_many: &'static str,
    /// One week.
    pub weeks_one: &'static str,
    /// `{n}` weeks.
    pub weeks_many: &'static str,
    /// Hours over weeks: `{hours}`, `{weeks}`.
    pub hours_over_weeks: &'static str,
    /// The person gave no place: no distance.
    pub distance_no_place: &'static str,
    /// Not accessible in a wheelchair.
    pub not_wheelchair: &'static str,
    /// No disability referent.
    pub no_referent: &'static str,
    /// The label of a phone number.
    pub phone: &'static str,
    /// The label of an e-mail address.
    pub email: &'static str,
    /// The label of a website.
    pub website: &'static str,

    // --- selection ---
    /// A selected course no longer in the catalogue: `{id}`.
    pub gone: &'static str,
    /// The selection of a link is too long to be one: emptied.
    pub selection_too_long: &'static str,
    /// The selection of a link cannot be read: emptied.
    pub selection_malformed: &'static str,
    /// More courses than a selection holds: `{max}` kept.
    pub selection_truncated: &'static str,
    /// The selection is full: `{max}`.
    pub selection_full: &'static str,
    /// Compare needs 2 to 4 courses: `{min}`, `{max}`.
    pub compare_how_many: &'static str,

    // --- browse ---
    /// The whole country as a territory.
    pub all_france: &'static str,
    /// Filter: free or funded.
    pub filter_free: &'static str,
    /// Filter: trainees are paid.
    pub filter_paid: &'static str,
    /// Filter: accessible for people with disabilities.
    pub filter_accessible: &'static str,
    /// Filter: open with this level: `{level}`.
    pub filter_level: &'static str,
    /// Filter: starts within `{months}` months.
    pub filter_start_within: &'static str,
    /// Sort: soonest start first.
    pub sort_soonest: &'static str,
    /// Sort: nearest first.
    pub sort_nearest: &'static str,
    /// Sort: by title.
    pub sort_title: &'static str,
}

impl CounselWords {
    /// Every template, for the tests over all languages.
    pub fn all(&self) -> Vec<&'static str> {
        vec![
            self.event_start,
            self.event_deadline,
            self.event_remote,
            self.event_provider,
            self.event_link,
            self.event_check,
            self.no_event_unknown,
            self.no_event_to_confirm,
            self.no_event_passed,
            self.no_event_gone,
            self.row_leads_to,
            self.row_level,
            self.row_age,
            self.row_selection,
            self.row_duration,
            self.row_rhythm,
            self.row_modality,
            self.row_cost,
            self.row_pay,
            self.row_next_start,
            self.row_deadline,
            self.row_distance,
            self.row_accessibility,
            self.row_contact,
            self.unknown,
            self.leads_to_jobs,
            self.level_met,
            self.level_one_below,
            self.level_far_below,
            self.age_between,
            self.age_from,
            self.age_up_to,
            self.age_fits,
            self.age_does_not_fit,
            self.hours_one,
            self.hours_many,
            self.weeks_one,
            self.weeks_many,
            self.hours_over_weeks,
            self.distance_no_place,
            self.not_wheelchair,
            self.no_referent,
            self.phone,
            self.email,
            self.website,
            self.gone,
            self.selection_too_long,
            self.selection_malformed,
            self.selection_truncated,
            self.selection_full,
            self.compare_how_many,
            self.all_france,
            self.filter_free,
            self.filter_paid,
            self.filter_accessible,
            self.filter_level,
            self.filter_start_within,
            self.sort_soonest,
            self.sort_nearest,
            self.sort_title,
        ]
    }
}

/// Values for every placeholder of [`CounselWords`], for the tests.
#[cfg(test)]
pub(crate) const SAMPLE_ARGS: [(&str, &str); 13] = [
    ("title", "Développeur web"),
    ("provider", "Simplon"),
    ("link", "https://example.org/formation/x"),
    ("jobs", "développeur web, intégrateur web"),
    ("min", "18"),
    ("max", "4"),
    ("n", "3"),
    ("hours", "400 heures"),
    ("weeks", "12 semaines"),
    ("id", "afpa-dwwm"),
    ("level", "bac"),
    ("months", "3"),
    ("provider", "Simplon"),
];
