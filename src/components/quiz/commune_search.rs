//! The commune field: an accessible combobox (WAI-ARIA 1.2, list autocomplete) over a postcode
//! or a commune name anywhere in France. Typing loads only the files the text needs (see
//! `state::communes`); arrows move through the suggestions, Enter chooses, Escape closes the
//! list (then clears the field); a status line announces how many communes were found.

use aiguillage_core::geo::{Commune, GeoPoint};
use leptos::prelude::*;

use crate::i18n::{fill, use_i18n};
use crate::net::LoadError;
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

/// What the keyboard handler sees of the combobox.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct ListState {
    /// The list is open (it shows when it also has options).
    open: bool,
    /// The option marked active (`aria-activedescendant`), if any.
    active: Option<usize>,
    /// How many options.
    count: usize,
    /// The field is empty.
    empty_field: bool,
}

/// What a key does to the combobox.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum KeyAction {
    /// Nothing (the key keeps its usual effect).
    Nothing,
    /// Open the list with this option active.
    Activate(usize),
    /// Choose this option.
    Choose(usize),
    /// Close the list, keep the text.
    Close,
    /// Empty the field.
    Clear,
}

/// The combobox keys (WAI-ARIA 1.2 list autocomplete): Down/Up open the list and move the active
/// option, wrapping around; Enter chooses the active option; Escape closes the list, then empties
/// the field.
fn on_key(key: &str, s: ListState) -> KeyAction {
    let current = s.active.filter(|&i| i < s.count && s.open);
    match key {
        "ArrowDown" | "ArrowUp" if s.count > 0 => {
            KeyAction::Activate(match (current, key == "ArrowDown") {
                (None, true) => 0,
                (None, false) => s.count - 1,
                (Some(i), true) => (i + 1) % s.count,
                (Some(i), false) => (i + s.count - 1) % s.count,
            })
        }
        "Enter" => current.map_or(KeyAction::Nothing, KeyAction::Choose),
        "Escape" if s.open && s.count > 0 => KeyAction::Close,
        "Escape" if !s.empty_field => KeyAction::Clear,
        _ => KeyAction::Nothing,
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

    // One memo: the suggestions and how complete they are.
    let found = Memo::new(move |_| {
        let lookup = query.with(|q| communes.lookup(q, LIMIT));
        let suggestions: Vec<Suggestion> = lookup
            .communes
            .iter()
            .filter_map(|c| Suggestion::from_commune(c, communes.department_name(&c.department)))
            .collect();
        (suggestions, lookup.state)
    });
    let suggestions = move || found.with(|(s, _)| s.clone());
    let count = move || found.with(|(s, _)| s.len());
    let count_untracked = move || found.with_untracked(|(s, _)| s.len());
    let expanded = move || open.get() && count() > 0;
    let active_id = move || {
        let n = count();
        active.get().filter(|&i| i < n && open.get()).map(option_id)
    };

    let load = move || {
        let typed = query.get_untracked();
        communes.begin();
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
        let state = ListState {
            open: open.get_untracked(),
            active: active.get_untracked(),
            count: count_untracked(),
            empty_field: query.with_untracked(String::is_empty),
        };
        let action = on_key(&ev.key(), state);
        if action != KeyAction::Nothing {
            ev.prevent_default();
        }
        match action {
            KeyAction::Nothing => {}
            KeyAction::Activate(i) => {
                open.set(true);
                active.set(Some(i));
            }
            KeyAction::Choose(i) => {
                if let Some(s) = found.with_untracked(|(s, _)| s.get(i).cloned()) {
                    choose(s);
                }
            }
            KeyAction::Close => {
                open.set(false);
                active.set(None);
            }
            KeyAction::Clear => query.set(String::new()),
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
        let counted = match count() {
            0 => None,
            1 => Some(t.q_location_found_one.to_string()),
            n => Some(fill(t.q_location_found_many, &[("n", &n.to_string())])),
        };
        match found.with(|(_, state)| *state) {
            LookupState::Idle | LookupState::Waiting => None,
            LookupState::MoreLetters => Some(match counted {
                Some(c) => format!("{c} {}", t.q_location_more_letters),
                None => t.q_location_more_letters.to_string(),
            }),
            LookupState::Done => Some(counted.unwrap_or_else(|| t.q_location_none.to_string())),
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
                // Rebuilt when the active option moves (8 items at most): plain attributes.
                {move || {
                    let current = active.get();
                    suggestions().into_iter().enumerate().map(|(i, s)| {
                        let selected = current == Some(i);
                        let name = s.label.clone();
                        let department = s.department.clone().map(|d| format!(" — {d}"));
                        view! {
                            <li id=option_id(i) role="option"
                                class=if selected { "suggestion suggestion--active" } else { "suggestion" }
                                aria-selected=if selected { "true" } else { "false" }
                                // Keep the focus in the field when an option is pressed.
                                on:mousedown=|ev: web_sys::MouseEvent| ev.prevent_default()
                                on:click=move |_| choose(s.clone())>
                                <span class="suggestion__name">{name}</span>
                                <span class="suggestion__department">{department}</span>
                            </li>
                        }
                    }).collect_view()
                }}
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

#[cfg(test)]
mod tests {
    use super::*;

    fn state(open: bool, active: Option<usize>, count: usize) -> ListState {
        ListState {
            open,
            active,
            count,
            empty_field: false,
        }
    }

    #[test]
    fn arrows_open_the_list_and_move_around_it() {
        use KeyAction::*;
        assert_eq!(on_key("ArrowDown", state(true, None, 3)), Activate(0));
        assert_eq!(on_key("ArrowUp", state(true, None, 3)), Activate(2));
        assert_eq!(on_key("ArrowDown", state(true, Some(0), 3)), Activate(1));
        assert_eq!(
            on_key("ArrowDown", state(true, Some(2), 3)),
            Activate(0),
            "wraps"
        );
        assert_eq!(
            on_key("ArrowUp", state(true, Some(0), 3)),
            Activate(2),
            "wraps"
        );
        // Closed (after Escape): Down reopens on the first option.
        assert_eq!(on_key("ArrowDown", state(false, Some(2), 3)), Activate(0));
        // An active index left over from a longer list starts again.
        assert_eq!(on_key("ArrowDown", state(true, Some(7), 2)), Activate(0));
        // No option: the arrows keep their usual effect.
        assert_eq!(on_key("ArrowDown", state(true, None, 0)), Nothing);
    }

    #[test]
    fn enter_chooses_only_an_active_option_and_escape_closes_then_clears() {
        use KeyAction::*;
        assert_eq!(on_key("Enter", state(true, Some(1), 3)), Choose(1));
        assert_eq!(on_key("Enter", state(true, None, 3)), Nothing);
        assert_eq!(
            on_key("Enter", state(false, Some(1), 3)),
            Nothing,
            "closed list"
        );
        assert_eq!(on_key("Escape", state(true, Some(1), 3)), Close);
        assert_eq!(on_key("Escape", state(false, None, 3)), Clear);
        let empty = ListState {
            empty_field: true,
            ..state(false, None, 0)
        };
        assert_eq!(on_key("Escape", empty), Nothing);
        assert_eq!(on_key("a", state(true, Some(1), 3)), Nothing);
        assert_eq!(on_key("Tab", state(true, Some(1), 3)), Nothing);
    }
}
