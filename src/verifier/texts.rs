//! The check page's own strings: a struct of fields, one table per language (`fr.rs`, `en.rs`,
//! `facile.rs`), so that the compiler refuses a language that misses one. Apart from the app's
//! tables (`src/i18n`): the jobseeker's wasm never carries them. `{name}` marks are filled by
//! core's `text::fill`; the catalogue's issues are core's own sentences (`IssueSentences`).

/// Every string of the check page.
pub struct Texts {
    pub page_title: &'static str,
    pub ui_lang: &'static str,
    pub intro: &'static str,
    pub privacy: &'static str,
    pub other_formats: &'static str,
    pub url_title: &'static str,
    pub url_label: &'static str,
    pub url_hint: &'static str,
    pub url_button: &'static str,
    pub file_title: &'static str,
    pub file_label: &'static str,
    pub file_hint: &'static str,
    pub checking: &'static str,
    pub address_empty: &'static str,
    /// `{value}`: what was typed.
    pub address_refused: &'static str,
    pub failed_title: &'static str,
    /// `{status}`: the HTTP status.
    pub failed_status: &'static str,
    /// `{host}`: the server's name.
    pub failed_cors: &'static str,
    pub failed_cors_or: &'static str,
    pub failed_network: &'static str,
    pub failed_offline: &'static str,
    pub failed_file: &'static str,
    /// `{document}`: core's sentence about the document.
    pub failed_document: &'static str,
    /// `{source}`: the file name or the address.
    pub result_title: &'static str,
    /// `{name}`, `{publisher}`, `{date}`: what the catalogue says of itself.
    pub about_name: &'static str,
    pub about_publisher: &'static str,
    pub about_date: &'static str,
    pub counts_title: &'static str,
    pub counts_caption: &'static str,
    pub col_records: &'static str,
    pub col_kept: &'static str,
    pub col_refused: &'static str,
    pub row_courses: &'static str,
    pub row_sessions: &'static str,
    pub row_places: &'static str,
    pub row_providers: &'static str,
    pub row_help_places: &'static str,
    /// `{n}`: issues that keep their record.
    pub warnings: &'static str,
    /// `{n}`: every issue.
    pub issues_title: &'static str,
    pub issues_none: &'static str,
    pub issues_caption: &'static str,
    pub col_record: &'static str,
    pub col_field: &'static str,
    pub col_problem: &'static str,
    pub whole_record: &'static str,
    /// `{shown}`, `{n}`.
    pub issues_more: &'static str,
    pub people_title: &'static str,
    /// `{city}`, `{insee}`, `{department}`, `{date}`.
    pub people_home: &'static str,
    pub people_none: &'static str,
    pub sample_young: &'static str,
    pub sample_changer: &'static str,
    pub sample_rqth: &'static str,
    /// `{n}`, `{km}`.
    pub outcome_near: &'static str,
    /// `{n}`.
    pub outcome_remote: &'static str,
    /// `{n}`.
    pub outcome_help: &'static str,
    pub people_note: &'static str,
    pub report_button: &'static str,
    pub report_hint: &'static str,
    pub report_title: &'static str,
    /// `{source}`.
    pub report_source: &'static str,
    /// `{date}`.
    pub report_date: &'static str,
    pub embed_link: &'static str,
    pub app_link: &'static str,
}

#[cfg(test)]
mod tests {
    use super::super::{en::EN, facile::FACILE, fr::FR};
    use super::*;

    /// Every string of a table, for checks over all of them.
    fn all(t: &Texts) -> Vec<&'static str> {
        vec![
            t.page_title,
            t.ui_lang,
            t.intro,
            t.privacy,
            t.other_formats,
            t.url_title,
            t.url_label,
            t.url_hint,
            t.url_button,
            t.file_title,
            t.file_label,
            t.file_hint,
            t.checking,
            t.address_empty,
            t.address_refused,
            t.failed_title,
            t.failed_status,
            t.failed_cors,
            t.failed_cors_or,
            t.failed_network,
            t.failed_offline,
            t.failed_file,
            t.failed_document,
            t.result_title,
            t.about_name,
            t.about_publisher,
            t.about_date,
            t.counts_title,
            t.counts_caption,
            t.col_records,
            t.col_kept,
            t.col_refused,
            t.row_courses,
            t.row_sessions,
            t.row_places,
            t.row_providers,
            t.row_help_places,
            t.warnings,
            t.issues_title,
            t.issues_none,
            t.issues_caption,
            t.col_record,
            t.col_field,
            t.col_problem,
            t.whole_record,
            t.issues_more,
            t.people_title,
            t.people_home,
            t.people_none,
            t.sample_young,
            t.sample_changer,
            t.sample_rqth,
            t.outcome_near,
            t.outcome_remote,
            t.outcome_help,
            t.people_note,
            t.report_button,
            t.report_hint,
            t.report_title,
            t.report_source,
            t.report_date,
            t.embed_link,
            t.app_link,
        ]
    }

    fn marks(s: &str) -> Vec<&str> {
        let mut found: Vec<&str> = s
            .split('{')
            .skip(1)
            .filter_map(|p| p.split('}').next())
            .collect();
        found.sort_unstable();
        found
    }

    #[test]
    fn the_three_languages_fill_the_same_marks_and_none_is_empty() {
        let (fr, en, facile) = (all(&FR), all(&EN), all(&FACILE));
        for ((f, e), a) in fr.iter().zip(&en).zip(&facile) {
            assert!(
                !f.is_empty() && !e.is_empty() && !a.is_empty(),
                "{f} / {e} / {a}"
            );
            assert_eq!(marks(f), marks(e), "{f} / {e}");
            assert_eq!(marks(f), marks(a), "{f} / {a}");
        }
    }

    #[test]
    fn french_puts_a_no_break_space_before_double_punctuation_and_english_none() {
        for s in all(&FR).into_iter().chain(all(&FACILE)) {
            for (i, c) in s.char_indices() {
                if matches!(c, ':' | ';' | '?' | '!') && !s[i..].starts_with("://") {
                    let before = s[..i].chars().next_back();
                    assert!(
                        matches!(before, Some('\u{a0}') | Some('\u{202f}')),
                        "no no-break space before « {c} » in « {s} »"
                    );
                }
            }
        }
        for s in all(&EN) {
            assert!(!s.contains("\u{a0}:") && !s.contains(" :"), "{s}");
        }
    }
}
