//! "Qui peut vous aider": the core's next steps, each with its nearest place (within the core's
//! cap), distance, opening hours in words and contact, and for a national network the link to its
//! official directory; with no place near the person, the directory is the first action.

use aiguillage_core::catalogue::{Contact, HelpKind, Phone};
use aiguillage_core::matching::NextStep;
use aiguillage_core::Catalogue;
use leptos::prelude::*;

use crate::i18n::{use_i18n, Lang, Texts};

/// Text of the link to a network's official directory ("Trouver la Mission Locale la plus proche").
pub fn locator_text(t: &Texts, kind: HelpKind) -> &'static str {
    match kind {
        HelpKind::MissionLocale => t.help_locator_mission_locale,
        HelpKind::FranceTravail => t.help_locator_france_travail,
        HelpKind::CapEmploi => t.help_locator_cap_emploi,
        HelpKind::MediationNumerique => t.help_locator_mediation,
        HelpKind::FranceServices => t.help_locator_france_services,
        HelpKind::Cep => t.help_locator_cep,
        HelpKind::TransitionsPro => t.help_locator_transitions_pro,
        HelpKind::EnicNaric => t.help_locator_enic_naric,
        HelpKind::CoursFrancais => t.help_locator_french_courses,
        HelpKind::Pij | HelpKind::Autre => t.help_locator,
    }
}

/// Telephone link target, only when the text is one phone number (core's `Phone`).
pub fn tel_href(phone: &str) -> Option<String> {
    Phone::parse(phone).map(|p| p.tel_uri())
}

/// Contact links (tel:, mailto:, validated website), rendered as text.
#[component]
pub fn ContactLinks(contact: Contact) -> impl IntoView {
    let i18n = use_i18n();
    let Contact { phone, email, url } = contact;
    view! {
        <ul class="contact">
            {phone.map(|p| view! {
                // No number, no `href`: an `<a>` without one is plain text, not a link.
                <li>{move || i18n.t().help_phone}{move || i18n.t().colon}<a href=tel_href(&p)>{p.clone()}</a></li>
            })}
            // An `Email` is safe in a `mailto:` link (core's rule, checked when the catalogue is read).
            {email.map(|e| view! {
                <li>{move || i18n.t().help_email}{move || i18n.t().colon}<a href=e.mailto()>{e.as_str().to_string()}</a></li>
            })}
            {url.map(|u| view! {
                <li><a href=u.as_str().to_string() rel="noopener noreferrer" target=crate::embed::link::target()>{move || i18n.t().help_website}</a></li>
            })}
        </ul>
    }
}

/// The help panel.
#[component]
pub fn HelpPanel(
    steps: Vec<NextStep>,
    catalogue: std::sync::Arc<crate::state::catalogue::Loaded>,
) -> impl IntoView {
    let i18n = use_i18n();
    let cat: &Catalogue = &catalogue.catalogue;
    let items = steps
        .iter()
        .map(|s| {
            let step = s.clone();
            let place = s.help_place.and_then(|i| cat.help_places().get(i)).cloned();
            let kind = s.kind;
            let locator = s
                .network
                .and_then(|i| cat.help_networks().get(i))
                .map(|n| n.locator_url.as_str().to_string());
            view! {
                <li class="help__item">
                    <h3>{move || step.kind.label(i18n.lang())}</h3>
                    <p>{let step = s.clone(); move || step.describe(i18n.lang())}</p>
                    {match place {
                        Some(h) => view! {
                            <p class="help__place">
                                <strong>{h.name.clone()}</strong><br />
                                // Catalogue text, isolated (a bidi override cannot reorder the
                                // page).
                                <bdi>{h.address.one_line()}</bdi>
                            </p>
                            {h.hours().map(|hours| {
                                // Understood hours in words; other text as published, under the
                                // same label (in every language: `hours` borrows the place).
                                let said = Lang::ALL.map(|l| (l, hours.describe(l)));
                                view! {
                                    <p class="help__hours">
                                        {move || i18n.t().help_hours}{move || i18n.t().colon}
                                        {move || said.iter().find(|(l, _)| *l == i18n.lang()).map(|(_, s)| s.clone())}
                                    </p>
                                }
                            })}
                            <ContactLinks contact=h.contact.clone() />
                        }.into_any(),
                        // Places of this kind are listed, none near: say so before the locator.
                        None if locator.is_some() && s.kind_in_catalogue => view! { <p>{move || i18n.t().help_none_near}</p> }.into_any(),
                        // We list none of this kind anywhere: the locator alone is the answer.
                        None if locator.is_some() => ().into_any(),
                        None => view! { <p>{move || i18n.t().help_no_place}</p> }.into_any(),
                    }}
                    {locator.map(|href| view! {
                        <p class="help__locator">
                            <a href=href rel="noopener" target=crate::embed::link::target()>{move || locator_text(i18n.t(), kind)}</a>
                        </p>
                    })}
                </li>
            }
        })
        .collect_view();
    let empty = steps.is_empty();
    view! {
        <section class="panel help" aria-labelledby="help-title">
            <h2 id="help-title">{move || i18n.t().results_help_title}</h2>
            {empty.then(|| view! { <p>{move || i18n.t().help_none}</p> })}
            <ul class="help__list">{items}</ul>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::texts_for;

    #[test]
    fn locator_links_name_the_network() {
        let fr = texts_for(Lang::Fr);
        assert_eq!(
            locator_text(fr, HelpKind::MissionLocale),
            "Trouver la Mission Locale la plus proche"
        );
        assert_eq!(
            locator_text(texts_for(Lang::En), HelpKind::MissionLocale),
            "Find the nearest Mission Locale"
        );
        assert_eq!(locator_text(fr, HelpKind::Pij), fr.help_locator);
        // Every network the CLI bundles has its own link text.
        for k in [
            HelpKind::MediationNumerique,
            HelpKind::FranceServices,
            HelpKind::Cep,
            HelpKind::TransitionsPro,
            HelpKind::EnicNaric,
            HelpKind::CoursFrancais,
        ] {
            assert_ne!(locator_text(fr, k), fr.help_locator, "{k:?}");
        }
    }

    #[test]
    fn a_phone_text_that_is_not_one_number_gets_no_link() {
        assert_eq!(
            super::tel_href("01 48 70 00 00").as_deref(),
            Some("tel:0148700000")
        );
        assert_eq!(super::tel_href("+33 1 javascript:"), None);
        assert_eq!(super::tel_href("<b>01 02</b> javascript:alert(1)"), None);
    }
}
