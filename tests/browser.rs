//! Browser tests of the app's components, in headless Chromium (`cargo xtask test` runs them with
//! wasm-bindgen-test-runner). Natively this file compiles to nothing.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const HOME_TITLE_FR: &str = "Trouvez une formation au numérique près de chez vous";
const HOME_TITLE_EN: &str = "Find a digital-skills training near you";

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Lets Leptos run its effects and re-render (they are scheduled, not synchronous).
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Mounts the whole app in a fresh container, with a clean storage and address.
async fn mount_app(
    search: &str,
) -> (
    Element,
    leptos::mount::UnmountHandle<impl leptos::tachys::view::Mountable>,
) {
    let window = web_sys::window().unwrap();
    window.local_storage().unwrap().unwrap().clear().unwrap();
    // The unfinished quiz is kept in the tab: one test's answers must not reach the next.
    window.session_storage().unwrap().unwrap().clear().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("/{search}")),
        )
        .unwrap();
    // The app fetches the English strings when they are asked for (`i18n::load`); this test
    // harness has no server for them, so they are read here from the file the app would fetch.
    aiguillage::i18n::load::install(
        aiguillage::i18n::Lang::En,
        include_str!("../public/data/i18n/en.json"),
    )
    .unwrap();
    let container = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(
        container.clone().unchecked_into::<HtmlElement>(),
        aiguillage::App,
    );
    settle().await;
    (container, handle)
}

/// The element matching `selector` under `root`, as an `HtmlElement` (panics with the selector).
fn element(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches `{selector}`"))
        .unchecked_into()
}

/// Waits (a few event-loop turns at most) until `ready` holds, e.g. after `history.back()`, whose
/// `popstate` comes later; then the test's assertions say what is wrong if it never did.
async fn until(ready: impl Fn() -> bool) {
    for _ in 0..50 {
        if ready() {
            return;
        }
        settle().await;
    }
}

/// The address's query, e.g. `?etape=age`.
fn search() -> String {
    web_sys::window().unwrap().location().search().unwrap()
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches `{selector}`"))
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn home_renders_in_french_and_the_language_menu_turns_it_to_english() {
    let (root, handle) = mount_app("").await;
    assert_eq!(text_of(&root, "h1"), HOME_TITLE_FR);
    let html = document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("fr"));
    assert_eq!(html.get_attribute("dir").as_deref(), Some("ltr"));
    assert_eq!(
        document().title(),
        "Aiguillage — trouver une formation au numérique"
    );
    assert_eq!(
        text_of(&root, ".lang-menu summary"),
        "Langue\u{a0}: Français"
    );
    let current = |root: &Element| {
        root.query_selector(".lang-menu [aria-current=true]")
            .unwrap()
            .and_then(|b| b.get_attribute("lang"))
    };
    assert_eq!(current(&root).as_deref(), Some("fr"));

    let english: HtmlElement = element(&root, ".lang-menu__choice[lang=en]");
    assert_eq!(english.text_content().as_deref(), Some("English"));
    english.click();
    settle().await;

    assert_eq!(text_of(&root, "h1"), HOME_TITLE_EN);
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(html.get_attribute("dir").as_deref(), Some("ltr"));
    assert_eq!(text_of(&root, ".lang-menu summary"), "Language: English");
    assert_eq!(current(&root).as_deref(), Some("en"));
    // The menu closes on a choice.
    assert!(!element(&root, ".lang-menu").has_attribute("open"));
    // The choice is remembered for the next visit.
    let stored = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("aiguillage.lang")
        .unwrap();
    assert_eq!(stored.as_deref(), Some("en"));
    drop(handle);
}

#[wasm_bindgen_test]
async fn lang_query_parameter_opens_the_app_in_english() {
    let (root, handle) = mount_app("?lang=en").await;
    assert_eq!(text_of(&root, "h1"), HOME_TITLE_EN);
    assert_eq!(text_of(&root, ".skip-link"), "Skip to content");
    drop(handle);
}

#[wasm_bindgen_test]
async fn the_call_to_action_points_to_the_questionnaire() {
    let (root, handle) = mount_app("").await;
    let cta = root.query_selector("a.button--primary").unwrap().unwrap();
    assert_eq!(cta.get_attribute("href").as_deref(), Some("/questionnaire"));
    assert_eq!(
        cta.text_content().as_deref(),
        Some("Commencer le questionnaire")
    );
    drop(handle);
}

fn profile_montreuil() -> aiguillage_core::Profile {
    use aiguillage_core::profile::{Age, EducationLevel, Location, Situation};
    let mut p = aiguillage_core::Profile::new(
        Age::new(19),
        EducationLevel::SansDiplome,
        Situation::JeuneSansEmploiNiFormation,
    );
    p.location = Some(Location::Commune {
        insee: "93048".into(),
        point: aiguillage_core::GeoPoint::new(48.8611, 2.4436).unwrap(),
    });
    p
}

#[wasm_bindgen_test]
async fn quiz_first_question_is_a_fieldset_and_next_moves_focus_to_the_new_heading() {
    let (root, handle) = mount_app("questionnaire").await;
    assert_eq!(
        text_of(&root, "fieldset legend h2"),
        "Quel est votre plus haut diplôme\u{a0}?"
    );
    let radio: HtmlElement = element(&root, "#q-level-0");
    radio.click();
    settle().await;
    let next: HtmlElement = element(&root, ".quiz__nav .button--primary");
    next.click();
    settle().await;
    settle().await;
    assert_eq!(
        text_of(&root, ".quiz__panel h2"),
        "Quelle est votre situation aujourd'hui\u{a0}?"
    );
    let focused = document().active_element().map(|e| e.id());
    assert_eq!(focused.as_deref(), Some("q-situation-title"));
    drop(handle);
}

#[wasm_bindgen_test]
async fn quiz_steps_are_in_the_address_and_back_returns_to_the_previous_question() {
    let (root, handle) = mount_app("questionnaire").await;
    settle().await;
    assert_eq!(
        search(),
        "?etape=diplome",
        "the first question is named in place"
    );
    element(&root, "#q-level-0").click();
    settle().await;
    element(&root, ".quiz__nav .button--primary").click();
    settle().await;
    assert_eq!(search(), "?etape=situation");
    assert_eq!(
        text_of(&root, ".quiz__panel h2"),
        "Quelle est votre situation aujourd'hui\u{a0}?"
    );
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .back()
        .unwrap();
    until(|| search() == "?etape=diplome").await;
    settle().await;
    assert_eq!(search(), "?etape=diplome");
    assert_eq!(
        text_of(&root, ".quiz__panel h2"),
        "Quel est votre plus haut diplôme\u{a0}?"
    );
    let radio: web_sys::HtmlInputElement = element(&root, "#q-level-0").unchecked_into();
    assert!(radio.checked(), "going back keeps the answer");
    settle().await;
    let focused = document().active_element().map(|e| e.id());
    assert_eq!(focused.as_deref(), Some("q-level-title"));
    drop(handle);
}

#[wasm_bindgen_test]
async fn an_unknown_step_in_the_address_shows_the_first_unanswered_question() {
    let (root, handle) = mount_app("questionnaire?lang=fr&etape=nimporte-quoi").await;
    settle().await;
    assert_eq!(
        text_of(&root, ".quiz__panel h2"),
        "Quel est votre plus haut diplôme\u{a0}?"
    );
    assert_eq!(search(), "?lang=fr&etape=diplome", "other parameters kept");
    drop(handle);
}

#[wasm_bindgen_test]
async fn the_age_question_is_optional_and_can_be_declined() {
    let (root, handle) = mount_app("questionnaire?etape=age").await;
    settle().await;
    assert!(text_of(&root, "#q-age-title").contains("facultatif"));
    let next: HtmlElement = element(&root, ".quiz__nav .button--primary");
    assert_eq!(
        next.text_content().as_deref(),
        Some("Passer cette question")
    );
    let declined: web_sys::HtmlInputElement = element(&root, "#q-age-not-said").unchecked_into();
    assert_eq!(
        text_of(&root, "label[for=q-age-not-said]"),
        "Je préfère ne pas donner mon âge"
    );
    declined.click();
    settle().await;
    assert!(declined.checked());
    assert_eq!(next.text_content().as_deref(), Some("Question suivante"));
    // Typing an age takes the place of "rather not say".
    let input: web_sys::HtmlInputElement = element(&root, "#q-age-input").unchecked_into();
    input.set_value("30");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    settle().await;
    assert!(!declined.checked());
    // Declining again clears the typed age.
    declined.click();
    settle().await;
    assert_eq!(input.value(), "");
    next.click();
    settle().await;
    assert_eq!(search(), "?etape=rqth");
    drop(handle);
}

#[wasm_bindgen_test]
async fn a_profile_without_age_opens_the_summary_with_results_available() {
    let mut p = profile_montreuil();
    p.age = None;
    let fragment = aiguillage::state::profile_url::fragment(&p);
    let (root, handle) = mount_app(&format!("questionnaire{fragment}")).await;
    settle().await;
    assert_eq!(text_of(&root, "[data-answer=age]"), "Âge non communiqué");
    assert_eq!(
        search(),
        "?etape=recapitulatif",
        "the summary is named in place"
    );
    assert_eq!(
        web_sys::window().unwrap().location().hash().unwrap(),
        fragment,
        "the link stays"
    );
    let results: web_sys::HtmlButtonElement =
        element(&root, ".quiz__results button").unchecked_into();
    assert!(!results.disabled(), "results need no age");
    // "Modifier" goes to the question through the address.
    let change: HtmlElement = element(&root, ".summary__row:nth-child(3) button");
    assert!(change.text_content().unwrap_or_default().contains("Âge"));
    change.click();
    settle().await;
    settle().await;
    assert_eq!(search(), "?etape=age");
    let declined: web_sys::HtmlInputElement = element(&root, "#q-age-not-said").unchecked_into();
    assert!(declined.checked());
    let focused = document().active_element().map(|e| e.id());
    assert_eq!(focused.as_deref(), Some("q-age-title"));
    drop(handle);
}

#[wasm_bindgen_test]
async fn quiz_required_question_unanswered_shows_an_alert() {
    let (root, handle) = mount_app("questionnaire").await;
    let next: HtmlElement = element(&root, ".quiz__nav .button--primary");
    next.click();
    settle().await;
    assert!(text_of(&root, ".field-error[role=alert]").contains("Choisissez une réponse"));
    drop(handle);
}

#[wasm_bindgen_test]
async fn a_profile_fragment_round_trips_into_the_quiz_summary() {
    let p = profile_montreuil();
    let fragment = aiguillage::state::profile_url::fragment(&p);
    assert_eq!(
        aiguillage::state::profile_url::read(&fragment),
        aiguillage::state::profile_url::FragmentProfile::Valid(p.clone())
    );
    let (root, handle) = mount_app(&format!("questionnaire{fragment}")).await;
    settle().await;
    assert_eq!(text_of(&root, "[data-answer=level]"), "Sans diplôme");
    assert_eq!(text_of(&root, "[data-answer=age]"), "19 ans");
    drop(handle);
}

#[wasm_bindgen_test]
async fn a_damaged_results_link_says_so_and_leads_to_the_quiz() {
    let (root, handle) = mount_app("resultats#1<oops>").await;
    assert!(text_of(&root, "[role=alert]").contains("incomplet ou abîmé"));
    assert!(root
        .query_selector("a[href='/questionnaire']")
        .unwrap()
        .is_some());
    drop(handle);
}

#[wasm_bindgen_test]
async fn help_panel_links_a_national_network_to_its_official_directory() {
    use aiguillage::components::help_panel::HelpPanel;
    use aiguillage::state::catalogue::Loaded;
    use leptos::prelude::*;
    let (catalogue, issues) = aiguillage_core::Catalogue::from_json(
        r#"{"schema_version":1,"help_networks":[{"kind":"mission-locale","name":"Mission Locale","locator_url":"https://www.unml.info/le-reseau/annuaire/"}]}"#,
    );
    assert!(issues.is_empty(), "{issues:?}");
    let steps = aiguillage_core::matching::next_steps::next_steps(&profile_montreuil(), &catalogue);
    assert!(steps.iter().any(|s| s.network.is_some()));
    let loaded = std::sync::Arc::new(Loaded { catalogue, issues });
    let container = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(
        container.clone().unchecked_into::<HtmlElement>(),
        move || view! { <HelpPanel steps=steps.clone() catalogue=loaded.clone() /> },
    );
    settle().await;
    assert_eq!(
        container
            .inner_html()
            .matches("class=\"help__locator\"")
            .count(),
        1,
        "one network in the catalogue, one link"
    );
    let link = container
        .query_selector(".help__locator a")
        .unwrap()
        .unwrap();
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://www.unml.info/le-reseau/annuaire/")
    );
    assert_eq!(link.get_attribute("rel").as_deref(), Some("noopener"));
    assert_eq!(link.get_attribute("target"), None, "opens normally");
    assert_eq!(
        link.text_content().unwrap_or_default(),
        "Trouver la Mission Locale la plus proche"
    );
    drop(handle);
    container.remove();
}

/// Types `text` into an input the way a person does (value, then a bubbling `input` event).
fn type_into(input: &HtmlElement, text: &str) {
    let input: &web_sys::HtmlInputElement = input.unchecked_ref();
    input.set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
}

/// Presses a key on an element (a bubbling `keydown`).
fn press(el: &HtmlElement, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    el.dispatch_event(&event).unwrap();
}

/// The commune combobox over a name manifest and shards already in the store (no network):
/// suggestions with their department, the count announced, arrows, Enter, Escape.
#[wasm_bindgen_test]
async fn commune_combobox_suggests_names_with_departments_and_works_with_the_keyboard() {
    use aiguillage::components::quiz::commune_search::{CommuneSearch, Suggestion};
    use aiguillage::state::communes::{provide_communes_store, use_communes};
    use aiguillage_core::geo::{NameIndex, NameShard};
    use leptos::prelude::*;

    let chosen: RwSignal<Option<Suggestion>> = RwSignal::new(None);
    let container = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(
        container.clone().unchecked_into::<HtmlElement>(),
        move || {
            provide_communes_store();
            let store = use_communes();
            store.names.update(|n| {
            n.index = Some(
                NameIndex::from_json(
                    r#"{"v":1,"departments":[["42","Loire"],["76","Seine-Maritime"]],"shards":["a","e","m","ma","mar","marc","mart","mas"],"exact":[]}"#,
                )
                .unwrap(),
            );
            n.shards.insert(
                "e".into(),
                NameShard::from_json(
                    r#"{"v":1,"key":"e","communes":[["42218","Saint-Étienne",["42000","42100"],45.4339,4.3903,170761],["76575","Saint-Étienne-du-Rouvray",["76800"],49.3775,1.105,28000]]}"#,
                )
                .unwrap(),
            );
        });
            view! { <CommuneSearch on_choose=Callback::new(move |s| chosen.set(Some(s))) /> }
        },
    );
    settle().await;
    let input = element(&container, "#q-location-input");
    assert_eq!(input.get_attribute("role").as_deref(), Some("combobox"));
    assert_eq!(
        input.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(
        input.get_attribute("aria-controls").as_deref(),
        Some("q-location-listbox")
    );

    type_into(&input, "st etienne");
    settle().await;
    let options = container.query_selector_all("[role=option]").unwrap();
    assert_eq!(options.length(), 2);
    assert_eq!(
        text_of(&container, "#q-location-opt-0"),
        "Saint-Étienne (42000) — Loire"
    );
    assert_eq!(
        text_of(&container, "#q-location-opt-1"),
        "Saint-Étienne-du-Rouvray (76800) — Seine-Maritime"
    );
    assert_eq!(
        input.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(text_of(&container, ".location__status").starts_with("2 communes trouvées"));
    assert_eq!(input.get_attribute("aria-activedescendant"), None);

    press(&input, "ArrowDown");
    press(&input, "ArrowDown");
    press(&input, "ArrowDown");
    settle().await;
    assert_eq!(
        input.get_attribute("aria-activedescendant").as_deref(),
        Some("q-location-opt-0"),
        "wraps around"
    );
    assert_eq!(
        element(&container, "#q-location-opt-0")
            .get_attribute("aria-selected")
            .as_deref(),
        Some("true")
    );

    press(&input, "Escape");
    settle().await;
    assert_eq!(
        input.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(element(&container, "#q-location-listbox").has_attribute("hidden"));

    press(&input, "ArrowUp");
    settle().await;
    assert_eq!(
        input.get_attribute("aria-activedescendant").as_deref(),
        Some("q-location-opt-1")
    );
    press(&input, "Enter");
    settle().await;
    let picked = chosen
        .get_untracked()
        .expect("Enter chose the active option");
    assert_eq!(picked.insee, "76575");
    assert_eq!(picked.label, "Saint-Étienne-du-Rouvray (76800)");
    assert_eq!(
        input.unchecked_ref::<web_sys::HtmlInputElement>().value(),
        "Saint-Étienne-du-Rouvray (76800)"
    );
    assert_eq!(
        input.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );

    // "mar" spans three shards ("mar", "marc", "mart"): more letters are asked for, nothing is fetched.
    type_into(&input, "mar");
    settle().await;
    assert_eq!(
        text_of(&container, ".location__status"),
        "Tapez quelques lettres de plus du nom de la commune."
    );
    assert_eq!(
        container
            .query_selector_all("[role=option]")
            .unwrap()
            .length(),
        0
    );
    drop(handle);
    container.remove();
}

// ---- `?catalogue=`: the browser's URL parser decides the origin (src/state/catalogue_url.rs) ----

const PAGE: &str = "https://aiguillage.example/resultats?x=1#2AB";

/// Every trick of issue 10 item 1, as the text the URL parser receives: the parser alone, without
/// the pure pre-check, must resolve each to another origin (or fail), so the check holds even if
/// the pre-check is ever loosened.
#[wasm_bindgen_test]
fn the_url_parser_check_refuses_every_cross_origin_variant() {
    use aiguillage::state::catalogue_url::{resolve, Refusal};
    for candidate in [
        "/\t/other-host/c.json",
        "/\n/other-host/c.json",
        "/\r/other-host/c.json",
        "\t//other-host/c.json",
        "//other-host/c.json",
        "///other-host/c.json",
        "/\\other-host/c.json",
        "\\\\other-host/c.json",
        "\\/other-host/c.json",
        "http://other-host/c.json",
        "https://other-host/c.json",
        "https://aiguillage.example@other-host/c.json",
        "//aiguillage.example:pw@other-host/c.json",
        "https://aiguillage.example.other-host/c.json",
        "https://aiguillage.example:8443/c.json",
        "http://aiguillage.example/c.json",
        "javascript:alert(1)//c.json",
        "data:application/json,{}",
        "blob:https://other-host/uuid",
    ] {
        assert_eq!(
            resolve(candidate, PAGE),
            Err(Refusal::OtherOrigin),
            "{candidate:?} must be refused"
        );
    }
}

#[wasm_bindgen_test]
fn the_url_parser_check_keeps_paths_of_this_site_as_absolute_urls() {
    use aiguillage::state::catalogue_url::resolve;
    assert_eq!(
        resolve("/perf/catalogue.json", PAGE).as_deref(),
        Ok("https://aiguillage.example/perf/catalogue.json")
    );
    // `%2F` stays an encoded slash inside the path: still this site.
    assert_eq!(
        resolve("/%2F/other-host/c.json", PAGE).as_deref(),
        Ok("https://aiguillage.example/%2F/other-host/c.json")
    );
    assert_eq!(
        resolve("/a/../data/catalogue.json", PAGE).as_deref(),
        Ok("https://aiguillage.example/data/catalogue.json")
    );
}

/// Both checks, from the raw (percent-encoded) query as a link carries it.
#[wasm_bindgen_test]
fn a_crafted_catalogue_link_is_refused_and_a_plain_one_is_kept() {
    use aiguillage::query::Query;
    use aiguillage::state::catalogue_url;
    let choose = |search: &str, page: &str| catalogue_url::choose(&Query::parse(search), page);
    for query in [
        "?catalogue=/%09/other-host/c.json",
        "?catalogue=/%0A/other-host/c.json",
        "?catalogue=/%0D/other-host/c.json",
        "?catalogue=//other-host/c.json",
        "?catalogue=/%2Fother-host/c.json",
        "?catalogue=%2F%2Fother-host/c.json",
        "?catalogue=/%5Cother-host/c.json",
        "?catalogue=%5C%5Cother-host/c.json",
        "?catalogue=http://other-host/c.json",
        "?catalogue=https://other-host/c.json",
        "?catalogue=https%3A%2F%2Fother-host%2Fc.json",
        "?catalogue=//aiguillage.example@other-host/c.json",
        "?catalogue=https://aiguillage.example@other-host/c.json",
        "?lang=en&catalogue=/%20%09/other-host/c.json",
    ] {
        assert!(choose(query, PAGE).is_err(), "{query} must be refused");
    }
    assert_eq!(choose("?lang=en", PAGE), Ok(None));
    assert_eq!(
        choose("?catalogue=/perf/catalogue.json&lang=en", PAGE),
        Ok(Some(
            "https://aiguillage.example/perf/catalogue.json".into()
        ))
    );
}

#[wasm_bindgen_test]
async fn a_refused_catalogue_link_is_said_on_the_page_and_the_app_still_runs() {
    let (root, handle) = mount_app("?catalogue=/%09/other-host/c.json").await;
    assert_eq!(text_of(&root, "h1"), HOME_TITLE_FR);
    assert!(
        text_of(&root, ".shell-notice").contains("il a été ignoré"),
        "the refusal is said"
    );
    drop(handle);
}

#[wasm_bindgen_test]
async fn an_unfinished_quiz_is_kept_in_this_tab_across_a_remount() {
    let (root, handle) = mount_app("questionnaire").await;
    let level: HtmlElement = element(&root, "#q-level-0");
    level.click();
    settle().await;
    drop(handle);
    root.remove();
    // A reload, as far as the app knows: mounted again, local storage empty, the tab's kept.
    let window = web_sys::window().unwrap();
    assert!(window
        .session_storage()
        .unwrap()
        .unwrap()
        .get_item("aiguillage.draft")
        .unwrap()
        .is_some_and(|t| t.starts_with("d1|1|")));
    window.local_storage().unwrap().unwrap().clear().unwrap();
    let container = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(
        container.clone().unchecked_into::<HtmlElement>(),
        aiguillage::App,
    );
    settle().await;
    let first: web_sys::HtmlInputElement =
        element(&container, "input[type=radio]").unchecked_into();
    assert!(first.checked(), "the answer came back");
    drop(handle);
    container.remove();
}
