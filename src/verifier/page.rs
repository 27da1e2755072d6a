//! The check page: an address or a file in, then what core says of the catalogue: counts, every
//! issue (record, field, message), what three sample people would get, and the report to
//! download. Everything is computed in this browser (`check.rs`); this file only renders it.

use std::sync::Arc;

use aiguillage::query::Query;
use aiguillage_core::text::fill;
use aiguillage_core::Lang;
use leptos::prelude::*;

use super::address::{parse, AddressError};
use super::check::{check, Checked};
use super::en::EN;
use super::facile::FACILE;
use super::fetch::{from_address, from_file, Failure};
use super::fr::FR;
use super::texts::Texts;
use super::{download, report, words};

/// Issues shown on the page; the report has them all. A broken export can have thousands, and
/// a table of 200 rows is already long to read on a phone.
const SHOWN_ISSUES: usize = 200;

/// The id of the result's heading, focused when a check ends.
const RESULT_ID: &str = "resultat";

/// The texts of a page language.
fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
        Lang::Facile => &FACILE,
    }
}

/// Where the page is.
#[derive(Clone)]
enum State {
    /// Nothing asked yet.
    Idle,
    /// Fetching or reading, then checking.
    Checking,
    /// No catalogue could be read from `source`.
    Failed { source: String, failure: Failure },
    /// Checked.
    Done(Arc<Checked>),
}

/// The page.
#[component]
pub fn Verifier() -> impl IntoView {
    let first = Query::from_page()
        .get("lang")
        .and_then(Lang::from_code)
        .unwrap_or(Lang::Fr);
    let lang = RwSignal::new(first);
    let t = Signal::derive(move || texts(lang.get()));
    Effect::new(move |_| {
        aiguillage::document::set_html_lang(lang.get());
        if let Some(d) = web_sys::window().and_then(|w| w.document()) {
            d.set_title(t.get().page_title);
        }
    });

    let state = RwSignal::new(State::Idle);
    let typed = RwSignal::new(String::new());
    let address_error = RwSignal::new(None::<AddressError>);
    // A later check replaces an earlier one still on its way.
    let run = StoredValue::new(0u32);

    let finish = move |id: u32, source: String, bytes: Result<Vec<u8>, Failure>| {
        if run.try_get_value() != Some(id) {
            return;
        }
        let next = match bytes.and_then(|b| {
            check(&source, &b, aiguillage::state::today::today()).map_err(Failure::Document)
        }) {
            Ok(c) => State::Done(Arc::new(c)),
            Err(failure) => State::Failed { source, failure },
        };
        let _ = state.try_set(next);
        // Keyboard and screen-reader users continue from the result, not from the form.
        request_animation_frame(|| {
            if let Some(h) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(RESULT_ID))
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
            {
                let _ = h.focus();
            }
        });
    };
    let start = move || {
        let id = run.get_value().wrapping_add(1);
        run.set_value(id);
        state.set(State::Checking);
        id
    };

    let check_address = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match parse(&typed.get_untracked()) {
            Err(e) => address_error.set(Some(e)),
            Ok(address) => {
                address_error.set(None);
                let id = start();
                leptos::task::spawn_local(async move {
                    let bytes = from_address(address.as_str()).await;
                    finish(id, address.as_str().to_string(), bytes);
                });
            }
        }
    };
    let check_file = move |file: web_sys::File| {
        let id = start();
        leptos::task::spawn_local(async move {
            let bytes = from_file(&file).await;
            finish(id, file.name(), bytes);
        });
    };
    let on_change = move |ev: leptos::ev::Event| {
        let file = event_target::<web_sys::HtmlInputElement>(&ev)
            .files()
            .and_then(|f| f.get(0));
        if let Some(file) = file {
            check_file(file);
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        let file = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0));
        if let Some(file) = file {
            check_file(file);
        }
    };

    let address_message = move || {
        address_error.with(|e| match e {
            None => String::new(),
            Some(AddressError::Empty) => t.get().address_empty.to_string(),
            Some(AddressError::Refused(v)) => fill(t.get().address_refused, &[("value", v)]),
        })
    };

    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <a class="site-header__brand" href="/" rel="external">
                    <span class="site-header__name">{move || t.get().app_link}</span>
                </a>
                <div class="outils__ui-lang" role="group" aria-label=move || t.get().ui_lang>
                    {Lang::ALL
                        .into_iter()
                        .map(|l| {
                            view! {
                                <button
                                    type="button"
                                    class="button button--small"
                                    lang=l.html_lang()
                                    aria-pressed=move || (lang.get() == l).to_string()
                                    on:click=move |_| lang.set(l)
                                >
                                    {l.autonym()}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
            </div>
        </header>
        <main id="contenu" class="outils verifier">
            <h1>{move || t.get().page_title}</h1>
            <p>{move || t.get().intro}</p>
            <p><strong>{move || t.get().privacy}</strong></p>
            <p class="field-hint">{move || t.get().other_formats}</p>
            <div class="verifier__inputs">
                <section aria-labelledby="par-adresse">
                    <h2 id="par-adresse">{move || t.get().url_title}</h2>
                    <form on:submit=check_address novalidate>
                        <div class="field">
                            <label for="adresse">{move || t.get().url_label}</label>
                            <p class="field-hint" id="adresse-aide">{move || t.get().url_hint}</p>
                            <input
                                id="adresse"
                                class="input"
                                type="url"
                                inputmode="url"
                                autocomplete="url"
                                spellcheck="false"
                                aria-describedby="adresse-aide adresse-erreur"
                                aria-invalid=move || address_error.with(|e| e.is_some()).then_some("true")
                                prop:value=move || typed.get()
                                on:input=move |ev| typed.set(event_target_value(&ev))
                            />
                            <p class="field-error" id="adresse-erreur">{address_message}</p>
                        </div>
                        <button type="submit" class="button button--primary">{move || t.get().url_button}</button>
                    </form>
                </section>
                <section aria-labelledby="par-fichier">
                    <h2 id="par-fichier">{move || t.get().file_title}</h2>
                    <div
                        class="verifier__drop"
                        on:dragover=move |ev: leptos::ev::DragEvent| ev.prevent_default()
                        on:drop=on_drop
                    >
                        <label for="fichier">{move || t.get().file_label}</label>
                        <p class="field-hint" id="fichier-aide">{move || t.get().file_hint}</p>
                        <input
                            id="fichier"
                            type="file"
                            accept=".json,application/json"
                            aria-describedby="fichier-aide"
                            on:change=on_change
                        />
                    </div>
                </section>
            </div>
            <div role="status" class="verifier__status">
                {move || matches!(state.get(), State::Checking).then(|| t.get().checking)}
            </div>
            {move || match state.get() {
                State::Idle | State::Checking => None,
                State::Failed { source, failure } => {
                    Some(view! { <FailureView source failure lang /> }.into_any())
                }
                State::Done(c) => Some(view! { <CheckedView checked=c lang /> }.into_any()),
            }}
            <p class="verifier__links">
                <a href="/integrer/" rel="external">{move || t.get().embed_link}</a>
            </p>
        </main>
    }
}

/// Why nothing could be read, and what to do.
#[component]
fn FailureView(source: String, failure: Failure, lang: RwSignal<Lang>) -> impl IntoView {
    let t = move || texts(lang.get());
    let cors = match &failure {
        Failure::Cors { origin, .. } => Some(origin.clone()),
        _ => None,
    };
    let message = {
        let failure = failure.clone();
        move || {
            let t = t();
            match &failure {
                Failure::Status(status) => {
                    fill(t.failed_status, &[("status", &status.to_string())])
                }
                Failure::Cors { host, .. } => fill(t.failed_cors, &[("host", host)]),
                Failure::Network => t.failed_network.to_string(),
                Failure::Offline => t.failed_offline.to_string(),
                Failure::File => t.failed_file.to_string(),
                Failure::Document(d) => {
                    fill(t.failed_document, &[("document", &d.describe(lang.get()))])
                }
            }
        }
    };
    view! {
        <section class="notice notice--error verifier__result" aria-labelledby=RESULT_ID>
            <h2 id=RESULT_ID tabindex="-1">{move || t().failed_title}</h2>
            <p class="verifier__source">{source}</p>
            <p class="verifier__failure">{message}</p>
            {cors.map(|origin| view! {
                <pre class="verifier__header"><code>"Access-Control-Allow-Origin: *"</code></pre>
                <p>{move || t().failed_cors_or}</p>
                <pre class="verifier__header"><code>{format!("Access-Control-Allow-Origin: {origin}")}</code></pre>
            })}
        </section>
    }
}

/// What core says of a catalogue that could be read.
#[component]
fn CheckedView(checked: Arc<Checked>, lang: RwSignal<Lang>) -> impl IntoView {
    let t = move || texts(lang.get());
    let c = checked.clone();
    let about = move || {
        let t = t();
        let l = lang.get();
        let mut lines = Vec::new();
        if let Some(n) = &c.name {
            lines.push(fill(t.about_name, &[("name", n)]));
        }
        if let Some(p) = &c.publisher {
            lines.push(fill(t.about_publisher, &[("publisher", p)]));
        }
        if let Some(d) = c.generated_on {
            lines.push(fill(t.about_date, &[("date", &words::date(l, d))]));
        }
        lines
            .into_iter()
            .map(|l| view! { <li>{l}</li> })
            .collect_view()
    };
    let c = checked.clone();
    let rows = move || {
        report::rows(&c, t())
            .into_iter()
            .map(|(label, kept, refused)| {
                view! {
                    <tr>
                        <th scope="row">{label}</th>
                        <td>{kept}</td>
                        <td>{refused}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let c = checked.clone();
    let warnings = move || fill(t().warnings, &[("n", &c.counts.warnings.to_string())]);
    let c = checked.clone();
    let people = move || {
        let t = t();
        let l = lang.get();
        match &c.home {
            None => view! { <p>{t.people_none}</p> }.into_any(),
            Some(h) => view! {
                <p>{words::home(t, l, h, c.today)}</p>
                <ul class="verifier__people">
                    {c.samples
                        .iter()
                        .map(|o| view! { <li>{words::outcome_line(t, l, o)}</li> })
                        .collect_view()}
                </ul>
                <p class="field-hint">{t.people_note}</p>
            }
            .into_any(),
        }
    };
    let c = checked.clone();
    let total = c.issues.len();
    let issues_title = move || fill(t().issues_title, &[("n", &total.to_string())]);
    let c = checked.clone();
    let issues = move || {
        let t = t();
        let l = lang.get();
        if c.issues.is_empty() {
            return view! { <p>{t.issues_none}</p> }.into_any();
        }
        let more = (c.issues.len() > SHOWN_ISSUES).then(|| {
            fill(
                t.issues_more,
                &[
                    ("shown", &SHOWN_ISSUES.to_string()),
                    ("n", &c.issues.len().to_string()),
                ],
            )
        });
        view! {
            <div class="verifier__table" role="region" aria-labelledby="problemes-legende" tabindex="0">
                <table>
                    <caption id="problemes-legende">{t.issues_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.col_record}</th>
                            <th scope="col">{t.col_field}</th>
                            <th scope="col">{t.col_problem}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {c.issues
                            .iter()
                            .take(SHOWN_ISSUES)
                            .map(|i| {
                                let field = i
                                    .field
                                    .clone()
                                    .unwrap_or_else(|| t.whole_record.to_string());
                                view! {
                                    <tr>
                                        <td>{i.describe_record(l)}</td>
                                        <td><code>{field}</code></td>
                                        <td>{i.problem.describe(l)}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
            {more.map(|m| view! { <p>{m}</p> })}
        }
        .into_any()
    };
    let c = checked.clone();
    let download = move |_| {
        let l = lang.get_untracked();
        download::offer(report::FILE_NAME, &report::text(&c, texts(l), l));
    };
    let source = checked.source.clone();
    view! {
        <section class="verifier__result" aria-labelledby=RESULT_ID>
            <h2 id=RESULT_ID tabindex="-1">{move || fill(t().result_title, &[("source", &source)])}</h2>
            <ul class="verifier__about">{about}</ul>
            <p>
                <button type="button" class="button button--primary" aria-describedby="rapport-aide" on:click=download>
                    {move || t().report_button}
                </button>
            </p>
            <p class="field-hint" id="rapport-aide">{move || t().report_hint}</p>
            <h3>{move || t().counts_title}</h3>
            <div class="verifier__table">
                <table>
                    <caption>{move || t().counts_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || t().col_records}</th>
                            <th scope="col">{move || t().col_kept}</th>
                            <th scope="col">{move || t().col_refused}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p>{warnings}</p>
            <h3>{move || t().people_title}</h3>
            {people}
            <h3>{issues_title}</h3>
            {issues}
        </section>
    }
}
