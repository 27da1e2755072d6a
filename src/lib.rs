//! The Aiguillage web app: a thin reactive shell over `aiguillage-core`.

use leptos::prelude::*;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    view! { <main><h1>"Aiguillage"</h1></main> }
}
