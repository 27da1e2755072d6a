//! The commune field: an accessible combobox (WAI-ARIA 1.2, list autocomplete) over a postcode
//! or a commune name anywhere in France. Typing loads only the files the text needs (see
//! `state::communes`); arrows move through the suggestions, Enter chooses, Escape closes the
//! list (then clears the field); a status line announces how many communes were found.

use aiguillage_core::geo::{Commune, GeoPoint};
use leptos::prelude::*;

use crate::i18n::{fill, use_i18n};
use crate::state::catalogue::LoadError;
use crate::state::communes::{use_communes, LookupState};

/// How many suggestions are shown at most.
const LIMIT: usize = 8;

const INPUT_ID: &str = "q-location-input";
const LISTBOX_ID: &str = "q-location-listbox";

/// A commune offered to the person.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    /// INSEE code.
    pub insee: String,
    /// Its point (town hall or centroid).
    pub point: GeoPoint,
    /// "Montreuil (93100)": what is kept as the chosen place.
    pub label: String,
    /// The department's name, to tell homonyms apart ("Seine-Saint-Denis").
    pub department: Option<String>,
}

impl Suggestion {
    /// A commune as offered to the person; `None` without coordinates.
    pub fn from_commune(c: &Commune, department: Option<String>) -> Option<Suggestion> {
        Some(Suggestion {
            insee: c.insee.clone(),
            point: c.point?,
            label: match c.postcodes.first() {
                Some(pc) => format!("{} ({pc})", c.name),
                None => c.name.clone(),
            },
            department,
        })
    }
}

fn option_id(i: usize) -> String {
    format!("q-location-opt-{i}")
}

/// The postcode-or-name field with its list of communes.
#[component]
pub fn CommuneSearch(
    /// Called with the commune the person chooses.
    on_choose: Callback<Suggestion>,
) -> impl IntoView {
    let i18n = use_i18n();
    let communes = use_communes();
    let query = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);

    // The name manifest is about 1 KB: fetched now, the first letters typed find their shard
    // without waiting for it.
    leptos::task::spawn_local(async move {
        communes.ensure_names().await;
    });

    let lookup = Memo::new(move |_| query.with(|q| communes.lookup(q, LIMIT)));
    let suggestions = Memo::new(move |_| {
        lookup.with(|l| {
            l.communes
                .iter()
                .filter_map(|c| {
                    Suggestion::from_commune(c, communes.department_name(&c.department))
                })
                .collect::<Vec<_>>()
        })
    });
    let expanded = move || open.get() && suggestions.with(|s| !s.is_empty());
    let active_id = move || {
        let n = suggestions.with(Vec::len);
        active.get().filter(|&i| i < n && open.get()).map(option_id)
    };

    let load = move || {
        let typed = query.get_untracked();
        communes.error.set(None);
        leptos::task::spawn_local(async move {
            if communes.ensure_names().await {
                communes.load_for(&typed).await;
            }
        });
    };
    let on_input = move |ev| {
        query.set(event_target_value(&ev));
        open.set(true);
        active.set(None);
        load();
    };
    let choose = move |s: Suggestion| {
        query.set(s.label.clone());
        open.set(false);
        active.set(None);
        on_choose.run(s);
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let n = suggestions.with_untracked(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" | "ArrowUp" if n > 0 => {
                ev.prevent_default();
                let down = ev.key() == "ArrowDown";
                let current = active
                    .get_untracked()
                    .filter(|&i| i < n && open.get_untracked());
                open.set(true);
                active.set(Some(match (current, down) {
                    (None, true) => 0,
                    (None, false) => n - 1,
                    (Some(i), true) => (i + 1) % n,
                    (Some(i), false) => (i + n - 1) % n,
                }));
            }
            "Enter" => {
                let picked = active
                    .get_untracked()
                    .filter(|_| open.get_untracked())
                    .and_then(|i| suggestions.with_untracked(|s| s.get(i).cloned()));
                if let Some(s) = picked {
                    ev.prevent_default();
                    choose(s);
                }
            }
            "Escape" => {
                if open.get_untracked() && n > 0 {
                    ev.prevent_default();
                    open.set(false);
                    active.set(None);
                } else if !query.with_untracked(String::is_empty) {
                    ev.prevent_default();
                    query.set(String::new());
                }
            }
            _ => {}
        }
    };
    let retry = move |_| {
        load();
        // The button goes away while loading: give the focus back to the field.
        if let Some(input) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(INPUT_ID))
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            let _ = input.focus();
        }
    };

    let status = move || {
        let t = i18n.t();
        if communes.pending.get() > 0 {
            return Some(t.q_location_loading.to_string());
        }
        if let Some(e) = communes.error.get() {
            return Some(
                match e {
                    LoadError::Malformed => t.q_location_malformed,
                    LoadError::Network | LoadError::Status(_) => t.q_location_load_error,
                }
                .to_string(),
            );
        }
        // Counts describe the open list; once a commune is chosen (or Escape), they go quiet.
        if !open.get() {
            return None;
        }
        let found = match suggestions.with(Vec::len) {
            0 => None,
            1 => Some(t.q_location_found_one.to_string()),
            n => Some(fill(t.q_location_found_many, &[("n", &n.to_string())])),
        };
        match lookup.with(|l| l.state) {
            LookupState::Idle | LookupState::Waiting => None,
            LookupState::MoreLetters => Some(match found {
                Some(f) => format!("{f} {}", t.q_location_more_letters),
                None => t.q_location_more_letters.to_string(),
            }),
            LookupState::Done => Some(found.unwrap_or_else(|| t.q_location_none.to_string())),
        }
    };

    view! {
        <div class="field combobox">
            <label for=INPUT_ID id="q-location-label">{move || i18n.t().q_location_label}</label>
            <p id="q-location-hint" class="field-hint">{move || i18n.t().q_location_hint}</p>
            <input id=INPUT_ID class="input" type="text" autocomplete="off" spellcheck="false"
                role="combobox" aria-autocomplete="list" aria-controls=LISTBOX_ID
                aria-expanded=move || if expanded() { "true" } else { "false" }
                aria-activedescendant=active_id
                aria-describedby="q-location-hint"
                prop:value=move || query.get() on:input=on_input on:keydown=on_keydown />
            <ul id=LISTBOX_ID role="listbox" class="suggestions"
                aria-label=move || i18n.t().q_location_suggestions
                hidden=move || !expanded()>
                {move || suggestions.get().into_iter().enumerate().map(|(i, s)| {
                    let is_active = move || active.get() == Some(i);
                    let name = s.label.clone();
                    let department = s.department.clone().map(|d| format!(" — {d}"));
                    view! {
                        <li id=option_id(i) role="option" class="suggestion"
                            class:suggestion--active=is_active
                            aria-selected=move || if is_active() { "true" } else { "false" }
                            // Keep the focus in the field when an option is pressed.
                            on:mousedown=|ev: web_sys::MouseEvent| ev.prevent_default()
                            on:click=move |_| choose(s.clone())>
                            <span class="suggestion__name">{name}</span>
                            <span class="suggestion__department">{department}</span>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
        <p role="status" class="location__status">{status}</p>
        {move || communes.error.get().is_some().then(|| view! {
            <p>
                <button type="button" class="button button--small" on:click=retry>
                    {move || i18n.t().q_location_retry}
                </button>
            </p>
        })}
    }
}
