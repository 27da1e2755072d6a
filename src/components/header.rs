//! The site header: the name (link home), its tagline and the language switch. In a host's page
//! with a `nom=` (and maybe a `logo=`), the host's name comes first: "Vandœuvre-lès-Nancy — avec
//! Aiguillage", the logo an `<img>` of core's https-only URL, its text alternative the name.

use aiguillage_core::embed::EmbedOptions;
use leptos::prelude::*;
use leptos_router::components::A;

use super::lang_switch::LangSwitch;
use crate::i18n::use_i18n;
use crate::routes::Page;

/// The banner at the top of every page.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    let host = use_context::<EmbedOptions>()
        .filter(|_| crate::embed::framed())
        .and_then(|o| Some((o.name?, o.logo)));
    let framed = crate::embed::framed();
    let brand = match host {
        Some((name, logo)) => {
            let name = name.as_str().to_string();
            view! {
                {logo.map(|l| view! { <img class="site-header__logo" src=l.as_str().to_string() alt=name.clone() /> })}
                <span class="site-header__name">{name}</span>
                <span class="site-header__tagline">" — "{move || i18n.t().embed_with}</span>
            }
            .into_any()
        }
        None => view! {
            <span class="site-header__name">{move || i18n.t().app_name}</span>
            <span class="site-header__tagline" hidden=framed>{move || i18n.t().app_tagline}</span>
        }
        .into_any(),
    };
    view! {
        <header class="site-header" class:site-header--framed=framed>
            <div class="site-header__inner">
                <A href=Page::Home.href() attr:class="site-header__brand">{brand}</A>
                <LangSwitch />
            </div>
        </header>
    }
}
