//! One result: title, provider, place and distance (or remote) and the course's other sites,
//! next session, duration, cost, pay, level required, the core's reasons and warnings (unknown
//! facts in one line), and labels. Catalogue text is rendered as text, marked French.

use aiguillage_core::catalogue::CoordinatesPrecision;
use aiguillage_core::matching::Match;
use aiguillage_core::text::case::capitalise;
use aiguillage_core::text::{distance, warning_lines};
use aiguillage_core::{Catalogue, Lang};
use leptos::prelude::*;

use crate::components::card_facts::{
    cost_text, duration_text, level_text, semicolon, session_text,
};
use crate::i18n::{fill, texts_for, use_i18n};
use crate::routes::Page;

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
