//! The site header: the name (link home), its tagline and the language switch.

use leptos::prelude::*;
use leptos_router::components::A;

use super::lang_switch::LangSwitch;
use crate::i18n::use_i18n;
use crate::routes::Page;

/// The banner at the top of every page.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <A href=Page::Home.href() attr:class="site-header__brand">
                    <span class="site-header__name">{move || i18n.t().app_name}</span>
                    <span class="site-header__tagline">{move || i18n.t().app_tagline}</span>
                </A>
                <LangSwitch />
            </div>
        </header>
    }
}
