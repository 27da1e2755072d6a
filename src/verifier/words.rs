//! The sentences the page and the report share, filled from typed values: a sample person, what
//! they get, a count. One place, so the page and the downloaded report never say two things.

use aiguillage_core::check::{Home, Sample, SampleOutcome};
use aiguillage_core::text::{fill, format_date, sentences};
use aiguillage_core::{Date, Lang};

use super::texts::Texts;

/// Who a sample person is.
pub fn sample(t: &Texts, s: Sample) -> &'static str {
    match s {
        Sample::YoungJobseeker => t.sample_young,
        Sample::CareerChanger => t.sample_changer,
        Sample::Rqth => t.sample_rqth,
    }
}

/// What a sample person gets: the courses (and within which radius), then the help places.
pub fn outcome(t: &Texts, o: &SampleOutcome) -> [String; 2] {
    let n = o.results.to_string();
    let courses = if o.remote_fallback {
        fill(t.outcome_remote, &[("n", &n)])
    } else {
        fill(
            t.outcome_near,
            &[("n", &n), ("km", &(o.radius.km() as u32).to_string())],
        )
    };
    [courses, fill(t.outcome_help, &[("n", &o.help.to_string())])]
}

/// Where the sample people live, and the day.
pub fn home(t: &Texts, lang: Lang, h: &Home, today: Date) -> String {
    fill(
        t.people_home,
        &[
            ("city", &h.city),
            ("insee", &h.insee),
            ("department", &h.department),
            ("date", &date(lang, today)),
        ],
    )
}

/// A date as the language writes it (« 1 décembre 2026 »).
pub fn date(lang: Lang, d: Date) -> String {
    format_date(d, lang)
}

/// A sample person and what they get, on one line: "Une personne de 20 ans… : formations
/// trouvées : 3, à moins de 20 km ; lieux d'aide proposés : 1".
pub fn outcome_line(t: &Texts, lang: Lang, o: &SampleOutcome) -> String {
    let s = sentences(lang);
    s.label_value(sample(t, o.sample), &outcome(t, o).join(s.semicolon()))
}
