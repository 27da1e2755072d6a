//! One result: title, provider, place and distance (or remote) and the course's other sites,
//! next session, duration, cost, pay, level required, the core's reasons and warnings (unknown
//! facts in one line), and labels. Catalogue text is rendered as text, marked French.

use aiguillage_core::catalogue::CoordinatesPrecision;
use aiguillage_core::catalogue::{Course, FundingKind, Intake, Recruitment, Session};
use aiguillage_core::matching::Match;
use aiguillage_core::profile::EducationLevel;
use aiguillage_core::text::{distance, format_date, format_eur, join_words, warning_lines};
use aiguillage_core::{Catalogue, Lang};
use leptos::prelude::*;

use crate::components::quiz::level::capitalise;
use crate::i18n::{fill, plural, texts_for, use_i18n};
use crate::route::Page;

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

/// A result card. Rendered once per language: the results body that holds it is rebuilt when
/// the language changes, so its texts are plain values, not reactive closures (smaller wasm).
#[component]
pub fn ResultCard(
    /// The match.
    m: Match,
    /// The catalogue it comes from.
    catalogue: std::sync::Arc<crate::state::catalogue::Loaded>,
    /// The profile fragment, carried to the course page.
    fragment: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let t = texts_for(lang);
    let cat: &Catalogue = &catalogue.catalogue;
    let (Some(session), Some(course)) = (cat.sessions().get(m.session), cat.course_of(m.session))
    else {
        return ().into_any();
    };
    let provider = cat.provider_of(course);
    let href = Page::Course(course.id.clone()).href_with(&fragment);
    let mut where_text = match (cat.place_of(m.session), m.distance_km) {
        (Some(p), Some(d)) => {
            let approx = p.coordinates_precision == CoordinatesPrecision::Commune;
            format!(
                "{}, {} · {}",
                p.name,
                p.address.city,
                distance(d, approx, lang)
            )
        }
        (Some(p), None) => format!("{}, {}", p.name, p.address.city),
        (None, _) => t.card_remote.to_string(),
    };
    match m.other_sites.len() {
        0 => {}
        1 => where_text = format!("{where_text} {}", t.card_other_sites_one),
        n => {
            where_text = format!(
                "{where_text} {}",
                fill(t.card_other_sites_many, &[("n", &n.to_string())])
            )
        }
    }
    let labels: Vec<&'static str> = provider
        .map(|p| p.labels.iter().map(|l| l.label(lang)).collect())
        .unwrap_or_default();
    let facts = [
        (t.card_where, where_text),
        (t.card_next, session_text(session, lang)),
        (t.card_duration, duration_text(course, lang)),
        (t.card_cost, cost_text(course, lang)),
        (t.card_pay, capitalise(&m.pay.describe(lang))),
        (t.card_level, level_text(course, lang)),
    ];
    let why = capitalise(
        &m.reasons
            .iter()
            .map(|r| r.describe(lang))
            .collect::<Vec<_>>()
            .join(semicolon(lang)),
    );
    let check = capitalise(&warning_lines(&m.warnings, lang).join(semicolon(lang)));
    let lines = [
        (t.card_why, why, "card__why"),
        (t.card_check, check, "card__check"),
    ];
    view! {
        <article class="card">
            <h3 class="card__title" lang="fr">
                <a href=href.clone()>{course.title.clone()}</a>
            </h3>
            <p class="card__provider">{provider.map(|p| p.name.clone())}</p>
            <p class="card__lang" hidden=lang != Lang::En>{t.card_in_french}</p>
            {(!labels.is_empty()).then(|| view! {
                <ul class="card__labels" aria-label=t.card_labels>
                    {labels.into_iter().map(|l| view! { <li class="badge">{l}</li> }).collect_view()}
                </ul>
            })}
            <dl class="card__facts">
                {facts.into_iter().map(|(dt, dd)| view! { <div><dt>{dt}</dt><dd>{dd}</dd></div> }).collect_view()}
            </dl>
            {lines.into_iter().filter(|l| !l.1.is_empty()).map(|(label, text, class)| view! {
                <p class=class><strong>{label}{t.colon}</strong>{text}</p>
            }).collect_view()}
            <p class="card__more">
                <a href=href class="button button--small">
                    {fill(t.card_details, &[("title", &course.title)])}
                </a>
            </p>
        </article>
    }
    .into_any()
}
