//! The territory fields: a department list (from the communes index the app already ships),
//! a commune search by name or INSEE code (the app's name index and department shards, through
//! `state::communes`), and the places chosen, each with a "Retirer" button.

use aiguillage::state::communes::{department_of_insee, use_communes, LookupState};
use aiguillage_core::geo::Commune;
use leptos::prelude::*;

use super::form::{Form, Kind, Place};
use super::texts::{fill, Texts};

/// At most this many communes are proposed for what is typed.
const SUGGESTIONS: usize = 8;

/// `typed` as an INSEE code (`93048`, `2A004`), if it is one.
fn insee_typed(typed: &str) -> Option<String> {
    let code = typed.trim().to_ascii_uppercase();
    department_of_insee(&code).is_some().then_some(code)
}

/// The territory fieldset.
#[component]
pub fn TerritoryFields(form: RwSignal<Form>, t: Signal<&'static Texts>) -> impl IntoView {
    let store = use_communes();
    let typed = RwSignal::new(String::new());
    leptos::task::spawn_local(async move {
        store.ensure_departments().await;
    });

    // Loads what the typed text needs: the name shards, or the department of an INSEE code.
    Effect::new(move |_| {
        let text = typed.get();
        leptos::task::spawn_local(async move {
            store.begin();
            if let Some(code) = insee_typed(&text) {
                if store.ensure_departments().await {
                    if let Some(dep) = department_of_insee(&code) {
                        store.load_department(dep).await;
                    }
                }
            } else {
                store.load_for(&text).await;
            }
        });
    });

    let found = Memo::new(move |_| {
        let text = typed.get();
        if let Some(code) = insee_typed(&text) {
            let one: Vec<Commune> = store
                .index
                .with(|i| i.by_insee(&code).cloned().into_iter().collect());
            return (one, LookupState::Done);
        }
        let lookup = store.lookup(&text, SUGGESTIONS);
        (lookup.communes, lookup.state)
    });

    let departments = move || {
        store.departments.with(|d| {
            d.as_ref()
                .map(|d| {
                    d.departments
                        .iter()
                        .map(|d| (d.code.clone(), d.name.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };

    let on_department = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev);
        if code == "*" {
            form.update(Form::whole_france);
            return;
        }
        let name = departments()
            .into_iter()
            .find(|(c, _)| *c == code)
            .map(|(_, n)| n);
        if let Some(name) = name {
            form.update(|f| f.add(Kind::Departments, Place::new(&code, &name)));
        }
    };

    let status = move || {
        if typed.with(|s| s.trim().is_empty()) {
            return "";
        }
        if store.error.with(Option::is_some) {
            return t.get().commune_failed;
        }
        let (communes, state) = found.get();
        match state {
            LookupState::Waiting => t.get().commune_searching,
            LookupState::Done if communes.is_empty() => t.get().commune_none,
            _ => "",
        }
    };

    view! {
        <fieldset class="outils__fieldset">
            <legend>{move || t.get().territory_legend}</legend>
            <p class="field-hint" id="territoire-aide">{move || t.get().territory_hint}</p>
            <div class="field">
                <label for="departement">{move || t.get().department_label}</label>
                <select id="departement" class="input" on:change=on_department prop:value="">
                    <option value="">{move || t.get().department_pick}</option>
                    <option value="*">{move || t.get().whole_france}</option>
                    {move || {
                        departments()
                            .into_iter()
                            .map(|(code, name)| {
                                view! { <option value=code.clone()>{format!("{name} ({code})")}</option> }
                            })
                            .collect_view()
                    }}
                </select>
            </div>
            <div class="field">
                <label for="commune">{move || t.get().commune_label}</label>
                <p class="field-hint" id="commune-aide">{move || t.get().commune_hint}</p>
                <input
                    id="commune"
                    class="input"
                    type="search"
                    autocomplete="off"
                    aria-describedby="commune-aide"
                    prop:value=move || typed.get()
                    on:input=move |ev| typed.set(event_target_value(&ev))
                />
                <p class="field-hint" role="status">{status}</p>
                <ul class="outils__suggestions">
                    {move || {
                        found
                            .get()
                            .0
                            .into_iter()
                            .map(|c| {
                                let label = format!("{} ({})", c.name, c.insee);
                                let add = move |_| {
                                    form.update(|f| f.add(Kind::Communes, Place::new(&c.insee, &c.name)));
                                    typed.set(String::new());
                                };
                                view! {
                                    <li>
                                        <button type="button" class="button button--small" on:click=add>
                                            {label}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
            <p id="territoire-choisi">
                <strong>{move || t.get().chosen}</strong>
                " "
                {move || form.with(|f| f.places.is_empty()).then(|| t.get().whole_france)}
            </p>
            <ul class="outils__chosen" aria-labelledby="territoire-choisi">
                {move || {
                    form.with(|f| f.places.clone())
                        .into_iter()
                        .map(|p| {
                            let code = p.code.clone();
                            let remove = move |_| form.update(|f| f.remove(&code));
                            let label = fill(t.get().remove, &[("name", &p.name)]);
                            view! {
                                <li>
                                    <span>{format!("{} ({})", p.name, p.code)}</span>
                                    " "
                                    <button type="button" class="button button--small" on:click=remove>
                                        {label}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </fieldset>
    }
}
