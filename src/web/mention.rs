//! A glossary mention in the text: plain when unmarked, a term button with its card when
//! marked. The term is an inline `span` with the button role (a `<button>` is an inline block
//! and would keep multi-word terms from wrapping and break lines at punctuation). The card sits right after its term in the DOM, so Tab moves from the term into the
//! card's links, and screen readers meet it where the disclosure button says it is.

use std::sync::Arc;

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::card::Card;
use super::lens_state::{LensData, LensState, MentionId};

/// One mention of glossary entry `entry`.
#[component]
pub fn Mention(
    /// The matched text, verbatim.
    text: String,
    /// Which mention this is.
    mention: MentionId,
    /// The glossary entry it mentions.
    entry: usize,
    /// Whether it is the first mention of its entry in its block (for "first per paragraph").
    first_in_block: bool,
) -> impl IntoView {
    let state = expect_context::<LensState>();
    let data = expect_context::<Arc<LensData>>();
    let marked = move || match state.mode.get() {
        crate::glossary::MarkMode::All => true,
        crate::glossary::MarkMode::FirstPerParagraph => first_in_block,
        crate::glossary::MarkMode::None => false,
    };
    let highlighted = move || state.highlighted.with(|h| h.contains(&entry));
    let wrapper_id = data.mention_id(mention);
    let card_id = data.card_id(mention);
    let endnote = data.endnote.get(entry).copied().unwrap_or_default();
    let hint_id = data.term_hint_id();
    let button = NodeRef::<html::Span>::new();

    // Focus leaving both the term and its card closes the card.
    let on_focusout = move |ev: ev::FocusEvent| {
        let inside = ev
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .zip(ev.current_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()))
            .is_some_and(|(to, wrapper)| wrapper.contains(Some(&to)));
        if !inside && state.is_open(mention) {
            state.close();
        }
    };
    // Escape closes the card and leaves focus on the term.
    let on_keydown = move |ev: ev::KeyboardEvent| {
        if ev.key() == "Escape" && state.open.get_untracked().is_some_and(|o| o.mention == mention) {
            ev.stop_propagation();
            state.escape();
            if let Some(b) = button.get_untracked() {
                state.return_focus(&b);
            }
        }
    };

    view! {
        <span
            class="al-mention"
            class:is-highlighted=highlighted
            class:is-marked=marked
            id=wrapper_id
            tabindex="-1"
            on:focusout=on_focusout
            on:keydown=on_keydown
        >
            {move || {
                if marked() {
                    let card_id = card_id.clone();
                    let text = text.clone();
                    let hint_id = hint_id.clone();
                    view! {
                        <span
                            role="button"
                            tabindex="0"
                            class="al-term"
                            node_ref=button
                            aria-expanded=move || state.is_open(mention).to_string()
                            aria-controls=card_id.clone()
                            aria-describedby=hint_id.clone()
                            data-note=endnote
                            on:pointerenter=move |ev: ev::PointerEvent| {
                                if ev.pointer_type() == "mouse" {
                                    state.pointer_on_term(mention, entry, (ev.client_x() as f64, ev.client_y() as f64));
                                }
                            }
                            on:pointerleave=move |ev: ev::PointerEvent| {
                                if ev.pointer_type() == "mouse" {
                                    state.pointer_off();
                                }
                            }
                            on:focus=move |_| {
                                if !state.is_returning_focus() && !state.is_open(mention) {
                                    state.show(mention, entry, false);
                                }
                            }
                            on:click=move |_| state.toggle_pinned(mention, entry)
                            on:keydown=move |ev: ev::KeyboardEvent| {
                                if ev.key() == "Enter" || ev.key() == " " {
                                    ev.prevent_default();
                                    state.toggle_pinned(mention, entry);
                                }
                            }
                        >
                            {text}
                        </span>
                        {move || {
                            if state.is_open(mention) {
                                view! { <Card entry=entry card_id=card_id.clone() anchor=button/> }.into_any()
                            } else {
                                ().into_any()
                            }
                        }}
                    }
                    .into_any()
                } else {
                    text.clone().into_any()
                }
            }}
        </span>
    }
}
