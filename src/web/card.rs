//! A glossary card: the definition (background knowledge), the term's role in this article
//! with the article's own words, related entries, further reading. Placed by
//! [`crate::placement::place`] so that it stays inside the viewport.

use std::sync::Arc;

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::dom::{find_from_event, go_to};
use super::passage_link::PassageLink;
use super::lens_state::{LensData, LensState};
use crate::placement::{place, Rect, Side};

/// The card for `entry`, opened at `mention`.
#[component]
pub fn Card(
    entry: usize,
    /// DOM id, referenced by the term's `aria-controls`.
    card_id: String,
    /// The term button the card belongs to, to place the card at.
    anchor: web_sys::HtmlElement,
) -> impl IntoView {
    let state = expect_context::<LensState>();
    let data = expect_context::<Arc<LensData>>();
    let Some(e) = data.doc.glossary.get(entry).cloned() else {
        return ().into_any();
    };
    let title_id = format!("{card_id}-title");
    let labelled_by = title_id.clone();
    let count = data.counts.get(entry).copied().unwrap_or_default();
    let card = NodeRef::<html::Span>::new();
    let (placed, set_placed) = signal(None::<(f64, f64, f64, Side)>);
    let term = anchor.clone();

    // Measure and place once the card is in the DOM, before it is painted.
    Effect::new(move |_| {
        if let Some(card) = card.get() {
            set_placed.set(measure(&card, &anchor));
        }
    });

    let related = e
        .related
        .iter()
        .filter_map(|id| data.doc.glossary.iter().position(|g| &g.id == id))
        .map(|other| {
            let name = data.doc.glossary[other].term.clone();
            let first = data.mentions_of(other).first().map(|m| data.mention_id(*m));
            view! {
                <li>
                    <button
                        type="button"
                        class="al-link"
                        on:click=move |ev: ev::MouseEvent| {
                            let Some(id) = first.as_deref() else { return };
                            if let Some(target) = find_from_event(&ev, id) {
                                state.close();
                                state.highlighted.set(vec![other]);
                                go_to(&target, true);
                            }
                        }
                    >
                        {name}
                    </button>
                </li>
            }
        })
        .collect_view();
    let has_related = !e.related.is_empty();
    let term_name = e.term.clone();
    let show_all = move |_| {
        state.highlighted.set(vec![entry]);
        let noun = if count == 1 { "mention" } else { "mentions" };
        state.announcement.set(format!("{count} {noun} of {term_name} highlighted. Press Escape to clear."));
    };
    let on_map = data.player_on_map(entry).map(|(player, map)| {
        let entries = data.player_entries(player);
        let point = data.point_id(map, player);
        view! {
            <button type="button" class="al-link" on:click=move |ev: ev::MouseEvent| {
                let Some(from) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
                let Some(root) = super::dom::widget_root(&from) else { return };
                state.map.set(map);
                state.show_player(player, entries.clone());
                let point = point.clone();
                // The point exists once the map has re-rendered.
                request_animation_frame(move || {
                    if let Some(el) = root.query_selector(&format!("#{point}")).ok().flatten() {
                        go_to(&el.unchecked_into::<web_sys::HtmlElement>(), false);
                    }
                });
            }>"Show on the map"</button>
        }
    });
    let further = e.further_reading.clone().map(|link| {
        view! {
            <a class="al-card-further" href=link.url rel="noopener noreferrer" target="_blank">
                {link.label}
                <span class="al-visually-hidden">" (opens in a new tab)"</span>
            </a>
        }
    });
    let note = e.note.clone().map(|n| view! { <span class="al-card-note">{n}</span> });

    view! {
        <span
            class="al-card"
            class:is-placed=move || placed.get().is_some()
            class:is-above=move || placed.get().is_some_and(|p| p.3 == Side::Above)
            id=card_id
            role="dialog"
            aria-labelledby=labelled_by
            node_ref=card
            style:left=move || placed.get().map(|p| px(p.0)).unwrap_or_default()
            style:top=move || placed.get().map(|p| px(p.1)).unwrap_or_default()
            on:pointerenter=move |ev: ev::PointerEvent| {
                if ev.pointer_type() == "mouse" {
                    state.pointer_on_card();
                }
            }
            on:pointerleave=move |ev: ev::PointerEvent| {
                if ev.pointer_type() == "mouse" {
                    state.pointer_off();
                }
            }
        >
            <span class="al-card-box" style:max-height=move || placed.get().map(|p| px((p.2 - 2.0 * BRIDGE).max(48.0))).unwrap_or_default()>
            <span class="al-card-head">
                <span class="al-card-kind">{e.kind.label()}</span>
                <button type="button" class="al-card-close" aria-label="Close" on:click=move |_| {
                    state.close();
                    state.return_focus(&term);
                }>"×"</button>
            </span>
            <span class="al-card-title" id=title_id>{e.term.clone()}</span>
            <span class="al-card-label">"Background"</span>
            <span class="al-card-text">{e.definition.clone()}</span>
            {note}
            <span class="al-card-label">"In this article"</span>
            <span class="al-card-text">{e.in_article.summary.clone()}</span>
            <span class="al-card-quote">
                <q>{e.in_article.quote.clone()}</q>
                " "
                <PassageLink quote=e.in_article.quote.clone()/>
            </span>
            {has_related.then(|| view! { <span class="al-card-label">"Related"</span> })}
            <ul class="al-card-related">{related}</ul>
            <span class="al-card-actions">
                <button type="button" class="al-link" on:click=show_all>
                    {format!("Show all {count} mention{}", if count == 1 { "" } else { "s" })}
                </button>
                {on_map}
                {further}
            </span>
            </span>
        </span>
    }
    .into_any()
}

/// The card's transparent padding above and below its visible box (see `style/article-lens.css`):
/// the visual gap to the term, and the bridge the pointer crosses to reach the card.
const BRIDGE: f64 = 6.0;

/// A CSS length in whole pixels (an empty string, before placement, leaves the property unset).
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
