//! The stance map's geometry: where each point and its label go in an SVG of a given width, so
//! that no label overlaps another label or any point, at any width from a phone's up.
//!
//! Points with the same (or nearly the same) values are spread apart, each within its own area
//! (the plot or its strip), so every point stays visible and clickable; the exact values are in
//! the table. Labels are placed greedily around their point on widening rings. A label is read
//! as belonging to the point nearest to it, so no label goes where another point is nearer; one
//! set away from its point gets a leader line, which crosses no other label or point. A label
//! that finds no such place becomes a number, explained in a key under the chart.

/// A rectangle in SVG pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Box2 {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Box2 {
    pub fn overlaps(&self, o: &Box2) -> bool {
        self.x < o.x + o.w && o.x < self.x + self.w && self.y < o.y + o.h && o.y < self.y + self.h
    }

    fn inside(&self, o: &Box2) -> bool {
        self.x >= o.x && self.y >= o.y && self.x + self.w <= o.x + o.w && self.y + self.h <= o.y + o.h
    }

    fn grow(&self, by: f64) -> Box2 {
        Box2 { x: self.x - by, y: self.y - by, w: self.w + 2.0 * by, h: self.h + 2.0 * by }
    }

    /// The point of the box nearest to `(x, y)` (itself when inside).
    fn nearest_to(&self, x: f64, y: f64) -> (f64, f64) {
        (within(x, self.x, self.x + self.w), within(y, self.y, self.y + self.h))
    }

    /// How far `(x, y)` is from the box (0 inside it).
    pub fn distance_to(&self, x: f64, y: f64) -> f64 {
        let (nx, ny) = self.nearest_to(x, y);
        ((nx - x).powi(2) + (ny - y).powi(2)).sqrt()
    }

    /// Whether the segment passes through the box, or touches it (Liang-Barsky clipping).
    pub fn crossed_by(&self, (x1, y1, x2, y2): Segment) -> bool {
        let (dx, dy) = (x2 - x1, y2 - y1);
        let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
        for (p, q) in [(-dx, x1 - self.x), (dx, self.x + self.w - x1), (-dy, y1 - self.y), (dy, self.y + self.h - y1)] {
            if p == 0.0 {
                if q < 0.0 {
                    return false;
                }
            } else {
                let t = q / p;
                if p < 0.0 {
                    t0 = t0.max(t);
                } else {
                    t1 = t1.min(t);
                }
                if t0 > t1 {
                    return false;
                }
            }
        }
        true
    }
}

/// A line segment: from `(x1, y1)` to `(x2, y2)`.
pub type Segment = (f64, f64, f64, f64);

/// A point to draw: values on each axis from -1 to 1, `None` where the article gives none.
#[derive(Debug, Clone, PartialEq)]
pub struct PointSpec {
    pub x: Option<f64>,
    pub y: Option<f64>,
    pub label: String,
}

/// A placed point and its label.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    /// Centre of the point.
    pub cx: f64,
    pub cy: f64,
    /// The label's box; the text is centred in it.
    pub label: Box2,
    /// The label's text: the player's label, or its number in the key when there was no room.
    pub text: String,
    /// Whether the label became a number (see [`ChartLayout::key`]).
    pub numbered: bool,
    /// A line from the point's edge to the nearest edge of a label placed away from it.
    pub leader: Option<Segment>,
}

/// The whole chart.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartLayout {
    pub width: f64,
    pub height: f64,
    /// The area where values on both axes are plotted.
    pub plot: Box2,
    /// The strip under the plot for points with no vertical value.
    pub no_y_lane: Option<Box2>,
    /// The strip left of the plot for points with no horizontal value.
    pub no_x_lane: Option<Box2>,
    /// One entry per point given, in the same order; `None` for points with no value at all
    /// (listed beside the chart, not drawn).
    pub points: Vec<Option<Placed>>,
}

impl ChartLayout {
    /// (number, label) for every label that became a number, in the order of the numbers.
    pub fn key(&self, specs: &[PointSpec]) -> Vec<(String, String)> {
        let key: Vec<(usize, String, String)> = self
            .points
            .iter()
            .zip(specs)
            .filter_map(|(p, s)| p.as_ref().filter(|p| p.numbered).map(|p| (p.text.parse().unwrap_or(0), p.text.clone(), s.label.clone())))
            .collect();
        let mut order: Vec<usize> = (0..key.len()).collect();
        crate::sort_indexes(&mut order, &|a, b| key[a].0.cmp(&key[b].0));
        order.into_iter().map(|i| (key[i].1.clone(), key[i].2.clone())).collect()
    }
}

impl ChartLayout {
    /// Every promise of [`layout`] this chart breaks, one line each (none, for any chart it
    /// makes): labels inside the chart, clear of every other label and of every point; points
    /// apart; a leader crossing no other label or point and ending on its label; every label
    /// nearer its own point than any other, or tied to it by a leader. The tests of this module
    /// and of the seed's maps check charts with it; the widget never calls it.
    pub fn broken_promises(&self) -> Vec<String> {
        let frame = Box2 { x: 0.0, y: 0.0, w: self.width, h: self.height };
        let placed: Vec<&Placed> = self.points.iter().flatten().collect();
        let mut broken = Vec::new();
        for (i, a) in placed.iter().enumerate() {
            if !a.label.inside(&frame) {
                broken.push(format!("label {:?} outside the chart", a.text));
            }
            for (j, b) in placed.iter().enumerate() {
                let disc = Box2 { x: b.cx - RADIUS, y: b.cy - RADIUS, w: 2.0 * RADIUS, h: 2.0 * RADIUS };
                if a.label.overlaps(&disc) {
                    broken.push(format!("label {:?} covers the point of {:?}", a.text, b.text));
                }
                if i == j {
                    continue;
                }
                if a.label.overlaps(&b.label) {
                    broken.push(format!("labels {:?} and {:?} overlap", a.text, b.text));
                }
                if ((a.cx - b.cx).powi(2) + (a.cy - b.cy).powi(2)).sqrt() < 2.0 * RADIUS {
                    broken.push(format!("points {:?} and {:?} overlap", a.text, b.text));
                }
                if let Some(line) = a.leader {
                    if b.label.crossed_by(line) {
                        broken.push(format!("the leader of {:?} crosses the label {:?}", a.text, b.text));
                    }
                    if disc.crossed_by(line) {
                        broken.push(format!("the leader of {:?} crosses the point of {:?}", a.text, b.text));
                    }
                }
            }
            let own = a.label.distance_to(a.cx, a.cy);
            let nearest = placed.iter().enumerate().all(|(j, b)| j == i || a.label.distance_to(b.cx, b.cy) > own);
            if !nearest && a.leader.is_none() {
                broken.push(format!("label {:?} is nearer another point, with no leader", a.text));
            }
            if let Some((_, _, x2, y2)) = a.leader {
                if a.label.distance_to(x2, y2) >= 1e-9 {
                    broken.push(format!("the leader of {:?} ends off its label", a.text));
                }
            }
        }
        broken
    }
}

/// The least space between two labels side by side, so that a number and a name never read as
/// one label (above each other, 2 px do: they read as lines).
const LABEL_GAP: f64 = 6.0;
/// The first ring of [`candidates`] whose labels are drawn with a leader line.
const FAR_RING: usize = 2;
/// The farthest ring where a name may sit nearer to another point than to its own (tied to
/// its own by a leader line); farther out, it becomes a number.
const NAME_RING: usize = 3;

/// The point's radius.
pub const RADIUS: f64 = 7.0;
/// The label text's height and size (px).
pub const LABEL_HEIGHT: f64 = 16.0;
/// Estimated width of one character of label text at 12px (generous, so real text fits).
pub const CHAR_WIDTH: f64 = 7.2;
/// The width of the strip on the left (players the article does not place across).
const LANE: f64 = 52.0;
/// The height of the strip at the bottom (players not placed up or down): its label, then its
/// points with room above and below them for labels, so that several players near one place
/// (a crowded strip on a phone) are each named beside, above or below their point.
const LANE_Y: f64 = 72.0;
/// Where that label sits in the strip: its left edge and baseline (px from the strip's corner).
pub const LANE_LABEL_AT: (f64, f64) = (6.0, 12.0);
const PAD: f64 = 6.0;

/// A text's width in characters of Latin text: a character of the East Asian scripts (and other
/// full-width forms) is about twice as wide as a Latin letter at the same size.
pub fn text_units(text: &str) -> f64 {
    text.chars()
        .map(|c| match u32::from(c) {
            0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 => 1.8,
            _ => 1.0,
        })
        .sum()
}

/// The part of `plot` where the values -1 to 1 go: a margin inside it, so points and short
/// labels fit.
fn values_box(plot: Box2) -> Box2 {
    plot.grow(-(RADIUS + PAD + 8.0))
}

/// The values (across, up) at `(x, y)` in a chart whose plot is `plot` (SVG pixels): the
/// inverse of where [`layout`] draws a point, kept within -1 to 1.
pub fn values_at(plot: Box2, x: f64, y: f64) -> (f64, f64) {
    let inner = values_box(plot);
    let across = (x - inner.x) / inner.w.max(1.0) * 2.0 - 1.0;
    let up = 1.0 - (y - inner.y) / inner.h.max(1.0) * 2.0;
    (within(across, -1.0, 1.0), within(up, -1.0, 1.0))
}

/// Lays out `specs` in a chart `width` pixels wide, with `lane_label` the label of the strip
/// for players the article does not place on the vertical question.
pub fn layout(specs: &[PointSpec], width: f64, lane_label: &str) -> ChartLayout {
    let width = width.max(240.0);
    let has_no_y = specs.iter().any(|s| s.x.is_some() && s.y.is_none());
    let has_no_x = specs.iter().any(|s| s.x.is_none() && s.y.is_some());
    let plot_h = within(width * 0.62, 240.0, 460.0);
    let left = if has_no_x { LANE } else { 0.0 };
    let plot = Box2 { x: left, y: 0.0, w: width - left, h: plot_h };
    let no_y_lane = has_no_y.then_some(Box2 { x: plot.x, y: plot.h, w: plot.w, h: LANE_Y });
    let no_x_lane = has_no_x.then_some(Box2 { x: 0.0, y: 0.0, w: LANE, h: plot.h });
    let height = plot.h + if has_no_y { LANE_Y } else { 0.0 };
    let frame = Box2 { x: 0.0, y: 0.0, w: width, h: height };

    // Value to pixel, keeping a margin so points and short labels fit inside the plot.
    let inner = values_box(plot);
    let px = |v: f64| inner.x + (within(v, -1.0, 1.0) + 1.0) / 2.0 * inner.w;
    let py = |v: f64| inner.y + (1.0 - (within(v, -1.0, 1.0) + 1.0) / 2.0) * inner.h;
    // Each point with the area it is kept in: the plot, or its strip.
    let mut centres: Vec<Option<(f64, f64)>> = Vec::with_capacity(specs.len());
    let mut areas: Vec<Box2> = Vec::with_capacity(specs.len());
    for s in specs {
        let (centre, area) = match (s.x, s.y, no_y_lane, no_x_lane) {
            (Some(x), Some(y), _, _) => (Some((px(x), py(y))), plot),
            // Below the strip's label, clear of its text.
            (Some(x), None, Some(lane), _) => (Some((px(x), lane.y + lane.h / 2.0 + 5.0)), lane),
            (None, Some(y), _, Some(lane)) => (Some((lane.x + lane.w / 2.0, py(y))), lane),
            _ => (None, frame),
        };
        centres.push(centre);
        areas.push(area);
    }
    spread(&mut centres, &areas);

    // Labels: longest first get the most room; every point's disc is an obstacle.
    let discs: Vec<Box2> = centres
        .iter()
        .flatten()
        .map(|&(x, y)| Box2 { x: x - RADIUS, y: y - RADIUS, w: 2.0 * RADIUS, h: 2.0 * RADIUS }.grow(1.0))
        .collect();
    let mut order: Vec<usize> = (0..specs.len()).filter(|&i| centres[i].is_some()).collect();
    crate::sort_indexes(&mut order, &|a, b| specs[b].label.len().cmp(&specs[a].label.len()));
    // The strip's label is taken room too (10 px text, about 5.6 px a character).
    let mut taken: Vec<Box2> = no_y_lane
        .map(|l| Box2 { x: l.x + LANE_LABEL_AT.0, y: l.y + 2.0, w: text_units(lane_label) * 5.6, h: LANE_LABEL_AT.1 })
        .into_iter()
        .collect();
    let mut leaders: Vec<Segment> = Vec::new();
    let mut placed: Vec<Option<Placed>> = vec![None; specs.len()];
    let mut next_number = 1;
    for i in order {
        let Some((cx, cy)) = centres[i] else { continue };
        // A place for a label box `b` (set away from the point when `far`), with its leader. When
        // `strict`, no other point may be as near to the label as its own; otherwise a label
        // nearer to another point is tied to its own by a leader line.
        let try_place = |b: &Box2, far: bool, strict: bool, taken: &[Box2], leaders: &[Segment]| -> Option<Option<Segment>> {
            let clear = b.inside(&frame)
                && !discs.iter().any(|d| d.overlaps(b))
                && !taken.iter().any(|t| Box2 { x: t.x - LABEL_GAP, w: t.w + 2.0 * LABEL_GAP, ..t.grow(2.0) }.overlaps(b))
                && !leaders.iter().any(|&l| b.grow(1.0).crossed_by(l));
            // Read with the nearest point: no other point may be as near to the label as its own.
            let own = b.distance_to(cx, cy);
            let unambiguous = centres
                .iter()
                .enumerate()
                .all(|(j, c)| j == i || c.is_none_or(|(x, y)| b.distance_to(x, y) > own + 2.0));
            if !clear || (strict && !unambiguous) {
                return None;
            }
            if !far && unambiguous {
                return Some(None);
            }
            let (ex, ey) = b.nearest_to(cx, cy);
            let d = ((ex - cx).powi(2) + (ey - cy).powi(2)).sqrt().max(1e-6);
            let start = (RADIUS + 1.0) / d;
            let line = (cx + (ex - cx) * start, cy + (ey - cy) * start, ex, ey);
            let blocked = taken.iter().any(|t| t.grow(1.0).crossed_by(line))
                || centres.iter().enumerate().any(|(j, c)| {
                    j != i && c.is_some_and(|(x, y)| Box2 { x: x - RADIUS, y: y - RADIUS, w: 2.0 * RADIUS, h: 2.0 * RADIUS }.crossed_by(line))
                });
            (!blocked).then_some(Some(line))
        };
        // The name where only this point is near it; else the name close by, with a leader
        // line; else its number, the same two ways round. Strict: anywhere; otherwise only as
        // far as `rings` and never touching the point, so that the leader line shows.
        let name = &specs[i].label;
        let number = next_number.to_string();
        let attempts = [(false, true, usize::MAX), (false, false, NAME_RING), (true, true, usize::MAX), (true, false, usize::MAX)];
        let found = attempts.into_iter().find_map(|(numbered, strict, rings)| {
            let w = text_units(if numbered { &number } else { name }) * CHAR_WIDTH + 6.0;
            candidates(cx, cy, w)
                .into_iter()
                .filter(|&(_, ring)| ring <= rings && (strict || ring >= 1))
                // Moved inside the chart where it sticks out (a point at the very edge).
                .map(|(b, ring)| (Box2 { x: within(b.x, 0.0, frame.w - b.w), y: within(b.y, 0.0, frame.h - b.h), ..b }, ring))
                .find_map(|(b, ring)| try_place(&b, ring >= FAR_RING, strict, &taken, &leaders).map(|line| (b, numbered, line)))
        });
        // Nowhere at all: the number on the point's right, even if it touches something.
        let (label, numbered, leader) = found.unwrap_or_else(|| {
            let w = number.len() as f64 * CHAR_WIDTH + 6.0;
            (Box2 { x: cx + RADIUS + 3.0, y: cy - LABEL_HEIGHT / 2.0, w, h: LABEL_HEIGHT }, true, None)
        });
        let text = if numbered {
            next_number += 1;
            number
        } else {
            name.clone()
        };
        taken.push(label);
        leaders.extend(leader);
        placed[i] = Some(Placed { cx, cy, label, text, numbered, leader });
    }
    ChartLayout { width, height, plot, no_y_lane, no_x_lane, points: placed }
}

/// `v` kept between `lo` and `hi`. Unlike `f64::clamp` it never panics (on NaN or `lo > hi`, as
/// when a label is wider than the chart: then it keeps to `hi`).
fn within(v: f64, lo: f64, hi: f64) -> f64 {
    v.max(lo).min(hi)
}

/// Label boxes to try around a point, nearest first, each with its ring (0 touches the point;
/// from [`FAR_RING`] on, a box is far enough from the point to need a leader line).
fn candidates(cx: f64, cy: f64, w: f64) -> Vec<(Box2, usize)> {
    let h = LABEL_HEIGHT;
    let mut out = Vec::new();
    // Rings 0, 10, 24, 42, 64, 90 and 120 px out from the point's edge: each a little wider.
    for ring in 0..7 {
        let near = RADIUS + 3.0 + (2 * ring * ring + 8 * ring) as f64;
        let spots = [
            (cx + near, cy - h / 2.0),         // right
            (cx - near - w, cy - h / 2.0),     // left
            (cx - w / 2.0, cy - near - h),     // above
            (cx - w / 2.0, cy + near),         // below
            (cx + near * 0.7, cy - near * 0.7 - h), // above right
            (cx - near * 0.7 - w, cy - near * 0.7 - h), // above left
            (cx + near * 0.7, cy + near * 0.7), // below right
            (cx - near * 0.7 - w, cy + near * 0.7), // below left
        ];
        for (x, y) in spots {
            out.push((Box2 { x, y, w, h }, ring));
        }
        // Beside the point, a little higher or lower: room between stacked neighbours.
        if ring < FAR_RING {
            for dy in [-9.0, 9.0] {
                out.push((Box2 { x: cx + near, y: cy - h / 2.0 + dy, w, h }, ring));
                out.push((Box2 { x: cx - near - w, y: cy - h / 2.0 + dy, w, h }, ring));
            }
        }
    }
    out
}

/// The golden angle (137.5°) as its cosine and sine: turning by it again and again, successive
/// points on a spiral never line up (and the wasm needs no trigonometry).
const GOLDEN_TURN: (f64, f64) = (-0.737_277_3, 0.675_590_2);

/// Pushes apart points closer than a point's diameter (same or nearly the same values), side by
/// side around their shared place, each kept inside its own area (the plot or its strip).
fn spread(centres: &mut [Option<(f64, f64)>], areas: &[Box2]) {
    let min = 2.0 * RADIUS + 12.0;
    // Points on the very same place: lay them out on a small spiral around it first.
    for a in 0..centres.len() {
        let Some(at) = centres[a] else { continue };
        let same: Vec<usize> = (a + 1..centres.len())
            .filter(|&b| centres[b].is_some_and(|c| (c.0 - at.0).abs() < 0.5 && (c.1 - at.1).abs() < 0.5))
            .collect();
        let (mut ux, mut uy) = (1.0, 0.0);
        for (k, b) in same.into_iter().enumerate() {
            let (c, s) = GOLDEN_TURN;
            (ux, uy) = (ux * c - uy * s, ux * s + uy * c);
            let r = min * 0.75 * (1.0 + (k / 3) as f64);
            centres[b] = Some((at.0 + r * ux, at.1 + r * uy));
        }
    }
    for _ in 0..200 {
        let mut moved = false;
        for a in 0..centres.len() {
            for b in (a + 1)..centres.len() {
                let (Some((ax, ay)), Some((bx, by))) = (centres[a], centres[b]) else { continue };
                let (dx, dy) = (bx - ax, by - ay);
                let dist = (dx * dx + dy * dy).sqrt();
                if dist >= min {
                    continue;
                }
                // Separate along the line between them, or sideways when they coincide.
                let (ux, uy) = if dist < 1e-6 { (1.0, 0.0) } else { (dx / dist, dy / dist) };
                let push = (min - dist) / 2.0 + 0.01;
                let clamp = |area: &Box2, x: f64, y: f64| {
                    (within(x, area.x + RADIUS, area.x + area.w - RADIUS), within(y, area.y + RADIUS, area.y + area.h - RADIUS))
                };
                centres[a] = Some(clamp(&areas[a], ax - ux * push, ay - uy * push));
                centres[b] = Some(clamp(&areas[b], bx + ux * push, by + uy * push));
                moved = true;
            }
        }
        if !moved {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANE: &str = "Up: not characterised by the article";

    fn spec(x: Option<f64>, y: Option<f64>, label: &str) -> PointSpec {
        PointSpec { x, y, label: label.to_owned() }
    }

    #[test]
    fn a_point_drawn_at_a_place_reads_back_as_its_values() {
        // Lone points (nothing to spread them), at several widths, with and without the strip.
        for width in [240.0, 390.0, 1000.0] {
            for (x, y) in [(-1.0, 1.0), (0.0, 0.0), (0.42, -0.7), (1.0, -1.0)] {
                let c = layout(&[spec(Some(x), Some(y), "A")], width, "");
                let p = c.points[0].as_ref().expect("placed");
                let (across, up) = values_at(c.plot, p.cx, p.cy);
                assert!((across - x).abs() < 1e-9 && (up - y).abs() < 1e-9, "{width}: ({x}, {y}) read as ({across}, {up})");
            }
        }
        // Past the plot's edge is the axis's end.
        let c = layout(&[spec(Some(0.0), Some(0.0), "A")], 600.0, "");
        assert_eq!(values_at(c.plot, -50.0, c.plot.h + 50.0), (-1.0, -1.0));
    }

    /// Asserts the layout's promises (see [`ChartLayout::broken_promises`]).
    pub(crate) fn assert_clean(layout: &ChartLayout) {
        let broken = layout.broken_promises();
        assert!(broken.is_empty(), "{broken:#?}");
    }

    #[test]
    fn segments_crossing_boxes() {
        let b = Box2 { x: 10.0, y: 10.0, w: 20.0, h: 10.0 };
        assert!(b.crossed_by((0.0, 15.0, 40.0, 15.0)), "straight through");
        assert!(b.crossed_by((0.0, 0.0, 40.0, 30.0)), "diagonally through");
        assert!(b.crossed_by((15.0, 12.0, 16.0, 13.0)), "inside");
        assert!(!b.crossed_by((0.0, 0.0, 40.0, 5.0)), "above");
        assert!(!b.crossed_by((0.0, 30.0, 5.0, 0.0)), "to the left");
        assert!(!b.crossed_by((35.0, 0.0, 35.0, 40.0)), "to the right, upright");
    }

    #[test]
    fn a_crowded_corner_gets_leaders_that_cross_nothing() {
        // Five players on nearly the same spot at the edge, as the seed's alliance members.
        let specs: Vec<PointSpec> = ["United States", "New Zealand", "South Korea", "Australia", "NATO"]
            .iter()
            .enumerate()
            .map(|(k, name)| spec(None, Some(1.0 - 0.05 * k as f64), name))
            .chain([spec(Some(0.9), Some(0.9), "Ishiba (Japan)"), spec(Some(-0.6), Some(0.2), "India")])
            .collect();
        for width in [288.0, 320.0, 390.0, 576.0, 768.0, 1280.0] {
            let layout = layout(&specs, width, LANE);
            assert_clean(&layout);
        }
    }

    #[test]
    fn a_tight_cluster_stays_readable_at_every_width() {
        let specs: Vec<PointSpec> = (0..13)
            .map(|i| spec(Some(0.5), Some(0.5), &format!("Player {i} long")))
            .collect();
        for width in [320.0, 768.0, 1280.0] {
            let layout = layout(&specs, width, LANE);
            assert_clean(&layout);
            assert_eq!(layout.points.iter().flatten().count(), 13);
            // The key lists the numbers in order.
            let numbers: Vec<usize> = layout.key(&specs).iter().map(|(n, _)| n.parse().expect("a number")).collect();
            assert!(numbers.windows(2).all(|w| w[0] < w[1]), "{numbers:?}");
        }
    }

    #[test]
    fn corners_and_lanes() {
        let specs = vec![
            spec(Some(-1.0), Some(1.0), "Top left corner"),
            spec(Some(1.0), Some(-1.0), "Bottom right corner"),
            spec(Some(1.0), Some(1.0), "Top right"),
            spec(Some(0.3), None, "No vertical"),
            spec(None, Some(-0.4), "No horizontal"),
            spec(None, None, "Nowhere"),
        ];
        for width in [320.0, 768.0, 1280.0] {
            let layout = layout(&specs, width, LANE);
            assert_clean(&layout);
            let lane = layout.no_y_lane.expect("a lane for points without a vertical value");
            let p = layout.points[3].as_ref().expect("placed");
            assert!(p.cy > lane.y && p.cy < lane.y + lane.h);
            let lane = layout.no_x_lane.expect("a lane for points without a horizontal value");
            let p = layout.points[4].as_ref().expect("placed");
            assert!(p.cx > lane.x && p.cx < lane.x + lane.w);
            assert!(layout.points[5].is_none(), "a point with no value is listed, not drawn");
        }
    }

    #[test]
    fn values_map_to_the_right_sides() {
        let specs = vec![spec(Some(-1.0), Some(-1.0), "a"), spec(Some(1.0), Some(1.0), "b")];
        let layout = layout(&specs, 768.0, LANE);
        let (a, b) = (layout.points[0].as_ref().unwrap(), layout.points[1].as_ref().unwrap());
        assert!(a.cx < b.cx, "low values to the left");
        assert!(a.cy > b.cy, "low values at the bottom");
        assert!(layout.no_x_lane.is_none() && layout.no_y_lane.is_none());
    }
}
