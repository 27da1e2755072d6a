//! Which catalogue file a link may ask for with `?catalogue=`: only a `.json` file of this very
//! site. A link on our address must never show a stranger's catalogue (their phone numbers and
//! sign-up links) as ours.
//!
//! Two checks, both needed. [`pre_check`] is pure (tested natively, with a property test): it
//! refuses control characters and backslashes outright — the browser's URL parser silently drops
//! tab, LF and CR and reads `\` as `/`, so `/%09/other-host/c.json` *looks* like a path but
//! resolves to `//other-host/c.json` — and accepts only a path starting with exactly one `/`.
//! [`resolve`] then asks the browser's own URL parser to resolve the candidate against the page's
//! address and compares **origins** (never strings); what is fetched is the URL it resolved, so the
//! file fetched is the file checked. Both work on the value as [`Query`] decoded it (the one
//! reader of the query string).

use crate::query::Query;

/// The query parameter naming a catalogue: `?catalogue=/path/to/catalogue.json`.
pub const PARAM: &str = "catalogue";

/// Longest value accepted: a path on this site has no reason to be longer, and a bound keeps a
/// hostile link from making every check walk megabytes.
pub const MAX_LEN: usize = 2048;

/// Why a `?catalogue=` value was refused (the bundled catalogue is used instead).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The percent-encoding is broken or does not decode to UTF-8.
    Malformed,
    /// Longer than [`MAX_LEN`].
    TooLong,
    /// A control character (tab, LF, CR, NUL, ESC, DEL…): the URL parser would drop or misread it.
    ControlCharacter,
    /// A backslash: the URL parser reads it as `/`, so `/\host` would name another site.
    Backslash,
    /// Not a path starting with exactly one `/` (`//host`, `https://…`, `javascript:`, `c.json`).
    NotAPath,
    /// Not a `.json` file.
    NotJson,
    /// The browser's URL parser resolves it to another origin.
    OtherOrigin,
}

/// A `?catalogue=` value that passed [`pre_check`]: decoded, without control characters or
/// backslashes, starting with exactly one `/`, ending with `.json`. Only [`pre_check`] makes one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SameOriginPath(String);

impl SameOriginPath {
    /// The path, e.g. `/perf/catalogue.json`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What the address asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Requested {
    /// No `?catalogue=`: the bundled catalogue.
    Default,
    /// A value that passed the pure check (the URL parser still has to agree).
    Path(SameOriginPath),
    /// A value refused: the bundled catalogue is used and the page says why.
    Refused(Refusal),
}

/// Reads `?catalogue=` in the query ([`Query`] decodes it: the first `catalogue=` counts, later
/// ones are never read). A value whose percent-encoding is broken is refused as malformed.
pub fn requested(query: &Query) -> Requested {
    match query.get(PARAM) {
        Some(value) => match pre_check(value) {
            Ok(path) => Requested::Path(path),
            Err(refusal) => Requested::Refused(refusal),
        },
        None if query.is_broken(PARAM) => Requested::Refused(Refusal::Malformed),
        None => Requested::Default,
    }
}

/// The pure check of a decoded `?catalogue=` value.
pub fn pre_check(decoded: &str) -> Result<SameOriginPath, Refusal> {
    if decoded.len() > MAX_LEN {
        return Err(Refusal::TooLong);
    }
    if decoded.chars().any(char::is_control) {
        return Err(Refusal::ControlCharacter);
    }
    if decoded.contains('\\') {
        return Err(Refusal::Backslash);
    }
    let mut chars = decoded.chars();
    if chars.next() != Some('/') || chars.next().is_none_or(|c| c == '/') {
        return Err(Refusal::NotAPath);
    }
    if !decoded.ends_with(".json") {
        return Err(Refusal::NotJson);
    }
    Ok(SameOriginPath(decoded.to_string()))
}

/// Resolves `candidate` against the page's address `page_href` with the browser's URL parser and
/// returns the absolute URL when its origin is the page's. Any parse failure is a refusal.
pub fn resolve(candidate: &str, page_href: &str) -> Result<String, Refusal> {
    let page = web_sys::Url::new(page_href).map_err(|_| Refusal::OtherOrigin)?;
    let url =
        web_sys::Url::new_with_base(candidate, page_href).map_err(|_| Refusal::OtherOrigin)?;
    if url.origin() != page.origin() || url.origin() == "null" {
        return Err(Refusal::OtherOrigin);
    }
    Ok(url.href())
}

/// Both checks for a query against a page address: the URL to fetch, `None` for the bundled
/// catalogue, or why the requested one was refused.
pub fn choose(query: &Query, page_href: &str) -> Result<Option<String>, Refusal> {
    match requested(query) {
        Requested::Default => Ok(None),
        Requested::Refused(r) => Err(r),
        Requested::Path(p) => resolve(p.as_str(), page_href).map(Some),
    }
}

/// [`choose`] for the page the app runs in.
pub fn from_page() -> Result<Option<String>, Refusal> {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return Ok(None);
    };
    let href = location.href().unwrap_or_default();
    choose(&Query::from_page(), &href)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The check of a raw (still percent-encoded) value, as a link gives it.
    fn check(raw: &str) -> Result<SameOriginPath, Refusal> {
        let raw = raw.replace('&', "%26").replace('#', "%23");
        match requested(&Query::parse(&format!("{PARAM}={raw}"))) {
            Requested::Path(p) => Ok(p),
            Requested::Refused(r) => Err(r),
            Requested::Default => panic!("{raw}: not read"),
        }
    }

    fn requested_in(search: &str) -> Requested {
        requested(&Query::parse(search))
    }

    #[test]
    fn a_json_path_of_this_site_is_accepted_decoded() {
        for (raw, path) in [
            ("/perf/catalogue.json", "/perf/catalogue.json"),
            (
                "%2Fbench%2Fcatalogue-100k.json",
                "/bench/catalogue-100k.json",
            ),
            ("/a%20b/%C3%A9t%C3%A9.json", "/a b/été.json"),
        ] {
            assert_eq!(check(raw).map(|p| p.0), Ok(path.to_string()));
        }
    }

    #[test]
    fn control_characters_that_the_url_parser_drops_are_refused() {
        for raw in [
            "/%09/other-host/c.json",
            "/%0A/other-host/c.json",
            "/%0D/other-host/c.json",
            "/%00/c.json",
            "/%1B/c.json",
            "/%7F/c.json",
            "/%C2%85/c.json",
            "%09//other-host/c.json",
        ] {
            assert_eq!(check(raw), Err(Refusal::ControlCharacter), "{raw}");
        }
    }

    #[test]
    fn backslashes_are_refused_encoded_or_not() {
        for raw in [
            "/%5Cother-host/c.json",
            "/\\other-host/c.json",
            "%5C%5Cother-host/c.json",
        ] {
            assert_eq!(check(raw), Err(Refusal::Backslash), "{raw}");
        }
    }

    #[test]
    fn other_hosts_schemes_and_relative_paths_are_not_paths() {
        for raw in [
            "//other-host/c.json",
            "/%2Fother-host/c.json",
            "%2F%2Fother-host/c.json",
            "https://other-host/c.json",
            "http://other-host/c.json",
            "https:other-host/c.json",
            "//user:pw@other-host/c.json",
            "javascript:alert(1)//.json",
            "c.json",
            " /c.json",
            "/",
            "",
        ] {
            let got = check(raw);
            assert!(
                got == Err(Refusal::NotAPath) || got == Err(Refusal::NotJson),
                "{raw}: {got:?}"
            );
        }
    }

    #[test]
    fn broken_encoding_non_json_and_huge_values_are_refused() {
        assert_eq!(check("/c%zz.json"), Err(Refusal::Malformed));
        assert_eq!(check("/%FF.json"), Err(Refusal::Malformed));
        assert_eq!(check("/c.html"), Err(Refusal::NotJson));
        let long = format!("/{}.json", "a".repeat(MAX_LEN));
        assert_eq!(check(&long), Err(Refusal::TooLong));
    }

    #[test]
    fn only_the_catalogue_parameter_is_read_and_the_first_one_counts() {
        assert_eq!(requested_in(""), Requested::Default);
        assert_eq!(requested_in("?lang=en&etape=age"), Requested::Default);
        assert_eq!(requested_in("?catalogues=//x.json"), Requested::Default);
        assert_eq!(
            requested_in("?lang=en&catalogue=/p/c.json&catalogue=//evil/c.json"),
            Requested::Path(SameOriginPath("/p/c.json".into()))
        );
        assert_eq!(
            requested_in("catalogue=/%09/other-host/c.json"),
            Requested::Refused(Refusal::ControlCharacter)
        );
    }

    proptest! {
        #[test]
        fn arbitrary_query_strings_never_panic_and_accept_only_same_origin_paths(
            raw in "\\PC*",
            before in "[a-z=&]{0,8}",
            value in "\\PC{0,12}|[/\\\\%0-9A-Fa-f:@.\t\n\r a-z]{0,24}",
        ) {
            for search in [
                raw.clone(),
                format!("?{before}&catalogue={value}"),
                format!("catalogue={value}.json"),
                format!("catalogue={raw}.json"),
            ] {
                if let Requested::Path(p) = requested_in(&search) {
                    let s = p.as_str();
                    // A path-absolute reference by construction: one `/`, then not a second
                    // one; nothing the URL parser would drop or turn into `/`.
                    prop_assert!(s.starts_with('/'), "{search:?}");
                    prop_assert!(!s[1..].starts_with('/'), "{search:?}");
                    prop_assert!(!s.contains('\\'), "{search:?}");
                    prop_assert!(!s.chars().any(char::is_control), "{search:?}");
                    prop_assert!(s.ends_with(".json"), "{search:?}");
                }
            }
        }

        #[test]
        fn an_encoded_prefix_never_smuggles_a_second_slash(
            prefix in "(%2F|%2f|/|%5C|%09|%0A|%0D|%20|\\\\)*",
            host in "[a-z]{1,12}",
        ) {
            let raw = format!("/{prefix}{host}/c.json");
            if let Ok(p) = check(&raw) {
                prop_assert!(!p.as_str()[1..].starts_with('/'));
                prop_assert!(p.as_str().starts_with('/'));
            }
        }
    }
}
