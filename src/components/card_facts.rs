//! The facts of a course as one line each, shared by the result card and the course page: next
//! session, duration, cost, level required, and the separator of reasons and warnings.

use aiguillage_core::catalogue::{Course, FundingKind, Intake, Recruitment, Session};
use aiguillage_core::profile::EducationLevel;
use aiguillage_core::text::case::capitalise;
use aiguillage_core::text::{format_date, format_eur, join_words};
use aiguillage_core::Lang;

use crate::i18n::{fill, plural, texts_for};

/// "début le 12 janvier 2027", "entrées tout au long de l'année", or "à confirmer".
pub fn session_text(s: &Session, lang: Lang) -> String {
    let t = texts_for(lang);
    let mut parts = Vec::new();
    match (s.intake, s.start, s.end) {
        (_, Some(a), Some(b)) => parts.push(fill(
            t.from_to,
            &[
                ("start", &format_date(a, lang)),
                ("end", &format_date(b, lang)),
            ],
        )),
        (_, Some(a), None) => parts.push(fill(t.starts_on, &[("date", &format_date(a, lang))])),
        (Intake::DatesFixes, None, _) => parts.push(t.unknown.to_string()),
        (intake, None, _) => parts.push(intake.label(lang).to_string()),
    }
    if let Some(d) = s.application_deadline {
        parts.push(fill(t.apply_before, &[("date", &format_date(d, lang))]));
    }
    match s.recruitment {
        Some(Recruitment::Ouvert) => parts.push(t.recruitment_open.to_string()),
        Some(Recruitment::Ferme) => parts.push(t.recruitment_closed.to_string()),
        Some(Recruitment::Suspendu) => parts.push(t.recruitment_suspended.to_string()),
        None => {}
    }
    capitalise(&parts.join(" · "))
}

/// "400 h · 16 semaines", or "à vérifier auprès de l'organisme".
pub fn duration_text(c: &Course, lang: Lang) -> String {
    let t = texts_for(lang);
    let mut parts = Vec::new();
    if let Some(h) = c.duration_hours {
        parts.push(plural(lang, h, t.hours_one, t.hours));
    }
    if let Some(w) = c.duration_weeks {
        parts.push(plural(lang, w, t.weeks_one, t.weeks));
    }
    if parts.is_empty() {
        t.unknown.to_string()
    } else {
        parts.join(" · ")
    }
}

/// "Gratuit", "Financement possible (France Travail, la Région)", "Payant : 3 500 €".
pub fn cost_text(c: &Course, lang: Lang) -> String {
    let t = texts_for(lang);
    let Some(f) = &c.funding else {
        return capitalise(t.unknown);
    };
    let mut s = capitalise(f.kind.label(lang));
    if !f.funders.is_empty() && f.kind != FundingKind::Gratuit {
        let w: Vec<String> = f
            .funders
            .iter()
            .map(|x| x.label(lang).to_string())
            .collect();
        s.push_str(&format!(" ({})", join_words(&w, lang)));
    }
    if let Some(p) = f.price_eur {
        s.push_str(&format!(" · {}", format_eur(p, lang)));
    }
    s
}

/// The entry level, or "aucun diplôme requis", or "à vérifier".
pub fn level_text(c: &Course, lang: Lang) -> String {
    let t = texts_for(lang);
    match c.min_level {
        Some(EducationLevel::SansDiplome) => capitalise(t.no_diploma_required),
        Some(l) => capitalise(l.label(lang)),
        None => capitalise(t.unknown),
    }
}

/// The separator of the reasons and warnings: « ; » (after a non-breaking space) in French,
/// "; " in English.
pub fn semicolon(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr | Lang::Facile => "\u{a0}; ",
        Lang::En => "; ",
    }
}
