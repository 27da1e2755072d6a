//! The iCalendar text itself (RFC 5545 §3.1, §3.3.11): content lines ended by CRLF, folded so
//! that no line is longer than 75 octets (a continuation starts with one space, never inside a
//! UTF-8 character), and TEXT values escaped (`\\`, `\;`, `\,`, `\n`).

use crate::date::Date;

/// Most octets of a content line, CRLF excluded (RFC 5545 §3.1).
pub const MAX_LINE_OCTETS: usize = 75;

/// The moment the file is made, in UTC, for `DTSTAMP` (given by the caller: core reads no clock).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Stamp {
    date: Date,
    seconds_of_day: u32,
}

impl Stamp {
    /// A UTC date and time; `None` for an hour over 23, a minute or second over 59.
    pub fn new(date: Date, hour: u8, minute: u8, second: u8) -> Option<Stamp> {
        (hour < 24 && minute < 60 && second < 60).then(|| Stamp {
            date,
            seconds_of_day: u32::from(hour) * 3600 + u32::from(minute) * 60 + u32::from(second),
        })
    }

    /// Seconds since 1970-01-01T00:00:00Z (JavaScript's `Date.now() / 1000`); `None` outside
    /// the years [`Date`] supports (1900–2200).
    pub fn from_unix_seconds(seconds: i64) -> Option<Stamp> {
        let date = Date::from_days(seconds.div_euclid(86_400))?;
        let seconds_of_day = u32::try_from(seconds.rem_euclid(86_400)).ok()?;
        Some(Stamp {
            date,
            seconds_of_day,
        })
    }

    /// The UTC day.
    pub fn date(self) -> Date {
        self.date
    }

    /// `19970714T173000Z` (a UTC DATE-TIME, §3.3.5 form 2).
    pub fn to_ics(self) -> String {
        let s = self.seconds_of_day;
        format!(
            "{}T{:02}{:02}{:02}Z",
            ics_date(self.date),
            s / 3600,
            s / 60 % 60,
            s % 60
        )
    }
}

/// `19970714` (a DATE, §3.3.4).
pub fn ics_date(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// A TEXT value escaped (§3.3.11): backslash, semicolon and comma get a backslash, a line
/// break (LF, CRLF or CR) becomes `\n`; other control characters, which TEXT cannot hold, are
/// left out (tab is allowed and kept).
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line folded (§3.1): at most [`MAX_LINE_OCTETS`] octets per physical line, a
/// continuation line starting with one space (which counts), cut between characters only,
/// every physical line ended by CRLF.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 64 * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
    out
}

/// The inverse of folding (§3.1): a CRLF followed by one space or tab is removed.
pub fn unfold(text: &str) -> String {
    text.replace("\r\n ", "").replace("\r\n\t", "")
}

/// Writes content lines, each folded.
#[derive(Default)]
pub(crate) struct Writer {
    pub(crate) out: String,
}

impl Writer {
    /// A line whose value is already in its final form (a date, a URI, a keyword).
    pub(crate) fn raw(&mut self, name: &str, value: &str) {
        self.out.push_str(&fold_line(&format!("{name}:{value}")));
    }

    /// A line whose value is TEXT, escaped here.
    pub(crate) fn text(&mut self, name: &str, value: &str) {
        self.raw(name, &escape_text(value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn text_escaping_covers_backslash_semicolon_comma_and_every_line_break() {
        assert_eq!(
            escape_text("a\\b;c,d\ne\r\nf\rg"),
            "a\\\\b\\;c\\,d\\ne\\nf\\ng"
        );
        assert_eq!(
            escape_text("tab\there\u{7}bell"),
            "tab\there".to_string() + "bell"
        );
        assert_eq!(
            escape_text("« Développeur web » : 93100"),
            "« Développeur web » : 93100"
        );
    }

    #[test]
    fn a_long_line_is_folded_at_75_octets_and_a_short_one_is_not() {
        let short = "SUMMARY:court";
        assert_eq!(fold_line(short), "SUMMARY:court\r\n");
        let long = format!("DESCRIPTION:{}", "x".repeat(100));
        let folded = fold_line(&long);
        let lines: Vec<&str> = folded.trim_end_matches("\r\n").split("\r\n").collect();
        assert_eq!(lines[0].len(), 75);
        assert!(lines[1].starts_with(' ') && lines[1].len() == 1 + 112 - 75);
        assert_eq!(unfold(&folded), format!("{long}\r\n"));
    }

    #[test]
    fn folding_never_cuts_a_multi_byte_character() {
        // 74 ASCII octets then « é » (2 octets): it cannot end line 1 at octet 76.
        let line = format!("{}é{}", "a".repeat(74), "€".repeat(30));
        let folded = fold_line(&line);
        let first = folded.split("\r\n").next().unwrap_or_default();
        assert_eq!(first, "a".repeat(74), "the é goes to the next line");
        for l in folded.split("\r\n") {
            assert!(l.len() <= MAX_LINE_OCTETS, "{} octets: {l}", l.len());
        }
        assert_eq!(unfold(&folded), format!("{line}\r\n"));
    }

    #[test]
    fn a_stamp_is_a_utc_date_time_from_the_unix_clock() {
        // 2026-12-01T18:25:35Z
        let s = Stamp::from_unix_seconds(1_796_149_535).unwrap();
        assert_eq!(s.to_ics(), "20261201T182535Z");
        assert_eq!(
            Stamp::new(Date::parse("2027-01-12").unwrap(), 9, 5, 0).map(Stamp::to_ics),
            Some("20270112T090500Z".to_string())
        );
        assert_eq!(
            Stamp::new(Date::parse("2027-01-12").unwrap(), 24, 0, 0),
            None
        );
        assert_eq!(
            Stamp::from_unix_seconds(-4_000_000_000),
            None,
            "before 1900"
        );
    }

    /// RFC 5545's reading of a TEXT value, written here for the test only.
    fn unescape(s: &str) -> String {
        let mut out = String::new();
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n' | 'N') => out.push('\n'),
                    Some(other) => out.push(other),
                    None => {}
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    proptest! {
        #[test]
        fn a_text_property_escaped_then_folded_reads_back_as_the_text(
            text in "\\PC{0,300}|[\\\\;,\r\n é€a]{0,120}"
        ) {
            let line = fold_line(&format!("DESCRIPTION:{}", escape_text(&text)));
            for physical in line.trim_end_matches("\r\n").split("\r\n") {
                prop_assert!(physical.len() <= MAX_LINE_OCTETS);
            }
            let value = unfold(&line);
            let value = value
                .strip_prefix("DESCRIPTION:")
                .and_then(|v| v.strip_suffix("\r\n"))
                .unwrap_or_default();
            prop_assert_eq!(unescape(value), text.replace("\r\n", "\n").replace('\r', "\n"));
        }

        #[test]
        fn every_folded_line_fits_in_75_octets_and_unfolding_gives_the_line_back(
            line in "\\PC{0,400}"
        ) {
            let folded = fold_line(&line);
            prop_assert!(folded.ends_with("\r\n"));
            for physical in folded.trim_end_matches("\r\n").split("\r\n") {
                prop_assert!(physical.len() <= MAX_LINE_OCTETS);
            }
            prop_assert_eq!(unfold(&folded), format!("{line}\r\n"));
        }

        #[test]
        fn escaped_text_holds_no_line_break_and_no_bare_separator(text in "\\PC{0,200}|[\\\\;,\r\n a]{0,40}") {
            let e = escape_text(&text);
            prop_assert!(!e.contains('\n') && !e.contains('\r'));
            // Every ; and , is preceded by an odd run of backslashes.
            let b = e.as_bytes();
            for (i, c) in b.iter().enumerate() {
                if *c == b';' || *c == b',' {
                    let run = b[..i].iter().rev().take_while(|x| **x == b'\\').count();
                    prop_assert!(run % 2 == 1, "bare separator in {e}");
                }
            }
        }
    }
}
