//! The reader's switch for how many glossary terms are marked in the text: all mentions, the
//! first in each paragraph, or none. Remembered in `localStorage` where the page allows it.

use std::sync::Arc;

use leptos::prelude::*;

use super::dom::store;
use super::lens_state::{LensData, LensState};
use crate::glossary::MarkMode;

/// The `localStorage` key for the reader's choice, shared by every widget of the origin.
pub const STORAGE_KEY: &str = "article-lens:marks";

/// A radio group, one option per [`MarkMode`].
#[component]
pub fn MarkSwitch() -> impl IntoView {
    let state = expect_context::<LensState>();
    let data = expect_context::<Arc<LensData>>();
    let name = format!("{}-marks", data.id_prefix);
    let options = MarkMode::ALL
        .into_iter()
        .map(|mode| {
            let name = name.clone();
            view! {
                <label class="al-switch-option">
                    <input
                        type="radio"
                        name=name
                        value=mode.key()
                        // Only these radios change the mode: the browser keeps the group's
                        // checked state from here on.
                        checked=state.mode_untracked() == mode
                        on:change=move |_| {
                            state.close();
                            state.set_mode(mode);
                            store(STORAGE_KEY, mode.key());
                        }
                    />
                    <span>{mode.label()}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="al-switch">
            <legend>"Mark glossary terms"</legend>
            {options}
        </fieldset>
    }
}
