//! Who embeds the app: the host's logo address (`logo`) and name (`nom`), checked once. Both
//! are shown as an `<img src>` and as text, never as HTML.

use crate::text::IgnoredWhy;

/// Longest logo address accepted (longer is no logo's address, and bounds the checks).
pub const MAX_LOGO_LEN: usize = 2048;
/// Longest host name accepted, in characters ("Communauté d'agglomération Maubeuge Val de
/// Sambre" is 52).
pub const MAX_NAME_CHARS: usize = 80;

/// An `https://` image address without credentials or whitespace, at most
/// [`MAX_LOGO_LEN`] bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogoUrl(String);

impl LogoUrl {
    /// Checks an address.
    pub fn parse(s: &str) -> Result<LogoUrl, IgnoredWhy> {
        if s.is_empty() {
            return Err(IgnoredWhy::Empty);
        }
        if s.len() > MAX_LOGO_LEN {
            return Err(IgnoredWhy::TooLong);
        }
        if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(IgnoredWhy::HasWhitespace);
        }
        let rest = match s.get(..8) {
            Some(scheme) if scheme.eq_ignore_ascii_case("https://") => &s[8..],
            _ => return Err(IgnoredWhy::NotHttps),
        };
        let authority = rest.split(['/', '?', '#', '\\']).next().unwrap_or("");
        if authority.contains('@') {
            return Err(IgnoredWhy::HasCredentials);
        }
        if authority.is_empty() || s.contains('\\') {
            return Err(IgnoredWhy::NotHttps);
        }
        Ok(LogoUrl(s.to_string()))
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The host's name: 1 to [`MAX_NAME_CHARS`] characters of plain text, spaces trimmed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostName(String);

/// Characters that turn text around or hide it (bidirectional overrides and isolates).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
}

impl HostName {
    /// Checks a name.
    pub fn parse(s: &str) -> Result<HostName, IgnoredWhy> {
        let s = s.trim();
        if s.is_empty() {
            return Err(IgnoredWhy::Empty);
        }
        if s.chars().count() > MAX_NAME_CHARS {
            return Err(IgnoredWhy::TooLong);
        }
        if s.chars()
            .any(|c| c.is_control() || is_bidi_control(c) || c == '<' || c == '>')
        {
            return Err(IgnoredWhy::Markup);
        }
        Ok(HostName(s.to_string()))
    }

    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_logo_must_be_https_without_credentials_or_spaces() {
        assert!(LogoUrl::parse("https://www.ville.fr/logo.svg").is_ok());
        assert!(LogoUrl::parse("HTTPS://ville.fr/l.png?v=2#x").is_ok());
        for (s, why) in [
            ("", IgnoredWhy::Empty),
            ("http://ville.fr/logo.png", IgnoredWhy::NotHttps),
            ("javascript:alert(1)", IgnoredWhy::NotHttps),
            ("//ville.fr/logo.png", IgnoredWhy::NotHttps),
            ("https:///logo.png", IgnoredWhy::NotHttps),
            ("https:\\\\ville.fr/logo.png", IgnoredWhy::NotHttps),
            (
                "https://user:pw@ville.fr/logo.png",
                IgnoredWhy::HasCredentials,
            ),
            ("https://ville.fr/my logo.png", IgnoredWhy::HasWhitespace),
            ("https://ville.fr/\nlogo.png", IgnoredWhy::HasWhitespace),
        ] {
            assert_eq!(LogoUrl::parse(s), Err(why), "{s:?}");
        }
        let long = format!("https://ville.fr/{}", "a".repeat(MAX_LOGO_LEN));
        assert_eq!(LogoUrl::parse(&long), Err(IgnoredWhy::TooLong));
        // An @ after the host is a path, not credentials.
        assert!(LogoUrl::parse("https://ville.fr/@2x/logo.png").is_ok());
    }

    #[test]
    fn a_host_name_is_plain_text_of_at_most_80_characters() {
        assert_eq!(
            HostName::parse("  Vandœuvre-lès-Nancy ").unwrap().as_str(),
            "Vandœuvre-lès-Nancy"
        );
        assert!(HostName::parse(&"é".repeat(80)).is_ok());
        assert_eq!(HostName::parse(&"é".repeat(81)), Err(IgnoredWhy::TooLong));
        assert_eq!(HostName::parse("  "), Err(IgnoredWhy::Empty));
        for bad in ["<b>Ville</b>", "Ville\u{7}", "Ville\u{202e}elliV", "a\nb"] {
            assert_eq!(HostName::parse(bad), Err(IgnoredWhy::Markup), "{bad:?}");
        }
    }
}
