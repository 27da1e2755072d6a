//! The event of a session's start date or application deadline ([`session_event`]) and the
//! `.ics` file holding events ([`calendar`]): all-day (`DTSTART;VALUE=DATE` and the next day as
//! `DTEND`, RFC 5545 §3.6.1), a `UID` stable across downloads, the place and the link.

use super::ics::{ics_date, Stamp, Writer};
use crate::catalogue::{Catalogue, HttpUrl, Intake};
use crate::date::Date;
use crate::text::{counsel_words, fill, Lang};

/// Which date of a session the event is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EventKind {
    /// The first day of the session.
    Start,
    /// The last day to apply.
    Deadline,
}

impl EventKind {
    /// Its name in the `UID` and the file name (kept forever: a calendar recognises an event
    /// downloaded twice by its `UID`).
    pub fn slug(self) -> &'static str {
        match self {
            EventKind::Start => "debut",
            EventKind::Deadline => "candidature",
        }
    }
}

/// Why a session has no event (no "Ajouter à mon agenda" button then).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NoEvent {
    /// The catalogue gives no day: no date, or only its month or year (the importers leave
    /// those unknown rather than make up a day).
    DateUnknown,
    /// The next session is "à confirmer": a start date it carries is not announced.
    ToBeConfirmed,
    /// The day is before the day of the stamp.
    Passed,
    /// No session at that position (a catalogue that changed).
    NoSuchSession,
}

impl NoEvent {
    /// Why, in words.
    pub fn describe(self, lang: Lang) -> &'static str {
        let w = counsel_words(lang);
        match self {
            NoEvent::DateUnknown => w.no_event_unknown,
            NoEvent::ToBeConfirmed => w.no_event_to_confirm,
            NoEvent::Passed => w.no_event_passed,
            NoEvent::NoSuchSession => w.no_event_gone,
        }
    }
}

/// One all-day event, ready to write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// Start or deadline.
    pub kind: EventKind,
    /// The day.
    pub date: Date,
    /// `<kind>/<course id>/<session id>@aiguillage` (`/` and `%` of the ids percent-encoded,
    /// so two different pairs of ids never give the same UID).
    pub uid: String,
    /// When the event was made (`DTSTAMP`).
    pub stamp: Stamp,
    /// The title line.
    pub summary: String,
    /// The place's name and address, or "À distance".
    pub location: String,
    /// Provider, link, and a word that dates change.
    pub description: String,
    /// The page to go back to.
    pub url: HttpUrl,
}

/// `/` and `%` percent-encoded: the UID's separator cannot appear inside an id.
fn uid_part(id: &str) -> String {
    id.replace('%', "%25").replace('/', "%2F")
}

/// The event of a session's start (`Start`) or deadline (`Deadline`), with `link` the page it
/// points to (the course page; without the profile fragment is best, a calendar syncs to a
/// server). `stamp` is now, in UTC.
pub fn session_event(
    cat: &Catalogue,
    session: usize,
    kind: EventKind,
    link: &HttpUrl,
    stamp: Stamp,
    lang: Lang,
) -> Result<Event, NoEvent> {
    let s = cat.sessions().get(session).ok_or(NoEvent::NoSuchSession)?;
    let course = cat.course_of(session).ok_or(NoEvent::NoSuchSession)?;
    let date = match kind {
        EventKind::Start if s.intake == Intake::AConfirmer => {
            return Err(NoEvent::ToBeConfirmed);
        }
        EventKind::Start => s.start,
        EventKind::Deadline => s.application_deadline,
    }
    .ok_or(NoEvent::DateUnknown)?;
    if date < stamp.date() {
        return Err(NoEvent::Passed);
    }
    let w = counsel_words(lang);
    let title = course.title.as_str();
    let summary = fill(
        match kind {
            EventKind::Start => w.event_start,
            EventKind::Deadline => w.event_deadline,
        },
        &[("title", title)],
    );
    let location = match cat.place_of(session) {
        Some(p) => format!("{}, {}", p.name, p.address.one_line()),
        None => w.event_remote.to_string(),
    };
    let mut lines: Vec<String> = Vec::with_capacity(4);
    lines.push(title.to_string());
    if let Some(p) = cat.provider_of(course) {
        lines.push(fill(w.event_provider, &[("provider", &p.name)]));
    }
    lines.push(fill(w.event_link, &[("link", link.as_str())]));
    lines.push(w.event_check.to_string());
    Ok(Event {
        kind,
        date,
        uid: format!(
            "{}/{}/{}@aiguillage",
            kind.slug(),
            uid_part(&course.id),
            uid_part(&s.id)
        ),
        stamp,
        summary,
        location,
        description: lines.join("\n"),
        url: link.clone(),
    })
}

impl Event {
    /// A file name for the download: `aiguillage-debut-<session id>.ics`, with only ASCII
    /// letters, digits and `-` (other characters become `-`).
    pub fn file_name(&self, session_id: &str) -> String {
        let id: String = session_id
            .chars()
            .take(60)
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        format!("aiguillage-{}-{id}.ics", self.kind.slug())
    }

    fn write(&self, w: &mut Writer) {
        w.raw("BEGIN", "VEVENT");
        w.text("UID", &self.uid);
        w.raw("DTSTAMP", &self.stamp.to_ics());
        w.raw("DTSTART;VALUE=DATE", &ics_date(self.date));
        // All-day: DTEND is the next day, not included (§3.6.1).
        w.raw("DTEND;VALUE=DATE", &ics_date(self.date.add_days(1)));
        w.text("SUMMARY", &self.summary);
        w.text("LOCATION", &self.location);
        w.text("DESCRIPTION", &self.description);
        // URI value (§3.3.13): not TEXT, so not escaped; an HttpUrl holds no space or control.
        w.raw("URL", self.url.as_str());
        // A day marked, not an appointment that makes the person busy.
        w.raw("TRANSP", "TRANSPARENT");
        w.raw("END", "VEVENT");
    }
}

/// The `.ics` file: one `VCALENDAR` with these events, every line folded and ended by CRLF.
pub fn calendar(events: &[Event]) -> String {
    let mut w = Writer::default();
    w.raw("BEGIN", "VCALENDAR");
    w.raw("VERSION", "2.0");
    w.raw("PRODID", "-//Aiguillage//Aiguillage//FR");
    w.raw("CALSCALE", "GREGORIAN");
    w.raw("METHOD", "PUBLISH");
    for e in events {
        e.write(&mut w);
    }
    w.raw("END", "VCALENDAR");
    w.out
}
