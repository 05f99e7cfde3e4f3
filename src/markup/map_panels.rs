//! The stance maps' panels as escaped markup: the controls (map, chart or table, grouping), the
//! table, a player's evidence, the axes in words, the map in words, the strips' note and what
//! follows the chart (unplaced players and the downloads). Methods of [`MapData`] written here,
//! beside the rest of what renders; the data they show is worked out in
//! [`crate::map::stance_map`].

use crate::map::stance_map::{format_value, position_words, Lane, MapData};
use crate::markup::static_page::{escape, quotation};
use crate::model::content::{Axis, Document, Stance};

impl MapData<'_> {
    /// The same data as the chart, as the rows of an HTML table (every text escaped): the
    /// player, each axis (position in words, value, basis) and the evidence quotes. The view puts
    /// it in a `<table>` whose caption and column headings it writes itself. Rows and cells
    /// carry their roles: on a narrow screen the stylesheet shows each row as a block, which
    /// would otherwise cost the table its semantics in some browsers.
    pub fn table_markup(&self) -> String {
        let cell = |s: Option<&Stance>, axis: &Axis| match s {
            Some(s) => format!("{} ({}), {}", position_words(s.value, axis), format_value(s.value), s.basis.label()),
            None => "Not characterised by the article".to_owned(),
        };
        let mut out = format!(
            "<caption>{}</caption><thead><tr role=\"row\"><th scope=\"col\" role=\"columnheader\">Player</th><th scope=\"col\" role=\"columnheader\">{}</th><th scope=\"col\" role=\"columnheader\">{}</th><th scope=\"col\" role=\"columnheader\">Evidence (the article’s words)</th></tr></thead><tbody>",
            escape(&self.map.title),
            escape(&self.x.question),
            escape(&self.y.question),
        );
        for p in &self.players {
            // Each quote on a line of its own; each cell labelled for phones, where a row is shown
            // as a block (the column headings are then out of sight).
            let evidence: String = p.x.iter().chain(p.y.iter()).flat_map(|s| &s.evidence).map(|e| quotation(e)).collect();
            out.push_str(&format!(
                "<tr role=\"row\"><th scope=\"row\" role=\"rowheader\">{}</th><td role=\"cell\" data-label=\"{}\">{}</td><td role=\"cell\" data-label=\"{}\">{}</td><td role=\"cell\" class=\"al-table-evidence\" data-label=\"Evidence\">{evidence}</td></tr>",
                escape(&p.player.name),
                escape(&self.x.question),
                escape(&cell(p.x, self.x)),
                escape(&self.y.question),
                escape(&cell(p.y, self.y)),
            ));
        }
        out.push_str("</tbody>");
        out
    }

    /// The evidence card of the player at `player` (its index in the document), as markup
    /// (every text escaped): its kind and name, then for each axis the question and either the
    /// position in words, value and basis, the stance's summary and the quotes, each with a
    /// "Go to the passage" link (`data-act="passage"`) to the body block that `passage` finds for
    /// it (block index and DOM id), or "not characterised". `None` if the player is not on
    /// this map.
    pub fn evidence_markup(&self, player: usize, passage: &dyn Fn(&str) -> Option<(usize, String)>) -> Option<String> {
        let p = self.players.iter().find(|p| p.index == player)?;
        let name = escape(&p.player.name);
        let mut out = format!(
            "<div class=\"al-evidence\" role=\"group\" aria-label=\"Evidence for {name}\"><p class=\"al-evidence-kind\">{}</p><h3 class=\"al-evidence-name\">{name}</h3>",
            p.player.kind.label()
        );
        for (axis, stance) in [(self.x, p.x), (self.y, p.y)] {
            out.push_str(&format!("<div class=\"al-evidence-axis\"><p class=\"al-evidence-q\">{}</p>", escape(&axis.question)));
            let Some(s) = stance else {
                out.push_str("<p class=\"al-evidence-pos\">Not characterised by the article.</p></div>");
                continue;
            };
            out.push_str(&format!(
                "<p class=\"al-evidence-pos\"><strong>{}</strong> ({}) · <span class=\"al-basis al-basis-{}\">{}</span></p><p>{}</p><ul class=\"al-quotes\">",
                escape(&position_words(s.value, axis)),
                format_value(s.value),
                s.basis.key(),
                s.basis.label(),
                escape(&s.summary),
            ));
            for quote in &s.evidence {
                let (block, id) = passage(quote).map(|(b, id)| (b.to_string(), id)).unwrap_or_default();
                out.push_str(&format!(
                    "<li>{} <a class=\"al-link\" href=\"#{id}\" data-act=\"passage\" data-block=\"{block}\">Go to the passage</a></li>",
                    quotation(quote)
                ));
            }
            out.push_str("</ul></div>");
        }
        out.push_str("</div>");
        Some(out)
    }

    /// The chart's axes in words, as markup (escaped): the figure's caption (both questions),
    /// and what goes under the plot (the low end of the vertical axis, then both ends of the
    /// horizontal one). The high end of the vertical axis, above the plot, is `top_pole`.
    pub fn axes_markup(&self) -> (String, String) {
        let caption = format!("<span>Across: {}</span><span>Up: {}</span>", escape(&self.x.question), escape(&self.y.question));
        let below = format!(
            "<p class=\"al-pole al-pole-bottom\">↓ {}</p><p class=\"al-pole-row\"><span>← {}</span><span>{} →</span></p>",
            escape(&self.y.low),
            escape(&self.x.low),
            escape(&self.x.high)
        );
        (caption, below)
    }

    /// [`MapData::summary`] folded under "The map in words" (markup; the chart and the table
    /// show the same, so it need not take 20 lines of a phone's screen before them).
    pub fn summary_markup(&self) -> String {
        format!(
            "<details class=\"al-map-summary\"><summary>The map in words</summary><p>{}</p></details>",
            escape(&self.summary())
        )
    }

    /// What the chart's dashed strips mean, for the strips this map has (markup; empty when it
    /// has none).
    pub fn lanes_note(&self) -> String {
        let mut strips = String::new();
        if self.in_lane(Lane::NoX).next().is_some() {
            strips.push_str(" Left strip: placed “Up”, not “Across”.");
        }
        if self.in_lane(Lane::NoY).next().is_some() {
            strips.push_str(" Bottom strip: placed “Across”, not “Up”.");
        }
        if strips.is_empty() {
            return strips;
        }
        format!("<p class=\"al-lanes-note\">Players the article places on one question only sit in a dashed strip.{strips}</p>")
    }

    /// What follows the chart or table, as markup (every text escaped): the players the article
    /// places on neither question, and "Get the data" links that download the table as CSV and
    /// JSON from `data:` URLs (no request; allowed by a strict CSP).
    pub fn footer_markup(&self) -> String {
        let mut out = String::new();
        let unplaced: Vec<&str> = self.in_lane(Lane::Neither).map(|p| p.player.name.as_str()).collect();
        if !unplaced.is_empty() {
            out.push_str(&format!(
                "<p class=\"al-unplaced\"><strong>Not characterised by the article on either question: </strong>{}</p>",
                escape(&unplaced.join(", "))
            ));
        }
        let file = escape(&self.map.id);
        out.push_str(&format!(
            "<p class=\"al-downloads\">Get the data: <a download=\"{file}.csv\" href=\"{}\">CSV</a> · <a download=\"{file}.json\" href=\"{}\">JSON</a><span class=\"al-visually-hidden\"> for “{}”</span></p>",
            data_url("text/csv", &self.csv()),
            data_url("application/json", &self.json()),
            escape(&self.map.title)
        ));
        out
    }
}

/// The stance maps' controls as markup (every text escaped): a button per map (`data-map`), a
/// chart/table pair (`data-table`), each pressed or not as `map` and `table` say, and the
/// grouping outline menu (id `select_id`; option values are grouping indexes).
pub fn controls_markup(doc: &Document, map: usize, table: bool, select_id: &str) -> String {
    let pressed = |on: bool| if on { "true" } else { "false" };
    let mut out = String::from("<div class=\"al-segs\" role=\"group\" aria-label=\"Map\">");
    for (i, m) in doc.maps.iter().enumerate() {
        out.push_str(&format!(
            "<button type=\"button\" class=\"al-seg\" data-map=\"{i}\" aria-pressed=\"{}\">{}</button>",
            pressed(i == map),
            escape(&m.title)
        ));
    }
    out.push_str("</div><div class=\"al-segs\" role=\"group\" aria-label=\"Show as\">");
    for (as_table, label) in [(false, "Chart"), (true, "Table")] {
        out.push_str(&format!(
            "<button type=\"button\" class=\"al-seg\" data-table=\"{as_table}\" aria-pressed=\"{}\">{label}</button>",
            pressed(as_table == table)
        ));
    }
    out.push_str(&format!(
        "</div><label class=\"al-grouping\"><span>Outline a grouping</span><select id=\"{}\"><option value=\"\">None</option>",
        escape(select_id)
    ));
    for (i, g) in doc.groupings.iter().enumerate() {
        out.push_str(&format!("<option value=\"{i}\">{}</option>", escape(&g.name)));
    }
    out.push_str("</select></label>");
    out
}

/// A `data:` URL holding `text`, every byte outside the URL-safe letters percent-encoded.
fn data_url(mime: &str, text: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::seed;

    #[test]
    fn evidence_quotes_the_article_and_links_each_quote_to_its_block() {
        let doc = seed();
        let passage = |q: &str| doc.block_quoting(q).map(|b| (b, format!("p-{}", doc.article.blocks[b].id)));
        let mut quotes = 0;
        for m in 0..doc.maps.len() {
            let map = MapData::resolve(&doc, m).unwrap();
            for p in &map.players {
                let html = map.evidence_markup(p.index, &passage).unwrap();
                assert!(html.contains(&format!("<h3 class=\"al-evidence-name\">{}</h3>", escape(&p.player.name))));
                assert_eq!(html.matches("<div").count(), html.matches("</div>").count());
                for (axis, stance) in [(map.x, p.x), (map.y, p.y)] {
                    assert!(html.contains(&escape(&axis.question)));
                    match stance {
                        None => assert!(html.contains("Not characterised by the article.")),
                        Some(s) => {
                            assert!(html.contains(s.basis.label()));
                            for q in &s.evidence {
                                let (b, id) = passage(q).expect("every quote is in a block");
                                assert!(doc.article.blocks[b].text.contains(q.as_str()));
                                assert!(html.contains(&format!("{} <a class=\"al-link\" href=\"#{id}\" data-act=\"passage\" data-block=\"{b}\">", quotation(q))));
                                quotes += 1;
                            }
                        }
                    }
                }
            }
        }
        assert!(quotes > 20, "{quotes}");
        assert!(MapData::resolve(&doc, 0).unwrap().evidence_markup(usize::MAX, &passage).is_none());
    }

    #[test]
    fn the_downloads_hold_the_table_and_unplaced_players_are_listed() {
        let doc = seed();
        let decode = |url: &str| {
            let data = url.split_once(',').unwrap().1.as_bytes();
            let mut bytes = Vec::new();
            let mut i = 0;
            while i < data.len() {
                if data[i] == b'%' {
                    bytes.push(u8::from_str_radix(std::str::from_utf8(&data[i + 1..i + 3]).unwrap(), 16).unwrap());
                    i += 3;
                } else {
                    bytes.push(data[i]);
                    i += 1;
                }
            }
            String::from_utf8(bytes).unwrap()
        };
        for m in 0..doc.maps.len() {
            let map = MapData::resolve(&doc, m).unwrap();
            let html = map.footer_markup();
            let hrefs: Vec<&str> = html.split("href=\"").skip(1).map(|h| &h[..h.find('"').unwrap()]).collect();
            assert_eq!(hrefs.len(), 2);
            assert!(hrefs[0].starts_with("data:text/csv;charset=utf-8,") && hrefs[1].starts_with("data:application/json;charset=utf-8,"));
            assert_eq!(decode(hrefs[0]), map.csv());
            assert_eq!(decode(hrefs[1]), map.json());
            for p in map.in_lane(Lane::Neither) {
                assert!(html.contains(&escape(&p.player.name)));
            }
            assert_eq!(html.contains("al-unplaced"), map.in_lane(Lane::Neither).count() > 0);
        }
    }

    #[test]
    fn controls_press_the_shown_map_and_view_and_list_every_grouping() {
        let doc = seed();
        let html = controls_markup(&doc, 1, true, "al0-grouping");
        assert_eq!(html.matches("data-map=").count(), doc.maps.len());
        assert!(html.contains(&format!("data-map=\"1\" aria-pressed=\"true\">{}<", escape(&doc.maps[1].title))));
        assert!(html.contains("data-map=\"0\" aria-pressed=\"false\""));
        assert!(html.contains("data-table=\"true\" aria-pressed=\"true\">Table<") && html.contains("data-table=\"false\" aria-pressed=\"false\">Chart<"));
        assert!(html.contains("<select id=\"al0-grouping\"><option value=\"\">None</option>"));
        for (i, g) in doc.groupings.iter().enumerate() {
            assert!(html.contains(&format!("<option value=\"{i}\">{}</option>", escape(&g.name))));
        }
    }

    #[test]
    fn the_axes_are_written_out_with_both_ends() {
        let doc = seed();
        let map = MapData::resolve(&doc, 0).unwrap();
        let (caption, below) = map.axes_markup();
        assert_eq!(caption, format!("<span>Across: {}</span><span>Up: {}</span>", escape(&map.x.question), escape(&map.y.question)));
        for end in [&map.y.low, &map.x.low, &map.x.high] {
            assert!(below.contains(&escape(end)), "{end}");
        }
        assert_eq!(map.top_pole(), format!("↑ {}", map.y.high));
    }
}
