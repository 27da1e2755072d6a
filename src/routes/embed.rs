//! `/integrer` reached inside the app (a link the router took): the configurator is another
//! page, with its own bundle (`dist/integrer/`), so the browser loads it.

use leptos::prelude::*;

/// Replaces the app with the configurator's page (the address stays in the history).
#[component]
pub fn Embed() -> impl IntoView {
    if let Some(w) = web_sys::window() {
        let _ = w.location().assign(super::EMBED);
    }
}
