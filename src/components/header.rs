//! The site header: the name (link home), its tagline and the language switch. In a host's page
//! with a `nom=` (and maybe a `logo=`), the host's name comes first: "Vandœuvre-lès-Nancy — avec
//! Aiguillage", the logo an `<img>` of core's https-only URL, its text alternative the name.

use leptos::prelude::*;
use leptos_router::components::A;

use super::lang_switch::LangSwitch;
use crate::i18n::use_i18n;
use crate::routes::Page;

/// The banner at the top of every page.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    let framed = crate::embed::framed();
    let (name, logo) = crate::embed::host();
    let hosted = name.is_some();
    let alt = name.clone().unwrap_or_default();
    // One view for both looks (a second one would be compiled in full: bytes for every visitor).
    view! {
        <header class=if framed { "site-header site-header--framed" } else { "site-header" }>
            <div class="site-header__inner">
                <A href=Page::Home.href() attr:class="site-header__brand">
                    {logo.map(|src| view! { <img class="site-header__logo" src=src alt=alt /> })}
                    <span class="site-header__name">
                        {move || name.clone().unwrap_or_else(|| i18n.t().app_name.to_string())}
                    </span>
                    <span class="site-header__tagline" hidden=framed && !hosted>
                        {hosted.then_some(" — ")}
                        {move || if hosted { i18n.t().embed_with } else { i18n.t().app_tagline }}
                    </span>
                </A>
                <LangSwitch />
            </div>
        </header>
    }
}
