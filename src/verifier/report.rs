//! The downloadable report: plain text (any editor, any mail client opens it; a spreadsheet is
//! no better for sentences), in the page's language, with every issue (the page shows the first
//! ones only). Pure: the page turns it into a Blob URL (`download.rs`).

use aiguillage_core::text::fill;
use aiguillage_core::Lang;

use super::check::Checked;
use super::texts::Texts;
use super::words;

/// The report's file name.
pub const FILE_NAME: &str = "rapport-catalogue.txt";

/// The report of `c`, one fact per line, Windows line ends (Notepad shows Unix ones fine now,
/// but older mail clients do not).
pub fn text(c: &Checked, t: &Texts, lang: Lang) -> String {
    let mut lines: Vec<String> = vec![
        t.report_title.to_string(),
        fill(t.report_source, &[("source", &c.source)]),
        fill(t.report_date, &[("date", &words::date(lang, c.today))]),
    ];
    if let Some(name) = &c.name {
        lines.push(fill(t.about_name, &[("name", name)]));
    }
    if let Some(publisher) = &c.publisher {
        lines.push(fill(t.about_publisher, &[("publisher", publisher)]));
    }
    if let Some(d) = c.generated_on {
        lines.push(fill(t.about_date, &[("date", &words::date(lang, d))]));
    }
    lines.push(String::new());
    lines.push(t.counts_title.to_string());
    lines.push(format!(
        "{}\t{}\t{}",
        t.col_records, t.col_kept, t.col_refused
    ));
    for (label, kept, refused) in rows(c, t) {
        lines.push(format!("{label}\t{kept}\t{refused}"));
    }
    lines.push(fill(t.warnings, &[("n", &c.counts.warnings.to_string())]));
    lines.push(String::new());
    lines.push(t.people_title.to_string());
    match &c.home {
        Some(h) => {
            lines.push(words::home(t, lang, h, c.today));
            for o in &c.samples {
                lines.push(format!("- {}", words::outcome_line(t, lang, o)));
            }
        }
        None => lines.push(t.people_none.to_string()),
    }
    lines.push(String::new());
    lines.push(fill(t.issues_title, &[("n", &c.issues.len().to_string())]));
    if c.issues.is_empty() {
        lines.push(t.issues_none.to_string());
    }
    for issue in &c.issues {
        lines.push(format!("- {}", issue.describe(lang)));
    }
    lines.push(String::new());
    lines.join("\r\n")
}

/// The counts table's rows: label, kept, refused.
pub fn rows(c: &Checked, t: &Texts) -> [(&'static str, usize, usize); 5] {
    let n = &c.counts;
    [
        (t.row_courses, n.courses, n.courses_refused),
        (t.row_sessions, n.sessions, n.sessions_refused),
        (t.row_places, n.places, n.places_refused),
        (t.row_providers, n.providers, n.providers_refused),
        (t.row_help_places, n.help_places, n.help_places_refused),
    ]
}

#[cfg(test)]
mod tests {
    use super::super::check::check;
    use super::super::{en::EN, fr::FR};
    use super::*;
    use aiguillage_core::Date;

    const BROKEN: &str = r#"{"schema_version": 1, "name": "Ville exemple",
      "providers": [{"id": "p", "name": "Organisme"}],
      "places": [{"id": "l", "provider": "p", "name": "Site", "address": {"postcode": "93100", "city": "Montreuil", "insee_code": "93048"}, "latitude": 48.86, "longitude": 2.44, "coordinates_precision": "commune"}],
      "courses": [{"id": "web", "provider": "p", "title": "Développeur web", "domains": ["developpement-web-mobile"], "source_url": "https://exemple.invalid/c", "verified_on": "2026-11-03"}],
      "sessions": [{"id": "s1", "course": "web", "place": "l", "intake": "a-confirmer"},
                   {"id": "s2", "course": "web", "place": "l", "intake": "dates-fixes", "start": "2027-13-01"}]}"#;

    fn today() -> Date {
        Date::new(2026, 12, 1).expect("a date")
    }

    #[test]
    fn the_report_has_the_counts_the_sample_people_and_every_issue_with_record_and_field() {
        let c = check("ville.json", BROKEN.as_bytes(), today()).expect("readable");
        let fr = text(&c, &FR, Lang::Fr);
        assert!(fr.starts_with("Rapport de vérification d'un catalogue Aiguillage\r\nSource\u{a0}: ville.json\r\nVérifié le 1er décembre 2026\r\nNom\u{a0}: Ville exemple\r\n"), "{fr}");
        assert!(fr.contains("\r\nSessions\t1\t1\r\n"), "{fr}");
        assert!(fr.contains("\r\nFormations\t1\t0\r\n"), "{fr}");
        assert!(
            fr.contains(
                "Problèmes trouvés\u{a0}: 1\r\n- sessions[1] (id « s2 »), champ `start`\u{a0}: "
            ),
            "{fr}"
        );
        assert!(fr.contains("habitant Montreuil (code INSEE 93048)"), "{fr}");
        assert!(fr.contains("- Une personne de 20 ans, sans diplôme, inscrite à France Travail, jusqu'à 20 km\u{a0}: formations trouvées\u{a0}: 1, à moins de 20 km\u{a0}; lieux d'aide proposés\u{a0}: 0"), "{fr}");
        let en = text(&c, &EN, Lang::En);
        assert!(
            en.contains("- sessions[1] (id \"s2\"), field `start`: "),
            "{en}"
        );
        assert!(en.contains("\r\nSessions\t1\t1\r\n"), "{en}");
    }

    #[test]
    fn a_clean_catalogue_says_no_issue() {
        let clean = BROKEN.replace(r#""start": "2027-13-01""#, r#""start": "2027-03-01""#);
        let c = check("ville.json", clean.as_bytes(), today()).expect("readable");
        assert!(text(&c, &FR, Lang::Fr).contains("Problèmes trouvés\u{a0}: 0\r\nAucun problème"));
    }
}
