//! INSEE commune codes (`93048`, `2A004`): their form, and the number the profile code stores.
//!
//! A leaf: `geo` (commune files), `profile` (the URL code) and `catalogue` (addresses) all check
//! codes, and none of them may depend on another for it.

/// INSEE code to a number: `00000`–`99999` as is, `2A…` → 100000+, `2B…` → 101000+.
pub(crate) fn insee_to_number(code: &str) -> Option<u32> {
    let b = code.as_bytes();
    if b.len() != 5 {
        return None;
    }
    let tail = |from: usize| -> Option<u32> {
        let t = code.get(from..)?;
        t.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| t.parse().ok())?
    };
    match code.get(0..2)? {
        "2A" => Some(100_000 + tail(2)?),
        "2B" => Some(101_000 + tail(2)?),
        _ => tail(0),
    }
}

/// The code of a number made by [`insee_to_number`]; `None` past the Corsican ranges.
pub(crate) fn number_to_insee(n: u32) -> Option<String> {
    match n {
        0..=99_999 => Some(format!("{n:05}")),
        100_000..=100_999 => Some(format!("2A{:03}", n - 100_000)),
        101_000..=101_999 => Some(format!("2B{:03}", n - 101_000)),
        _ => None,
    }
}

/// Whether an INSEE commune code is well-formed (five digits, or `2A`/`2B` and three digits for
/// Corsica), which is also what the profile code can carry.
pub fn is_valid_insee(code: &str) -> bool {
    insee_to_number(code).is_some()
}

/// A well-formed INSEE commune code (`93048`, `2A004`), parsed once.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct InseeCode(String);

impl InseeCode {
    /// The code, if well-formed ([`is_valid_insee`]); lower-case `2a`/`2b` are read as
    /// `2A`/`2B`.
    pub fn parse(code: &str) -> Option<InseeCode> {
        let code = code.trim().to_ascii_uppercase();
        is_valid_insee(&code).then_some(InseeCode(code))
    }

    /// The code as written in files (`93048`).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_and_its_number_go_both_ways_for_the_mainland_and_corsica() {
        for code in ["00000", "93048", "99999", "2A004", "2B366"] {
            let n = insee_to_number(code).expect(code);
            assert_eq!(number_to_insee(n).as_deref(), Some(code));
        }
    }

    #[test]
    fn a_code_of_the_wrong_form_is_not_valid() {
        for code in ["", "9304", "930480", "2C004", "2A0B4", "93 48", "+9304"] {
            assert!(!is_valid_insee(code), "{code:?}");
        }
        assert!(is_valid_insee("75056"));
    }

    #[test]
    fn an_insee_code_is_parsed_once_and_corsica_may_be_lower_case() {
        assert_eq!(
            InseeCode::parse(" 2a004").map(|c| c.0),
            Some("2A004".into())
        );
        assert_eq!(InseeCode::parse("93048").unwrap().as_str(), "93048");
        assert_eq!(InseeCode::parse("93100 "), InseeCode::parse("93100"));
        assert!(InseeCode::parse("9304").is_none());
        assert!(InseeCode::parse("2C004").is_none());
    }
}
