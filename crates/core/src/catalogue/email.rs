//! `Email`: an e-mail address that is safe to show and to put in a `mailto:` link.
//!
//! One rule, checked once when the catalogue is read (serde `try_from`), so that validation and
//! the app's contact links cannot disagree:
//! - at most 254 characters, exactly one `@`, a non-empty local part before it and a domain after;
//! - the local part is letters, digits and `. ! $ & ' * + - = ^ _ \` { | } ~` (no leading, trailing
//!   or doubled dot): nothing that a `mailto:` link reads as syntax (`: / ? # % \ < > "`, spaces);
//! - the domain is at least two labels separated by dots, each of letters, digits and hyphens, not
//!   starting or ending with a hyphen;
//! - no whitespace, control, bidi or invisible character anywhere.

use serde::{Deserialize, Serialize};
use std::fmt;

/// An e-mail address that follows the rule above.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct Email(String);

/// Longest address accepted, in characters (the longest a mail path can carry, RFC 5321).
pub const MAX_EMAIL_CHARS: usize = 254;

impl Email {
    /// The address when `text` follows the rule of this module, else `None`.
    pub fn parse(text: &str) -> Option<Email> {
        if text.chars().count() > MAX_EMAIL_CHARS
            || text
                .chars()
                .any(|c| super::text_safety::unsafe_kind(c).is_some())
        {
            return None;
        }
        let (local, domain) = text.split_once('@')?;
        let local_char = |c: char| c.is_alphanumeric() || ".!$&'*+-=^_`{|}~".contains(c);
        let local_ok = !local.is_empty()
            && local.chars().all(local_char)
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..");
        let label_ok = |l: &str| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        };
        // `split('.')` of a domain with an `@` left gives a label with `@`: refused as a letter.
        let domain_ok = domain.contains('.') && domain.split('.').all(label_ok);
        (local_ok && domain_ok).then(|| Email(text.to_string()))
    }

    /// The address as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The `mailto:` link to the address (nothing in it needs escaping: see the rule).
    pub fn mailto(&self) -> String {
        format!("mailto:{}", self.0)
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<Email> for String {
    fn from(e: Email) -> String {
        e.0
    }
}

impl TryFrom<String> for Email {
    type Error = String;

    /// Refused: a serde error tagged `email`, which validation turns into
    /// [`super::Problem::InvalidEmail`] (the field is left out, the record kept).
    fn try_from(text: String) -> Result<Email, String> {
        Email::parse(&text).ok_or_else(|| {
            let shown: String = text.chars().take(60).collect();
            crate::serde_tag::tagged_message("email", &shown)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_addresses_are_accepted_as_written() {
        for ok in [
            "contact@example.org",
            "prenom.nom@mairie-montreuil.fr",
            "accueil+formation@cite-des-metiers.paris",
            "o'neil@exemple.co.uk",
            "mediation@épinal.fr",
            "a@b.c",
        ] {
            assert_eq!(
                Email::parse(ok).map(|e| e.as_str().to_string()),
                Some(ok.into()),
                "{ok}"
            );
        }
    }

    #[test]
    fn addresses_a_mailto_link_would_misread_are_refused() {
        for bad in [
            "",
            "contact",
            "@example.org",
            "contact@",
            "contact@example",
            "contact@@example.org",
            "a@b@example.org",
            "contact @example.org",
            "contact@example.org ",
            "con\ttact@example.org",
            "contact@exa mple.org",
            "contact@example..org",
            "contact@.example.org",
            "contact@example.org.",
            "contact@-example.org",
            "contact@example-.org",
            ".contact@example.org",
            "contact.@example.org",
            "con..tact@example.org",
            "javascript:alert(1)//@example.org",
            "contact@example.org?subject=x",
            "contact@example.org/x",
            "contact@example.org#x",
            "a%40b@example.org",
            "a\\b@example.org",
            "<a>@example.org",
            "\"a\"@example.org",
            "a,b@example.org",
            "contact@exa_mple.org",
            "contact@example.org\u{202E}",
            "con\u{200B}tact@example.org",
            "con\u{0}tact@example.org",
        ] {
            assert_eq!(Email::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn the_length_limit_is_254_characters() {
        let at_limit = format!("{}@example.org", "a".repeat(MAX_EMAIL_CHARS - 12));
        assert_eq!(at_limit.chars().count(), MAX_EMAIL_CHARS);
        assert!(Email::parse(&at_limit).is_some());
        let over = format!("a{at_limit}");
        assert!(Email::parse(&over).is_none());
    }

    #[test]
    fn the_mailto_link_is_the_address_after_the_scheme() {
        let e = Email::parse("contact@example.org").unwrap();
        assert_eq!(e.mailto(), "mailto:contact@example.org");
    }

    #[test]
    fn serde_reads_a_valid_address_and_refuses_another_with_a_tagged_message() {
        let e: Email = serde_json::from_str("\"contact@example.org\"").unwrap();
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            "\"contact@example.org\""
        );
        let err = serde_json::from_str::<Email>("\"pas une adresse\"").unwrap_err();
        assert!(
            err.to_string()
                .contains("[aiguillage:email] pas une adresse"),
            "{err}"
        );
    }
}
