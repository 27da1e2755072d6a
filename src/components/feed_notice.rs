//! What became of the feeds an address asked for: one sentence per feed left out ("Le catalogue
//! « Vandœuvre » n'a pas pu être chargé ; voici les autres formations que nous connaissons"), on
//! every page once the catalogue is loaded, so that a person never takes a partial list for the
//! whole offer. The exact cause (CORS, HTTP status, format) is for the webmaster's check page.

use leptos::prelude::*;

use crate::i18n::{fill, use_i18n};
use crate::state::catalogue::{use_catalogue, CatalogueState, FeedError};

/// The sentences, in a live region that is always in the page (announced when they appear).
#[component]
pub fn FeedNotice() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_catalogue();
    let lines = move || {
        let CatalogueState::Ready(loaded) = store.state() else {
            return Vec::new();
        };
        let t = i18n.t();
        loaded
            .failed
            .iter()
            .map(|f| {
                let template = match f.error {
                    FeedError::Load(_) => t.feed_failed,
                    FeedError::Unknown => t.feed_unknown,
                };
                fill(template, &[("source", &f.label)])
            })
            .collect()
    };
    view! {
        <div class="feed-notice" role="status">
            {move || lines().into_iter().map(|text| view! { <p class="notice notice--error">{text}</p> }).collect_view()}
        </div>
    }
}
