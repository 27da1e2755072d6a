//! Size caps for hostile or broken catalogues: one set, used by the app and the CLI alike.

/// Largest catalogue document, in bytes: 32 MiB. A national catalogue of 100 000 sessions is
/// about 23 MB (`docs/performance.md`), so it fits with room; a captive portal's or an
/// attacker's endless body is refused before it is decoded. The CLI reads at most this many
/// bytes plus one, the app refuses a bigger body.
pub const MAX_DOCUMENT_BYTES: usize = 32 * 1024 * 1024;

/// Size caps for hostile or broken catalogues. All lengths are in characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Whole document, in bytes (default [`MAX_DOCUMENT_BYTES`]).
    pub max_document_bytes: usize,
    /// Records per array (default 500 000).
    pub max_records: usize,
    /// Ids (default 100).
    pub max_id_chars: usize,
    /// Titles and names (default 200).
    pub max_title_chars: usize,
    /// Longer texts: summaries, prerequisites, details (default 2 000).
    pub max_text_chars: usize,
    /// Items in a list field (default 50).
    pub max_list_items: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_document_bytes: MAX_DOCUMENT_BYTES,
            max_records: 500_000,
            max_id_chars: 100,
            max_title_chars: 200,
            max_text_chars: 2_000,
            max_list_items: 50,
        }
    }
}
