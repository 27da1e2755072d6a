//! What the webmaster typed as the catalogue's address: an `https://` address (any host: the
//! page only reads the file, it never shows it to a person as ours) or a path of this site.
//! Plain `http://` is refused: a page served over https cannot fetch it (mixed content), and a
//! feed the app may load must be https (docs/sources.md).

/// An address the page may fetch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Address {
    /// `https://host/…`.
    Https(String),
    /// `/path/on/this/site.json`.
    Path(String),
}

/// Why a typed address is not fetched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AddressError {
    /// Nothing typed.
    Empty,
    /// Neither https nor a path of this site (`http://…`, `//host`, `ftp:`, a bare name).
    Refused(String),
}

/// Reads what was typed (spaces around are ignored).
pub fn parse(typed: &str) -> Result<Address, AddressError> {
    let text = typed.trim();
    if text.is_empty() {
        return Err(AddressError::Empty);
    }
    let refused = || AddressError::Refused(text.to_string());
    if text
        .chars()
        .any(|c| c.is_control() || c.is_whitespace() || c == '\\')
    {
        return Err(refused());
    }
    if let Some(rest) = strip_prefix_ignore_case(text, "https://") {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        if host.is_empty() || host.contains('@') {
            return Err(refused());
        }
        return Ok(Address::Https(text.to_string()));
    }
    if text.starts_with('/') && !text.starts_with("//") {
        return Ok(Address::Path(text.to_string()));
    }
    Err(refused())
}

impl Address {
    /// The address as fetched.
    pub fn as_str(&self) -> &str {
        match self {
            Address::Https(u) | Address::Path(u) => u,
        }
    }
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| text.get(prefix.len()..))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_addresses_and_paths_of_this_site_are_fetched() {
        assert_eq!(
            parse("  https://donnees.exemple.fr/formations.json "),
            Ok(Address::Https(
                "https://donnees.exemple.fr/formations.json".into()
            ))
        );
        assert_eq!(
            parse("HTTPS://exemple.fr"),
            Ok(Address::Https("HTTPS://exemple.fr".into()))
        );
        assert_eq!(
            parse("/data/catalogue.json"),
            Ok(Address::Path("/data/catalogue.json".into()))
        );
    }

    #[test]
    fn http_other_schemes_protocol_relative_and_credentials_are_refused_with_what_was_typed() {
        for typed in [
            "http://exemple.fr/f.json",
            "//exemple.fr/f.json",
            "javascript:alert(1)",
            "data/ville.json",
            "https://",
            "https://user@exemple.fr/f.json",
            "/a b.json",
            "/a\\b.json",
        ] {
            assert_eq!(
                parse(typed),
                Err(AddressError::Refused(typed.into())),
                "{typed}"
            );
        }
        assert_eq!(parse("   "), Err(AddressError::Empty));
    }
}
