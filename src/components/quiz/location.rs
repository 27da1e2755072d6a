//! Question: where the person lives. A postcode loads that department's communes; a name is
//! searched anywhere in France in the name shards (accents and "st"/"saint" tolerated by core;
//! "Saint-Denis 93" narrows homonyms). "Me localiser" uses the browser's geolocation and asks to
//! confirm the nearest commune. Then the radius, and whether remote training is fine.

use aiguillage_core::geo::GeoPoint;
use aiguillage_core::profile::{Location, Radius};
use aiguillage_core::text::format_km;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::commune_search::{CommuneSearch, Suggestion};
use super::QuestionHeading;
use crate::i18n::{fill, use_i18n};
use crate::state::catalogue::{use_catalogue, CatalogueState};
use crate::state::communes::{department_of_insee, use_communes};
use crate::state::quiz_state::{use_quiz, Step};

#[derive(Clone, Debug, PartialEq)]
enum Geo {
    Idle,
    Pending,
    Found(Suggestion),
    Denied,
    Failed,
}

/// The location question.
#[component]
pub fn LocationQuestion() -> impl IntoView {
    let i18n = use_i18n();
    let quiz = use_quiz();
    let communes = use_communes();
    let catalogue = use_catalogue();
    let geo = RwSignal::new(Geo::Idle);

    let choose = move |s: Suggestion| {
        quiz.draft.update(|d| {
            d.location = Some((
                Location::Commune {
                    insee: s.insee.clone(),
                    point: s.point,
                },
                s.label.clone(),
            ))
        });
        geo.set(Geo::Idle);
        // The results are one click away now: fetch the catalogue while the person goes on.
        catalogue.prefetch();
    };

    let locate = move |_| {
        geo.set(Geo::Pending);
        catalogue.ensure_loaded();
        locate_me(move |result| match result {
            Err(denied) => geo.set(if denied { Geo::Denied } else { Geo::Failed }),
            Ok(point) => {
                leptos::task::spawn_local(async move {
                    let found = nearest_commune(point, catalogue, communes).await;
                    let _ = geo.try_set(match found {
                        Some(s) => Geo::Found(s),
                        None => Geo::Failed,
                    });
                });
            }
        });
    };

    let radius_options = Radius::ALL
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            let id = format!("q-radius-{i}");
            view! {
                <div class="choice__option choice__option--inline">
                    <input type="radio" name="q-radius" id=id.clone()
                        prop:checked=move || quiz.draft.with(|d| d.radius == r)
                        on:change=move |_| quiz.draft.update(|d| d.radius = r) />
                    <label for=id>{move || fill(i18n.t().km, &[("km", &format_km(r.km(), i18n.lang()))])}</label>
                </div>
            }
        })
        .collect_view();

    view! {
        <div class="question">
            <QuestionHeading step=Step::Location text=Signal::derive(move || i18n.t().q_location_title) />
            <p class="location__chosen" role="status">
                {move || quiz.draft.with(|d| d.location.as_ref().map(|(_, name)| {
                    format!("{} {name}", i18n.t().q_location_chosen)
                }))}
            </p>
            <CommuneSearch on_choose=Callback::new(choose) />
            <p>
                <button type="button" class="button" on:click=locate>{move || i18n.t().q_geo_button}</button>
            </p>
            <div role="alert" class="location__geo">
                {move || match geo.get() {
                    Geo::Idle => None,
                    Geo::Pending => Some(view! { <p>{i18n.t().q_geo_pending}</p> }.into_any()),
                    Geo::Denied => Some(view! { <p class="field-error">{i18n.t().q_geo_denied}</p> }.into_any()),
                    Geo::Failed => Some(view! { <p class="field-error">{i18n.t().q_geo_failed}</p> }.into_any()),
                    Geo::Found(s) => {
                        let text = fill(i18n.t().q_geo_found, &[("place", &s.label)]);
                        Some(view! {
                            <p>{text}</p>
                            <button type="button" class="button button--primary" on:click=move |_| choose(s.clone())>
                                {i18n.t().q_geo_confirm}
                            </button>
                        }.into_any())
                    }
                }}
            </div>
            <fieldset class="choice">
                <legend>{move || i18n.t().q_radius_legend}</legend>
                <div class="choice__options choice__options--inline">{radius_options}</div>
            </fieldset>
            <div class="choice__option">
                <input type="checkbox" id="q-remote-ok"
                    prop:checked=move || quiz.draft.with(|d| d.remote_ok)
                    on:change=move |ev| { let on = event_target_checked(&ev); quiz.draft.update(|d| d.remote_ok = on); } />
                <label for="q-remote-ok">{move || i18n.t().q_remote_ok}</label>
            </div>
        </div>
    }
}

/// Asks the browser for the position; `Err(true)` when refused, `Err(false)` on other failures.
fn locate_me(done: impl Fn(Result<GeoPoint, bool>) + 'static) {
    let done = std::rc::Rc::new(done);
    let geolocation = web_sys::window().and_then(|w| w.navigator().geolocation().ok());
    let Some(geolocation) = geolocation else {
        done(Err(false));
        return;
    };
    let ok_done = done.clone();
    let ok = Closure::once_into_js(move |pos: JsValue| {
        let num = |obj: &JsValue, key: &str| {
            js_sys::Reflect::get(obj, &JsValue::from_str(key))
                .ok()
                .and_then(|v| v.as_f64())
        };
        let coords =
            js_sys::Reflect::get(&pos, &JsValue::from_str("coords")).unwrap_or(JsValue::NULL);
        match num(&coords, "latitude")
            .zip(num(&coords, "longitude"))
            .and_then(|(lat, lon)| GeoPoint::new(lat, lon))
        {
            Some(p) => ok_done(Ok(p)),
            None => ok_done(Err(false)),
        }
    });
    let err_done = done.clone();
    let err = Closure::once_into_js(move |e: JsValue| {
        let code = js_sys::Reflect::get(&e, &JsValue::from_str("code"))
            .ok()
            .and_then(|v| v.as_f64());
        err_done(Err(code == Some(1.0)));
    });
    let options = web_sys::PositionOptions::new();
    options.set_timeout(15_000);
    options.set_maximum_age(600_000);
    let started = geolocation.get_current_position_with_error_callback_and_options(
        ok.unchecked_ref(),
        Some(err.unchecked_ref()),
        &options,
    );
    if started.is_err() {
        done(Err(false));
    }
}

/// Waits a little (for polling the catalogue while it loads).
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The commune nearest to a point. The department is found from the nearest place the catalogue
/// knows (help places cover France), then only that department's communes are loaded.
async fn nearest_commune(
    point: GeoPoint,
    catalogue: crate::state::catalogue::CatalogueStore,
    communes: crate::state::communes::CommunesStore,
) -> Option<Suggestion> {
    let mut loaded = None;
    for _ in 0..300 {
        match catalogue.state() {
            CatalogueState::Ready(l) => {
                loaded = Some(l);
                break;
            }
            CatalogueState::Failed(_) => return None,
            CatalogueState::Loading => sleep(100).await,
        }
    }
    let loaded = loaded?;
    let cat = &loaded.catalogue;
    let insee = cat
        .help_places()
        .iter()
        .filter_map(|h| Some((h.point()?.distance_km(point), &h.address.insee_code)))
        .chain(
            cat.places()
                .iter()
                .filter_map(|p| Some((p.point()?.distance_km(point), &p.address.insee_code))),
        )
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, insee)| insee.clone())?;
    let dep = department_of_insee(&insee)?.to_string();
    if !communes.ensure_departments().await || !communes.load_department(&dep).await {
        return None;
    }
    let (commune, _) = communes
        .index
        .with_untracked(|idx| idx.nearest(point).map(|(c, d)| (c.clone(), d)))?;
    Suggestion::from_commune(&commune, communes.department_name(&commune.department))
}
