//! "Ma sélection": the shortlist of course ids ([`Selection`]), written in the address after
//! the profile ([`fragment`]: `#<profile>~afpa-dwwm~crm-cda`), read back robustly, and matched
//! against the catalogue ([`resolve`]: a course gone since the link was made is an
//! [`Entry::Gone`], "plus disponible", never an error).

pub mod code;
pub mod fragment;
pub mod resolve;

pub use code::{Decoded, Full, Selection, SelectionError, MAX_CODE_CHARS, MAX_SELECTED};
pub use fragment::{read_fragment, write_fragment, Fragment, SEPARATOR};
pub use resolve::Entry;
