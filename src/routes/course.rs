//! `/formation/:id`: everything the catalogue knows about a course: sessions (nearest first when
//! the profile gives a place), entry conditions, funding explained for the person's situation
//! (the core's [`FundingRoute`], profile in the fragment, if any), pay, accessibility, contact,
//! directions (OpenStreetMap), source and date checked. Missing facts say
//! "à vérifier auprès de l'organisme".

use aiguillage_core::catalogue::{Course, FundingKind};
use aiguillage_core::matching::{sessions_nearest_first, FundingRoute, Pay};
use aiguillage_core::text::case::capitalise;
use aiguillage_core::text::{distance, format_date, format_eur, label_list};
use aiguillage_core::Lang;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::components::card_facts::{cost_text, duration_text, level_text, session_text};
use crate::components::help_panel::ContactLinks;
use crate::document::set_title;
use crate::i18n::{fill, texts_for, use_i18n};
use crate::routes::Page;
use crate::state::catalogue::{use_catalogue, CatalogueState};
use crate::state::profile_url::{self, FragmentProfile};

fn age_text(c: &Course, lang: Lang) -> String {
    let t = texts_for(lang);
    match (c.age_min, c.age_max) {
        (Some(a), Some(b)) => fill(
            t.course_age_range,
            &[("min", &a.to_string()), ("max", &b.to_string())],
        ),
        (Some(a), None) => fill(t.course_age_min, &[("min", &a.to_string())]),
        (None, Some(b)) => fill(t.course_age_max, &[("max", &b.to_string())]),
        (None, None) => t.course_age_any.to_string(),
    }
}

/// The course page.
#[component]
pub fn CoursePage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_catalogue();
    store.ensure_loaded();
    let location = use_location();
    let hash = location.hash;
    // Read from the path by `Page::parse`, the one decoder of addresses (the router's params are
    // already decoded once: decoding them again broke ids with a `%`).
    // Leaving for another page changes the path before this one goes: keep the last id.
    let id = Memo::new(
        move |last: Option<&String>| match Page::parse(&location.pathname.get()) {
            Some(Page::Course(id)) => id,
            _ => last.cloned().unwrap_or_default(),
        },
    );
    let profile = Memo::new(move |_| match profile_url::read(&hash.get()) {
        FragmentProfile::Valid(p) => Some(p),
        _ => None,
    });

    let body = move || {
        let t = i18n.t();
        let lang = i18n.lang();
        let loaded = match store.state() {
            CatalogueState::Loading => {
                set_title(t.results_loading);
                return view! { <h1>{t.results_loading}</h1> }.into_any();
            }
            CatalogueState::Failed(e) => {
                set_title(t.results_error);
                return view! {
                    <h1>{e.message(t)}</h1>
                    <button type="button" class="button" on:click=move |_| store.retry()>{t.results_retry}</button>
                }
                .into_any();
            }
            CatalogueState::Ready(l) => l,
        };
        let cat = &loaded.catalogue;
        let Some(course) = cat.course_by_id(&id.get()).cloned() else {
            set_title(t.not_found_doc_title);
            return view! {
                <h1>{t.not_found_title}</h1>
                <p>{t.course_not_found}</p>
                <p><A href=Page::Quiz.href() attr:class="button">{t.cta_start}</A></p>
            }
            .into_any();
        };
        set_title(&fill(t.course_doc_title, &[("title", &course.title)]));
        let provider = cat.provider_of(&course).cloned();
        let from = profile.get().and_then(|p| p.location.map(|l| l.point()));
        let sessions: Vec<_> = sessions_nearest_first(cat, &course.id, from)
            .into_iter()
            .filter_map(|(i, km)| {
                Some((cat.sessions().get(i)?.clone(), cat.place_of(i).cloned(), km))
            })
            .collect();
        let sessions = sessions
            .into_iter()
            .map(|(s, place, km)| {
                let when = session_text(&s, lang);
                match place {
                    Some(pl) => {
                        let dist = km.map(|d| distance(d, false, lang));
                        let osm = format!(
                            "https://www.openstreetmap.org/directions?to={:.5}%2C{:.5}#map=15/{:.5}/{:.5}",
                            pl.latitude, pl.longitude, pl.latitude, pl.longitude
                        );
                        let access = {
                            let a = &pl.accessibility;
                            let mut v = Vec::new();
                            match a.wheelchair {
                                Some(true) => v.push(t.course_wheelchair_yes.to_string()),
                                Some(false) => v.push(t.course_wheelchair_no.to_string()),
                                None => {}
                            }
                            if a.disability_referent == Some(true) {
                                v.push(t.course_referent_yes.to_string());
                            }
                            if let Some(d) = &a.details {
                                v.push(d.clone());
                            }
                            if v.is_empty() {
                                v.push(capitalise(t.unknown));
                            }
                            v.join(" · ")
                        };
                        let addr = pl.address.one_line();
                        view! {
                            <li class="session">
                                <p><strong>{pl.name.clone()}</strong>{dist.map(|d| format!(" · {d}"))}</p>
                                <p>{addr}</p>
                                <p>{when}</p>
                                <p><strong>{t.course_access_title}{t.colon}</strong>{access}</p>
                                <ContactLinks contact=pl.contact.clone() />
                                <p><a href=osm rel="noopener noreferrer" target=crate::embed::link::target()>{fill(t.course_directions, &[("place", &pl.name)])}</a></p>
                            </li>
                        }
                        .into_any()
                    }
                    None => view! {
                        <li class="session"><p><strong>{t.card_remote}</strong></p><p>{when}</p></li>
                    }
                    .into_any(),
                }
            })
            .collect_view();
        let unknown = capitalise(t.unknown);
        let reserved = (!course.reserved_for.is_empty())
            .then(|| label_list(course.reserved_for.iter().map(|a| a.label(lang)), lang));
        let selection = if course.selection.is_empty() {
            unknown.clone()
        } else {
            label_list(course.selection.iter().map(|s| s.label(lang)), lang)
        };
        let funders = course
            .funding
            .as_ref()
            .filter(|f| !f.funders.is_empty())
            .map(|f| label_list(f.funders.iter().map(|x| x.label(lang)), lang));
        let price = course
            .funding
            .as_ref()
            .and_then(|f| f.price_eur)
            .map(|p| format_eur(p, lang));
        // A course entirely in work-study is paid by definition (the core's Pay).
        let remuneration = capitalise(&Pay::of(&course).describe(lang));
        let for_you = profile
            .get()
            .map(|p| FundingRoute::for_profile(&p).describe(lang));
        // Course texts are French; "à vérifier" is in the page's language.
        let summary_lang = if course.summary.is_some() {
            "fr"
        } else {
            lang.html_lang()
        };
        let free = course
            .funding
            .as_ref()
            .is_some_and(|f| f.kind == FundingKind::Gratuit);
        // Free: never "Prix : à vérifier" next to "Coût : Gratuit".
        let free_text = || capitalise(FundingKind::Gratuit.label(lang));
        let funders_text = match funders {
            Some(f) => f,
            None if free => free_text(),
            None => unknown.clone(),
        };
        let price_text = match price {
            Some(p) => p,
            None if free => free_text(),
            None => unknown.clone(),
        };
        let back = profile
            .get()
            .map(|p| Page::Results.href_with(&profile_url::fragment(&p)));
        view! {
            <h1 lang="fr">{course.title.clone()}</h1>
            <p class="card__lang" hidden=lang != Lang::En>{t.card_in_french}</p>
            <p class="card__provider">{provider.as_ref().map(|p| p.name.clone())}</p>
            {provider.as_ref().filter(|p| !p.labels.is_empty()).map(|p| view! {
                <ul class="card__labels" aria-label=t.card_labels>
                    {p.labels.iter().map(|l| view! { <li class="badge">{l.label(lang)}</li> }).collect_view()}
                </ul>
            })}
            {back.map(|href| view! { <p><A href=href attr:class="button">{t.course_back}</A></p> })}
            <section class="panel" aria-labelledby="c-summary">
                <h2 id="c-summary">{t.course_summary_title}</h2>
                <p lang=summary_lang>{course.summary.clone().unwrap_or_else(|| unknown.clone())}</p>
                <dl class="card__facts">
                    <div><dt>{t.card_duration}</dt><dd>{duration_text(&course, lang)}</dd></div>
                    <div><dt>{t.course_certification}</dt><dd>{course.certification_level.map(|n| fill(t.course_cert_level, &[("n", &n.to_string())])).unwrap_or_else(|| unknown.clone())}
                        {course.rncp_code.clone().map(|r| format!(" · {r}"))}</dd></div>
                </dl>
            </section>
            <section class="panel" aria-labelledby="c-sessions">
                <h2 id="c-sessions">{t.course_sessions_title}</h2>
                <ul class="sessions">{sessions}</ul>
            </section>
            <section class="panel" aria-labelledby="c-conditions">
                <h2 id="c-conditions">{t.course_conditions_title}</h2>
                <dl class="card__facts">
                    <div><dt>{t.card_level}</dt><dd>{level_text(&course, lang)}</dd></div>
                    <div><dt>{t.course_age}</dt><dd>{age_text(&course, lang)}</dd></div>
                    <div><dt>{t.course_prerequisites}</dt><dd>{course.prerequisites.clone().unwrap_or_else(|| unknown.clone())}</dd></div>
                    <div><dt>{t.course_selection}</dt><dd>{selection}</dd></div>
                    {reserved.map(|r| view! { <div><dt>{t.course_reserved}</dt><dd>{r}</dd></div> })}
                </dl>
            </section>
            <section class="panel" aria-labelledby="c-funding">
                <h2 id="c-funding">{t.course_funding_title}</h2>
                <dl class="card__facts">
                    <div><dt>{t.card_cost}</dt><dd>{cost_text(&course, lang)}</dd></div>
                    <div><dt>{t.course_funders}</dt><dd>{funders_text}</dd></div>
                    <div><dt>{t.course_price}</dt><dd>{price_text}</dd></div>
                    <div><dt>{t.course_remuneration}</dt><dd>{remuneration}</dd></div>
                </dl>
                {for_you.map(|s| view! { <p><strong>{t.course_for_you}{t.colon}</strong>{s}</p> })}
            </section>
            <section class="panel panel--quiet" aria-labelledby="c-source">
                <h2 id="c-source">{t.course_source_title}</h2>
                <p><a href=course.source_url.as_str().to_string() rel="noopener noreferrer" target=crate::embed::link::target()>{t.course_source_link}</a></p>
                <p>{fill(t.course_verified, &[("date", &format_date(course.verified_on, lang))])}</p>
            </section>
        }
        .into_any()
    };
    view! { <article class="course">{body}</article> }
}
