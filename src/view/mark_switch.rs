//! The reader's switch for how many glossary terms are marked in the text: all mentions, the
//! first in each paragraph, or none. Remembered in `localStorage` where the page allows it.

use leptos::prelude::*;

use super::dom::store;
use super::lens_state::lens_context;
use crate::text::glossary::MarkMode;

/// The `localStorage` key for the reader's choice, shared by every widget of the origin.
pub const STORAGE_KEY: &str = "article-lens:marks";

/// A radio group, one option per [`MarkMode`], checked as the widget's mode says.
#[component]
pub fn MarkSwitch() -> impl IntoView {
    let (state, data) = lens_context();
    let locale = super::settings::use_locale();
    let name = format!("{}-marks", data.id_prefix);
    let options = MarkMode::ALL
        .into_iter()
        .map(|mode| {
            view! {
                <label class="al-switch-option">
                    <input
                        type="radio"
                        name=name.clone()
                        value=mode.key()
                        // The attribute for the server-rendered page, the property for the live one.
                        checked=move || state.mode() == mode
                        prop:checked=move || state.mode() == mode
                    />
                    <span>{locale.mark_mode(mode)}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset
            class="al-switch"
            // Disabled until the widget runs: without JavaScript, or before hydration, a choice
            // would do nothing (or be lost).
            disabled=move || !state.live.get()
            on:change=move |ev| {
                if let Some(mode) = MarkMode::from_key(&event_target_value(&ev)) {
                    state.close();
                    state.set_mode(mode);
                    store(STORAGE_KEY, mode.key());
                }
            }
        >
            <legend>{locale.ui.marks_legend}</legend>
            {options}
        </fieldset>
    }
}
