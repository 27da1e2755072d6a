//! `Display` for the catalogue's errors: their English sentence (logs, the CLI, `?` in tests).
//!
//! It lives above both `catalogue` (the types) and `text` (the sentences), which uses
//! `catalogue`: written in `catalogue`, it made `catalogue` and `text` use each other.

use std::fmt;

use crate::catalogue::{DocumentError, Issue};
use crate::text::Lang;

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

impl fmt::Display for DocumentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}
