//! A glossary card: the markup of [`crate::markup::card`] inserted into its mention, right after
//! the term, and placed by [`crate::text::card_placement::place`] so that it stays inside the viewport.
//! Its controls have no handlers of their own: the body's handlers (see `web::article_body`)
//! call [`card_action`] with the control's `data-act`, and treat the card as part of its term
//! for the pointer's grace period, for Escape and for focus.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use leptos::prelude::*;

use super::dom::{announce, go_to, index_attr, term_in, widget_root};
use super::lens_state::{LensData, LensState};
use super::passage_link::{show_mention, show_passage};
use crate::markup::card::{card_markup, CardLinks};
use crate::text::card_placement::{place, Rect, Side};

/// Inserts the card of glossary entry `entry` at the end of the mention's `wrapper` (after its
/// `term`), placed.
pub fn open_card(data: &LensData, wrapper: &Element, term: &HtmlElement, entry: usize, card_id: &str) -> Option<()> {
    let e = data.doc.glossary.get(entry)?;
    let related = e
        .related
        .iter()
        .filter_map(|id| data.doc.glossary.iter().position(|g| &g.id == id))
        .map(|other| (other, data.doc.glossary[other].term.as_str(), data.mentions_of(other).first().map(|m| data.mention_id(*m))))
        .collect();
    let links = CardLinks {
        card_id,
        passage: data.doc.block_quoting(&e.in_article.quote).map(|b| (b, data.block_id(b))),
        related,
        count: data.counts.get(entry).copied().unwrap_or_default(),
        on_map: data.player_on_map(entry).is_some(),
    };
    wrapper.insert_adjacent_html("beforeend", &card_markup(e, &links)).ok()?;
    let card: HtmlElement = wrapper.last_element_child()?.dyn_into().ok()?;
    place_card(&card, term);
    Some(())
}

/// What the card control `control` (`data-act`) does when clicked, in the card of `entry`
/// opened in the mention `wrapper`.
pub fn card_action(ev: &web_sys::MouseEvent, control: &Element, entry: usize, wrapper: &Element, state: LensState, data: &LensData) {
    match control.get_attribute("data-act").as_deref() {
        Some("close") => {
            state.close();
            if let Some(term) = term_in(wrapper) {
                state.return_focus(&term);
            }
        }
        Some("passage") => {
            ev.prevent_default();
            if let Some(block) = index_attr(control, "data-block") {
                show_passage(ev, state, block, &data.block_id(block));
            }
        }
        Some("related") => {
            if let (Some(other), Some(id)) = (index_attr(control, "data-entry"), control.get_attribute("data-to")) {
                show_mention(ev, state, other, &id);
            }
        }
        Some("all") => {
            let count = data.counts.get(entry).copied().unwrap_or_default();
            let noun = if count == 1 { "mention" } else { "mentions" };
            let term = data.doc.glossary.get(entry).map(|e| e.term.as_str()).unwrap_or_default();
            state.highlighted.set(vec![entry]);
            announce(control, &format!("{count} {noun} of {term} highlighted. Press Escape to clear."));
        }
        Some("map") => {
            let (Some((player, map)), Some(root)) = (data.player_on_map(entry), widget_root(control)) else { return };
            state.map.set(map);
            state.show_player(player, data.player_entries(player));
            let point = data.point_id(map, player);
            // The point exists once the map has re-rendered.
            request_animation_frame(move || {
                if let Some(el) = root.query_selector(&format!("#{point}")).ok().flatten() {
                    go_to(&el.unchecked_into::<HtmlElement>(), false);
                }
            });
        }
        _ => {}
    }
}

/// Places `card` at `term`, before it is painted: its position, its box's maximum height and,
/// when flipped above the term, `is-above`; `is-placed` shows it.
fn place_card(card: &HtmlElement, term: &HtmlElement) {
    let Some((left, top, height, side)) = measure(card, term) else { return };
    let _ = card.style().set_property("left", &px(left));
    let _ = card.style().set_property("top", &px(top));
    if let Some(b) = card.first_element_child().and_then(|b| b.dyn_into::<HtmlElement>().ok()) {
        let _ = b.style().set_property("max-height", &px((height - 2.0 * BRIDGE).max(48.0)));
    }
    let _ = card.class_list().toggle_with_force("is-above", side == Side::Above);
    let _ = card.class_list().add_1("is-placed");
}

/// The card's transparent padding above and below its visible box (see `style/article-lens.css`):
/// the visual gap to the term, and the bridge the pointer crosses to reach the card.
const BRIDGE: f64 = 6.0;

/// A CSS length in whole pixels.
fn px(v: f64) -> String {
    format!("{}px", v.round() as i32)
}

/// Where the card goes, relative to its positioned ancestor (the widget root): left, top,
/// maximum height and side. `None` when the page gives no geometry (detached, hidden).
fn measure(card: &web_sys::HtmlElement, term: &web_sys::HtmlElement) -> Option<(f64, f64, f64, Side)> {
    let window = web_sys::window()?;
    let root = card.offset_parent()?;
    let viewport_width = window.document()?.document_element()?.client_width() as f64;
    let viewport_height = window.inner_height().ok()?.as_f64()?;
    // A term that wraps onto two lines: place at the line the pointer or caret is on (the first).
    let rects = term.get_client_rects();
    let t = rects.get(0).unwrap_or_else(|| term.get_bounding_client_rect());
    let r = root.get_bounding_client_rect();
    let natural = (card.offset_width() as f64, card.scroll_height() as f64);
    let p = place(Rect { x: t.x(), y: t.y(), width: t.width(), height: t.height() }, natural, (viewport_width, viewport_height));
    Some((p.rect.x - r.x(), p.rect.y - r.y(), p.rect.height, p.side))
}
