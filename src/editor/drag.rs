//! A player's point dragged on the preview's stance map: where it was taken, where it is now
//! (drawn there while the pointer moves), and the values it stands for on the map's questions
//! ([`values_at`], the inverse of the chart's layout). The editor makes the move an edit when
//! the point is let go.

use crate::map::label_layout::{values_at, Box2};
use crate::view::dom::{closest_from_event, index_attr};

/// How far (in CSS pixels) a pointer goes before a press on a point is a drag, not a click.
const SLOP: f64 = 4.0;

/// A point being dragged.
pub struct Drag {
    /// The player's index in the document shown.
    pub player: usize,
    /// The map's index in the document shown.
    pub map: usize,
    /// The pointer dragging it.
    pointer: i32,
    /// The point's group in the chart and its label, moved as the pointer moves.
    point: web_sys::Element,
    label: Option<web_sys::Element>,
    /// The chart's plot, in SVG pixels.
    plot: Box2,
    /// The point's centre when taken, in SVG pixels.
    centre: (f64, f64),
    /// The pointer when it took the point, in CSS pixels.
    start: (f64, f64),
    /// SVG pixels to a CSS pixel (the chart drawn at another size than its own).
    scale: f64,
    /// Gone past [`SLOP`]: a drag, not a click.
    pub moved: bool,
}

/// A number attribute of `el`.
fn number(el: &web_sys::Element, name: &str) -> Option<f64> {
    el.get_attribute(name)?.parse().ok()
}

impl Drag {
    /// A drag of the point under a primary pointer's press, if there is one: the point takes
    /// the pointer, so the drag follows it outside the chart.
    pub fn start(ev: &web_sys::PointerEvent) -> Option<Drag> {
        if ev.button() != 0 || !ev.is_primary() {
            return None;
        }
        let point = closest_from_event(ev, ".al-point")?;
        let svg = point.closest("svg").ok()??;
        let plot = svg.query_selector(".al-plot").ok()??;
        let hit = point.query_selector(".al-hit").ok()??;
        let player = index_attr(&point, "data-player")?;
        // The point's id ends `-pt{map}-{player}` (see `LensData::point_id`).
        let id = point.id();
        let map = id.rsplit_once("-pt")?.1.split('-').next()?.parse().ok()?;
        let plot = Box2 { x: number(&plot, "x")?, y: number(&plot, "y")?, w: number(&plot, "width")?, h: number(&plot, "height")? };
        let centre = (number(&hit, "x")? + number(&hit, "width")? / 2.0, number(&hit, "y")? + number(&hit, "height")? / 2.0);
        let drawn = svg.get_bounding_client_rect().width();
        let scale = if drawn > 0.0 { number(&svg, "width")? / drawn } else { 1.0 };
        let _ = point.set_pointer_capture(ev.pointer_id());
        ev.prevent_default();
        // The label is drawn right after its point (see `ChartSvg`).
        let label = point.next_element_sibling().filter(|l| l.class_list().contains("al-label"));
        Some(Drag { player, map, pointer: ev.pointer_id(), point, label, plot, centre, start: (ev.client_x().into(), ev.client_y().into()), scale, moved: false })
    }

    /// Follows the pointer (if it is this drag's): the point drawn where it is, and the values
    /// (across, up) it stands for.
    pub fn follow(&mut self, ev: &web_sys::PointerEvent) -> Option<(f64, f64)> {
        if ev.pointer_id() != self.pointer {
            return None;
        }
        let (dx, dy) = (f64::from(ev.client_x()) - self.start.0, f64::from(ev.client_y()) - self.start.1);
        self.moved |= dx.hypot(dy) > SLOP;
        if !self.moved {
            return None;
        }
        let (dx, dy) = (dx * self.scale, dy * self.scale);
        let moved = format!("translate({dx:.1} {dy:.1})");
        for el in std::iter::once(&self.point).chain(&self.label) {
            let _ = el.set_attribute("transform", &moved);
        }
        Some(values_at(self.plot, self.centre.0 + dx, self.centre.1 + dy))
    }

    /// The point back where it was drawn (a drag given up).
    pub fn cancel(&self) {
        for el in std::iter::once(&self.point).chain(&self.label) {
            let _ = el.remove_attribute("transform");
        }
    }

    /// Whether `ev` is this drag's pointer.
    pub fn is(&self, ev: &web_sys::PointerEvent) -> bool {
        ev.pointer_id() == self.pointer
    }
}
