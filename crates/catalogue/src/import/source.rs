//! The short name of an imported feed (`lheo-feed`, `vandoeuvre`), which namespaces every id
//! it produces so that two feeds, or a feed and the bundled catalogue, never collide.

use std::path::Path;

/// A source name: 1–40 characters among `a-z`, `0-9` and `-` (lower-cased from the input).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SourceName(String);

/// The longest source name: ids are at most 100 characters and keep room for the record's own.
pub const MAX_SOURCE_LEN: usize = 40;

/// The longest id the core accepts (`Limits::default().max_id_chars`).
const MAX_ID: usize = 100;

impl SourceName {
    /// `--source NAME`: lower-cased; letters, digits and `-` only.
    pub fn parse(text: &str) -> Result<SourceName, String> {
        let name = text.trim().to_ascii_lowercase();
        if name.is_empty()
            || name.len() > MAX_SOURCE_LEN
            || !name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            return Err(format!(
                "« {text} » cannot name a source: use 1 to {MAX_SOURCE_LEN} letters a-z, digits or hyphens (e.g. \"vandoeuvre\")"
            ));
        }
        Ok(SourceName(name))
    }

    /// The name derived from a file name (`Flux LHEO 2026.xml` → `flux-lheo-2026`), `import`
    /// when nothing usable is left.
    pub fn from_path(path: &Path) -> SourceName {
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        SourceName::from_text(&stem)
    }

    /// Any text turned into a source name: ASCII letters and digits kept (lower-cased), every
    /// other run of characters one `-`.
    pub fn from_text(text: &str) -> SourceName {
        let mut name = String::new();
        for c in text.chars() {
            if c.is_ascii_alphanumeric() {
                name.push(c.to_ascii_lowercase());
            } else if !name.is_empty() && !name.ends_with('-') {
                name.push('-');
            }
            if name.len() >= MAX_SOURCE_LEN {
                break;
            }
        }
        let name = name.trim_end_matches('-').to_string();
        if name.is_empty() {
            SourceName("import".to_string())
        } else {
            SourceName(name)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The catalogue id of a record whose own id in the feed is `local`: `SOURCE:local`, with
    /// characters the core refuses in ids (spaces, controls…) replaced by `_`. A local id too
    /// long for the 100-character limit is cut and ends with a hash of the whole, so two long
    /// ids sharing a prefix stay distinct.
    pub fn record_id(&self, local: &str) -> String {
        let clean: String = local
            .trim()
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ':' | '/' | '#' | '+') {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let id = format!("{}:{clean}", self.0);
        if id.chars().count() <= MAX_ID {
            return id;
        }
        let hash = fnv1a(local.as_bytes());
        let keep = MAX_ID - 17;
        let head: String = id.chars().take(keep).collect();
        format!("{head}~{hash:016x}")
    }
}

impl std::fmt::Display for SourceName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// FNV-1a 64: a stable hash (std's `DefaultHasher` may change between releases).
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_name_becomes_a_lowercase_hyphenated_source_name() {
        assert_eq!(
            SourceName::from_path(Path::new("/tmp/Flux LHEO 2026.xml")).as_str(),
            "flux-lheo-2026"
        );
        assert_eq!(SourceName::from_text("__").as_str(), "import");
    }

    #[test]
    fn a_source_name_with_a_space_or_an_accent_is_refused() {
        assert!(SourceName::parse("vandœuvre").is_err());
        assert!(SourceName::parse("a b").is_err());
        assert!(SourceName::parse("").is_err());
        assert_eq!(
            SourceName::parse("Vandoeuvre").unwrap().as_str(),
            "vandoeuvre"
        );
    }

    #[test]
    fn record_ids_are_namespaced_without_spaces_and_within_100_characters() {
        let s = SourceName::parse("lheo-feed").unwrap();
        assert_eq!(s.record_id("AF 12"), "lheo-feed:AF_12");
        let long_a = format!("{}a", "x".repeat(200));
        let long_b = format!("{}b", "x".repeat(200));
        let (a, b) = (s.record_id(&long_a), s.record_id(&long_b));
        assert!(a.chars().count() <= 100, "{a}");
        assert_ne!(a, b);
    }
}
