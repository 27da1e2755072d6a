//! The `.ics` of "Ajouter à mon agenda" (issue 14, item 6) on the example catalogue, read back
//! by a real iCalendar parser (PyPI `icalendar`, pinned in xtask/src/setup.rs).

use aiguillage_core::calendar::{calendar, session_event, EventKind, NoEvent, Stamp};
use aiguillage_core::catalogue::HttpUrl;
use aiguillage_core::{Catalogue, Date, Lang};
use std::path::Path;

fn example(edit: impl Fn(String) -> String) -> Catalogue {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/catalogue-example.json");
    let text = std::fs::read_to_string(path).expect("example catalogue");
    let (cat, issues) = Catalogue::from_json(&edit(text));
    assert!(issues.is_empty(), "{issues:?}");
    cat
}

fn session(cat: &Catalogue, id: &str) -> usize {
    cat.session_by_id(id).map(|(i, _)| i).expect(id)
}

/// 2026-12-01T18:25:35Z.
fn stamp() -> Stamp {
    Stamp::new(Date::parse("2026-12-01").unwrap(), 18, 25, 35).unwrap()
}

fn link() -> HttpUrl {
    HttpUrl::parse("https://aiguillage.example.fr/formation/exemple-formation-dwwm").unwrap()
}

#[test]
fn a_fixed_start_date_gives_an_all_day_event_with_the_place_and_the_link() {
    let cat = example(|t| t);
    let s = session(&cat, "exemple-session-dwwm-2027-01");
    let e = session_event(&cat, s, EventKind::Start, &link(), stamp(), Lang::Fr).unwrap();
    assert_eq!(e.date, Date::parse("2027-01-12").unwrap());
    assert!(
        e.summary.starts_with("Début de la formation « "),
        "{}",
        e.summary
    );
    assert_eq!(
        e.location,
        "Campus Exemple Montreuil, 1 rue de l'Exemple 93100 Montreuil"
    );
    assert!(e.description.contains(link().as_str()));
    let ics = calendar(std::slice::from_ref(&e));
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Aiguillage//Aiguillage//FR",
        "BEGIN:VEVENT",
        "DTSTAMP:20261201T182535Z",
        "DTSTART;VALUE=DATE:20270112",
        "DTEND;VALUE=DATE:20270113",
        "UID:debut/exemple-formation-dwwm/exemple-session-dwwm-2027-01@aiguillage",
        "LOCATION:Campus Exemple Montreuil\\, 1 rue de l'Exemple 93100 Montreuil",
        "END:VEVENT",
        "END:VCALENDAR",
    ] {
        assert!(
            ics.contains(&format!("{line}\r\n")),
            "no line « {line} » in\n{ics}"
        );
    }
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(
        ics.matches('\n').count(),
        ics.matches("\r\n").count(),
        "every line ends in CRLF"
    );
    assert_eq!(
        e.file_name("exemple-session-dwwm-2027-01"),
        "aiguillage-debut-exemple-session-dwwm-2027-01.ics"
    );
    // Downloaded again later: the same UID, so a calendar updates the event instead of doubling it.
    let later = Stamp::new(Date::parse("2026-12-10").unwrap(), 8, 0, 0).unwrap();
    let again = session_event(&cat, s, EventKind::Start, &link(), later, Lang::En).unwrap();
    assert_eq!(again.uid, e.uid);
    assert_ne!(
        session_event(&cat, s, EventKind::Deadline, &link(), stamp(), Lang::Fr)
            .unwrap()
            .uid,
        e.uid
    );
}

#[test]
fn no_event_without_a_known_day_an_announced_session_or_a_future_date() {
    let cat = example(|t| t);
    let ev = |id: &str, kind, at: Stamp| {
        session_event(&cat, session(&cat, id), kind, &link(), at, Lang::Fr)
    };
    // Rolling entries: no start date, no deadline.
    assert_eq!(
        ev("exemple-session-tai-permanent", EventKind::Start, stamp()),
        Err(NoEvent::DateUnknown)
    );
    assert_eq!(
        ev(
            "exemple-session-tai-permanent",
            EventKind::Deadline,
            stamp()
        ),
        Err(NoEvent::DateUnknown)
    );
    assert_eq!(
        ev("exemple-session-bases-distance", EventKind::Start, stamp()),
        Err(NoEvent::ToBeConfirmed)
    );
    // The deadline is 2026-12-18: still on that day, gone the day after.
    let on = |d: &str| Stamp::new(Date::parse(d).unwrap(), 23, 59, 59).unwrap();
    assert!(ev(
        "exemple-session-dwwm-2027-01",
        EventKind::Deadline,
        on("2026-12-18")
    )
    .is_ok());
    assert_eq!(
        ev(
            "exemple-session-dwwm-2027-01",
            EventKind::Deadline,
            on("2026-12-19")
        ),
        Err(NoEvent::Passed)
    );
    assert_eq!(
        session_event(&cat, 99, EventKind::Start, &link(), stamp(), Lang::Fr),
        Err(NoEvent::NoSuchSession)
    );
    // A start date on a session « à confirmer » is not an announcement.
    let unannounced = example(|t| {
        t.replace(
            r#""intake": "a-confirmer""#,
            r#""intake": "a-confirmer", "start": "2027-03-01""#,
        )
    });
    assert_eq!(
        session_event(
            &unannounced,
            session(&unannounced, "exemple-session-bases-distance"),
            EventKind::Start,
            &link(),
            stamp(),
            Lang::Fr
        ),
        Err(NoEvent::ToBeConfirmed)
    );
    for lang in Lang::ALL {
        assert!(!NoEvent::ToBeConfirmed.describe(lang).is_empty());
    }
}

/// A title with every character TEXT escapes and a long name: the parser must give it back.
const TRICKY_TITLE: &str =
    "Développeur·se web; mobile, et \\ API — formation longue pour qui veut un métier du numérique";

/// Runs `read.py` on the files; `None` (said) when Python or `icalendar` is missing.
fn read_with_icalendar(files: &[&Path]) -> Option<String> {
    let python = std::env::var("AIGUILLAGE_PYTHON").unwrap_or_else(|_| "python3".into());
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ics/read.py");
    let out = std::process::Command::new(&python)
        .arg(script)
        .args(files)
        .output();
    let Ok(out) = out else {
        println!("skipped: icalendar not installed (no {python})");
        return None;
    };
    if out.status.code() == Some(3) {
        println!("skipped: icalendar not installed (for {python})");
        return None;
    }
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn the_ics_is_read_by_a_real_parser_with_the_right_date_summary_and_text() {
    let cat = example(|t| {
        t.replace(
            "Développeur web et web mobile (exemple)",
            &TRICKY_TITLE.replace('\\', "\\\\"),
        )
    });
    let s = session(&cat, "exemple-session-dwwm-2027-01");
    let start = session_event(&cat, s, EventKind::Start, &link(), stamp(), Lang::Fr).unwrap();
    let deadline = session_event(&cat, s, EventKind::Deadline, &link(), stamp(), Lang::En).unwrap();
    assert!(
        start.summary.contains(TRICKY_TITLE),
        "the fixture's title was replaced: {}",
        start.summary
    );
    let dir = std::env::temp_dir().join(format!("aiguillage-ics-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (a, b) = (dir.join("start.ics"), dir.join("both.ics"));
    std::fs::write(&a, calendar(std::slice::from_ref(&start))).unwrap();
    std::fs::write(&b, calendar(&[start.clone(), deadline.clone()])).unwrap();
    let read = read_with_icalendar(&[&a, &b]);
    let _ = std::fs::remove_dir_all(&dir);
    let Some(json) = read else {
        return;
    };
    let events: serde_json::Value = serde_json::from_str(&json).unwrap();
    let events = events.as_array().unwrap();
    assert_eq!(events.len(), 3, "{json}");
    let first = &events[0];
    assert_eq!(first["version"], "2.0");
    assert_eq!(first["prodid"], "-//Aiguillage//Aiguillage//FR");
    assert_eq!(first["dtstart"], "2027-01-12");
    assert_eq!(first["dtstart_is_date"], true);
    assert_eq!(first["dtend"], "2027-01-13");
    assert_eq!(first["dtstamp"], "2026-12-01T18:25:35+00:00");
    assert_eq!(first["summary"], start.summary.as_str());
    assert_eq!(first["location"], start.location.as_str());
    assert_eq!(first["description"], start.description.as_str());
    assert_eq!(first["uid"], start.uid.as_str());
    assert_eq!(first["url"], link().as_str());
    assert_eq!(first["errors"], serde_json::json!([]));
    let last = &events[2];
    assert_eq!(last["dtstart"], "2026-12-18");
    assert_eq!(last["summary"], deadline.summary.as_str());
    assert!(deadline.summary.starts_with("Last day to apply to"));
}
