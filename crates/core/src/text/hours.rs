//! Opening hours in words, the language-neutral part (days with the same hours together): "du lundi au vendredi 9 h – 12 h et 14 h – 17 h ; jeudi 9 h – 12 h".

use super::languages::sentences;
use super::sentences::fill;
use super::Lang;
use crate::catalogue::{Hours, OpeningHours, TimeRange, Weekday};

#[cfg(test)]
const NBSP: char = '\u{a0}';

fn time(minutes: u16, lang: Lang) -> String {
    sentences(lang).time(minutes / 60, minutes % 60)
}

fn ranges(rs: &[TimeRange], lang: Lang) -> String {
    rs.iter()
        .map(|r| format!("{}\u{a0}– {}", time(r.start, lang), time(r.end, lang)))
        .collect::<Vec<_>>()
        .join(sentences(lang).and())
}

/// Days with the same hours: runs of three days or more as "du lundi au mercredi", other days
/// one by one, joined: "jeudi", "mardi et vendredi", "du lundi au mercredi et vendredi".
fn days(list: &[Weekday], lang: Lang) -> String {
    let s = sentences(lang);
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while let Some(&first) = list.get(i) {
        let mut j = i;
        while list
            .get(j + 1)
            .is_some_and(|n| n.index() == list[j].index() + 1)
        {
            j += 1;
        }
        if j - i >= 2 {
            parts.push(fill(
                s.day_run(),
                &[("first", s.weekday(first)), ("last", s.weekday(list[j]))],
            ));
        } else {
            parts.extend(list[i..=j].iter().map(|d| s.weekday(*d).to_string()));
        }
        i = j + 1;
    }
    super::join_words(&parts, lang)
}

impl OpeningHours {
    /// The week in words, open days only, days with the same hours together (in the order of
    /// their first day): "du lundi au mercredi et vendredi 9 h – 12 h ; samedi 10 h – 12 h ;
    /// fermé les jours fériés".
    pub fn describe(&self, lang: Lang) -> String {
        let mut groups: Vec<(&[TimeRange], Vec<Weekday>)> = Vec::new();
        for d in Weekday::ALL {
            let hours = self.day(d);
            if hours.is_empty() {
                continue;
            }
            match groups.iter_mut().find(|(h, _)| *h == hours) {
                Some((_, list)) => list.push(d),
                None => groups.push((hours, vec![d])),
            }
        }
        let mut parts: Vec<String> = groups
            .iter()
            .map(|(hours, list)| format!("{} {}", days(list, lang), ranges(hours, lang)))
            .collect();
        let s = sentences(lang);
        if self.closed_on_public_holidays {
            parts.push(s.closed_on_public_holidays().to_string());
        }
        parts.join(s.semicolon())
    }
}

impl Hours<'_> {
    /// The hours in words, or the source's text when it is not understood ("horaires : …" is
    /// the caller's label in both cases).
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Hours::Week(w) => w.describe(lang),
            Hours::Raw(raw) => (*raw).to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fr(text: &str) -> String {
        OpeningHours::parse(text)
            .unwrap()
            .describe(Lang::Fr)
            .replace(NBSP, " ")
    }

    #[test]
    fn the_issue_example_reads_in_french_words() {
        assert_eq!(fr("Th 09:00-12:00"), "jeudi 9 h – 12 h");
        assert_eq!(
            OpeningHours::parse("Th 09:00-12:00")
                .unwrap()
                .describe(Lang::En),
            "Thursday 9:00\u{a0}– 12:00"
        );
    }

    #[test]
    fn real_strings_of_the_bundled_catalogue_read_in_french_words() {
        assert_eq!(
            fr("Mo-Fr 08:30-12:30,13:30-17:00"),
            "du lundi au vendredi 8 h 30 – 12 h 30 et 13 h 30 – 17 h"
        );
        assert_eq!(
            fr("Mo-Fr 08:30-12:00,13:30-17:00; Th off"),
            "du lundi au mercredi et vendredi 8 h 30 – 12 h et 13 h 30 – 17 h"
        );
        assert_eq!(
            fr("Mo-Th 09:00-12:00,13:00-17:00; Fr 09:00-12:00; We off"),
            "lundi, mardi et jeudi 9 h – 12 h et 13 h – 17 h ; vendredi 9 h – 12 h"
        );
        assert_eq!(fr("Tu,Fr 09:00-11:00"), "mardi et vendredi 9 h – 11 h");
        assert_eq!(
            fr("Sa-Mo 10:00-12:00; PH off"),
            "lundi, samedi et dimanche 10 h – 12 h ; fermé les jours fériés"
        );
        assert_eq!(
            OpeningHours::parse("Mo-Fr 09:00-17:00")
                .unwrap()
                .describe(Lang::En),
            "Monday to Friday 9:00\u{a0}– 17:00"
        );
    }

    #[test]
    fn text_not_understood_is_given_back_as_it_is() {
        assert_eq!(
            Hours::Raw("sur rendez-vous").describe(Lang::Fr),
            "sur rendez-vous"
        );
    }
}
