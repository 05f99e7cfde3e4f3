//! Small DOM helpers the views share: finding an element of this widget, moving to it,
//! reading preferences. Every failure is tolerated: a host page may forbid storage, lack
//! `scrollIntoView` options, or remove the widget mid-way.

use wasm_bindgen::JsCast;
use leptos::prelude::Set;
use web_sys::{Element, HtmlElement};

/// The widget root containing `inside` (works inside a shadow root, where `document` cannot
/// see our ids).
pub fn widget_root(inside: &Element) -> Option<Element> {
    inside.closest(".al-root").ok().flatten()
}

/// The element with DOM id `id` in the same widget as `from`. SVG elements come back as
/// `HtmlElement` too: `focus()` and `scrollIntoView()` work the same on both.
pub fn find_in_widget(from: &Element, id: &str) -> Option<HtmlElement> {
    find_under(&widget_root(from)?, id)
}

/// The element with DOM id `id` under `root` (a widget's root).
pub fn find_under(root: &Element, id: &str) -> Option<HtmlElement> {
    let found = root.query_selector(&format!("#{id}")).ok().flatten()?;
    Some(found.unchecked_into::<HtmlElement>())
}

/// Shows `player` selected on `map` (its mentions highlighted) and, once the map has re-drawn,
/// scrolls to its point and focuses it: "Show on the map" in a card, and a `#lens-player=` link.
pub fn show_on_map(root: &Element, state: super::lens_state::LensState, data: &super::lens_state::LensData, player: usize, map: usize) {
    state.map.set(map);
    state.show_player(player, data.player_entries(player));
    let (root, point) = (root.clone(), data.point_id(map, player));
    // The point exists once the map has re-rendered.
    leptos::prelude::request_animation_frame(move || {
        if let Some(el) = find_under(&root, &point) {
            go_to(&el, false);
        }
    });
}

/// The element with DOM id `id` in the widget where event `ev` happened (its current target's).
pub fn find_from_event(ev: &web_sys::Event, id: &str) -> Option<HtmlElement> {
    let from = ev.current_target()?.dyn_into::<Element>().ok()?;
    find_in_widget(&from, id)
}

/// The nearest element matching `selector` at or above the target of event `ev`: how one
/// handler on a container serves every control drawn inside it as markup.
pub fn closest_from_event(ev: &web_sys::Event, selector: &str) -> Option<Element> {
    ev.target()?.dyn_into::<Element>().ok()?.closest(selector).ok().flatten()
}

/// A whole number kept in a `data-` attribute of `el` (an entry's or player's index).
pub fn index_attr(el: &Element, name: &str) -> Option<usize> {
    el.get_attribute(name)?.parse().ok()
}

/// The term button inside a mention's wrapper, if the mention is marked.
pub fn term_in(wrapper: &Element) -> Option<HtmlElement> {
    wrapper.query_selector(".al-term").ok()??.dyn_into().ok()
}

/// Scrolls `element` into the middle of the view (instantly when the reader asks for reduced
/// motion) and moves focus to it, or, with `to_term`, to the term button inside it.
pub fn go_to(element: &HtmlElement, to_term: bool) {
    scroll_to(element, web_sys::ScrollLogicalPosition::Center);
    let term = if to_term { term_in(element) } else { None };
    let target = term.unwrap_or_else(|| element.clone());
    let focus = web_sys::FocusOptions::new();
    focus.set_prevent_scroll(true);
    let _ = target.focus_with_options(&focus);
}

/// Scrolls `element` into view at `block` (`Nearest`: only as far as needed), instantly when the
/// reader asks for reduced motion.
pub fn scroll_to(element: &Element, block: web_sys::ScrollLogicalPosition) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(block);
    options.set_behavior(if reduced_motion() { web_sys::ScrollBehavior::Instant } else { web_sys::ScrollBehavior::Smooth });
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Runs `f` once the next frame has been painted: after that frame's `requestAnimationFrame`
/// callbacks, in a task of its own. What the current change shows paints first, without
/// waiting for `f`'s work.
pub fn after_paint(f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || leptos::prelude::set_timeout(f, std::time::Duration::ZERO));
}

/// Whether the reader asked for reduced motion.
pub fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// The page's `localStorage`, where it is available and allowed (a host page or the browser
/// may forbid it).
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// A value from `localStorage`, if storage is available and allowed.
pub fn stored(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok()?
}

/// Stores a value in `localStorage`; silently does nothing where storage is unavailable.
pub fn store(key: &str, value: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(key, value);
    }
}

/// Removes a value from `localStorage`; silently does nothing where storage is unavailable.
/// (The editor's, which is built for the browser only.)
#[cfg(target_arch = "wasm32")]
pub fn unstore(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}
