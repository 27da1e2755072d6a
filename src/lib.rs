//! The Aiguillage web app: a thin reactive shell over `aiguillage-core`.

pub mod components;
pub mod document;
pub mod i18n;
pub mod route;
pub mod routes;
pub mod state;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use components::{
    footer::SiteFooter,
    header::SiteHeader,
    skip_link::{SkipLink, MAIN_ID},
};
use i18n::I18n;
use routes::{course::CoursePage, home::Home, not_found::NotFound, quiz::Quiz, results::Results};

/// The whole app: language context, header, routes, footer.
#[component]
pub fn App() -> impl IntoView {
    let i18n = I18n::new(state::preferences::initial_lang());
    provide_context(i18n);
    state::catalogue::provide_catalogue_store();
    state::communes::provide_communes_store();
    state::quiz_state::provide_quiz_state();

    // Screen readers pronounce the page in the language `<html lang>` names.
    Effect::new(move |_| document::set_html_lang(i18n.lang().code()));

    view! {
        <Router>
            <SkipLink />
            <SiteHeader />
            <main id=MAIN_ID tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Home />
                    <Route path=path!("/questionnaire") view=Quiz />
                    <Route path=path!("/resultats") view=Results />
                    <Route path=path!("/formation/:id") view=CoursePage />
                </Routes>
            </main>
            <SiteFooter />
        </Router>
    }
}
