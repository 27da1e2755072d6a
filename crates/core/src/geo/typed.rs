//! What a person typed in the commune field, read once: a postcode (spaces tolerated, "93 100"),
//! the start of one, a name to search, or text that cannot name a commune (emoji, punctuation,
//! a 10 000-character paste), which the field answers with "aucune commune trouvée".

use super::NameQuery;

/// Longer than this, the text is no commune's name (the longest is 45 characters,
/// "Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson"; a department or postcode may follow).
const MAX_TYPED: usize = 100;

/// The commune field's text, read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Typed {
    /// Nothing typed (spaces only).
    Empty,
    /// Digits that may become a postcode ("93", "93 1").
    PostcodeStart,
    /// A postcode, its spaces removed ("93 100" → "93100"); words after it are ignored
    /// ("75020 Paris").
    Postcode(String),
    /// A name to search.
    Name(NameQuery),
    /// Text that names no commune.
    Nothing,
}

impl Typed {
    /// Reads the field's text.
    pub fn parse(input: &str) -> Typed {
        let text = input.trim();
        if text.is_empty() {
            return Typed::Empty;
        }
        if text.chars().count() > MAX_TYPED {
            return Typed::Nothing;
        }
        if !text.starts_with(|c: char| c.is_ascii_digit()) {
            return NameQuery::parse(text).map_or(Typed::Nothing, Typed::Name);
        }
        // Digits and spaces ("93 100"); a space may separate words after a postcode.
        let (number, rest) = text.split_at(
            text.find(|c: char| !c.is_ascii_digit() && c != ' ')
                .unwrap_or(text.len()),
        );
        let digits: String = number.chars().filter(char::is_ascii_digit).collect();
        match digits.len() {
            5 if rest.is_empty() || number.ends_with(' ') => Typed::Postcode(digits),
            1..=4 if rest.is_empty() => Typed::PostcodeStart,
            _ => Typed::Nothing,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_postcode_with_a_space_inside_is_that_postcode() {
        assert_eq!(Typed::parse("93100"), Typed::Postcode("93100".into()));
        assert_eq!(Typed::parse(" 93 100 "), Typed::Postcode("93100".into()));
        assert_eq!(Typed::parse("75020 Paris"), Typed::Postcode("75020".into()));
        assert_eq!(Typed::parse("93"), Typed::PostcodeStart);
        assert_eq!(Typed::parse("93 1"), Typed::PostcodeStart);
        assert_eq!(Typed::parse("931000"), Typed::Nothing);
        assert_eq!(Typed::parse("2A004"), Typed::Nothing);
        assert_eq!(Typed::parse("93100abc"), Typed::Nothing);
    }

    #[test]
    fn emoji_punctuation_or_a_huge_paste_names_no_commune() {
        assert_eq!(Typed::parse("😀🏠"), Typed::Nothing);
        assert_eq!(Typed::parse(" - ' ?"), Typed::Nothing);
        assert_eq!(Typed::parse(&"a".repeat(10_000)), Typed::Nothing);
        assert_eq!(Typed::parse(&"é".repeat(10_000)), Typed::Nothing);
        assert_eq!(Typed::parse("   "), Typed::Empty);
        assert!(matches!(Typed::parse("Montreuil"), Typed::Name(_)));
        assert!(matches!(Typed::parse("m"), Typed::Name(_)));
    }
}
