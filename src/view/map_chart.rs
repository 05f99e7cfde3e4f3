//! The stance map chart: an SVG laid out by [`crate::map::label_layout::layout`] for its
//! container's width (measured by a `ResizeObserver` on the container, so a host that narrows
//! the column re-lays the map). Points are shaped by kind and filled by basis, labels sit where
//! the layout put them, lanes hold players the article places on one question only, and a
//! grouping is outlined. Points are buttons: click, tap or Enter selects; arrow keys move
//! between them (one handler each on the chart, finding the point from the event).

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use leptos::reactive::computed::Selector;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::dom::{closest_from_event, find_from_event, index_attr, scroll_to};
use super::lens_state::lens_context;
use super::map_panels::AxisPoles;
use crate::map::label_layout::{layout, ChartLayout, PointSpec, LANE_LABEL_AT, RADIUS};
use crate::map::stance_map::{accessible_name, weakest, MapData};
use crate::model::content::{Basis, PlayerKind};

/// One player's point: who it is and how it is drawn.
#[derive(Debug, Clone, PartialEq)]
struct PointStyle {
    /// Index of the player in the document (the `data-player` attribute).
    player: usize,
    /// DOM id of the point, unique on the page.
    id: String,
    kind: PlayerKind,
    /// The weakest basis of the player's placements on this map, if any.
    basis: Option<Basis>,
    /// The accessible name: the player, its position in words and the basis.
    name: String,
}

/// SVG coordinates in whole pixels: crisp enough, and short in the markup.
fn px(v: f64) -> i32 {
    v.round() as i32
}

/// The chart of map `map`, as wide as its container, with what goes under it.
#[component]
pub fn MapChart(
    /// Index of the map in the document.
    map: usize,
    /// The grouping to outline, if any.
    grouping: RwSignal<Option<usize>>,
    /// After the poles and the key to numbered labels: the legend of shapes and fills, and the
    /// map in words.
    children: Children,
) -> impl IntoView {
    let (state, data) = lens_context();
    let locale = super::settings::use_locale();
    let m = MapData::resolve(&data.doc, map)?;
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
            name: accessible_name(p, m.x, m.y, locale),
        })
        .collect();
    let title = m.map.title.clone();

    // In whole pixels (the container's `clientWidth`): first the article's, then as measured.
    let container = NodeRef::<html::Div>::new();
    let width = RwSignal::new(state.content_width.get_untracked());
    Effect::new(move |_| {
        let Some(el) = container.get() else { return };
        let measure = Closure::<dyn Fn()>::new(move || {
            // `try_`: the observer may report once more while the widget is destroyed.
            if let Some(el) = container.try_get_untracked().flatten() {
                let w = usize::try_from(el.client_width()).unwrap_or(0);
                if w > 0 && Some(w) != width.try_get_untracked() {
                    width.set(w);
                }
            }
        });
        if let Ok(observer) = web_sys::ResizeObserver::new(measure.into_js_value().unchecked_ref()) {
            observer.observe(&el);
            let observer = send_wrapper::SendWrapper::new(observer);
            on_cleanup(move || observer.disconnect());
        }
    });

    // The points in arrow-key order (left to right), kept for the keyboard handler.
    let order = RwSignal::new(Vec::<usize>::new());
    let chart = {
        let data = data.clone();
        move || {
            let width = width.get();
            if width == 0 {
                order.set(Vec::new());
                return None;
            }
            let c = layout(&specs, width as f64, locale.ui.lane_y_label);
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
            order.set(points.clone());
            let key = c.key(&specs);
            Some(view! {
                <ChartSvg layout=c styles=styles.clone() title=title.clone() order=points members=members/>
                <AxisPoles map=map/>
                <NumberKey key=key/>
            })
        }
    };

    // Selecting shows the player's evidence under the chart: its heading is scrolled into view
    // (only as far as needed, so the chart stays in sight as far as it can) once drawn, so a
    // reader on a phone sees that something happened. The panel is drawn once the highlight's
    // frame has been painted (see `EvidencePanel`), so the scroll waits for the frame after.
    let select = {
        let data = data.clone();
        move |player: usize| {
            state.select_player(player, data.player_entries(player));
            super::dom::after_paint(move || request_animation_frame(move || {
                let panel = container
                    .try_get_untracked()
                    .flatten()
                    .and_then(|el| el.closest(".al-maps").ok().flatten())
                    .and_then(|maps| maps.query_selector(".al-evidence-name").ok().flatten());
                if let Some(panel) = panel {
                    scroll_to(&panel, web_sys::ScrollLogicalPosition::Nearest);
                }
            }));
        }
    };
    Some(view! {
        // Left to right in every language: the geometry is the map's (its labels are laid out from
        // their left edges, and the poles under it match), not the page's reading order.
        <div
            class="al-chart"
            dir="ltr"
            node_ref=container
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
        >
            {chart}
            {children()}
        </div>
    })
}

/// The chart's SVG for one layout. `styles[i]` styles `layout.points[i]`; `order` is the placed
/// points' players in arrow-key order; `members`, when a grouping is chosen, its members (by
/// player index): each is ringed and the other points are dimmed. (A shape around all the members
/// would also take in players between them that are not members.)
#[component]
fn ChartSvg(
    /// Where everything goes.
    layout: ChartLayout,
    /// How each point is drawn.
    styles: Vec<PointStyle>,
    /// The map's title (the chart's accessible name).
    title: String,
    /// The placed players, in arrow-key order.
    order: Vec<usize>,
    /// The outlined grouping's members, if one is chosen.
    members: Option<Vec<usize>>,
) -> impl IntoView {
    let (state, _) = lens_context();
    // The selected point, and the one point in the tab order (the selected player's, or else
    // the first): a change of selection touches the two points it concerns, not every point.
    let selected = Selector::new(move || state.selected_player.get());
    let tab_stop = Selector::new(move || focusable(state.selected_player.get(), &order));
    let c = &layout;
    let p = c.plot;
    let (w, h) = (px(c.width), px(c.height));
    let (mid_x, mid_y) = (p.x + p.w / 2.0, p.y + p.h / 2.0);
    let lane_y = c.no_y_lane.map(|l| {
        view! {
            <Rect class="al-lane" x=l.x y=l.y w=l.w h=l.h/>
            <text class="al-lane-label" x=px(l.x + LANE_LABEL_AT.0) y=px(l.y + LANE_LABEL_AT.1)>{super::settings::use_locale().ui.lane_y_label}</text>
        }
    });
    let lane_x = c.no_x_lane.map(|l| view! { <Rect class="al-lane" x=l.x y=l.y w=l.w h=l.h/> });
    let points = c
        .points
        .iter()
        .zip(styles)
        .filter_map(|(placed, style)| {
            let placed = placed.clone()?;
            let player = style.player;
            let member = members.as_ref().map(|m| m.contains(&player));
            let leader = placed.leader.map(|(x1, y1, x2, y2)| view! { <Line class="al-leader" from=(x1, y1) to=(x2, y2)/> });
            let outline = (member == Some(true))
                .then(|| view! { <circle class="al-outline" cx=px(placed.cx) cy=px(placed.cy) r=px(RADIUS + 5.0)></circle> });
            let dimmed = member == Some(false);
            let is_selected = {
                let selected = selected.clone();
                move || selected.selected(&Some(player))
            };
            let pressed = {
                let is_selected = is_selected.clone();
                move || if is_selected() { "true" } else { "false" }
            };
            let tab_stop = tab_stop.clone();
            let tabindex = move || if tab_stop.selected(&Some(player)) { "0" } else { "-1" };
            let label = placed.label;
            let (id, name) = (style.id.clone(), style.name.clone());
            Some(view! {
                {leader}
                {outline}
                <g
                    class="al-point"
                    class:is-selected=is_selected
                    class:is-dimmed=dimmed
                    id=id
                    data-player=player
                    role="button"
                    tabindex=tabindex
                    aria-label=name
                    aria-pressed=pressed
                >
                    <Shape style=style cx=placed.cx cy=placed.cy/>
                    <Rect class="al-hit" x=placed.cx - 12.0 y=placed.cy - 12.0 w=24.0 h=24.0/>
                </g>
                <text
                    class="al-label"
                    class:is-number=placed.numbered
                    class:is-dimmed=dimmed
                    x=px(label.x + label.w / 2.0)
                    y=px(label.y + label.h - 4.0)
                    text-anchor="middle"
                    aria-hidden="true"
                >
                    {placed.text}
                </text>
            })
        })
        .collect_view();
    view! {
        <svg class="al-svg" viewBox=format!("0 0 {w} {h}") width=w height=h role="group" aria-label=title>
            <Rect class="al-plot" x=p.x y=p.y w=p.w h=p.h/>
            <Line class="al-mid" from=(mid_x, p.y) to=(mid_x, p.y + p.h)/>
            <Line class="al-mid" from=(p.x, mid_y) to=(p.x + p.w, mid_y)/>
            {lane_y}
            {lane_x}
            {points}
        </svg>
    }
}

/// A point's mark: a circle for a state, a square for a bloc or organisation, a triangle for a
/// person, a diamond for a faction; filled by basis (classes in the stylesheet).
#[component]
fn Shape(
    /// The point's kind and basis.
    style: PointStyle,
    /// Its centre.
    cx: f64,
    cy: f64,
) -> impl IntoView {
    let kind = match style.kind {
        PlayerKind::State => "state",
        PlayerKind::Bloc | PlayerKind::Organisation => "bloc",
        PlayerKind::Person => "person",
        PlayerKind::Faction => "faction",
    };
    let basis = match style.basis {
        Some(Basis::Stated) | None => "stated",
        Some(Basis::Implied) => "implied",
        Some(Basis::Background) => "background",
    };
    let (x, y, r) = (px(cx), px(cy), px(RADIUS));
    // Every shape is a path: one kind of element in the view (each kind is code of its own).
    let d = match style.kind {
        PlayerKind::State => format!("M{} {y}a{r} {r} 0 1 0 {} 0a{r} {r} 0 1 0 -{} 0Z", x - r, 2 * r, 2 * r),
        PlayerKind::Bloc | PlayerKind::Organisation => format!("M{} {}h{}v{}h-{}Z", x - r, y - r, 2 * r, 2 * r, 2 * r),
        PlayerKind::Person => format!("M{x} {}L{} {}L{} {}Z", y - r - 1, x + r + 1, y + r - 1, x - r - 1, y + r - 1),
        PlayerKind::Faction => format!("M{x} {}L{} {y}L{x} {}L{} {y}Z", y - r - 1, x + r + 1, y + r + 1, x - r - 1),
    };
    view! { <path class=format!("al-shape-{kind} al-basis-{basis}") d=d></path> }
}

/// An SVG rectangle in whole pixels.
#[component]
fn Rect(class: &'static str, x: f64, y: f64, w: f64, h: f64) -> impl IntoView {
    view! { <rect class=class x=px(x) y=px(y) width=px(w) height=px(h)></rect> }
}

/// An SVG line in whole pixels.
#[component]
fn Line(class: &'static str, from: (f64, f64), to: (f64, f64)) -> impl IntoView {
    view! { <line class=class x1=px(from.0) y1=px(from.1) x2=px(to.0) y2=px(to.1)></line> }
}

/// Under the chart, what its numbered labels stand for ("1 New Zealand · 2 NATO"), from
/// [`ChartLayout::key`]; nothing when every label is a name. Hidden from screen readers, which
/// hear each point's full name.
#[component]
fn NumberKey(
    /// Each number and the label it stands for.
    key: Vec<(String, String)>,
) -> impl IntoView {
    (!key.is_empty()).then(|| {
        let last = key.len() - 1;
        let items = key
            .into_iter()
            .enumerate()
            .map(|(i, (n, label))| view! { <b>{n}</b>{format!(" {label}{}", if i < last { " · " } else { "" })} })
            .collect_view();
        view! { <p class="al-number-key" aria-hidden="true">{items}</p> }
    })
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use leptos::prelude::*;

    use super::*;
    use crate::test_support::seed;
    use crate::view::static_page::render_part;

    fn style(player: usize, kind: PlayerKind, name: &str) -> PointStyle {
        PointStyle { player, id: format!("al0-pt0-{player}"), kind, basis: Some(Basis::Stated), name: name.to_owned() }
    }

    /// Three players: two placed (China on both questions, Ishiba "Across" only, in the strip)
    /// and one on neither, not drawn; Ishiba's grouping outlined.
    fn sample(selected: Option<usize>) -> String {
        let specs = vec![
            PointSpec { x: Some(-0.5), y: Some(0.5), label: "China".to_owned() },
            PointSpec { x: Some(0.8), y: None, label: "<b>Ishiba</b>".to_owned() },
            PointSpec { x: None, y: None, label: "Nobody".to_owned() },
        ];
        let c = layout(&specs, 640.0, crate::locale::EN.ui.lane_y_label);
        let styles = vec![
            style(4, PlayerKind::State, "China: opposed"),
            style(7, PlayerKind::Person, "Ishiba \"PM\" <script>"),
            style(9, PlayerKind::Bloc, "Nobody"),
        ];
        render_part(&seed(), move |state| {
            state.selected_player.set(selected);
            view! { <ChartSvg layout=c styles=styles title="Asian NATO & the region".to_owned() order=vec![4, 7] members=Some(vec![7])/> }
        })
    }

    #[test]
    fn every_placed_point_is_a_named_button_and_the_unplaced_are_not_drawn() {
        let svg = sample(None);
        assert!(svg.starts_with(r#"<svg viewBox="0 0 640 "#) && svg.contains(r#"class="al-svg">"#), "{svg}");
        assert!(svg.contains(r#"aria-label="Asian NATO &amp; the region""#), "{svg}");
        assert_eq!(svg.matches(r#"role="button""#).count(), 2);
        assert!(svg.contains(r#"id="al0-pt0-4" data-player="4" role="button" tabindex="0" aria-label="China: opposed" aria-pressed="false""#), "{svg}");
        assert!(svg.contains(r#"data-player="7" role="button" tabindex="-1""#), "{svg}");
        assert!(!svg.contains(r#"data-player="9""#));
        assert!(svg.contains(r#"Z" class="al-shape-state al-basis-stated""#) && svg.contains(r#"Z" class="al-shape-person al-basis-stated""#));
        // The grouping: its member ringed, the other point dimmed with its label.
        assert_eq!(svg.matches(r#"class="al-outline""#).count(), 1);
        let tag = |from: &str| {
            let at = svg.find(from).expect("drawn");
            svg[at..at + svg[at..].find('>').expect("closed")].to_owned()
        };
        assert!(tag(r#"id="al0-pt0-4""#).contains("is-dimmed") && !tag(r#"id="al0-pt0-7""#).contains("is-dimmed"), "{svg}");
        assert!(svg.contains(r#"class="al-label  is-dimmed">China<"#), "{svg}");
        assert!(svg.contains(crate::locale::EN.ui.lane_y_label), "the player without an Up placement sits in the lane");
        // Text is escaped, never markup.
        assert!(!svg.contains("<script>") && !svg.contains("<b>"));
        assert!(svg.contains("Ishiba &quot;PM&quot; &lt;script&gt;") && svg.contains("&lt;b&gt;Ishiba&lt;/b&gt;"), "{svg}");
    }

    #[test]
    fn the_selected_point_is_pressed_and_is_the_tab_stop() {
        let svg = sample(Some(7));
        assert!(svg.contains(r#"aria-pressed="true" class="al-point is-selected""#), "{svg}");
        assert_eq!(svg.matches(r#"aria-pressed="true""#).count(), 1);
        assert!(svg.contains(r#"data-player="7" role="button" tabindex="0""#), "{svg}");
        assert!(svg.contains(r#"data-player="4" role="button" tabindex="-1""#), "{svg}");
    }

    #[test]
    fn numbered_labels_are_explained() {
        let doc = seed();
        assert_eq!(crate::test_support::text_of(&render_part(&doc, |_| view! { <NumberKey key=vec![]/> })), "");
        let key = vec![("1".to_owned(), "New Zealand".to_owned()), ("2".to_owned(), "<NATO>".to_owned())];
        let html = render_part(&doc, move |_| view! { <NumberKey key=key/> });
        assert_eq!(crate::test_support::text_of(&html), "1 New Zealand · 2 <NATO>");
        assert!(html.starts_with(r#"<p aria-hidden="true" class="al-number-key"><b>1</b>"#) && html.contains("&lt;NATO&gt;"), "{html}");
    }
}
