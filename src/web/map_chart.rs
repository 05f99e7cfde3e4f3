//! The stance map's SVG: points shaped by kind and filled by basis, labels placed by
//! [`crate::label_layout::layout`], lanes for players the article does not place, a grouping's
//! outline. Points are buttons: click, tap or Enter selects; arrow keys move between them.

use std::sync::Arc;

use leptos::ev;
use leptos::html;
use leptos::prelude::*;

use super::dom::find_from_event;
use super::lens_state::{LensData, LensState};
use crate::content::{Basis, PlayerKind};
use crate::label_layout::{layout, outline, ChartLayout, PointSpec, RADIUS};
use crate::stance_map::{accessible_name, MapData};

/// One point's fixed facts, computed once per map.
#[derive(Clone)]
struct PointInfo {
    player: usize,
    kind: PlayerKind,
    basis: Option<Basis>,
    name: String,
}

/// The chart of map `map`, as wide as its container.
#[component]
pub fn MapChart(
    /// Index of the map in the document.
    map: usize,
    /// The grouping to outline, if any.
    grouping: RwSignal<Option<usize>>,
) -> impl IntoView {
    let state = expect_context::<LensState>();
    let data = expect_context::<Arc<LensData>>();
    let Some(m) = MapData::resolve(&data.doc, map) else {
        return ().into_any();
    };
    let specs: Vec<PointSpec> = m
        .players
        .iter()
        .map(|p| PointSpec { x: p.x.map(|s| s.value), y: p.y.map(|s| s.value), label: p.player.label.clone() })
        .collect();
    let infos: Vec<PointInfo> = m
        .players
        .iter()
        .map(|p| PointInfo {
            player: p.index,
            kind: p.player.kind,
            // The weaker of the two bases decides the fill.
            basis: p.x.iter().chain(p.y.iter()).map(|s| s.basis).max_by_key(|b| match b {
                Basis::Stated => 0,
                Basis::Implied => 1,
                Basis::Background => 2,
            }),
            name: accessible_name(p, m.x, m.y),
        })
        .collect();
    let title = m.map.title.clone();
    let lane_y = "Up: not characterised by the article";

    // Width follows the container; the layout follows the width.
    let container = NodeRef::<html::Div>::new();
    let width = RwSignal::new(0.0_f64);
    let measure = move || {
        if let Some(el) = container.get_untracked() {
            let w = el.client_width() as f64;
            if w > 0.0 && (w - width.get_untracked()).abs() >= 1.0 {
                width.set(w);
            }
        }
    };
    Effect::new(move |_| {
        if container.get().is_some() {
            measure();
        }
    });
    let resize = window_event_listener(ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    let chart = Memo::new(move |_| layout(&specs, width.get()));

    // Arrow keys go through the points left to right.
    let order = Memo::new({
        let infos = infos.clone();
        move |_| {
            let c = chart.get();
            let mut placed: Vec<(f64, f64, usize)> =
                c.points.iter().zip(&infos).filter_map(|(p, i)| p.as_ref().map(|p| (p.cx, p.cy, i.player))).collect();
            placed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
            placed.into_iter().map(|(_, _, player)| player).collect::<Vec<usize>>()
        }
    });
    let current = move || state.selected_player.get().filter(|p| order.with(|o| o.contains(p))).or_else(|| order.with(|o| o.first().copied()));

    let svg = {
        let data = data.clone();
        move || {
            let c: ChartLayout = chart.get();
            if c.width < 1.0 || width.get() < 1.0 {
                return ().into_any();
            }
            let lanes = view! {
                {c.no_y_lane.map(|l| view! {
                    <rect class="al-lane" x=px(l.x) y=px(l.y) width=px(l.w) height=px(l.h)/>
                    <text class="al-lane-label" x=px(l.x + 6.0) y=px(l.y + 12.0)>{lane_y}</text>
                })}
                {c.no_x_lane.map(|l| view! { <rect class="al-lane" x=px(l.x) y=px(l.y) width=px(l.w) height=px(l.h)/> })}
            };
            let plot = c.plot;
            let outline_view = grouping.get().and_then(|g| data.doc.groupings.get(g)).map(|g| {
                let members: Vec<(f64, f64)> = c
                    .points
                    .iter()
                    .zip(&infos)
                    .filter(|(_, i)| g.members.contains(&data.doc.players[i.player].id))
                    .filter_map(|(p, _)| p.as_ref().map(|p| (p.cx, p.cy)))
                    .collect();
                let corners = outline(&members, RADIUS + 6.0);
                let points: Vec<String> = corners.iter().map(|(x, y)| format!("{},{}", px(*x), px(*y))).collect();
                view! { <polygon class="al-outline" points=points.join(" ")/> }
            });
            let points = c
                .points
                .iter()
                .zip(&infos)
                .filter_map(|(p, info)| p.clone().map(|p| (p, info.clone())))
                .map(|(p, info)| {
                    let player = info.player;
                    let id = data.point_id(map, player);
                    let entries = data.player_entries(player);
                    let shape_class = format!(
                        "al-shape-{} al-basis-{}",
                        match info.kind {
                            PlayerKind::State => "state",
                            PlayerKind::Bloc | PlayerKind::Organisation => "bloc",
                            PlayerKind::Person => "person",
                            PlayerKind::Faction => "faction",
                        },
                        match info.basis {
                            Some(Basis::Stated) | None => "stated",
                            Some(Basis::Implied) => "implied",
                            Some(Basis::Background) => "background",
                        }
                    );
                    let (cx, cy, r) = (p.cx, p.cy, RADIUS);
                    let shape = match info.kind {
                        PlayerKind::State => view! { <circle class=shape_class cx=px(cx) cy=px(cy) r=px(r)/> }.into_any(),
                        PlayerKind::Bloc | PlayerKind::Organisation => view! {
                            <rect class=shape_class x=px(cx - r) y=px(cy - r) width=px(2.0 * r) height=px(2.0 * r)/>
                        }
                        .into_any(),
                        PlayerKind::Person => view! {
                            <path class=shape_class d=format!("M{} {}L{} {}L{} {}Z", px(cx), px(cy - r - 1.0), px(cx + r + 1.0), px(cy + r - 1.0), px(cx - r - 1.0), px(cy + r - 1.0))/>
                        }
                        .into_any(),
                        PlayerKind::Faction => view! {
                            <path class=shape_class d=format!("M{} {}L{} {}L{} {}L{} {}Z", px(cx), px(cy - r - 1.0), px(cx + r + 1.0), px(cy), px(cx), px(cy + r + 1.0), px(cx - r - 1.0), px(cy))/>
                        }
                        .into_any(),
                    };
                    let leader = p.leader.map(|(x1, y1, x2, y2)| view! { <line class="al-leader" x1=px(x1) y1=px(y1) x2=px(x2) y2=px(y2)/> });
                    let label = p.label;
                    let entries_for_click = entries.clone();
                    let ids = data.clone();
                    view! {
                        {leader}
                        <g
                            class="al-point"
                            class:is-selected=move || state.selected_player.get() == Some(player)
                            id=id
                            role="button"
                            tabindex=move || if current() == Some(player) { "0" } else { "-1" }
                            aria-label=info.name.clone()
                            aria-pressed=move || (state.selected_player.get() == Some(player)).to_string()
                            on:click=move |_| state.select_player(player, entries_for_click.clone())
                            on:keydown=move |ev: ev::KeyboardEvent| {
                                let key = ev.key();
                                match key.as_str() {
                                    "Enter" | " " => {
                                        ev.prevent_default();
                                        state.select_player(player, entries.clone());
                                    }
                                    "ArrowRight" | "ArrowDown" | "ArrowLeft" | "ArrowUp" | "Home" | "End" => {
                                        ev.prevent_default();
                                        let o = order.get_untracked();
                                        let at = o.iter().position(|&q| q == player).unwrap_or(0);
                                        let next = match key.as_str() {
                                            "ArrowRight" | "ArrowDown" => o.get((at + 1) % o.len().max(1)),
                                            "ArrowLeft" | "ArrowUp" => o.get((at + o.len().max(1) - 1) % o.len().max(1)),
                                            "Home" => o.first(),
                                            _ => o.last(),
                                        };
                                        if let Some(&next) = next {
                                            focus_point(&ev, &ids.point_id(map, next));
                                        }
                                    }
                                    _ => {}
                                }
                            }
                        >
                            {shape}
                            <rect class="al-hit" x=px(cx - 12.0) y=px(cy - 12.0) width="24" height="24"/>
                        </g>
                        <text class="al-label" class:is-number=p.numbered x=px(label.x + label.w / 2.0) y=px(label.y + label.h - 4.0) text-anchor="middle" aria-hidden="true">
                            {p.text.clone()}
                        </text>
                    }
                })
                .collect_view();
            view! {
                <svg class="al-svg" viewBox=format!("0 0 {} {}", px(c.width), px(c.height)) width=px(c.width) height=px(c.height) role="group" aria-label=title.clone()>
                    <rect class="al-plot" x=px(plot.x) y=px(plot.y) width=px(plot.w) height=px(plot.h)/>
                    <line class="al-mid" x1=px(plot.x + plot.w / 2.0) y1=px(plot.y) x2=px(plot.x + plot.w / 2.0) y2=px(plot.y + plot.h)/>
                    <line class="al-mid" x1=px(plot.x) y1=px(plot.y + plot.h / 2.0) x2=px(plot.x + plot.w) y2=px(plot.y + plot.h / 2.0)/>
                    {lanes}
                    {outline_view}
                    {points}
                </svg>
            }
            .into_any()
        }
    };

    view! { <div class="al-chart" node_ref=container>{svg}</div> }.into_any()
}

/// SVG coordinates in whole pixels: crisp enough, and the wasm needs no float formatting.
fn px(v: f64) -> i32 {
    v.round() as i32
}

/// Moves focus to the point with DOM id `id`, in the widget of the event's target.
fn focus_point(ev: &ev::KeyboardEvent, id: &str) {
    if let Some(el) = find_from_event(ev, id) {
        let _ = el.focus();
    }
}
