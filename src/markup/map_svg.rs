//! The stance map's SVG as markup: points shaped by kind and filled by basis, labels where
//! [`crate::map::label_layout::layout`] put them, lanes for players the article does not place, a
//! grouping's outline.
//!
//! Written as one string (every text escaped) rather than as a tree of view elements: the chart
//! has no inputs of its own, and as markup it costs a fraction of the wasm bytes. The view sets
//! it as the chart's content and keeps selection and focus on the `[data-player]` groups.

use std::fmt::Write;

use crate::model::content::{Basis, PlayerKind};
use crate::map::label_layout::{ChartLayout, LANE_LABEL_AT, RADIUS};
use crate::markup::static_page::escape;

pub use crate::map::label_layout::LANE_Y_LABEL;

/// One player's point: who it is and how it is drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct PointStyle {
    /// Index of the player in the document (the `data-player` attribute).
    pub player: usize,
    /// DOM id of the point, unique on the page.
    pub id: String,
    pub kind: PlayerKind,
    /// The weakest basis of the player's placements on this map, if any.
    pub basis: Option<Basis>,
    /// The accessible name: the player, its position in words and the basis.
    pub name: String,
}

/// The weakest of some bases: a point is only as solid as its least supported placement.
pub fn weakest(bases: impl IntoIterator<Item = Basis>) -> Option<Basis> {
    bases.into_iter().max_by_key(|b| match b {
        Basis::Stated => 0,
        Basis::Implied => 1,
        Basis::Background => 2,
    })
}

/// SVG coordinates in whole pixels: crisp enough, and short in the markup.
fn px(v: f64) -> i32 {
    v.round() as i32
}

/// The chart as an `<svg>` element. `points[i]` styles `layout.points[i]`; `selected` is the
/// selected player and `focusable` the one point in the tab order (both by player index);
/// `members`, when a grouping is chosen, its members (by player index): each is ringed and the
/// other points are dimmed. (A shape around all the members would also take in players between
/// them that are not members.)
pub fn chart_svg(
    layout: &ChartLayout,
    points: &[PointStyle],
    title: &str,
    selected: Option<usize>,
    focusable: Option<usize>,
    members: Option<&[usize]>,
) -> String {
    let c = layout;
    let p = c.plot;
    let (w, h) = (px(c.width), px(c.height));
    let mut out = String::with_capacity(4096);
    // Writing to a String cannot fail.
    let _ = write!(
        out,
        r#"<svg class="al-svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="group" aria-label="{}">"#,
        escape(title)
    );
    rect(&mut out, "al-plot", p.x, p.y, p.w, p.h);
    let (mid_x, mid_y) = (p.x + p.w / 2.0, p.y + p.h / 2.0);
    line(&mut out, "al-mid", (mid_x, p.y), (mid_x, p.y + p.h));
    line(&mut out, "al-mid", (p.x, mid_y), (p.x + p.w, mid_y));
    if let Some(l) = c.no_y_lane {
        rect(&mut out, "al-lane", l.x, l.y, l.w, l.h);
        let _ = write!(out, r#"<text class="al-lane-label" x="{}" y="{}">{LANE_Y_LABEL}</text>"#, px(l.x + LANE_LABEL_AT.0), px(l.y + LANE_LABEL_AT.1));
    }
    if let Some(l) = c.no_x_lane {
        rect(&mut out, "al-lane", l.x, l.y, l.w, l.h);
    }
    for (placed, style) in c.points.iter().zip(points) {
        let Some(placed) = placed else { continue };
        if let Some((x1, y1, x2, y2)) = placed.leader {
            line(&mut out, "al-leader", (x1, y1), (x2, y2));
        }
        let is_selected = selected == Some(style.player);
        let member = members.map(|m| m.contains(&style.player));
        if member == Some(true) {
            let _ = write!(out, r#"<circle class="al-outline" cx="{}" cy="{}" r="{}"/>"#, px(placed.cx), px(placed.cy), px(RADIUS + 5.0));
        }
        let dimmed = if member == Some(false) { " is-dimmed" } else { "" };
        let _ = write!(
            out,
            r#"<g class="al-point{}{dimmed}" id="{}" data-player="{}" role="button" tabindex="{}" aria-label="{}" aria-pressed="{is_selected}">"#,
            if is_selected { " is-selected" } else { "" },
            escape(&style.id),
            style.player,
            if focusable == Some(style.player) { 0 } else { -1 },
            escape(&style.name),
        );
        shape(&mut out, style, placed.cx, placed.cy);
        rect(&mut out, "al-hit", placed.cx - 12.0, placed.cy - 12.0, 24.0, 24.0);
        out.push_str("</g>");
        let label = placed.label;
        let _ = write!(
            out,
            r#"<text class="al-label{}{dimmed}" x="{}" y="{}" text-anchor="middle" aria-hidden="true">{}</text>"#,
            if placed.numbered { " is-number" } else { "" },
            px(label.x + label.w / 2.0),
            px(label.y + label.h - 4.0),
            escape(&placed.text),
        );
    }
    out.push_str("</svg>");
    out
}

/// A point's mark: a circle for a state, a square for a bloc or organisation, a triangle for a
/// person, a diamond for a faction; filled by basis (classes in the stylesheet).
fn shape(out: &mut String, style: &PointStyle, cx: f64, cy: f64) {
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
    let class = format!("al-shape-{kind} al-basis-{basis}");
    let (x, y, r) = (px(cx), px(cy), px(RADIUS));
    let _ = match style.kind {
        PlayerKind::State => write!(out, r#"<circle class="{class}" cx="{x}" cy="{y}" r="{r}"/>"#),
        PlayerKind::Bloc | PlayerKind::Organisation => {
            write!(out, r#"<rect class="{class}" x="{}" y="{}" width="{}" height="{}"/>"#, x - r, y - r, 2 * r, 2 * r)
        }
        PlayerKind::Person => write!(
            out,
            r#"<path class="{class}" d="M{x} {}L{} {}L{} {}Z"/>"#,
            y - r - 1,
            x + r + 1,
            y + r - 1,
            x - r - 1,
            y + r - 1
        ),
        PlayerKind::Faction => write!(
            out,
            r#"<path class="{class}" d="M{x} {}L{} {y}L{x} {}L{} {y}Z"/>"#,
            y - r - 1,
            x + r + 1,
            y + r + 1,
            x - r - 1
        ),
    };
}

fn rect(out: &mut String, class: &str, x: f64, y: f64, w: f64, h: f64) {
    let _ = write!(out, r#"<rect class="{class}" x="{}" y="{}" width="{}" height="{}"/>"#, px(x), px(y), px(w), px(h));
}

fn line(out: &mut String, class: &str, from: (f64, f64), to: (f64, f64)) {
    let _ = write!(
        out,
        r#"<line class="{class}" x1="{}" y1="{}" x2="{}" y2="{}"/>"#,
        px(from.0),
        px(from.1),
        px(to.0),
        px(to.1)
    );
}

/// Under the chart, what its numbered labels stand for ("1 New Zealand · 2 NATO"), from
/// [`ChartLayout::key`]; empty when every label is a name. Hidden from screen readers, which
/// hear each point's full name.
pub fn number_key(key: &[(String, String)]) -> String {
    if key.is_empty() {
        return String::new();
    }
    let items: Vec<String> = key.iter().map(|(n, label)| format!("<b>{}</b> {}", escape(n), escape(label))).collect();
    format!(r#"<p class="al-number-key" aria-hidden="true">{}</p>"#, items.join(" · "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::label_layout::{layout, PointSpec};

    fn style(player: usize, kind: PlayerKind, name: &str) -> PointStyle {
        PointStyle { player, id: format!("al0-pt0-{player}"), kind, basis: Some(Basis::Stated), name: name.to_owned() }
    }

    fn sample(selected: Option<usize>) -> String {
        let specs = vec![
            PointSpec { x: Some(-0.5), y: Some(0.5), label: "China".to_owned() },
            PointSpec { x: Some(0.8), y: None, label: "<b>Ishiba</b>".to_owned() },
            PointSpec { x: None, y: None, label: "Nobody".to_owned() },
        ];
        let c = layout(&specs, 640.0);
        let points = [
            style(4, PlayerKind::State, "China: opposed"),
            style(7, PlayerKind::Person, "Ishiba \"PM\" <script>"),
            style(9, PlayerKind::Bloc, "Nobody"),
        ];
        chart_svg(&c, &points, "Asian NATO & the region", selected, Some(4), Some(&[7]))
    }

    #[test]
    fn every_placed_point_is_a_named_button_and_the_unplaced_are_not_drawn() {
        let svg = sample(None);
        assert!(svg.starts_with(r#"<svg class="al-svg" viewBox="0 0 640 "#), "{svg}");
        assert!(svg.contains(r#"aria-label="Asian NATO &amp; the region""#));
        assert_eq!(svg.matches(r#"role="button""#).count(), 2);
        assert!(svg.contains(r#"id="al0-pt0-4" data-player="4" role="button" tabindex="0" aria-label="China: opposed" aria-pressed="false""#));
        assert!(svg.contains(r#"data-player="7" role="button" tabindex="-1""#));
        assert!(!svg.contains(r#"data-player="9""#));
        assert!(svg.contains(r#"<circle class="al-shape-state al-basis-stated""#));
        assert!(svg.contains(r#"<path class="al-shape-person al-basis-stated""#));
        // The grouping: its member ringed, the other point dimmed with its label.
        assert_eq!(svg.matches(r#"<circle class="al-outline""#).count(), 1);
        assert!(svg.contains(r#"class="al-point is-dimmed" id="al0-pt0-4""#));
        assert!(svg.contains(r#"<text class="al-label is-dimmed""#));
        assert!(!svg.contains(r#"is-dimmed" id="al0-pt0-7""#));
        assert!(svg.contains(LANE_Y_LABEL), "the player without an Up placement sits in the lane");
    }

    #[test]
    fn text_is_escaped_never_markup() {
        let svg = sample(None);
        assert!(!svg.contains("<script>") && !svg.contains("<b>"));
        assert!(svg.contains("Ishiba &quot;PM&quot; &lt;script&gt;"));
        assert!(svg.contains("&lt;b&gt;Ishiba&lt;/b&gt;"));
    }

    #[test]
    fn the_selected_point_is_pressed() {
        let svg = sample(Some(7));
        assert!(svg.contains(r#"class="al-point is-selected" id="al0-pt0-7""#));
        assert!(svg.contains(r#"aria-pressed="true""#));
        assert_eq!(svg.matches(r#"aria-pressed="true""#).count(), 1);
    }

    #[test]
    fn numbered_labels_are_explained() {
        assert_eq!(number_key(&[]), "");
        let key = number_key(&[("1".to_owned(), "New Zealand".to_owned()), ("2".to_owned(), "<NATO>".to_owned())]);
        assert_eq!(key, r#"<p class="al-number-key" aria-hidden="true"><b>1</b> New Zealand · <b>2</b> &lt;NATO&gt;</p>"#);
    }

    #[test]
    fn the_weakest_basis_decides() {
        assert_eq!(weakest([Basis::Stated, Basis::Implied]), Some(Basis::Implied));
        assert_eq!(weakest([Basis::Background, Basis::Stated]), Some(Basis::Background));
        assert_eq!(weakest([]), None);
    }
}
