//! `Phone`: a French telephone number read from a catalogue's phone text, so that a `tel:`
//! link is only ever made from a number (never from the digits scattered in
//! "<b>01 02</b> javascript:alert(1)").

use std::fmt;

/// Overseas dialling codes and the number of digits after them (ITU national plans):
/// La Réunion and Mayotte (262, 269), Guadeloupe (590), Guyane (594), Martinique (596),
/// Saint-Pierre-et-Miquelon (508), Wallis-et-Futuna (681), Polynésie (689), Nouvelle-Calédonie (687).
const OVERSEAS: [(&str, usize); 9] = [
    ("262", 9),
    ("269", 9),
    ("590", 9),
    ("594", 9),
    ("596", 9),
    ("508", 6),
    ("681", 6),
    ("689", 8),
    ("687", 6),
];

/// A telephone number: `0X XX XX XX XX`, `+33 X XX XX XX XX` (also `+33 (0)X…`), an overseas
/// `+262…` number, or a 4-digit short number starting with 1 or 3 (`3949`). Spaces, dots,
/// dashes and non-breaking spaces may separate the digits; anything else is not a number.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Phone {
    /// Digits, with a leading `+` for an international form.
    dialable: String,
}

impl Phone {
    /// Reads a phone text; `None` when it is not one number.
    pub fn parse(text: &str) -> Option<Phone> {
        let text = text.trim();
        if text.len() > 40 {
            return None;
        }
        let (plus, rest) = match text.strip_prefix('+') {
            Some(r) => (true, r.replacen("(0)", "", 1)),
            None => (false, text.to_string()),
        };
        let mut digits = String::with_capacity(16);
        for c in rest.chars() {
            match c {
                '0'..='9' => digits.push(c),
                ' ' | '.' | '-' | '\u{a0}' | '\u{202f}' => {}
                _ => return None,
            }
        }
        let ok = if plus {
            match digits.strip_prefix("33") {
                Some(national) => national.len() == 9 && !national.starts_with('0'),
                None => OVERSEAS
                    .iter()
                    .any(|(code, n)| digits.strip_prefix(code).is_some_and(|d| d.len() == *n)),
            }
        } else {
            let national = digits.len() == 10 && digits.starts_with('0') && &digits[1..2] != "0";
            let short = digits.len() == 4 && (digits.starts_with('1') || digits.starts_with('3'));
            national || short
        };
        ok.then(|| Phone {
            dialable: if plus { format!("+{digits}") } else { digits },
        })
    }

    /// The link target, e.g. `tel:+33148700000`.
    pub fn tel_uri(&self) -> String {
        format!("tel:{}", self.dialable)
    }

    /// The digits to dial (`+33148700000`, `0148700000`, `3949`).
    pub fn dialable(&self) -> &str {
        &self.dialable
    }
}

impl fmt::Display for Phone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.dialable)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tel(s: &str) -> Option<String> {
        Phone::parse(s).map(|p| p.tel_uri())
    }

    #[test]
    fn french_numbers_are_read_with_any_usual_separator() {
        assert_eq!(tel("01 48 70 00 00").as_deref(), Some("tel:0148700000"));
        assert_eq!(tel("01.48.70.00.00").as_deref(), Some("tel:0148700000"));
        assert_eq!(tel("01-48-70-00-00").as_deref(), Some("tel:0148700000"));
        assert_eq!(
            tel("+33 1 48 70 00 00").as_deref(),
            Some("tel:+33148700000")
        );
        assert_eq!(
            tel("+33 (0)1 48 70 00 00").as_deref(),
            Some("tel:+33148700000")
        );
        assert_eq!(tel("+33148700000").as_deref(), Some("tel:+33148700000"));
        assert_eq!(tel("3949").as_deref(), Some("tel:3949"));
    }

    #[test]
    fn overseas_numbers_are_read() {
        assert_eq!(
            tel("+262 262 12 34 56").as_deref(),
            Some("tel:+262262123456")
        );
        assert_eq!(
            tel("+594 594 12 34 56").as_deref(),
            Some("tel:+594594123456")
        );
        assert_eq!(tel("+687 12 34 56").as_deref(), Some("tel:+687123456"));
        assert_eq!(tel("+689 40 12 34 56").as_deref(), Some("tel:+68940123456"));
    }

    #[test]
    fn a_text_that_is_not_one_number_gives_no_link() {
        for bad in [
            "<b>01 02</b> javascript:alert(1)",
            "+33 1 javascript:",
            "01 48 70 00 00 ou 01 48 70 00 01",
            "01 48 70",
            "00 48 70 00 00",
            "+44 20 7946 0000",
            "+33 01 48 70 00 00",
            "appelez-nous",
            "",
            "01\u{202E}48 70 00 00",
        ] {
            assert_eq!(tel(bad), None, "{bad}");
        }
    }
}
