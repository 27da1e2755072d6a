//! "Ajouter à mon agenda": an RFC 5545 `.ics` for a session's start date or application
//! deadline ([`session_event`], [`calendar`]), written by the small iCalendar writer of
//! [`ics`] (TEXT escaping, 75-octet folding, CRLF). No clock here: the caller gives the
//! `DTSTAMP` ([`Stamp`]).
//!
//! ```
//! use aiguillage_core::calendar::{calendar, session_event, EventKind, Stamp};
//! use aiguillage_core::catalogue::HttpUrl;
//! use aiguillage_core::{Catalogue, Date, Lang};
//!
//! let (cat, _) = Catalogue::from_json(r#"{"schema_version":1}"#);
//! let stamp = Stamp::from_unix_seconds(1_796_148_000).unwrap();
//! let link = HttpUrl::parse("https://example.org/formation/x").unwrap();
//! // No such session: a typed reason, never a file with a made-up date.
//! assert!(session_event(&cat, 0, EventKind::Start, &link, stamp, Lang::Fr).is_err());
//! assert!(calendar(&[]).starts_with("BEGIN:VCALENDAR\r\n"));
//! ```

pub mod event;
pub mod ics;

pub use event::{calendar, session_event, Event, EventKind, NoEvent};
pub use ics::{escape_text, fold_line, unfold, Stamp};
