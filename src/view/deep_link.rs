//! Links to what a reader found: the page's `#lens-term=ID` opens that entry's card at its first
//! marked mention, `#lens-player=ID` selects that player on its map (on start, and whenever the
//! fragment changes), and a "Copy link" control gives the reader such a link. The fragments'
//! syntax is [`crate::text::deep_link`]'s.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

use super::dom::{find_under, go_to, show_on_map};
use super::lens_state::{lens_context, LensData, LensState};
use crate::text::deep_link::{parse, LinkTarget};

thread_local! {
    /// The fragment a widget on this page last followed: with several widgets holding the same
    /// entry, the first to start follows it and the others leave it (one card opens, one focus).
    static FOLLOWED: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The page's fragment, with its `#`.
fn page_fragment() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Shows what the page's fragment asks for, if this widget (`root`, its `.al-root`) has it and
/// no widget on the page followed this fragment already.
pub fn follow_page_link(root: &Element, state: LensState, data: &LensData) {
    let fragment = page_fragment();
    let Some(target) = parse(&fragment) else { return };
    if FOLLOWED.with(|f| *f.borrow() == fragment) {
        return;
    }
    let followed = match target {
        LinkTarget::Term(id) => show_term(root, state, data, &id),
        LinkTarget::Player(id) => show_player(root, state, data, &id),
    };
    if followed {
        FOLLOWED.with(|f| *f.borrow_mut() = fragment);
    }
}

/// Opens the card of entry `id` at its first marked mention, scrolled to, with focus on the
/// term. `false` when this widget has no such entry or no marked mention of it.
fn show_term(root: &Element, state: LensState, data: &LensData, id: &str) -> bool {
    let Some(entry) = data.doc.glossary.iter().position(|e| e.id == id) else { return false };
    let Some(mention) = data.mentions_of(entry).into_iter().next() else { return false };
    let Some(wrapper) = find_under(root, &data.mention_id(mention)) else { return false };
    go_to(&wrapper, true);
    state.show(mention, entry, true);
    true
}

/// Selects player `id` on the first map that shows it, scrolled to, with focus on its point.
/// `false` when this widget has no such player on a map.
fn show_player(root: &Element, state: LensState, data: &LensData, id: &str) -> bool {
    let Some(player) = data.doc.players.iter().position(|p| p.id == id) else { return false };
    let Some(map) = data.doc.maps.iter().position(|m| m.players.iter().any(|p| p == id)) else { return false };
    show_on_map(root, state, data, player, map);
    true
}

/// This page's address with `target`'s fragment in place of its own.
fn link_to(target: &LinkTarget) -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    let base = href.split('#').next().unwrap_or(&href).to_owned();
    Some(base + &target.fragment())
}

/// A button that copies a link to `target` on this page: to the clipboard where the page may
/// write to it, else into the address bar (without scrolling or a history entry), from where
/// the reader copies it. Either way a screen reader hears what happened.
#[component]
pub fn CopyLink(
    /// What the link shows: a term's card or a player on its map.
    target: LinkTarget,
    /// Its accessible name, saying what it links to: `Copy link to this card`.
    name: &'static str,
) -> impl IntoView {
    let (state, _) = lens_context();
    let ui = &super::settings::use_locale().ui;
    let copy = move |_| {
        let Some(link) = link_to(&target) else { return };
        let clipboard = web_sys::window()
            .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("navigator")).ok())
            .and_then(|n| js_sys::Reflect::get(&n, &JsValue::from_str("clipboard")).ok())
            .filter(|c| c.is_object());
        let write = clipboard.as_ref().and_then(|c| {
            let f = js_sys::Reflect::get(c, &JsValue::from_str("writeText")).ok()?.dyn_into::<js_sys::Function>().ok()?;
            f.call1(c, &JsValue::from_str(&link)).ok()
        });
        let in_address_bar = move |link: &str| {
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(link));
            }
            // This widget has what the link shows; it is followed already.
            FOLLOWED.with(|f| *f.borrow_mut() = page_fragment());
            state.announcement.set(ui.link_in_address_bar.to_owned());
        };
        match write {
            Some(promise) => {
                let link = link.clone();
                let done = wasm_bindgen::closure::Closure::once_into_js(move |_: JsValue| {
                    state.announcement.set(ui.link_copied.to_owned());
                });
                let failed = wasm_bindgen::closure::Closure::once_into_js(move |_: JsValue| in_address_bar(&link));
                if let Some(then) = js_sys::Reflect::get(&promise, &JsValue::from_str("then")).ok().and_then(|t| t.dyn_into::<js_sys::Function>().ok()) {
                    let _ = then.call2(&promise, &done, &failed);
                }
            }
            None => in_address_bar(&link),
        }
    };
    view! { <button type="button" class="al-link" aria-label=name on:click=copy>{ui.copy_link}</button> }
}
