//! The filters and sorts of the offer. Each rule is the results' where one exists: free or
//! funded is [`Funding::is_free_for_person`] (the results' "gratuites"), paid is [`Pay::of`]
//! (the results' "rémunérées"), remote is the matching's [`is_remote`].

use crate::catalogue::{Catalogue, Course, Funding, Intake, Session};
use crate::date::Date;
use crate::matching::eligibility::is_remote;
use crate::matching::{Pay, SortBy};
use crate::profile::{DomainSet, EducationLevel, Modality, Rhythm};
use crate::text::{counsel_words, fill, Lang};

/// The longest "start within" a link may ask: two years (a course announced further ahead is
/// not an offer a counsellor shows).
pub const MAX_START_MONTHS: u8 = 24;

/// The filters a counsellor can set; all off shows the whole offer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BrowseFilters {
    /// In one of these domains (none: every domain).
    pub domains: DomainSet,
    /// Open with this level: the level required is known and at most this one.
    pub level: Option<EducationLevel>,
    /// Free or funded.
    pub free: bool,
    /// Trainees are paid.
    pub paid: bool,
    /// Taught this way.
    pub modality: Option<Modality>,
    /// Offered at this rhythm.
    pub rhythm: Option<Rhythm>,
    /// Starting within this many months: a known start by then, or rolling entries. A session
    /// "à confirmer" is left out: no one can say it starts in time.
    pub start_within_months: Option<u8>,
    /// At a place with step-free access or a disability referent, or followed from home
    /// (remote): what the matching gives accessibility points to.
    pub accessible: bool,
}

/// The order of the offer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum BrowseSort {
    /// Soonest known start first (rolling entries count as today), unknown last.
    #[default]
    Soonest,
    /// Nearest first (needs a point: the commune searched).
    Nearest,
    /// By title, accents and case ignored.
    Title,
}

impl BrowseSort {
    /// Every sort, default first.
    pub const ALL: [BrowseSort; 3] = [BrowseSort::Soonest, BrowseSort::Nearest, BrowseSort::Title];

    /// The value in the link (`tri=`): the results' own words for date and distance.
    pub fn slug(self) -> &'static str {
        match self {
            BrowseSort::Soonest => SortBy::Date.slug(),
            BrowseSort::Nearest => SortBy::Distance.slug(),
            BrowseSort::Title => "titre",
        }
    }

    /// The sort's label.
    pub fn label(self, lang: Lang) -> &'static str {
        let w = counsel_words(lang);
        match self {
            BrowseSort::Soonest => w.sort_soonest,
            BrowseSort::Nearest => w.sort_nearest,
            BrowseSort::Title => w.sort_title,
        }
    }
}

/// `today` plus `months` calendar months, the day kept or the month's last day (31 January
/// plus one month is 28 or 29 February).
pub fn add_months(today: Date, months: u8) -> Date {
    let total = today.year() * 12 + i32::from(today.month()) - 1 + i32::from(months);
    let (year, month) = (total.div_euclid(12), (total.rem_euclid(12) + 1) as u8);
    (1..=today.day())
        .rev()
        .find_map(|day| Date::new(year, month, day))
        .unwrap_or(today)
}

impl BrowseFilters {
    /// Whether the course passes the filters that depend on the course alone.
    pub fn keep_course(&self, c: &Course) -> bool {
        (self.domains.is_empty() || c.domains.iter().any(|d| self.domains.contains(*d)))
            && self
                .level
                .is_none_or(|max| c.min_level.is_some_and(|req| req <= max))
            && (!self.free || c.funding.as_ref().is_some_and(Funding::is_free_for_person))
            && (!self.paid || Pay::of(c) == Pay::Paid)
            && self.modality.is_none_or(|m| c.modality == Some(m))
            && self.rhythm.is_none_or(|r| c.rhythms.contains(&r))
    }

    /// Whether the session (at position `i`) passes the filters of dates and place.
    pub fn keep_session(
        &self,
        cat: &Catalogue,
        i: usize,
        c: &Course,
        s: &Session,
        today: Date,
    ) -> bool {
        let starts_in_time = self.start_within_months.is_none_or(|months| {
            let by = add_months(today, months.min(MAX_START_MONTHS));
            match (s.intake, s.start) {
                (Intake::AConfirmer, _) => false,
                (Intake::EntreesPermanentes, start) => start.is_none_or(|d| d <= by),
                (Intake::DatesFixes, start) => start.is_some_and(|d| d <= by),
            }
        });
        // The matching's accessibility points (`score::access_points`): a remote course is
        // followed from home, a place counts with step-free access or a referent.
        let accessible = !self.accessible
            || is_remote(c, s)
            || cat.place_of(i).is_some_and(|p| {
                p.accessibility.wheelchair == Some(true)
                    || p.accessibility.disability_referent == Some(true)
            });
        starts_in_time && accessible
    }

    /// The labels of the filters that are on, for the page's summary and the printed sheet.
    pub fn describe(&self, lang: Lang) -> Vec<String> {
        let w = counsel_words(lang);
        let mut v: Vec<String> = self
            .domains
            .iter()
            .map(|d| d.label(lang).to_string())
            .collect();
        if let Some(l) = self.level {
            v.push(fill(w.filter_level, &[("level", l.label(lang))]));
        }
        if self.free {
            v.push(w.filter_free.to_string());
        }
        if self.paid {
            v.push(w.filter_paid.to_string());
        }
        v.extend(self.modality.map(|m| m.label(lang).to_string()));
        v.extend(self.rhythm.map(|r| r.label(lang).to_string()));
        if let Some(m) = self.start_within_months {
            v.push(fill(w.filter_start_within, &[("months", &m.to_string())]));
        }
        if self.accessible {
            v.push(w.filter_accessible.to_string());
        }
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn months_are_calendar_months_and_the_end_of_a_month_stays_in_its_month() {
        assert_eq!(add_months(d("2026-12-01"), 3), d("2027-03-01"));
        assert_eq!(add_months(d("2027-01-31"), 1), d("2027-02-28"));
        assert_eq!(add_months(d("2028-01-31"), 1), d("2028-02-29"));
        assert_eq!(add_months(d("2026-11-30"), 24), d("2028-11-30"));
        assert_eq!(add_months(d("2026-05-15"), 0), d("2026-05-15"));
    }
}
