//! The tag a deserializer puts in a serde error message so that validation can turn it back into a
//! typed problem (`[aiguillage:date] 2027-13-01` → `Problem::InvalidDate`).
//!
//! A leaf: the types that parse themselves (`Date`, `HttpUrl`, `Email`) write the tag and
//! `catalogue::issue` reads it, without `date` depending on `catalogue`.

const TAG_OPEN: &str = "[aiguillage:";

/// A serde custom error message carrying `tag` and the refused `value`.
pub(crate) fn tagged_message(tag: &str, value: &str) -> String {
    format!("{TAG_OPEN}{tag}] {value}")
}

/// The tag and value of a message made by [`tagged_message`]; `None` for any other message.
pub(crate) fn untag(message: &str) -> Option<(&str, &str)> {
    let rest = message.strip_prefix(TAG_OPEN)?;
    Some(rest.split_once("] ").unwrap_or((rest, "")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tagged_message_gives_back_its_tag_and_value() {
        let m = tagged_message("url", "javascript:alert(1)");
        assert_eq!(untag(&m), Some(("url", "javascript:alert(1)")));
        assert_eq!(untag("invalid type: integer `3`"), None);
    }
}
