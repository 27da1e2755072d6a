//! LHEO 2.2 / 2.3 XML feeds (Carif-Oref network, France Travail) → catalogue records, read
//! as a stream (never a tree of the whole file).

use std::io::BufRead;

use super::{Format, ImportError, Imported, Options};

/// Maps an LHEO feed: one course per `action`, one session per `session`.
pub fn import(_input: &mut dyn BufRead, _options: &Options) -> Result<Imported, ImportError> {
    Err(ImportError::NotYet(Format::Lheo))
}
