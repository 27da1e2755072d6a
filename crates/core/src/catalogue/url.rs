//! `HttpUrl`: a link that is known to be `http://` or `https://` (never `javascript:`).

use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

/// An absolute `http(s)` URL, checked when built.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct HttpUrl(String);

impl HttpUrl {
    /// Accepts `http://host…` or `https://host…` without spaces, control, bidi or invisible
    /// characters (at most 2 000 characters); everything else (`javascript:`, `data:`, relative
    /// links) is `None`.
    pub fn parse(text: &str) -> Option<HttpUrl> {
        let unsafe_char =
            |c: char| c.is_whitespace() || super::text_safety::unsafe_kind(c).is_some();
        if text.len() > 2000 || text.chars().any(unsafe_char) {
            return None;
        }
        let lower = text.get(..8).unwrap_or(text).to_ascii_lowercase();
        let rest = if lower.starts_with("https://") {
            text.get(8..)?
        } else if lower.starts_with("http://") {
            text.get(7..)?
        } else {
            return None;
        };
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        let host = host.rsplit('@').next().unwrap_or("");
        let ok_host = !host.is_empty()
            && !host.starts_with('.')
            && host
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
        ok_host.then(|| HttpUrl(text.to_string()))
    }

    /// The URL text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for HttpUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for HttpUrl {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<str>::deserialize(d)?;
        HttpUrl::parse(&text).ok_or_else(|| {
            let shown: String = text.chars().take(60).collect();
            serde::de::Error::custom(crate::serde_tag::tagged_message("url", &shown))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_and_https() {
        assert!(HttpUrl::parse("https://exemple.fr/formation?id=3").is_some());
        assert!(HttpUrl::parse("HTTP://exemple.fr").is_some());
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<script>",
            "//exemple.fr",
            "/formation",
            "https://",
            "https:// exemple.fr",
            "ftp://exemple.fr",
            "https://exa<mple.fr",
            "https://exemple.fr/\n",
            "https://exemple.fr/photo-\u{202E}gpj.exe",
            "https://exemple\u{200B}.fr/",
        ] {
            assert!(HttpUrl::parse(bad).is_none(), "{bad}");
        }
    }
}
