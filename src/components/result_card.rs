//! One result: title, provider, place and distance (or remote), next session, duration, cost,
//! level required, the core's reasons and warnings, and labels. Catalogue text is rendered as text.

use aiguillage_core::catalogue::{Course, FundingKind, Intake, Recruitment, Session};
use aiguillage_core::matching::Match;
use aiguillage_core::profile::EducationLevel;
use aiguillage_core::text::{format_date, format_eur, format_km, join_words};
use aiguillage_core::{Catalogue, Lang};
use leptos::prelude::*;

use crate::components::quiz::level::capitalise;
use crate::i18n::{fill, texts_for, use_i18n};
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
        parts.push(fill(t.hours, &[("n", &h.to_string())]));
    }
    if let Some(w) = c.duration_weeks {
        parts.push(fill(t.weeks, &[("n", &w.to_string())]));
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

/// A result card.
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
    let cat: &Catalogue = &catalogue.catalogue;
    let (Some(session), Some(course)) = (
        cat.sessions().get(m.session).cloned(),
        cat.course_of(m.session).cloned(),
    ) else {
        return ().into_any();
    };
    let provider = cat.provider_of(&course).cloned();
    let place = cat.place_of(m.session).cloned();
    let href = Page::Course(course.id.clone()).href_with(&fragment);
    let title = course.title.clone();
    let labels: Vec<_> = provider
        .as_ref()
        .map(|p| p.labels.clone())
        .unwrap_or_default();
    let lang = move || i18n.lang();
    let (c1, c2, c3, c4) = (
        course.clone(),
        course.clone(),
        course.clone(),
        course.clone(),
    );
    let s1 = session.clone();
    let where_text = move || {
        let t = i18n.t();
        match (&place, m.distance_km) {
            (Some(p), Some(d)) => format!(
                "{}, {} · {}",
                p.name,
                p.address.city,
                fill(t.km, &[("km", &format_km(d, lang()))])
            ),
            (Some(p), None) => format!("{}, {}", p.name, p.address.city),
            (None, _) => t.card_remote.to_string(),
        }
    };
    let reasons = m.reasons.clone();
    let warnings = m.warnings.clone();
    view! {
        <article class="card">
            <h3 class="card__title">
                <a href=href.clone()>{title.clone()}</a>
            </h3>
            <p class="card__provider">{provider.as_ref().map(|p| p.name.clone())}</p>
            {(!labels.is_empty()).then(|| view! {
                <ul class="card__labels" aria-label=move || i18n.t().card_labels>
                    {labels.iter().map(|l| { let l = *l; view! { <li class="badge">{move || l.label(i18n.lang())}</li> } }).collect_view()}
                </ul>
            })}
            <dl class="card__facts">
                <div><dt>{move || i18n.t().card_where}</dt><dd>{where_text}</dd></div>
                <div><dt>{move || i18n.t().card_next}</dt><dd>{move || session_text(&s1, lang())}</dd></div>
                <div><dt>{move || i18n.t().card_duration}</dt><dd>{move || duration_text(&c1, lang())}</dd></div>
                <div><dt>{move || i18n.t().card_cost}</dt><dd>{move || cost_text(&c2, lang())}</dd></div>
                <div><dt>{move || i18n.t().card_level}</dt><dd>{move || level_text(&c3, lang())}</dd></div>
            </dl>
            {(!reasons.is_empty()).then(|| { let reasons = reasons.clone(); view! {
                <p class="card__why"><strong>{move || i18n.t().card_why}" : "</strong>
                    {move || capitalise(&join_words(&reasons.iter().map(|r| r.describe(lang())).collect::<Vec<_>>(), lang()))}
                </p>
            }})}
            {(!warnings.is_empty()).then(|| { let warnings = warnings.clone(); view! {
                <p class="card__check"><strong>{move || i18n.t().card_check}" : "</strong>
                    {move || capitalise(&warnings.iter().map(|w| w.describe(lang())).collect::<Vec<_>>().join(" ; "))}
                </p>
            }})}
            <p class="card__more">
                <a href=href class="button button--small">
                    {move || fill(i18n.t().card_details, &[("title", &c4.title)])}
                </a>
            </p>
        </article>
    }
    .into_any()
}
