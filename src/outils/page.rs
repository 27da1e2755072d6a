//! The configurator page: presets, the form, the live preview and the snippets. The form is
//! plain values (`form::Form`); core reads them as the app would (`EmbedOptions::from_params`)
//! and writes the preview's address and the snippets, so what is shown is what a host gets.

use aiguillage::query::Query;
use aiguillage_core::embed::{frame_src, iframe_snippet, script_snippet, EmbedOptions, Ignored};
use aiguillage_core::profile::Domain;
use aiguillage_core::text::sentences;
use aiguillage_core::Lang;
use leptos::prelude::*;

use super::colour::{contrast, sentence, Contrast};
use super::copy::CopyButton;
use super::en::EN;
use super::form::Form;
use super::fr::FR;
use super::presets::PRESETS;
use super::preview::Preview;
use super::territory::TerritoryFields;
use super::texts::{fill, Texts};

/// The plain iframe's height: the home page and a question fit at a phone's width (measured
/// 780 px at 360 px wide), so a person sees the whole first page without scrolling the frame.
const FRAME_HEIGHT_PX: u32 = 800;

/// Aiguillage's own primary colour (style/main.css `--color-primary`): what the colour picker
/// shows while no colour is asked.
const APP_COLOUR: &str = "#1d3a8a";
/// White, the picker's value while no text colour is asked.
const APP_TEXT_COLOUR: &str = "#ffffff";

/// The texts of a page language (the configurator is in French and English).
fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::En => &EN,
        Lang::Fr | Lang::Facile => &FR,
    }
}

/// This site's address (`https://aiguillage.example`): the app the snippets point to.
fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// The options the form stands for, as the app reads them, and what it would ignore.
fn options(form: &Form) -> (EmbedOptions, Vec<Ignored>) {
    let pairs = form.pairs();
    EmbedOptions::from_params(pairs.iter().map(|(k, v)| (*k, v.as_str())))
}

/// A `#rrggbb` the colour picker can show: the typed colour when it is one, else `fallback`.
fn picker_value(typed: &str, fallback: &str) -> String {
    aiguillage_core::embed::Colour::parse(typed.trim())
        .map(|c| c.to_hex())
        .unwrap_or_else(|_| fallback.to_string())
}

/// The page.
#[component]
pub fn Outils() -> impl IntoView {
    aiguillage::state::communes::provide_communes_store();
    let first = Query::from_page()
        .get("lang")
        .and_then(Lang::from_code)
        .filter(|l| *l == Lang::En)
        .unwrap_or(Lang::Fr);
    let lang = RwSignal::new(first);
    let t = Signal::derive(move || texts(lang.get()));
    Effect::new(move |_| {
        aiguillage::document::set_html_lang(lang.get());
        if let Some(d) = web_sys::window().and_then(|w| w.document()) {
            d.set_title(t.get().page_title);
        }
    });

    let form = RwSignal::new(Form::default());
    let parsed = Memo::new(move |_| form.with(options));
    let app = origin();
    let preview_src = {
        let app = app.clone();
        Memo::new(move |_| {
            let mut o = parsed.with(|(o, _)| o.clone());
            o.framed = true;
            frame_src(&app, &o)
        })
    };
    let script = {
        let app = app.clone();
        Signal::derive(move || parsed.with(|(o, _)| script_snippet(&app, o)))
    };
    let iframe =
        Signal::derive(move || parsed.with(|(o, _)| iframe_snippet(&app, o, FRAME_HEIGHT_PX)));

    // The sentence of what the app would ignore in `param`, for the field that sets it.
    let ignored_for = move |params: &'static [&'static str]| {
        move || {
            parsed.with(|(_, ignored)| {
                ignored
                    .iter()
                    .filter(|i| params.contains(&i.param))
                    .map(|i| i.describe(lang.get()))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
        }
    };
    let ignored_count = move || parsed.with(|(_, i)| i.len());
    let colour_result = Memo::new(move |_| form.with(|f| contrast(&f.colour, &f.text_colour)));

    let text_field = move |id: &'static str,
                           label: fn(&Texts) -> &'static str,
                           hint: fn(&Texts) -> &'static str,
                           get: fn(&Form) -> &String,
                           set: fn(&mut Form, String),
                           kind: &'static str,
                           params: &'static [&'static str]| {
        let hint_id = format!("{id}-aide");
        let error_id = format!("{id}-erreur");
        let error = ignored_for(params);
        view! {
            <div class="field">
                <label for=id>{move || label(t.get())}</label>
                <p class="field-hint" id=hint_id.clone()>{move || hint(t.get())}</p>
                <input
                    id=id
                    class="input"
                    type=kind
                    autocomplete="off"
                    aria-describedby=format!("{hint_id} {error_id}")
                    prop:value=move || form.with(|f| get(f).clone())
                    on:input=move |ev| form.update(|f| set(f, event_target_value(&ev)))
                />
                <p class="field-error" id=error_id>{error}</p>
            </div>
        }
    };

    let colour_field = move |id: &'static str,
                             legend: fn(&Texts) -> &'static str,
                             picker: fn(&Texts) -> &'static str,
                             hex: fn(&Texts) -> &'static str,
                             get: fn(&Form) -> &String,
                             set: fn(&mut Form, String),
                             fallback: &'static str| {
        let hex_id = format!("{id}-code");
        view! {
            <fieldset class="outils__fieldset outils__colour">
                <legend>{move || legend(t.get())}</legend>
                <input
                    id=id
                    type="color"
                    aria-label=move || picker(t.get())
                    prop:value=move || form.with(|f| picker_value(get(f), fallback))
                    on:input=move |ev| form.update(|f| set(f, event_target_value(&ev)))
                />
                <label for=hex_id.clone()>{move || hex(t.get())}</label>
                <input
                    id=hex_id
                    class="input input--short"
                    type="text"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby="couleur-resultat"
                    prop:value=move || form.with(|f| get(f).clone())
                    on:input=move |ev| form.update(|f| set(f, event_target_value(&ev)))
                />
                <button type="button" class="button button--small" on:click=move |_| form.update(|f| set(f, String::new()))>
                    {move || t.get().colour_default}
                </button>
            </fieldset>
        }
    };

    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <a class="site-header__brand" href="/" rel="external">
                    <span class="site-header__name">"Aiguillage"</span>
                </a>
                <div class="outils__ui-lang" role="group" aria-label=move || t.get().ui_lang>
                    {[Lang::Fr, Lang::En]
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
        <main id="contenu" class="outils">
            <h1>{move || t.get().page_title}</h1>
            <p>{move || t.get().intro}</p>
            <section aria-labelledby="modeles-titre">
                <h2 id="modeles-titre">{move || t.get().presets_title}</h2>
                <p class="field-hint">{move || t.get().presets_hint}</p>
                <ul class="outils__presets">
                    {PRESETS
                        .iter()
                        .map(|p| {
                            view! {
                                <li>
                                    <button type="button" class="button" on:click=move |_| form.set(p.form())>
                                        {p.label}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
            <div class="outils__layout">
                <form class="outils__form" on:submit=|ev| ev.prevent_default() aria-labelledby="reglages-titre">
                    <h2 id="reglages-titre">{move || t.get().settings_title}</h2>
                    <TerritoryFields form=form t=t />
                    {text_field("nom", |t| t.name_label, |t| t.name_hint, |f| &f.name, |f, v| f.name = v, "text", &["nom"])}
                    {text_field("logo", |t| t.logo_label, |t| t.logo_hint, |f| &f.logo, |f, v| f.logo = v, "url", &["logo"])}
                    {colour_field("couleur", |t| t.colour_legend, |t| t.colour_picker, |t| t.colour_hex, |f| &f.colour, |f, v| f.colour = v, APP_COLOUR)}
                    {colour_field("couleur-texte", |t| t.text_colour_legend, |t| t.text_colour_picker, |t| t.text_colour_hex, |f| &f.text_colour, |f, v| f.text_colour = v, APP_TEXT_COLOUR)}
                    <p
                        id="couleur-resultat"
                        role="status"
                        class=move || if colour_result.with(|c| *c == Contrast::Invalid) { "field-error" } else { "field-hint" }
                    >
                        {move || colour_result.with(|c| sentence(c, t.get(), lang.get()))}
                    </p>
                    <div class="field">
                        <label for="langue">{move || t.get().lang_label}</label>
                        <select
                            id="langue"
                            class="input"
                            prop:value=move || form.with(|f| f.lang.map(Lang::code).unwrap_or(""))
                            on:change=move |ev| form.update(|f| f.lang = Lang::from_code(&event_target_value(&ev)))
                        >
                            <option value="">{move || t.get().lang_any}</option>
                            {Lang::ALL
                                .into_iter()
                                .map(|l| view! { <option value=l.code() lang=l.html_lang()>{l.autonym()}</option> })
                                .collect_view()}
                        </select>
                    </div>
                    <fieldset class="outils__fieldset">
                        <legend>{move || t.get().domains_legend}</legend>
                        <p class="field-hint">{move || t.get().domains_hint}</p>
                        <ul class="outils__checks">
                            {Domain::ALL
                                .into_iter()
                                .map(|d| {
                                    let id = format!("domaine-{}", aiguillage_core::embed::domain_code(d));
                                    view! {
                                        <li>
                                            <input
                                                type="checkbox"
                                                id=id.clone()
                                                prop:checked=move || form.with(|f| f.domains.contains(&d))
                                                on:change=move |ev| form.update(|f| f.set_domain(d, event_target_checked(&ev)))
                                            />
                                            <label for=id>{move || sentences(lang.get()).domain(d)}</label>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </fieldset>
                    <fieldset class="outils__fieldset">
                        <legend>{move || t.get().start_legend}</legend>
                        <ul class="outils__checks">
                            <li>
                                <input
                                    type="radio"
                                    id="depart-accueil"
                                    name="depart"
                                    prop:checked=move || form.with(|f| !f.start_quiz)
                                    on:change=move |_| form.update(|f| f.start_quiz = false)
                                />
                                <label for="depart-accueil">{move || t.get().start_home}</label>
                            </li>
                            <li>
                                <input
                                    type="radio"
                                    id="depart-questionnaire"
                                    name="depart"
                                    prop:checked=move || form.with(|f| f.start_quiz)
                                    on:change=move |_| form.update(|f| f.start_quiz = true)
                                />
                                <label for="depart-questionnaire">{move || t.get().start_quiz}</label>
                            </li>
                        </ul>
                    </fieldset>
                    <p class="field-error" role="status">
                        {move || {
                            let n = ignored_count();
                            (n > 0).then(|| fill(t.get().ignored, &[("count", &n.to_string())]))
                        }}
                    </p>
                </form>
                <div class="outils__results">
                    <Preview src=preview_src t=t />
                    <section aria-labelledby="code-titre">
                        <h2 id="code-titre">{move || t.get().snippets_title}</h2>
                        <div class="field">
                            <label for="code-script">{move || t.get().script_label}</label>
                            <textarea id="code-script" class="input outils__code" readonly rows="4" prop:value=move || script.get()></textarea>
                            <CopyButton
                                textarea_id="code-script"
                                label=Signal::derive(move || t.get().copy_script)
                                copied=Signal::derive(move || t.get().copied)
                                selected=Signal::derive(move || t.get().copy_selected)
                                code=script
                            />
                        </div>
                        <div class="field">
                            <label for="code-cadre">{move || t.get().iframe_label}</label>
                            <textarea id="code-cadre" class="input outils__code" readonly rows="4" prop:value=move || iframe.get()></textarea>
                            <CopyButton
                                textarea_id="code-cadre"
                                label=Signal::derive(move || t.get().copy_iframe)
                                copied=Signal::derive(move || t.get().copied)
                                selected=Signal::derive(move || t.get().copy_selected)
                                code=iframe
                            />
                        </div>
                        <h3>{move || t.get().cms_title}</h3>
                        <ul>
                            <li>{move || t.get().cms_wordpress}</li>
                            <li>{move || t.get().cms_drupal}</li>
                            <li>{move || t.get().cms_spip}</li>
                            <li>{move || t.get().cms_joomla}</li>
                        </ul>
                        <p class="field-hint">{move || t.get().csp_note}</p>
                    </section>
                </div>
            </div>
            <p>
                <a href="/verifier/" rel="external">{move || t.get().verify_link}</a>
            </p>
            <p>
                <a href="/" rel="external">{move || t.get().back}</a>
            </p>
        </main>
    }
}
