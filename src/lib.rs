//! The Aiguillage web app: a thin reactive shell over `aiguillage-core`.

// Tests never ship: the size rules of clippy.toml (one compiled sort, Latin-only case) are for the wasm.
#![cfg_attr(test, allow(clippy::disallowed_methods))]

pub mod components;
pub mod document;
pub mod embed;
pub mod i18n;
pub mod net;
pub mod percent;
pub mod query;
pub mod routes;
pub mod state;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::{ParamSegment, StaticSegment};

use components::{
    footer::SiteFooter,
    header::SiteHeader,
    lang_notice::LangNotice,
    shell_notice::{provide_shell_notice, Notice, ShellNoticeView},
    skip_link::{SkipLink, MAIN_ID},
};
use i18n::I18n;
use routes::{course::CoursePage, home::Home, not_found::NotFound, quiz::Quiz, results::Results};

/// How long the boot screen waits for the strings of a language other than French before the
/// app starts in French, saying so. The English file is about 5 KB brotli: 0.2 s at 2G speed
/// (250 kbit/s) plus a request on a link with 1 to 2 s of latency; 6 s leaves room for a slow
/// one without keeping a person in front of "Chargement…" for long on a dead one.
const BOOT_WAIT: std::time::Duration = std::time::Duration::from_secs(6);

/// Starts the app (from `main`). In French at once. In another language (`?lang=`, or the
/// stored choice), the boot screen ("Chargement d'Aiguillage…") stays until that language's
/// strings arrive, so that no French page flashes by (a screen reader would start reading it);
/// after [`BOOT_WAIT`], or when they cannot be read, the app starts in French and says so.
pub fn start() {
    let lang = state::preferences::initial_lang();
    if i18n::load::loaded(lang).is_some() {
        leptos::mount::mount_to_body(App);
        return;
    }
    document::hold_boot_screen();
    let started = std::rc::Rc::new(std::cell::Cell::new(false));
    let once = move || {
        let started = started.clone();
        move || {
            if !started.replace(true) {
                leptos::mount::mount_to_body(App);
                document::remove_boot_screen();
            }
        }
    };
    let (on_arrival, on_timeout) = (once(), once());
    // Leptos's executor starts with the first mount: before it, the browser's.
    wasm_bindgen_futures::spawn_local(async move {
        // Refused or not, the app starts: `I18n::new` finds the strings, or says they failed.
        let _ = i18n::load::load(lang).await;
        on_arrival();
    });
    set_timeout(on_timeout, BOOT_WAIT);
}

/// The whole app: language context, header, routes, footer.
#[component]
pub fn App() -> impl IntoView {
    let i18n = I18n::new(state::preferences::initial_lang());
    provide_context(i18n);
    state::catalogue::provide_catalogue_store();
    state::communes::provide_communes_store();
    state::quiz_state::provide_quiz_state();
    let notice = provide_shell_notice();
    let options = embed::start();

    // A reload mid-quiz keeps the answers: this tab's session storage holds the draft. A host's
    // `domaines=` preselects interests in a quiz not started yet.
    let quiz = state::quiz_state::use_quiz();
    if let Some(d) = state::tab_draft::restore() {
        quiz.draft.set(d);
    } else if !options.domains.is_empty() {
        quiz.draft
            .update(|d| d.interests = options.domains.iter().copied().collect());
    }
    provide_context(options);
    Effect::new(move |_| quiz.draft.with(state::tab_draft::keep));

    // A `?catalogue=` refused is said on the page it was asked on (the bundled one is used).
    if state::catalogue_url::from_page().is_err() {
        let path = web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default();
        notice.raise(Notice::CatalogueRefused, &path);
    }

    // Screen readers pronounce the page in the language `<html lang>` names; `dir` follows it.
    Effect::new(move |_| document::set_html_lang(i18n.lang()));

    view! {
        <Router>
            <FocusOnPageChange />
            <SkipLink />
            <SiteHeader />
            <main id=MAIN_ID tabindex="-1">
                <LangNotice />
                <ShellNoticeView />
                <Routes fallback=NotFound>
                    // The segments are `routes`' constants, which `Page::href` writes too.
                    <Route path=() view=Home />
                    <Route path=(StaticSegment(routes::QUIZ),) view=Quiz />
                    <Route path=(StaticSegment(routes::RESULTS),) view=Results />
                    <Route path=(StaticSegment(routes::COURSE), ParamSegment(routes::COURSE_ID)) view=CoursePage />
                </Routes>
            </main>
            <SiteFooter />
        </Router>
    }
}

/// After a move to another page (not on the first one, not between quiz questions, which move
/// focus to their own heading), focus goes to the new page's `h1`, so that keyboard and
/// screen-reader users start reading the new page instead of staying on `<body>`.
#[component]
fn FocusOnPageChange() -> impl IntoView {
    let pathname = use_location().pathname;
    let last = StoredValue::new(String::new());
    Effect::new(move |_| {
        let now = pathname.get();
        let moved = last.with_value(|l| !l.is_empty() && *l != now);
        last.set_value(now);
        if moved {
            // The new page is drawn in this same turn; focus once it is on screen.
            request_animation_frame(document::focus_main_heading);
            if embed::framed() {
                embed::height::show_top();
            }
        }
    });
}
