//! A group of radio buttons in a `fieldset` whose `legend` is the question: one answer among several.

use leptos::prelude::*;

/// Radio buttons; `selected` is the index of the chosen option.
#[component]
pub fn Choice(
    /// Name of the group (also the id prefix).
    name: &'static str,
    /// The legend (the question, usually a heading).
    legend: AnyView,
    /// Option labels, in order (reactive for the language).
    #[prop(into)]
    options: Signal<Vec<String>>,
    /// Chosen index.
    #[prop(into)]
    selected: Signal<Option<usize>>,
    /// Called with the chosen index.
    on_pick: Callback<usize>,
    /// Extra explanation under the legend.
    #[prop(optional)]
    hint: Option<AnyView>,
) -> impl IntoView {
    view! {
        <fieldset class="choice">
            <legend>{legend}</legend>
            {hint.map(|h| view! { <div class="choice__hint">{h}</div> })}
            <div class="choice__options">
                {move || {
                    options
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(i, label)| {
                            let id = format!("{name}-{i}");
                            view! {
                                <div class="choice__option">
                                    <input
                                        type="radio"
                                        id=id.clone()
                                        name=name
                                        value=i.to_string()
                                        prop:checked=move || selected.get() == Some(i)
                                        on:change=move |_| on_pick.run(i)
                                    />
                                    <label for=id>{label}</label>
                                </div>
                            }
                        })
                        .collect_view()
                }}
            </div>
        </fieldset>
    }
}
