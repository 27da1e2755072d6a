//! Opening hours of a help place: the common subset of the OpenStreetMap `opening_hours`
//! syntax (`Mo-Fr 09:00-12:00,14:00-17:00; We off; PH off`) parsed into a typed week, so that
//! people read "du lundi au vendredi 9 h – 12 h", never `Mo-Fr 09:00-12:00`.
//!
//! Understood: rules separated by `;`, each a list of days or day ranges (`Mo`, `Mo-Fr`,
//! `We,Th`, `Sa-Mo`) followed by time ranges (`09:00-12:00,14:00-17:00`) or `off`/`closed`;
//! a later rule replaces the hours of the days it names (OSM semantics); `PH off` (closed on
//! public holidays). Anything else (months, week numbers, `PH 10:00-12:00`, `||`, comments,
//! ranges past midnight) is not understood: [`OpeningHours::parse`] gives `None` and the raw
//! text is shown as published, labelled "Horaires :". Of the 617 places with hours in the
//! bundled ANCT catalogue, 613 parse; the 4 others are errors of the source (test below).

/// A day of the week, Monday first (as French weeks are written).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    /// Monday (`Mo`).
    Lundi,
    /// Tuesday (`Tu`).
    Mardi,
    /// Wednesday (`We`).
    Mercredi,
    /// Thursday (`Th`).
    Jeudi,
    /// Friday (`Fr`).
    Vendredi,
    /// Saturday (`Sa`).
    Samedi,
    /// Sunday (`Su`).
    Dimanche,
}

impl Weekday {
    /// Every day, Monday first.
    pub const ALL: [Weekday; 7] = [
        Self::Lundi,
        Self::Mardi,
        Self::Mercredi,
        Self::Jeudi,
        Self::Vendredi,
        Self::Samedi,
        Self::Dimanche,
    ];

    fn from_osm(code: &str) -> Option<Weekday> {
        let i = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
            .iter()
            .position(|c| *c == code)?;
        Self::ALL.get(i).copied()
    }

    /// Position in [`Weekday::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Opening from `start` to `end`, in minutes after midnight (`end` up to 24:00 = 1440).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TimeRange {
    /// Opening time, minutes after midnight.
    pub start: u16,
    /// Closing time, minutes after midnight, after `start`.
    pub end: u16,
}

impl TimeRange {
    fn parse(text: &str) -> Option<TimeRange> {
        let (a, b) = text.split_once('-')?;
        let (start, end) = (minutes(a)?, minutes(b)?);
        // A range past midnight (22:00-02:00) is not in the subset: shown raw.
        (start < end).then_some(TimeRange { start, end })
    }
}

/// `09:30` → 570; hours 0–24, minutes 0–59, exactly `HH:MM`.
fn minutes(text: &str) -> Option<u16> {
    let (h, m) = text.split_once(':')?;
    if h.len() != 2 || m.len() != 2 || !(h.bytes().chain(m.bytes())).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    let total = h * 60 + m;
    (m < 60 && total <= 24 * 60).then_some(total)
}

/// A week of opening hours: for each day, its ranges in order (empty = closed or not said).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OpeningHours {
    days: [Vec<TimeRange>; 7],
    /// `PH off`: closed on public holidays.
    pub closed_on_public_holidays: bool,
}

/// The hours of a place as people will read them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Hours<'a> {
    /// Understood: a typed week.
    Week(OpeningHours),
    /// Not understood: the source's text, to show labelled "horaires :".
    Raw(&'a str),
}

impl OpeningHours {
    /// The ranges of a day, in order; empty when closed.
    pub fn day(&self, d: Weekday) -> &[TimeRange] {
        self.days.get(d.index()).map_or(&[], Vec::as_slice)
    }

    /// Parses the common OSM subset; `None` for anything else (never panics), and for hours
    /// that open on no day at all.
    pub fn parse(text: &str) -> Option<OpeningHours> {
        let mut week = OpeningHours::default();
        let mut any_rule = false;
        for rule in text.split(';') {
            let rule = rule.trim();
            if rule.is_empty() {
                continue;
            }
            any_rule = true;
            let (selector, times) = rule.split_once(' ')?;
            let times = times.trim();
            let closed = matches!(times, "off" | "closed");
            if selector == "PH" {
                if !closed {
                    return None;
                }
                week.closed_on_public_holidays = true;
                continue;
            }
            let ranges: Vec<TimeRange> = if closed {
                Vec::new()
            } else {
                times
                    .split(',')
                    .map(|t| TimeRange::parse(t.trim()))
                    .collect::<Option<_>>()?
            };
            for day in days(selector)? {
                if let Some(slot) = week.days.get_mut(day.index()) {
                    slot.clone_from(&ranges);
                }
            }
        }
        (any_rule && week.days.iter().any(|d| !d.is_empty())).then_some(week)
    }
}

/// `Mo`, `Mo-Fr`, `We,Th`, `Mo-We,Fr`, `Sa-Mo` (wraps over Sunday).
fn days(selector: &str) -> Option<Vec<Weekday>> {
    let mut out = Vec::new();
    for part in selector.split(',') {
        match part.split_once('-') {
            Some((a, b)) => {
                let (a, b) = (Weekday::from_osm(a)?.index(), Weekday::from_osm(b)?.index());
                let mut i = a;
                loop {
                    out.push(*Weekday::ALL.get(i)?);
                    if i == b {
                        break;
                    }
                    i = (i + 1) % 7;
                }
            }
            None => out.push(Weekday::from_osm(part)?),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(start: u16, end: u16) -> TimeRange {
        TimeRange { start, end }
    }

    #[test]
    fn a_single_day_and_a_weekday_range_with_two_ranges_parse() {
        let h = OpeningHours::parse("Th 09:00-12:00").unwrap();
        assert_eq!(h.day(Weekday::Jeudi), &[r(540, 720)]);
        assert!(h.day(Weekday::Lundi).is_empty());
        let h = OpeningHours::parse("Mo-Fr 08:30-12:30,13:30-17:00").unwrap();
        for d in &Weekday::ALL[..5] {
            assert_eq!(h.day(*d), &[r(510, 750), r(810, 1020)]);
        }
        assert!(h.day(Weekday::Samedi).is_empty());
    }

    #[test]
    fn a_later_rule_replaces_the_days_it_names_and_off_closes_them() {
        let h = OpeningHours::parse("Mo-Fr 08:30-12:30,13:30-17:30; We,Th off").unwrap();
        assert!(h.day(Weekday::Mercredi).is_empty() && h.day(Weekday::Jeudi).is_empty());
        assert_eq!(h.day(Weekday::Vendredi).len(), 2);
        // A real string of the bundled catalogue: Tuesday is replaced, Sunday added.
        let h = OpeningHours::parse(
            "Mo-Fr 14:00-18:30; Tu 14:00-19:30; We 09:00-12:30,14:00-18:30; Sa 10:00-12:30,14:00-17:30; Su 09:00-12:30",
        )
        .unwrap();
        assert_eq!(h.day(Weekday::Mardi), &[r(840, 1170)]);
        assert_eq!(h.day(Weekday::Lundi), &[r(840, 1110)]);
        assert_eq!(h.day(Weekday::Dimanche), &[r(540, 750)]);
    }

    #[test]
    fn public_holidays_off_and_wrapping_day_ranges_are_understood() {
        let h = OpeningHours::parse("Sa-Mo 10:00-24:00; PH off").unwrap();
        assert!(h.closed_on_public_holidays);
        assert_eq!(h.day(Weekday::Dimanche), &[r(600, 1440)]);
        assert_eq!(h.day(Weekday::Lundi), &[r(600, 1440)]);
        assert!(h.day(Weekday::Mardi).is_empty());
    }

    #[test]
    fn anything_outside_the_subset_is_not_understood_and_never_panics() {
        for text in [
            "",
            ";",
            "24/7",
            "Mo-Fr 22:00-02:00",
            "Jan-Mar Mo 09:00-12:00",
            "Mo 9:00-12:00",
            "Mo 09:60-12:00",
            "Mo 25:00-26:00",
            "Xx 09:00-12:00",
            "PH 10:00-12:00",
            "Mo 09:00-12:00 || \"sur rendez-vous\"",
            "Mo off",
            "Mo-Fr",
            "lundi 9h-12h",
            "Mo 09:00-12:00-13:00",
            "Mo ٠٩:٠٠-١٢:٠٠",
            "Mo 09:00-",
        ] {
            assert_eq!(OpeningHours::parse(text), None, "{text:?}");
        }
    }

    /// The opening-hours strings of the bundled catalogue (617 ANCT places) are understood, but
    /// for three the map itself got wrong, shown as published: a range that closes before it
    /// opens, and ranges with no day (which OSM reads as "every day", likely not meant).
    #[test]
    fn every_opening_hours_string_of_the_bundled_catalogue_parses() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../public/data/catalogue.json"
        );
        let Ok(text) = std::fs::read_to_string(path) else {
            panic!("{path} not found");
        };
        let (cat, _) = crate::Catalogue::from_json(&text);
        let hours: Vec<&str> = cat
            .help_places()
            .iter()
            .filter_map(|h| h.opening_hours.as_deref())
            .collect();
        assert!(hours.len() > 600, "{} strings", hours.len());
        let mut failed: Vec<&str> = hours
            .iter()
            .copied()
            .filter(|h| OpeningHours::parse(h).is_none())
            .collect();
        failed.sort_unstable();
        failed.dedup();
        assert_eq!(
            failed,
            [
                "08:30-11:30; Th 08:30-11:30,14:00-16:30",
                "09:00-12:00,14:00-17:30",
                "Fr 19:00-11:00"
            ]
        );
    }
}
