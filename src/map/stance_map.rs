//! A stance map's data, resolved from the document: which players are plotted, which sit in a
//! "not characterised" lane, their positions in words, the text summary and the downloadable
//! table (CSV and JSON). No geometry here (see [`crate::map::label_layout`]) and no views
//! (see `view::map_chart` and `view::map_panels`).

use crate::locale::Locale;
use crate::model::content::{Axis, Basis, Document, Player, Stance, StanceMap};

/// The weakest of some bases: a point is only as solid as its least supported placement.
pub fn weakest(bases: impl IntoIterator<Item = Basis>) -> Option<Basis> {
    bases.into_iter().max_by_key(|b| match b {
        Basis::Stated => 0,
        Basis::Implied => 1,
        Basis::Background => 2,
    })
}

/// A `data:` URL holding `text`, every byte outside the URL-safe letters percent-encoded: the
/// downloads of a map's data, which need no request (and a strict CSP allows).
pub fn data_url(mime: &str, text: &str) -> String {
    let mut out = format!("data:{mime};charset=utf-8,");
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// One player on one map: its placement on each axis, if the article gives one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapPlayer<'a> {
    pub index: usize,
    pub player: &'a Player,
    pub x: Option<&'a Stance>,
    pub y: Option<&'a Stance>,
}

impl MapPlayer<'_> {
    /// Where the chart draws this player.
    pub fn lane(&self) -> Lane {
        match (self.x, self.y) {
            (Some(_), Some(_)) => Lane::Plot,
            (Some(_), None) => Lane::NoY,
            (None, Some(_)) => Lane::NoX,
            (None, None) => Lane::Neither,
        }
    }
}

/// Where a player goes on the chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lane {
    /// Placed on both axes: in the plot.
    Plot,
    /// Placed on the horizontal axis only: in the strip under the plot.
    NoY,
    /// Placed on the vertical axis only: in the strip left of the plot.
    NoX,
    /// Placed on neither: listed under the chart.
    Neither,
}

/// A map with its axes and players resolved. `None` parts were rejected by the validator.
#[derive(Debug, Clone)]
pub struct MapData<'a> {
    pub map: &'a StanceMap,
    pub x: &'a Axis,
    pub y: &'a Axis,
    pub players: Vec<MapPlayer<'a>>,
}

impl<'a> MapData<'a> {
    /// Resolves map `index` of `doc`; `None` if its axes are missing (an invalid document).
    pub fn resolve(doc: &'a Document, index: usize) -> Option<Self> {
        let map = doc.maps.get(index)?;
        let x = doc.axes.iter().find(|a| a.id == map.x)?;
        let y = doc.axes.iter().find(|a| a.id == map.y)?;
        let stance = |player: &str, axis: &str| doc.stances.iter().find(|s| s.player == player && s.axis == axis);
        let players = map
            .players
            .iter()
            .filter_map(|id| {
                let index = doc.players.iter().position(|p| &p.id == id)?;
                let player = &doc.players[index];
                Some(MapPlayer { index, player, x: stance(id, &x.id), y: stance(id, &y.id) })
            })
            .collect();
        Some(MapData { map, x, y, players })
    }

    /// The players in `lane`.
    pub fn in_lane(&self, lane: Lane) -> impl Iterator<Item = &MapPlayer<'a>> {
        self.players.iter().filter(move |p| p.lane() == lane)
    }

    /// One paragraph saying what the map shows, generated from the data, in `l`'s words.
    pub fn summary(&self, l: &Locale) -> String {
        let ui = &l.ui;
        let mut out = l.count(ui.summary_players_one, ui.summary_players_other, self.players.len(), &[]);
        out.push_str(&l.fill(
            ui.summary_axes,
            &[
                ("x", &self.x.question),
                ("x_low", &self.x.low),
                ("x_high", &self.x.high),
                ("y", &self.y.question),
                ("y_low", &self.y.low),
                ("y_high", &self.y.high),
            ],
        ));
        for (axis, pick) in [(self.x, 0), (self.y, 1)] {
            let placed = |p: &MapPlayer<'a>| if pick == 0 { p.x } else { p.y };
            let names = |f: &dyn Fn(f64) -> bool| {
                self.players
                    .iter()
                    .filter_map(|p| placed(p).filter(|s| f(s.value)).map(|_| p.player.label.as_str()))
                    .collect::<Vec<_>>()
            };
            let high = names(&|v| v >= 0.2);
            let low = names(&|v| v <= -0.2);
            let unplaced: Vec<&str> =
                self.players.iter().filter(|p| placed(p).is_none()).map(|p| p.player.label.as_str()).collect();
            for (pole, names) in [(&axis.high, high), (&axis.low, low)] {
                if !names.is_empty() {
                    out.push_str(&l.fill(ui.summary_toward, &[("pole", pole), ("names", &l.list(&names))]));
                }
            }
            if !unplaced.is_empty() {
                let question = axis.question.trim_end_matches(['?', '？']);
                out.push_str(&l.fill(ui.summary_unplaced, &[("question", question), ("names", &l.list(&unplaced))]));
            }
        }
        out
    }

    /// What the chart's dashed strips mean, for the strips this map has (empty when it has none).
    pub fn lanes_note(&self, l: &Locale) -> String {
        let mut strips = String::new();
        if self.in_lane(Lane::NoX).next().is_some() {
            strips.push_str(l.ui.lanes_left);
        }
        if self.in_lane(Lane::NoY).next().is_some() {
            strips.push_str(l.ui.lanes_bottom);
        }
        if strips.is_empty() {
            return strips;
        }
        format!("{}{strips}", l.ui.lanes_note)
    }

    /// The label above the plot: the high end of the vertical axis.
    pub fn top_pole(&self) -> String {
        format!("↑ {}", self.y.high)
    }

    /// The table as CSV (RFC 4180 quoting): one row per player, each axis's value and basis,
    /// the evidence quotes joined.
    pub fn csv(&self) -> String {
        let mut out = String::new();
        let header = [
            "player".to_owned(),
            "kind".to_owned(),
            format!("{} (value)", self.x.id),
            format!("{} (basis)", self.x.id),
            format!("{} (value)", self.y.id),
            format!("{} (basis)", self.y.id),
            "evidence".to_owned(),
        ];
        push_csv_row(&mut out, &header);
        for p in &self.players {
            let cell = |s: Option<&Stance>| match s {
                Some(s) => (format_value(s.value), s.basis.key().to_owned()),
                None => (String::new(), "not characterised".to_owned()),
            };
            let (xv, xb) = cell(p.x);
            let (yv, yb) = cell(p.y);
            let evidence: Vec<&str> =
                p.x.iter().chain(p.y.iter()).flat_map(|s| s.evidence.iter().map(String::as_str)).collect();
            push_csv_row(
                &mut out,
                &[p.player.name.clone(), crate::locale::EN.player_kind(p.player.kind).to_owned(), xv, xb, yv, yb, evidence.join(" | ")],
            );
        }
        out
    }

    /// The same data as JSON: the map, its axes, and each player's placements with evidence.
    pub fn json(&self) -> String {
        let axis = |a: &Axis| {
            format!(
                "{{\"id\":{},\"question\":{},\"low\":{},\"high\":{}}}",
                json_str(&a.id),
                json_str(&a.question),
                json_str(&a.low),
                json_str(&a.high)
            )
        };
        let stance = |s: Option<&Stance>| match s {
            None => "null".to_owned(),
            Some(s) => format!(
                "{{\"value\":{},\"basis\":{},\"summary\":{},\"evidence\":[{}]}}",
                format_value(s.value),
                json_str(s.basis.key()),
                json_str(&s.summary),
                s.evidence.iter().map(|e| json_str(e)).collect::<Vec<_>>().join(",")
            ),
        };
        let players: Vec<String> = self
            .players
            .iter()
            .map(|p| {
                format!(
                    "{{\"id\":{},\"name\":{},\"kind\":{},\"x\":{},\"y\":{}}}",
                    json_str(&p.player.id),
                    json_str(&p.player.name),
                    json_str(crate::locale::EN.player_kind(p.player.kind)),
                    stance(p.x),
                    stance(p.y)
                )
            })
            .collect();
        format!(
            "{{\"map\":{},\"title\":{},\"x\":{},\"y\":{},\"players\":[{}]}}\n",
            json_str(&self.map.id),
            json_str(&self.map.title),
            axis(self.x),
            axis(self.y),
            players.join(",")
        )
    }
}

/// A position in words: "Advocates", "Leaning to “Opposed”", "Between “Opposed” and “Advocates”".
pub fn position_words(value: f64, axis: &Axis, l: &Locale) -> String {
    if value <= -0.6 {
        axis.low.clone()
    } else if value <= -0.2 {
        l.fill(l.ui.leaning_to, &[("pole", &axis.low)])
    } else if value < 0.2 {
        l.fill(l.ui.between, &[("low", &axis.low), ("high", &axis.high)])
    } else if value < 0.6 {
        l.fill(l.ui.leaning_to, &[("pole", &axis.high)])
    } else {
        axis.high.clone()
    }
}

/// A point's accessible name: the player, its position on each axis in words, and the basis.
pub fn accessible_name(p: &MapPlayer<'_>, x: &Axis, y: &Axis, l: &Locale) -> String {
    let part = |s: Option<&Stance>, axis: &Axis| match s {
        Some(s) => l.fill(
            l.ui.point_placed,
            &[("position", &position_words(s.value, axis, l)), ("value", &l.value(s.value)), ("basis", l.basis(s.basis))],
        ),
        None => l.fill(l.ui.point_unplaced, &[("question", axis.question.trim_end_matches(['?', '？']))]),
    };
    l.fill(l.ui.point_name, &[("name", &p.player.name), ("x", &part(p.x, x)), ("y", &part(p.y, y))])
}

/// A value as data files write it: one decimal, an ASCII minus.
pub fn format_value(value: f64) -> String {
    crate::locale::EN.value(value)
}

/// A number as a document author wrote it, to three decimals at most ("3", "1.5", "-0.125").
pub fn decimal(value: f64) -> String {
    // `+ 0.0` writes -0 as 0.
    let rounded = (value * 1000.0).round() / 1000.0 + 0.0;
    if rounded.abs() < 1e15 {
        format!("{rounded}")
    } else if value.is_nan() {
        "not a number".to_owned()
    } else {
        "a number far outside".to_owned()
    }
}

fn push_csv_row(out: &mut String, cells: &[String]) {
    let row: Vec<String> = cells
        .iter()
        .map(|c| {
            if c.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", c.replace('"', "\"\""))
            } else {
                c.clone()
            }
        })
        .collect();
    out.push_str(&row.join(","));
    out.push_str("\r\n");
}

/// A JSON string literal.
fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::EN;

    #[test]
    fn decimals_print_as_written() {
        for (v, text) in [(3.0, "3"), (1.5, "1.5"), (-0.125, "-0.125"), (0.1, "0.1"), (-2.0, "-2"), (1.0005, "1.001"), (0.0, "0"), (-0.0001, "0")] {
            assert_eq!(decimal(v), text);
        }
        assert_eq!(decimal(1e300), "a number far outside");
    }

    fn axis() -> Axis {
        Axis { id: "a".into(), question: "Q?".into(), low: "Opposed".into(), high: "Advocates".into() }
    }

    #[test]
    fn positions_in_words() {
        let a = axis();
        assert_eq!(position_words(-0.9, &a, &EN), "Opposed");
        assert_eq!(position_words(-0.3, &a, &EN), "Leaning to “Opposed”");
        assert_eq!(position_words(0.0, &a, &EN), "Between “Opposed” and “Advocates”");
        assert_eq!(position_words(0.4, &a, &EN), "Leaning to “Advocates”");
        assert_eq!(position_words(1.0, &a, &EN), "Advocates");
        assert_eq!(position_words(0.4, &a, &crate::locale::JA), "「Advocates」寄り");
    }

    #[test]
    fn values_keep_one_decimal() {
        assert_eq!(format_value(-0.9), "-0.9");
        assert_eq!(format_value(0.0), "0.0");
        assert_eq!(format_value(1.0), "1.0");
        assert_eq!(format_value(-0.05), "-0.1");
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let mut out = String::new();
        push_csv_row(&mut out, &["a".into(), "b,c".into(), "say \"hi\"".into()]);
        assert_eq!(out, "a,\"b,c\",\"say \"\"hi\"\"\"\r\n");
    }

    #[test]
    fn json_strings_escape_quotes_and_controls() {
        assert_eq!(json_str("a\"b\\c\n\u{1}"), "\"a\\\"b\\\\c\\n\\u0001\"");
    }
}
