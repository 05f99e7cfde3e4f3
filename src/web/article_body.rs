//! The article body: the markup of [`crate::markup::body`] set at once, and the glossary terms'
//! behaviour attached to it with one handler per event on the body, each finding its mention
//! from the event (`data-b`, `data-i`, `data-e` on the mention's wrapper). What changes while
//! the reader reads (the open card, highlights, the cited passage, the marking mode) is applied
//! to the drawn markup by effects.
//!
//! A marked term is an inline `span` with the button role (a `<button>` is an inline block and
//! would keep multi-word terms from wrapping). Its card is inserted inside the mention's wrapper,
//! right after the term, so Tab moves from the term into the card's links, and screen readers
//! meet the card where the disclosure button says it is.

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::card::{card_action, open_card};
use super::dom::{closest_from_event, index_attr, term_in};
use super::lens_state::{LensData, MentionId, lens_context};
use crate::markup::body::body_markup;

/// The mention a term or wrapper element belongs to, and its glossary entry.
fn mention_of(el: &Element) -> Option<(MentionId, usize, Element)> {
    let wrapper = el.closest(".al-mention").ok().flatten()?;
    let mention = MentionId { block: index_attr(&wrapper, "data-b")?, index: index_attr(&wrapper, "data-i")? };
    Some((mention, index_attr(&wrapper, "data-e")?, wrapper))
}

/// Whether `node` (an event's related target) is inside `el`.
fn inside(el: &Element, node: Option<web_sys::EventTarget>) -> bool {
    node.and_then(|n| n.dyn_into::<web_sys::Node>().ok()).is_some_and(|n| el.contains(Some(&n)))
}

/// The mention the event happened in (its term or its card), with its entry and wrapper.
fn mention_from(ev: &web_sys::Event) -> Option<(MentionId, usize, Element)> {
    mention_of(&ev.target()?.dyn_into().ok()?)
}

/// The term the event happened on, with its mention and entry.
fn term_from(ev: &web_sys::Event) -> Option<(HtmlElement, MentionId, usize)> {
    let term = closest_from_event(ev, ".al-term")?;
    let (mention, entry, _) = mention_of(&term)?;
    Some((term.dyn_into().ok()?, mention, entry))
}

/// Sets `class` on exactly the elements under `root` matching `selector`.
fn mark_only(root: &Element, class: &str, selector: &str) {
    for (sel, on) in [(format!(".{class}"), false), (selector.to_owned(), true)] {
        if sel.is_empty() {
            continue;
        }
        let Ok(list) = root.query_selector_all(&sel) else { continue };
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let _ = el.class_list().toggle_with_force(class, on);
            }
        }
    }
}

/// The body's marks for the reader's state: highlighted mentions and the cited passage.
fn decorate(root: &Element, data: &LensData, highlighted: &[usize], cited: Option<usize>) {
    let entries: Vec<String> = highlighted.iter().map(|e| format!(".al-mention[data-e=\"{e}\"]")).collect();
    mark_only(root, "is-highlighted", &entries.join(","));
    let cited = cited.map(|b| format!("#{}", data.block_id(b))).unwrap_or_default();
    mark_only(root, "is-cited", &cited);
}

/// The article's body blocks, with their glossary mentions.
#[component]
pub fn ArticleBody() -> impl IntoView {
    let (state, data) = lens_context();
    let body = NodeRef::<html::Div>::new();
    let markup = {
        let data = data.clone();
        move |mode| body_markup(&data.doc, &data.mentions, &data.endnote, data.ids(), mode)
    };
    let initial = markup(state.mode_untracked());

    // The marking mode changed: draw the body again (the switch has closed any card). And,
    // whenever they change, the reader's highlights and cited passage on the drawn body.
    Effect::new({
        let data = data.clone();
        move |previous: Option<crate::text::glossary::MarkMode>| {
            let (mode, highlighted, cited) = (state.mode(), state.highlighted.get(), state.cited.get());
            if let Some(el) = body.get() {
                if previous.is_some_and(|p| p != mode) {
                    el.set_inner_html(&markup(mode));
                }
                decorate(&el, &data, &highlighted, cited);
            }
            mode
        }
    });

    // The open card: inserted in its mention's wrapper, and removed when another opens or it
    // closes.
    // (Found in the body rather than kept: a stored element would be a kind of stored value
    // of its own, and its code in the wasm.) `try_`: also run when the widget goes away.
    let remove_card = move || {
        if let Some(old) = body.try_get_untracked().flatten().and_then(|el| el.query_selector(".al-card").ok().flatten()) {
            old.remove();
        }
    };
    Effect::new({
        let data = data.clone();
        move |_| {
            let open = state.open.get();
            remove_card();
            let Some(el) = body.get_untracked() else { return };
            if let Ok(Some(term)) = el.query_selector(".al-term[aria-expanded=\"true\"]") {
                let _ = term.set_attribute("aria-expanded", "false");
            }
            let Some(open) = open else { return };
            let id = data.mention_id(open.mention);
            let Some(wrapper) = el.query_selector(&format!("#{id}")).ok().flatten() else { return };
            let Some(term) = term_in(&wrapper) else { return };
            let _ = term.set_attribute("aria-expanded", "true");
            let card_id = data.ids().card(open.mention.block, open.mention.index);
            open_card(&data, &wrapper, &term, open.entry, &card_id);
        }
    });
    on_cleanup(remove_card);

    view! {
        <div
            class="al-body"
            node_ref=body
            inner_html=initial
            // The pointer entering or leaving a term, or its open card (the grace period lets
            // it cross from one to the other).
            on:pointerover=move |ev: ev::PointerEvent| {
                if ev.pointer_type() != "mouse" {
                    return;
                }
                if let Some((term, mention, entry)) = term_from(&ev) {
                    if !inside(&term, ev.related_target()) {
                        state.pointer_on_term(mention, entry, (ev.client_x() as f64, ev.client_y() as f64));
                    }
                } else if let Some(card) = closest_from_event(&ev, ".al-card") {
                    if !inside(&card, ev.related_target()) {
                        state.pointer_on_card();
                    }
                }
            }
            on:pointerout=move |ev: ev::PointerEvent| {
                if ev.pointer_type() != "mouse" {
                    return;
                }
                let left = term_from(&ev).map(|(term, _, _)| Element::from(term)).or_else(|| closest_from_event(&ev, ".al-card"));
                if left.is_some_and(|el| !inside(&el, ev.related_target())) {
                    state.pointer_off();
                }
            }
            on:focusin=move |ev: ev::FocusEvent| {
                let Some((_, mention, entry)) = term_from(&ev) else { return };
                if !state.is_returning_focus() && !state.is_open(mention) {
                    state.show(mention, entry, false);
                }
            }
            // Focus leaving both the term and its card closes the card.
            on:focusout=move |ev: ev::FocusEvent| {
                let Some((mention, _, wrapper)) = mention_from(&ev) else { return };
                if !inside(&wrapper, ev.related_target()) && state.open.get_untracked().is_some_and(|o| o.mention == mention) {
                    state.close();
                }
            }
            on:click={
                let data = data.clone();
                move |ev: ev::MouseEvent| {
                    if let Some((_, mention, entry)) = term_from(&ev) {
                        state.toggle_pinned(mention, entry);
                    } else if let (Some(control), Some((_, entry, wrapper))) = (closest_from_event(&ev, ".al-card [data-act]"), mention_from(&ev)) {
                        card_action(&ev, &control, entry, &wrapper, state, &data);
                    }
                }
            }
            on:keydown=move |ev: ev::KeyboardEvent| {
                let key = ev.key();
                if key == "Enter" || key == " " {
                    if let Some((_, mention, entry)) = term_from(&ev) {
                        ev.prevent_default();
                        state.toggle_pinned(mention, entry);
                    }
                } else if key == "Escape" {
                    // Escape in a term or its card closes the card and leaves focus on the term.
                    let Some((mention, _, wrapper)) = mention_from(&ev) else { return };
                    if state.open.get_untracked().is_some_and(|o| o.mention == mention) {
                        ev.stop_propagation();
                        state.escape();
                        if let Some(term) = term_in(&wrapper) {
                            state.return_focus(&term);
                        }
                    }
                }
            }
        ></div>
    }
}
