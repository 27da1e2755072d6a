//! `/resultats#<profile>`: the results for the profile in the fragment, from the core's matching:
//! widening notice, counts (announced), filters and sort without reloading, cards, near misses,
//! who can help, the link to keep, and consent to keep the answers.

use std::sync::Arc;

use aiguillage_core::catalogue::FundingKind;
use aiguillage_core::matching::{match_profile, Match, Options, Outcome};
use aiguillage_core::profile::{EducationLevel, Modality};
use aiguillage_core::{sort, Profile};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::components::consent::ConsentBox;
use crate::components::copy_link::CopyLink;
use crate::components::help_panel::HelpPanel;
use crate::components::quiz::level::capitalise;
use crate::components::result_card::ResultCard;
use crate::document::set_title;
use crate::i18n::{fill, use_i18n};
use crate::route::Page;
use crate::state::catalogue::{use_catalogue, CatalogueState, Loaded};
use crate::state::profile_url::{self, FragmentProfile};
use crate::state::quiz_state::{step_href, use_quiz, Step};
use crate::state::today::today;

/// How results are ordered.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Sort {
    /// The core's score.
    Relevance,
    /// Nearest first (remote last).
    Distance,
    /// Soonest start first (unknown last).
    Date,
}

/// Filters the person can tick.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Filters {
    /// Free or funded only.
    pub free: bool,
    /// No diploma required only.
    pub no_diploma: bool,
    /// On site only.
    pub in_person: bool,
}

/// Applies filters and sort to the core's results (pure; the order of equal items is kept).
pub fn arrange(results: &[Match], loaded: &Loaded, filters: Filters, sort: Sort) -> Vec<Match> {
    let cat = &loaded.catalogue;
    let mut v: Vec<Match> = results
        .iter()
        .filter(|m| {
            let Some(c) = cat.course_of(m.session) else {
                return false;
            };
            (!filters.free
                || c.funding
                    .as_ref()
                    .is_some_and(|f| f.kind != FundingKind::Payant))
                && (!filters.no_diploma || c.min_level == Some(EducationLevel::SansDiplome))
                && (!filters.in_person
                    || (cat.place_of(m.session).is_some()
                        && c.modality != Some(Modality::Distanciel)))
        })
        .cloned()
        .collect();
    match sort {
        Sort::Relevance => {}
        Sort::Distance => sort::sort_by(&mut v, |a, b| {
            let key = |m: &Match| m.distance_km.unwrap_or(f32::INFINITY);
            key(a).total_cmp(&key(b))
        }),
        Sort::Date => sort::sort_by_key(&mut v, |m| {
            cat.sessions()
                .get(m.session)
                .and_then(|s| s.start)
                .map_or(i64::MAX, |d| d.to_days())
        }),
    }
    v
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
    let outcome: Memo<Option<Outcome>> = Memo::new(move |_| {
        let p = profile.get()?;
        match store.state() {
            CatalogueState::Ready(l) => Some(match_profile(&p, &l.catalogue, &Options::new(today))),
            _ => None,
        }
    });
    let filters = RwSignal::new(Filters::default());
    let sort = RwSignal::new(Sort::Relevance);

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
            FragmentProfile::Invalid(_) => {
                return view! {
                    <p class="notice notice--error" role="alert">{t.results_bad_link}</p>
                    <p><A href=Page::Quiz.href() attr:class="button button--primary">{t.cta_start}</A></p>
                }
                .into_any()
            }
        };
        let loaded = match store.state() {
            CatalogueState::Loading => {
                return view! { <p class="notice" role="status">{t.results_loading}</p> }.into_any()
            }
            CatalogueState::Failed(_) => {
                return view! {
                    <div class="notice notice--error" role="alert">
                        <p>{t.results_error}</p>
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
                    {move || i18n.t().results_change}
                </A>
            </p>
            <ResultsBody loaded=loaded outcome=outcome filters=filters sort=sort fragment=profile_url::fragment(&p) />
        }
        .into_any()
    };

    let share = move || {
        web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default()
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

/// "Pour : sans diplôme, 19 ans, Montreuil…" — what the results are based on.
#[component]
fn ProfileLine(profile: Profile) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="results__for">
            {move || {
                let lang = i18n.lang();
                let t = i18n.t();
                let who = [
                    capitalise(profile.level.label(lang)),
                    profile.situation.label(lang).to_string(),
                    profile.age.map_or(t.summary_age_not_given.to_string(), |n| {
                        fill(t.summary_years, &[("n", &n.to_string())])
                    }),
                ]
                .join(", ");
                fill(t.results_for, &[("who", &who)])
            }}
        </p>
    }
}

/// Counts, filters, cards, near misses and help, once the catalogue is there.
#[component]
fn ResultsBody(
    loaded: Arc<Loaded>,
    outcome: Memo<Option<Outcome>>,
    filters: RwSignal<Filters>,
    sort: RwSignal<Sort>,
    fragment: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let l1 = loaded.clone();
    let shown = Memo::new(move |_| {
        outcome.with(|o| {
            o.as_ref()
                .map(|o| arrange(&o.results, &l1, filters.get(), sort.get()))
                .unwrap_or_default()
        })
    });
    let count_text = move || {
        let t = i18n.t();
        let total = outcome.with(|o| o.as_ref().map_or(0, |o| o.total_results));
        let mut s = match total {
            0 => t.results_count_zero.to_string(),
            1 => t.results_count_one.to_string(),
            n => fill(t.results_count_many, &[("n", &n.to_string())]),
        };
        if filters.get() != Filters::default() {
            s.push(' ');
            s.push_str(&fill(
                t.results_count_filtered,
                &[("shown", &shown.with(|v| v.len()).to_string())],
            ));
        }
        s
    };
    let issues = loaded.issues.len();
    let l2 = loaded.clone();
    let l3 = loaded.clone();
    let l4 = loaded.clone();
    let frag2 = fragment.clone();
    let filter_box = move |id: &'static str,
                           get: fn(&Filters) -> bool,
                           set: fn(&mut Filters, bool),
                           label: fn() -> &'static str| {
        view! {
            <div class="choice__option choice__option--inline">
                <input type="checkbox" id=id prop:checked=move || filters.with(get)
                    on:change=move |ev| { let on = event_target_checked(&ev); filters.update(|f| set(f, on)); } />
                <label for=id>{label}</label>
            </div>
        }
    };
    let i18n2 = i18n;
    view! {
        {move || outcome.with(|o| o.as_ref().and_then(|o| o.widening).map(|w| view! {
            <p class="notice notice--widening">{move || w.describe(i18n.lang())}</p>
        }))}
        <p class="results__count" role="status" aria-live="polite">{count_text}</p>
        <div class="results__tools">
            <fieldset class="choice filters">
                <legend>{move || i18n.t().results_filters_legend}</legend>
                <div class="choice__options choice__options--inline">
                    {filter_box("filter-free", |f| f.free, |f, on| f.free = on, move || use_i18n().t().filter_free)}
                    {filter_box("filter-no-diploma", |f| f.no_diploma, |f, on| f.no_diploma = on, move || use_i18n().t().filter_no_diploma)}
                    {filter_box("filter-in-person", |f| f.in_person, |f, on| f.in_person = on, move || use_i18n().t().filter_in_person)}
                </div>
            </fieldset>
            <div class="field">
                <label for="sort">{move || i18n.t().results_sort_label}</label>
                <select id="sort" class="input" on:change=move |ev| sort.set(match event_target_value(&ev).as_str() {
                    "distance" => Sort::Distance,
                    "date" => Sort::Date,
                    _ => Sort::Relevance,
                })>
                    <option value="relevance" selected=move || sort.get() == Sort::Relevance>{move || i18n.t().sort_relevance}</option>
                    <option value="distance" selected=move || sort.get() == Sort::Distance>{move || i18n.t().sort_distance}</option>
                    <option value="date" selected=move || sort.get() == Sort::Date>{move || i18n.t().sort_date}</option>
                </select>
            </div>
        </div>
        {move || {
            let list = shown.get();
            if list.is_empty() && outcome.with(|o| o.as_ref().is_some_and(|o| !o.results.is_empty())) {
                Some(view! { <p class="notice">{i18n2.t().results_filtered_empty}</p> }.into_any())
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
        {move || outcome.with(|o| o.as_ref().filter(|o| !o.near_misses.is_empty()).map(|o| {
            let cat = &l3.catalogue;
            let items = o.near_misses.iter().filter_map(|n| {
                let c = cat.course_of(n.session)?;
                let href = Page::Course(c.id.clone()).href_with(&frag2);
                let title = c.title.clone();
                let failed = n.failed.clone();
                Some(view! {
                    <li><a href=href>{title}</a>" — "{move || failed.describe(i18n.lang())}</li>
                })
            }).collect_view();
            view! {
                <section class="panel near" aria-labelledby="near-title">
                    <h2 id="near-title">{move || i18n.t().results_near_title}</h2>
                    <ul>{items}</ul>
                </section>
            }
        }))}
        {move || outcome.with(|o| o.as_ref().map(|o| view! { <HelpPanel steps=o.next_steps.clone() catalogue=l4.clone() /> }))}
        {(issues > 0).then(|| view! {
            <p class="results__issues">{move || fill(i18n.t().results_issues, &[("n", &issues.to_string())])}</p>
        })}
    }
}
