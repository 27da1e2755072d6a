//! Question: where the person lives. A postcode loads that department's communes; a name is
//! searched anywhere in France in the name shards (accents and "st"/"saint" tolerated by core;
//! "Saint-Denis 93" narrows homonyms). "Me localiser" uses the browser's geolocation and asks to
//! confirm the nearest commune, found from the position alone (the department boxes of the
//! communes index; nothing of the catalogue). Then the radius, and whether remote training is
//! fine.

use aiguillage_core::geo::GeoPoint;
use aiguillage_core::profile::{Location, Radius};
use aiguillage_core::text::format_km;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::commune_search::{CommuneSearch, Suggestion};
use super::QuestionHeading;
use crate::i18n::{fill, use_i18n};
use crate::state::catalogue::use_catalogue;
use crate::state::communes::{use_communes, Nearest};
use crate::state::quiz_state::use_quiz;
use crate::state::step::Step;

#[derive(Clone, Debug, PartialEq)]
enum Geo {
    Idle,
    Pending,
    Found(Suggestion),
    Denied,
    Failed,
    Outside,
}

/// How long "Me localiser" waits for the browser before giving up, in ms. The position itself is
/// asked with a 15 s timeout ([`POSITION_TIMEOUT_MS`]), but browsers start that clock only once
/// the permission prompt is answered, and some never call back at all (prompt dismissed, a
/// desktop without location service): 20 s covers the 15 s and a few seconds to answer the
/// prompt; an answer that comes later is still taken.
const GIVE_UP_MS: i32 = 20_000;

/// The timeout given to the browser for a position, in ms (a cold fix outdoors takes a few
/// seconds; Wi-Fi positioning, one or two).
const POSITION_TIMEOUT_MS: u32 = 15_000;

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

    // Nothing heavy here: no catalogue, only the communes index and one or a few shards.
    let attempt = StoredValue::new(0u32);
    let locate = move |_| {
        geo.set(Geo::Pending);
        attempt.update_value(|n| *n += 1);
        let this = attempt.get_value();
        leptos::task::spawn_local(async move {
            sleep(GIVE_UP_MS).await;
            if attempt.try_get_value() == Some(this)
                && geo.try_get_untracked() == Some(Geo::Pending)
            {
                let _ = geo.try_set(Geo::Failed);
            }
        });
        locate_me(move |result| match result {
            Err(denied) => {
                let _ = geo.try_set(if denied { Geo::Denied } else { Geo::Failed });
            }
            Ok(point) => {
                leptos::task::spawn_local(async move {
                    let found = communes.nearest(point).await;
                    let _ = geo.try_set(match found {
                        Ok(Nearest::Commune(c)) => {
                            match Suggestion::from_commune(
                                &c,
                                communes.department_name(&c.department),
                            ) {
                                Some(s) => Geo::Found(s),
                                None => Geo::Failed,
                            }
                        }
                        Ok(Nearest::OutsideFrance) => Geo::Outside,
                        Err(()) => Geo::Failed,
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
                    Geo::Outside => Some(view! { <p class="field-error">{i18n.t().q_geo_outside}</p> }.into_any()),
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
    options.set_timeout(POSITION_TIMEOUT_MS);
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

/// Waits `ms` milliseconds.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
