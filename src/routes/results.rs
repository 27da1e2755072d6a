//! `/resultats?tri=…&filtres=…#<profile>`: the results for the profile in the fragment, from the
//! core's matching: widening and interest notices, a short "who can help", counts (announced),
//! offers when results are few, routes to an income, filters and sort kept in the link, the
//! ranking disclosure, cards, near misses, who can help, the link to keep, and consent.

use std::sync::Arc;

use aiguillage_core::matching::arrange::{FILTERS_PARAM, SORT_PARAM};
use aiguillage_core::matching::{
    date_sort_useful, match_profile, Arrangement, Filter, Options, Outcome, SortBy,
};
use aiguillage_core::text::case::capitalise;
use aiguillage_core::text::ranking_disclosure;
use aiguillage_core::Profile;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

use crate::components::consent::ConsentBox;
use crate::components::copy_link::CopyLink;
use crate::components::help_panel::HelpPanel;
use crate::components::result_card::ResultCard;
use crate::document::set_title;
use crate::i18n::{fill, use_i18n, Texts};
use crate::query::Query;
use crate::routes::Page;
use crate::state::catalogue::{use_catalogue, CatalogueState, Loaded};
use crate::state::profile_url::{self, FragmentProfile};
use crate::state::quiz_state::{step_href, use_quiz};
use crate::state::step::Step;
use crate::state::today::today;

/// The filters and sort the address asks for (`?tri=…&filtres=…`).
fn arrangement_in(q: &Query) -> Arrangement {
    Arrangement::from_params(q.get(SORT_PARAM), q.get(FILTERS_PARAM))
}

/// The page's query string with this arrangement (read fresh: the arrangement rewrites it in
/// place; the other parameters are kept in their order).
fn search_with(a: Arrangement) -> String {
    let (sort, filters) = a.params();
    Query::from_page()
        .with(SORT_PARAM, sort)
        .with(FILTERS_PARAM, filters.as_deref())
        .to_search()
}

/// Rewrites the address with the arrangement, without a new history entry or a reload.
fn write_arrangement(a: Arrangement) {
    let Some(w) = web_sys::window() else { return };
    let loc = w.location();
    let url = format!(
        "{}{}{}",
        loc.pathname().unwrap_or_default(),
        search_with(a),
        loc.hash().unwrap_or_default()
    );
    if let Ok(h) = w.history() {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Moves to the full "Qui peut vous aider" section and focuses its heading (an in-page `#` link
/// would replace the profile fragment).
fn jump_to_help() {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("help-title"))
    else {
        return;
    };
    let _ = el.set_attribute("tabindex", "-1");
    el.scroll_into_view();
    if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
        let _ = h.focus();
    }
}

fn filter_label(t: &Texts, f: Filter) -> &'static str {
    match f {
        Filter::Free => t.filter_free,
        Filter::NoDiploma => t.filter_no_diploma,
        Filter::InPerson => t.filter_in_person,
        Filter::Paid => t.filter_paid,
    }
}

/// The results page.
#[component]
pub fn Results() -> impl IntoView {
    let i18n = use_i18n();
    let quiz = use_quiz();
    let store = use_catalogue();
    store.ensure_loaded();
    Effect::new(move |_| set_title(i18n.t().results_doc_title));

    let hash = use_location().hash;
    let fragment = Memo::new(move |_| profile_url::read(&hash.get()));
    let profile = Signal::derive(move || match fragment.get() {
        FragmentProfile::Valid(p) => Some(p),
        _ => None,
    });
    let today = today();
    let arrangement = RwSignal::new(arrangement_in(&Query::from_page()));

    let change_answers = move |p: &Profile| {
        quiz.open_summary_for(p, i18n.t().q_location_position);
    };

    let body = move || {
        let t = i18n.t();
        let p = match fragment.get() {
            FragmentProfile::Valid(p) => p,
            FragmentProfile::Missing => {
                return view! {
                    <p class="notice">{t.results_no_profile}</p>
                    <p><A href=Page::Quiz.href() attr:class="button button--primary">{t.cta_start}</A></p>
                }
                .into_any()
            }
            FragmentProfile::Invalid(e) => {
                return view! {
                    <p class="notice notice--error" role="alert">{profile_url::bad_link_text(&e, t, t.results_bad_link)}</p>
                    <p><A href=Page::Quiz.href() attr:class="button button--primary">{t.cta_start}</A></p>
                }
                .into_any()
            }
        };
        let loaded = match store.state() {
            CatalogueState::Loading => {
                return view! { <p class="notice" role="status">{t.results_loading}</p> }.into_any()
            }
            CatalogueState::Failed(e) => {
                return view! {
                    <div class="notice notice--error" role="alert">
                        <p>{e.message(t)}</p>
                        <button type="button" class="button" on:click=move |_| store.retry()>{t.results_retry}</button>
                    </div>
                }
                .into_any()
            }
            CatalogueState::Ready(l) => l,
        };
        let p2 = p.clone();
        view! {
            <ProfileLine profile=p.clone() />
            <p>
                <A href=step_href(Step::Summary, "", &profile_url::fragment(&p)) attr:class="button"
                    on:click=move |_| change_answers(&p2)>
                    {t.results_change}
                </A>
            </p>
            // Matched here, once per profile, catalogue and language (the body is rebuilt for
            // each): no memo of the outcome is needed (a memo of it costs wasm for nothing).
            <ResultsBody outcome=Arc::new(match_profile(&p, &loaded.catalogue, &Options::new(today))) loaded=loaded arrangement=arrangement profile=p.clone() />
        }
        .into_any()
    };

    // Built from the arrangement, not read back from the address (written by the handlers).
    let share = move || {
        let a = arrangement.get();
        let Some(loc) = web_sys::window().map(|w| w.location()) else {
            return String::new();
        };
        format!(
            "{}{}{}{}",
            loc.origin().unwrap_or_default(),
            loc.pathname().unwrap_or_default(),
            search_with(a),
            loc.hash().unwrap_or_default()
        )
    };
    view! {
        <section class="results" aria-labelledby="results-title">
            <h1 id="results-title">{move || i18n.t().results_title}</h1>
            {body}
            {move || profile.get().is_some().then(|| view! {
                <div class="field share">
                    <label for="share-link">{move || i18n.t().results_share_label}</label>
                    <input id="share-link" class="input" type="text" readonly prop:value=move || { hash.track(); share() } />
                    <CopyLink input_id="share-link" />
                </div>
                <ConsentBox profile=profile />
            })}
        </section>
    }
}

/// "Pour : sans diplôme, 19 ans, Montreuil…" — what the results are based on (rebuilt with
/// the page body, so plain text).
#[component]
fn ProfileLine(profile: Profile) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let t = i18n.t();
    let who = [
        capitalise(profile.diploma().label(lang)),
        profile.situation.label(lang).to_string(),
        profile
            .age
            .map_or(t.summary_age_not_given.to_string(), |n| {
                fill(t.summary_years, &[("n", &n.to_string())])
            }),
    ]
    .join(", ");
    view! { <p class="results__for">{fill(t.results_for, &[("who", &who)])}</p> }
}

/// A link to these results with another profile (wider radius, remote too), filters kept.
fn results_href(p: &Profile, a: Arrangement) -> String {
    format!(
        "{}{}{}",
        Page::Results.href(),
        search_with(a),
        profile_url::fragment(p)
    )
}

/// Counts, filters, cards, near misses and help, once the catalogue is there.
#[component]
fn ResultsBody(
    loaded: Arc<Loaded>,
    outcome: Arc<Outcome>,
    arrangement: RwSignal<Arrangement>,
    profile: Profile,
) -> impl IntoView {
    // Rebuilt when the language changes (the page body reads it): texts are plain values.
    let i18n = use_i18n();
    let t = i18n.t();
    let lang = i18n.lang();
    let fragment = profile_url::fragment(&profile);
    // The page body is rebuilt when the profile or the catalogue changes, so the outcome is
    // fixed for this body: only the filters and sort below are reactive.
    let snapshot = Some(outcome.clone());
    let set = move |f: &dyn Fn(&mut Arrangement)| {
        arrangement.update(|a| f(a));
        write_arrangement(arrangement.get_untracked());
    };
    let (o1, l1) = (outcome.clone(), loaded.clone());
    let shown = move || arrangement.get().apply(&o1, &l1.catalogue);
    let shown_list = shown.clone();
    let dates_known = snapshot
        .as_ref()
        .is_some_and(|o| date_sort_useful(o, &loaded.catalogue));
    let total = snapshot.as_ref().map_or(0, |o| o.total_results);
    let more_options = snapshot.as_ref().and_then(|o| o.more);
    let count_text = move || {
        let mut s = match total {
            0 => t.results_count_zero.to_string(),
            1 => t.results_count_one.to_string(),
            n => fill(t.results_count_many, &[("n", &n.to_string())]),
        };
        if arrangement.with(|a| a.filters) != Default::default() {
            s.push(' ');
            s.push_str(&fill(
                t.results_count_filtered,
                &[("shown", &shown().len().to_string())],
            ));
        }
        s
    };
    let issues = loaded.issues.len();
    let l2 = loaded.clone();
    let l3 = loaded.clone();
    let l4 = loaded.clone();
    let frag2 = fragment.clone();
    let filter_boxes = Filter::ALL
        .into_iter()
        .map(|f| {
            let id = format!("filter-{}", f.slug());
            view! {
                <div class="choice__option choice__option--inline">
                    <input type="checkbox" id=id.clone() prop:checked=move || arrangement.with(|a| a.filters.get(f))
                        on:change=move |ev| { let on = event_target_checked(&ev); set(&|a| a.filters.set(f, on)); } />
                    <label for=id>{filter_label(t, f)}</label>
                </div>
            }
        })
        .collect_view();
    let p_more = profile.clone();
    let more = move || {
        let m = more_options?;
        let a = arrangement.get();
        let mut links: Vec<(String, String)> = Vec::with_capacity(2);
        if let Some((r, n)) = m.wider {
            let mut p = p_more.clone();
            p.radius = r;
            links.push((results_href(&p, a), m.describe_wider(r, n, lang)));
        }
        if m.remote > 0 {
            let mut p = p_more.clone();
            p.remote_ok = true;
            links.push((results_href(&p, a), m.describe_remote(lang)));
        }
        Some(view! {
            <div class="notice results__more">
                <p>{t.results_more_intro}</p>
                <ul class="results__more-list">
                    {links.into_iter().map(|(href, text)| view! { <li><a class="button" href=href>{text}</a></li> }).collect_view()}
                </ul>
            </div>
        })
    };
    let help_summary = snapshot.as_ref().and_then(|o| {
        let mut kinds: Vec<&str> = Vec::new();
        for s in &o.next_steps {
            let k = s.kind.label(lang);
            if !kinds.contains(&k) {
                kinds.push(k);
            }
        }
        (!kinds.is_empty()).then(|| view! {
            <p class="results__help">
                {fill(t.results_help_summary, &[("who", &kinds.join(", "))])}" "
                <button type="button" class="button button--small" on:click=move |_| jump_to_help()>{t.results_help_jump}</button>
            </p>
        })
    });
    // The routes to an income (when pay is needed) and how the ranking is made: two
    // disclosures of one kind (one view type keeps the wasm smaller).
    let disclosures = {
        let mut v: Vec<(&'static str, Vec<(String, bool)>)> = Vec::with_capacity(2);
        let routes = snapshot
            .as_ref()
            .map(|o| o.income_routes.as_slice())
            .unwrap_or_default();
        if !routes.is_empty() {
            v.push((
                t.results_income_title,
                routes.iter().map(|r| (r.describe(lang), false)).collect(),
            ));
        }
        let mut lines = Vec::new();
        for (step, points) in ranking_disclosure(lang) {
            lines.push((step, false));
            lines.extend(points.into_iter().map(|p| (p, true)));
        }
        v.push((t.results_ranking_title, lines));
        v.into_iter()
            .map(|(title, lines)| view! {
                <details class="panel disclosure">
                    <summary>{title}</summary>
                    <ul>{lines.into_iter().map(|(l, sub)| view! { <li class=if sub { "disclosure__sub" } else { "" }>{l}</li> }).collect_view()}</ul>
                </details>
            })
            .collect_view()
    };
    let notices = snapshot
        .as_ref()
        .map(|o| {
            o.widening
                .map(|w| w.describe(lang))
                .into_iter()
                .chain(o.interest.describe(lang))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
        .into_iter()
        .map(|s| view! { <p class="notice notice--widening">{s}</p> })
        .collect_view();
    let cat = &l3.catalogue;
    let near = snapshot
        .as_ref()
        .filter(|o| !o.near_misses.is_empty())
        .map(|o| {
            let items = o.near_misses.iter().filter_map(|n| {
            let c = cat.course_of(n.session)?;
            let href = Page::Course(c.id.clone()).href_with(&frag2);
            Some(view! {
                <li><a href=href lang="fr">{c.title.clone()}</a>" — "{n.failed.describe(lang)}</li>
            })
        }).collect_view();
            view! {
                <section class="panel near" aria-labelledby="near-title">
                    <h2 id="near-title">{t.results_near_title}</h2>
                    <ul>{items}</ul>
                </section>
            }
        });
    let help = snapshot
        .as_ref()
        .map(|o| view! { <HelpPanel steps=o.next_steps.clone() catalogue=l4.clone() /> });

    view! {
        {notices}
        {help_summary}
        <p class="results__count" role="status" aria-live="polite">{count_text}</p>
        {more}
        <div class="results__tools">
            <fieldset class="choice filters">
                <legend>{t.results_filters_legend}</legend>
                <div class="choice__options choice__options--inline">{filter_boxes}</div>
            </fieldset>
            <div class="field">
                <label for="sort">{t.results_sort_label}</label>
                <select id="sort" class="input" on:change=move |ev| {
                    let s = SortBy::from_slug(&event_target_value(&ev)).unwrap_or_default();
                    set(&|a| a.sort = s);
                }>
                    <option value="pertinence" selected=move || arrangement.with(|a| a.sort) == SortBy::Relevance>{t.sort_relevance}</option>
                    <option value="distance" selected=move || arrangement.with(|a| a.sort) == SortBy::Distance>{t.sort_distance}</option>
                    // Hidden while no result has a known start date: it would change nothing.
                    <option value="date" hidden=!dates_known selected=move || arrangement.with(|a| a.sort) == SortBy::Date>{t.sort_date}</option>
                </select>
            </div>
        </div>
        {disclosures}
        <h2 class="results__list-title">{t.results_list_title}</h2>
        {move || {
            let list = shown_list();
            if list.is_empty() && total > 0 {
                Some(view! { <p class="notice">{t.results_filtered_empty}</p> }.into_any())
            } else {
                let l = l2.clone();
                let f = fragment.clone();
                Some(view! {
                    <ol class="results__list">
                        {list.into_iter().map(|m| view! { <li><ResultCard m=m catalogue=l.clone() fragment=f.clone() /></li> }).collect_view()}
                    </ol>
                }.into_any())
            }
        }}
        {near}
        {help}
        {(issues > 0).then(|| view! {
            <p class="results__issues">{if issues == 1 { t.results_issues_one.to_string() } else { fill(t.results_issues, &[("n", &issues.to_string())]) }}</p>
        })}
    }
}
