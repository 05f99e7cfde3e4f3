//! The stance map chart: the SVG of [`crate::markup::map_svg`], laid out for its container's width.
//! Points are buttons: click, tap or Enter selects; arrow keys move between them (one handler
//! each on the chart, finding the point from the event).

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::dom::{closest_from_event, find_from_event, index_attr, scroll_to};
use super::lens_state::lens_context;
use crate::map::label_layout::{layout, PointSpec};
use crate::markup::map_svg::{chart_svg, number_key, weakest, PointStyle};
use crate::map::stance_map::{accessible_name, MapData};

/// The chart of map `map`, as wide as its container.
#[component]
pub fn MapChart(
    /// Index of the map in the document.
    map: usize,
    /// The grouping to outline, if any.
    grouping: RwSignal<Option<usize>>,
    /// Markup under the chart, before the key to its numbered labels: the poles of the axes.
    poles: String,
    /// Markup after that key: the legend of shapes and fills, and the map in words.
    legend: String,
) -> impl IntoView {
    let (state, data) = lens_context();
    let Some(m) = MapData::resolve(&data.doc, map) else {
        return ().into_any();
    };
    let specs: Vec<PointSpec> = m
        .players
        .iter()
        .map(|p| PointSpec { x: p.x.map(|s| s.value), y: p.y.map(|s| s.value), label: p.player.label.clone() })
        .collect();
    let styles: Vec<PointStyle> = m
        .players
        .iter()
        .map(|p| PointStyle {
            player: p.index,
            id: data.point_id(map, p.index),
            kind: p.player.kind,
            basis: weakest(p.x.iter().chain(p.y.iter()).map(|s| s.basis)),
            name: accessible_name(p, m.x, m.y),
        })
        .collect();
    let title = m.map.title.clone();

    // Width follows the container; the layout follows the width.
    let container = NodeRef::<html::Div>::new();
    // In whole pixels (the container's `clientWidth`): first the article's, then measured at the
    // next frame, when the browser lays the page out anyway.
    let width = RwSignal::new(state.content_width.get_untracked());
    // `try_`: measured a frame later, when the widget may have been destroyed.
    let measure = move || {
        if let Some(el) = container.try_get_untracked().flatten() {
            let w = usize::try_from(el.client_width()).unwrap_or(0);
            if w > 0 && Some(w) != width.try_get_untracked() {
                width.set(w);
            }
        }
    };
    // The chart is in the page by the next frame.
    request_animation_frame(measure);
    let resize = window_event_listener(ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    // The chart's markup for the width and the outlined grouping, drawn with the selection
    // and tab stop of the moment; its points in arrow-key order (left to right) are kept in
    // `order`. Selection and focus are kept on the drawn points below, so selecting never
    // rebuilds the chart under the reader's focus. (A closure and a stored value, not a memo:
    // this was the widget's only memo, and its machinery was wasm of its own.)
    // (A signal read untracked: the same type as the highlighted entries', so no new code.)
    let order = RwSignal::new(Vec::<usize>::new());
    let chart = {
        let data = data.clone();
        move || {
            let width = width.get();
            if width == 0 {
                order.set(Vec::new());
                return String::new();
            }
            let c = layout(&specs, width as f64);
            let placed: Vec<(f64, f64, usize)> =
                c.points.iter().zip(&styles).filter_map(|(p, s)| p.as_ref().map(|p| (p.cx, p.cy, s.player))).collect();
            let mut by_place: Vec<usize> = (0..placed.len()).collect();
            crate::sort_indexes(&mut by_place, &|a, b| {
                let (a, b) = (placed[a], placed[b]);
                a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)).then(a.2.cmp(&b.2))
            });
            let points: Vec<usize> = by_place.into_iter().map(|i| placed[i].2).collect();
            let members = grouping.get().and_then(|g| data.doc.groupings.get(g)).map(|g| {
                styles.iter().map(|s| s.player).filter(|&p| g.members.contains(&data.doc.players[p].id)).collect::<Vec<usize>>()
            });
            let selected = state.selected_player.get_untracked();
            let mut markup = chart_svg(&c, &styles, &title, selected, focusable(selected, &points), members.as_deref());
            markup.push_str(&poles);
            markup.push_str(&number_key(&c.key(&specs)));
            markup.push_str(&legend);
            order.set(points);
            markup
        }
    };
    Effect::new(move |_| {
        // Also after every drawing (the same inputs as the chart's).
        let _ = (width.get(), grouping.get());
        let selected = state.selected_player.get();
        let tab_stop = order.with_untracked(|order| focusable(selected, order));
        let Some(el) = container.get() else { return };
        let Ok(points) = el.query_selector_all(".al-point") else { return };
        for i in 0..points.length() {
            let Some(g) = points.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
            let player = index_attr(&g, "data-player");
            let is_selected = player.is_some() && player == selected;
            let _ = g.class_list().toggle_with_force("is-selected", is_selected);
            let _ = g.set_attribute("aria-pressed", if is_selected { "true" } else { "false" });
            let _ = g.set_attribute("tabindex", if player.is_some() && player == tab_stop { "0" } else { "-1" });
        }
    });

    // Selecting shows the player's evidence under the chart: its heading is scrolled into view
    // (only as far as needed, so the chart stays in sight as far as it can) once drawn, so a
    // reader on a phone sees that something happened.
    let select = {
        let data = data.clone();
        move |player: usize| {
            state.select_player(player, data.player_entries(player));
            request_animation_frame(move || {
                let panel = container
                    .try_get_untracked()
                    .flatten()
                    .and_then(|el| el.closest(".al-maps").ok().flatten())
                    .and_then(|maps| maps.query_selector(".al-evidence-name").ok().flatten());
                if let Some(panel) = panel {
                    scroll_to(&panel, web_sys::ScrollLogicalPosition::Nearest);
                }
            });
        }
    };
    view! {
        <div
            class="al-chart"
            node_ref=container
            inner_html=chart
            on:click={
                let select = select.clone();
                move |ev: ev::MouseEvent| {
                    if let Some(player) = point_of(&ev) {
                        select(player);
                    }
                }
            }
            on:keydown=move |ev: ev::KeyboardEvent| {
                let Some(player) = point_of(&ev) else { return };
                let key = ev.key();
                match key.as_str() {
                    "Enter" | " " => {
                        ev.prevent_default();
                        select(player);
                    }
                    "ArrowRight" | "ArrowDown" | "ArrowLeft" | "ArrowUp" | "Home" | "End" => {
                        ev.prevent_default();
                        let o = order.get_untracked();
                        let n = o.len().max(1);
                        let at = o.iter().position(|&q| q == player).unwrap_or(0);
                        let next = match key.as_str() {
                            "ArrowRight" | "ArrowDown" => o.get((at + 1) % n),
                            "ArrowLeft" | "ArrowUp" => o.get((at + n - 1) % n),
                            "Home" => o.first(),
                            _ => o.last(),
                        };
                        if let Some(&next) = next {
                            focus_point(&ev, &data.point_id(map, next));
                        }
                    }
                    _ => {}
                }
            }
        ></div>
    }
    .into_any()
}

/// The one point in the tab order: the selected player's, or else the first.
fn focusable(selected: Option<usize>, order: &[usize]) -> Option<usize> {
    selected.filter(|p| order.contains(p)).or_else(|| order.first().copied())
}

/// The player whose point an event happened in, if any.
fn point_of(ev: &web_sys::Event) -> Option<usize> {
    index_attr(&closest_from_event(ev, "[data-player]")?, "data-player")
}

/// Moves focus to the point with DOM id `id`, in the widget of the event's target.
fn focus_point(ev: &ev::KeyboardEvent, id: &str) {
    if let Some(el) = find_from_event(ev, id) {
        let _ = el.focus();
    }
}
