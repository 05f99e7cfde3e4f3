//! The reader's switch for how many glossary terms are marked in the text: all mentions, the
//! first in each paragraph, or none. Remembered in `localStorage` where the page allows it.

use leptos::prelude::*;

use super::dom::store;
use super::lens_state::lens_context;
use crate::text::glossary::MarkMode;
use crate::markup::static_page::switch_markup;

/// The `localStorage` key for the reader's choice, shared by every widget of the origin.
pub const STORAGE_KEY: &str = "article-lens:marks";

/// A radio group, one option per [`MarkMode`] (the markup of
/// [`crate::markup::static_page::switch_markup`], which the static copy shows inert), with one handler.
#[component]
pub fn MarkSwitch() -> impl IntoView {
    let (state, data) = lens_context();
    let name = format!("{}-marks", data.id_prefix);
    // Only these radios change the mode: the browser keeps the group's checked state from here on.
    let markup = switch_markup(Some((&name, state.mode_untracked())));
    view! {
        <fieldset
            class="al-switch"
            inner_html=markup
            on:change=move |ev| {
                if let Some(mode) = MarkMode::from_key(&event_target_value(&ev)) {
                    state.close();
                    state.set_mode(mode);
                    store(STORAGE_KEY, mode.key());
                }
            }
        ></fieldset>
    }
}
