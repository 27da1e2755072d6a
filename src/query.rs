//! The query string (`?lang=en&etape=age&catalogue=/c.json&tri=date`), read in one place.
//!
//! Parsed once: split on `&`, then on the first `=` (`a=b=c` is `a` → `b=c`; a pair without `=`
//! has an empty value), keys and values percent-decoded with `+` as a space. A pair whose key or
//! value is not valid percent-encoded UTF-8 (`%zz`, `%C3` alone) is ignored, never a panic; the
//! keys of ignored values are remembered so that `?catalogue=` can say it was refused. When a key
//! is repeated, **the first pair wins** (`lang=en&lang=fr` is English): later ones are never read.
//! Written back by [`Query::with`] + [`Query::to_search`] only: the quiz step (`etape=`) and the
//! results' filters and sort (`tri=`, `filtres=`) rewrite the address that way, keeping the other
//! parameters in their order.

/// A parsed query string.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pairs: Vec<(String, String)>,
    /// Keys whose value was not valid percent-encoded UTF-8 (the pair itself is ignored).
    broken: Vec<String>,
}

impl Query {
    /// Parses a raw query string, with or without its leading `?`.
    pub fn parse(search: &str) -> Query {
        let mut q = Query::default();
        let raw = search.strip_prefix('?').unwrap_or(search);
        for pair in raw.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let Some(key) = crate::percent::decode(key, true) else {
                continue;
            };
            match crate::percent::decode(value, true) {
                Some(value) => q.pairs.push((key, value)),
                None => q.broken.push(key),
            }
        }
        q
    }

    /// The query string of the page the app runs in (empty outside a browser).
    pub fn from_page() -> Query {
        let search = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        Query::parse(&search)
    }

    /// The decoded value of the first `key=` pair.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Every pair read, in order (repeated keys too: readers keep the first).
    pub fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// Whether a `key=` pair was ignored because its value was broken (`%zz`, `%C3` alone).
    pub fn is_broken(&self, key: &str) -> bool {
        self.broken.iter().any(|k| k == key)
    }

    /// The same query with `key` set to `value` (every earlier `key=` pair removed, the new one
    /// last), or removed when `value` is `None`.
    pub fn with(mut self, key: &str, value: Option<&str>) -> Query {
        self.pairs.retain(|(k, _)| k != key);
        self.broken.retain(|k| k != key);
        if let Some(v) = value {
            self.pairs.push((key.to_string(), v.to_string()));
        }
        self
    }

    /// The query string to write in an address: empty, or `?` and the pairs, percent-encoded
    /// (`/`, `:`, `@`, `,` left as they are, so `catalogue=/perf/c.json` and `filtres=a,b` read
    /// as before). Pairs that were ignored when parsing are not written back.
    pub fn to_search(&self) -> String {
        // Left readable: legal in a query value and meaningless to our parser.
        fn keep(b: u8) -> bool {
            matches!(
                b,
                b'/' | b':' | b'@' | b',' | b'!' | b'$' | b'\'' | b'(' | b')' | b'*' | b';'
            )
        }
        let mut out = String::new();
        for (k, v) in &self.pairs {
            out.push(if out.is_empty() { '?' } else { '&' });
            out.push_str(&crate::percent::encode(k, keep));
            out.push('=');
            out.push_str(&crate::percent::encode(v, keep));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn broken_escapes_drop_only_their_own_pair() {
        let q = Query::parse("?a=%zz&b=%C3&c=ok&%zz=x&d=%C3%A9");
        assert_eq!(q.get("a"), None);
        assert_eq!(q.get("b"), None);
        assert!(q.is_broken("a") && q.is_broken("b") && !q.is_broken("c"));
        assert_eq!(q.get("c"), Some("ok"));
        assert_eq!(q.get("d"), Some("é"));
        assert_eq!(q.to_search(), "?c=ok&d=%C3%A9");
    }

    #[test]
    fn the_first_of_repeated_keys_wins() {
        let q = Query::parse("lang=en&lang=fr");
        assert_eq!(q.get("lang"), Some("en"));
        assert_eq!(q.with("lang", Some("fr")).to_search(), "?lang=fr");
    }

    #[test]
    fn only_the_first_equals_sign_splits_a_pair_and_plus_is_a_space() {
        let q = Query::parse("a=b=c&flag&s=un+deux%2Btrois");
        assert_eq!(q.get("a"), Some("b=c"));
        assert_eq!(q.get("flag"), Some(""));
        assert_eq!(q.get("s"), Some("un deux+trois"));
        assert_eq!(q.to_search(), "?a=b%3Dc&flag=&s=un%20deux%2Btrois");
    }

    #[test]
    fn empty_queries_have_no_pairs() {
        for s in ["", "?", "&&", "?&"] {
            let q = Query::parse(s);
            assert_eq!(q, Query::default(), "{s:?}");
            assert_eq!(q.to_search(), "");
        }
        assert_eq!(
            Query::parse("?").with("etape", Some("age")).to_search(),
            "?etape=age"
        );
    }

    #[test]
    fn a_ten_thousand_character_query_is_read_without_trouble() {
        let long = format!("x={}&lang=en&y={}", "%41".repeat(3_000), "%".repeat(1_000));
        assert!(long.len() > 10_000);
        let q = Query::parse(&long);
        assert_eq!(q.get("x").map(str::len), Some(3_000));
        assert_eq!(q.get("lang"), Some("en"));
        assert_eq!(q.get("y"), None);
    }

    #[test]
    fn setting_a_key_keeps_the_others_in_order_and_puts_it_last() {
        let q = Query::parse("catalogue=/perf/catalogue.json&etape=age&lang=en");
        assert_eq!(
            q.clone().with("etape", Some("lieu")).to_search(),
            "?catalogue=/perf/catalogue.json&lang=en&etape=lieu"
        );
        assert_eq!(
            q.with("etape", None).with("catalogue", None).to_search(),
            "?lang=en"
        );
    }

    proptest! {
        #[test]
        fn any_text_parses_without_panic_and_what_is_written_reads_back_the_same(
            raw in "\\PC{0,40}|[a-z=&%+?#0-9A-F]{0,40}",
        ) {
            let q = Query::parse(&raw);
            let again = Query::parse(&q.to_search());
            prop_assert_eq!(&again.pairs, &q.pairs);
        }
    }
}
