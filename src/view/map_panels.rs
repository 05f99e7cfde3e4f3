//! The stance maps' panels: the controls (map, chart or table, grouping), the axes in words, the
//! legend, the map in words, the table, a player's evidence, and what follows the chart
//! (unplaced players and the downloads). The data they show is worked out in
//! [`crate::map::stance_map`].

use leptos::either::Either;
use leptos::prelude::*;

use super::deep_link::CopyLink;
use super::lens_state::lens_context;
use super::passage_link::{PassageLink, Quotation};
use super::settings::use_locale;
use crate::locale::Locale;
use crate::text::deep_link::{quote_at_source, LinkTarget};
use crate::map::stance_map::{data_url, position_words, Lane, MapData};
use crate::model::content::{Axis, Stance};

/// A button that is pressed or not (`aria-pressed`), as the map and view switches use.
#[component]
fn Toggle(
    /// Whether it is pressed.
    pressed: Signal<bool>,
    /// What pressing it does.
    on_press: Callback<()>,
    /// Its label.
    children: Children,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="al-seg"
            aria-pressed=move || if pressed.get() { "true" } else { "false" }
            on:click=move |_| on_press.run(())
        >
            {children()}
        </button>
    }
}

/// The maps' controls: a button per map, a chart/table pair, each pressed or not, and the
/// grouping outline menu.
#[component]
pub fn MapControls(
    /// Shown as a table (1) or as a chart (0).
    table: RwSignal<usize>,
    /// The grouping outlined, if any.
    grouping: RwSignal<Option<usize>>,
) -> impl IntoView {
    let (state, data) = lens_context();
    let locale = use_locale();
    let ui = &locale.ui;
    let (lang, dir) = data.doc_text(locale);
    let maps = data
        .doc
        .maps
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let title = m.title.clone();
            let title_lang = lang.clone();
            let press = move |()| {
                state.map.set(i);
                state.selected_player.set(None);
                state.highlighted.set(Vec::new());
            };
            view! { <Toggle pressed=Signal::derive(move || state.map.get() == i) on_press=Callback::new(press)><span lang=title_lang dir=dir>{title}</span></Toggle> }
        })
        .collect_view();
    let views = [(0, ui.chart), (1, ui.table)]
        .into_iter()
        .map(|(v, label)| {
            view! { <Toggle pressed=Signal::derive(move || table.get() == v) on_press=Callback::new(move |()| table.set(v))>{label}</Toggle> }
        })
        .collect_view();
    let groupings = data
        .doc
        .groupings
        .iter()
        .enumerate()
        .map(|(i, g)| view! { <option value=i.to_string() lang=lang.clone() dir=dir>{g.name.clone()}</option> })
        .collect_view();
    view! {
        <div class="al-controls">
            <div class="al-segs" role="group" aria-label=ui.map_switch>{maps}</div>
            <div class="al-segs" role="group" aria-label=ui.show_as>{views}</div>
            <label class="al-grouping">
                <span>{ui.outline_grouping}</span>
                <select
                    id=format!("{}-grouping", data.id_prefix)
                    on:change=move |ev| grouping.set(event_target_value(&ev).parse::<usize>().ok())
                >
                    <option value="">{ui.grouping_none}</option>
                    {groupings}
                </select>
            </label>
        </div>
    }
}

/// The figure's caption: both questions of map `map`.
#[component]
pub fn AxesCaption(
    /// Index of the map in the document.
    map: usize,
) -> impl IntoView {
    let (_, data) = lens_context();
    let locale = use_locale();
    let ui = &locale.ui;
    MapData::resolve(&data.doc, map).map(|m| {
        view! {
            <figcaption class="al-map-axes">
                <span>{locale.fill(ui.across, &[("question", &m.x.question)])}</span>
                <span>{locale.fill(ui.up, &[("question", &m.y.question)])}</span>
            </figcaption>
            <p class="al-pole al-pole-top" aria-hidden="true">{m.top_pole()}</p>
        }
    })
}

/// Under the plot: the low end of the vertical axis, then both ends of the horizontal one.
#[component]
pub fn AxisPoles(
    /// Index of the map in the document.
    map: usize,
) -> impl IntoView {
    let (_, data) = lens_context();
    MapData::resolve(&data.doc, map).map(|m| {
        view! {
            <div aria-hidden="true" dir="ltr">
                <p class="al-pole al-pole-bottom">{format!("↓ {}", m.y.low)}</p>
                <p class="al-pole-row">
                    <span>{format!("← {}", m.x.low)}</span>
                    <span>{format!("{} →", m.x.high)}</span>
                </p>
            </div>
        }
    })
}

/// Under the chart: its shapes and fills explained, what its dashed strips mean (for the strips
/// this map has), and the map in words, folded (the chart and the table show the same, so it
/// need not take 20 lines of a phone's screen before them).
#[component]
pub fn MapKey(
    /// Index of the map in the document.
    map: usize,
) -> impl IntoView {
    let (_, data) = lens_context();
    let locale = use_locale();
    let ui = &locale.ui;
    let m = MapData::resolve(&data.doc, map)?;
    let note = m.lanes_note(locale);
    let lanes = (!note.is_empty()).then(|| view! { <p class="al-lanes-note">{note}</p> });
    Some(view! {
        <div class="al-map-key">
            <ul class="al-legend" aria-label=ui.legend>
                <li><svg viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="6" class="al-shape-state"></circle></svg>{ui.legend_state}</li>
                <li><svg viewBox="0 0 16 16" aria-hidden="true"><rect x="2" y="2" width="12" height="12" class="al-shape-bloc"></rect></svg>{ui.legend_bloc}</li>
                <li><svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 1.5 14.5 14h-13z" class="al-shape-person"></path></svg>{ui.legend_person}</li>
                <li><svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 1 15 8 8 15 1 8z" class="al-shape-faction"></path></svg>{ui.legend_faction}</li>
                <li><svg viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="6" class="al-basis-stated"></circle></svg>{ui.legend_stated}</li>
                <li><svg viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="6" class="al-basis-implied"></circle></svg>{ui.legend_implied}</li>
                <li><svg viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="6" class="al-basis-background"></circle></svg>{ui.legend_background}</li>
            </ul>
            {lanes}
        </div>
        <details class="al-map-summary">
            <summary>{ui.map_in_words}</summary>
            <p>{m.summary(locale)}</p>
        </details>
    })
}

/// A placement in words: position, value and basis, or "not characterised".
fn placement(s: Option<&Stance>, axis: &Axis, l: &Locale) -> String {
    match s {
        Some(s) => l.fill(l.ui.placement, &[("position", &position_words(s.value, axis, l)), ("value", &l.value(s.value)), ("basis", l.basis(s.basis))]),
        None => l.ui.not_characterised.to_owned(),
    }
}

/// The same data as the chart, as a table: the player, each axis (position in words, value,
/// basis) and the evidence quotes. Rows and cells carry their roles: on a narrow screen the
/// stylesheet shows each row as a block, which would otherwise cost the table its semantics in
/// some browsers; each cell is labelled for that view (the column headings are then out of sight).
#[component]
pub fn StanceTable(
    /// Index of the map in the document.
    map: usize,
) -> impl IntoView {
    let (_, data) = lens_context();
    let locale = use_locale();
    let ui = &locale.ui;
    let m = MapData::resolve(&data.doc, map)?;
    let (lang, dir) = data.doc_text(locale);
    let (x, y) = (m.x.question.clone(), m.y.question.clone());
    let rows = m
        .players
        .iter()
        .map(|p| {
            let evidence = p.x.iter().chain(p.y.iter()).flat_map(|s| &s.evidence).map(|e| view! { <Quotation text=e.clone()/> }).collect_view();
            view! {
                <tr role="row">
                    <th scope="row" role="rowheader" lang=lang.clone() dir=dir>{p.player.name.clone()}</th>
                    <td role="cell" data-label=x.clone()>{placement(p.x, m.x, locale)}</td>
                    <td role="cell" data-label=y.clone()>{placement(p.y, m.y, locale)}</td>
                    <td role="cell" class="al-table-evidence" data-label=ui.evidence_label>{evidence}</td>
                </tr>
            }
        })
        .collect_view();
    Some(view! {
        <div class="al-table-wrap" tabindex="0" role="group" aria-label=locale.fill(ui.table_name, &[("title", &m.map.title)])>
            <table class="al-table" role="table">
                <caption lang=lang.clone() dir=dir>{m.map.title.clone()}</caption>
                <thead>
                    <tr role="row">
                        <th scope="col" role="columnheader">{ui.column_player}</th>
                        <th scope="col" role="columnheader" lang=lang.clone() dir=dir>{x.clone()}</th>
                        <th scope="col" role="columnheader" lang=lang.clone() dir=dir>{y.clone()}</th>
                        <th scope="col" role="columnheader">{ui.column_evidence}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    })
}

/// The selected player's placement on the shown map and the article's words behind it: its kind
/// and name, then for each axis the question and either the position in words, value and basis,
/// the stance's summary and the quotes, each with a "Go to the passage" link, or "not
/// characterised".
#[component]
pub fn EvidencePanel() -> impl IntoView {
    let (state, data) = lens_context();
    let locale = use_locale();
    let ui = &locale.ui;
    let (lang, dir) = data.doc_text(locale);
    // The panel follows the selection once the frame after it has been painted: the point's
    // and the mentions' highlight, the answer a reader waits for, paints first. Built in the
    // same task, the panel about doubled the work before that frame the first time a point was
    // selected: 16-31 ms against 10-15 ms (6 cold loads each, twice, interleaved; `bench/run.sh`
    // then gave 11.4 ms p95 over every point, against 19.8). Read when it runs, so quick
    // selections end on the last one; `try_`: the widget may be gone by then.
    let shown = RwSignal::new(state.selected_player.get_untracked());
    Effect::new(move |_| {
        state.selected_player.track();
        super::dom::after_paint(move || {
            if let Some(now) = state.selected_player.try_get_untracked() {
                if shown.try_get_untracked().is_some_and(|was| was != now) {
                    shown.set(now);
                }
            }
        });
    });
    let evidence = move || {
        let player = shown.get()?;
        let m = MapData::resolve(&data.doc, state.map.get())?;
        let p = m.players.iter().find(|p| p.index == player)?;
        let axes = [(m.x, p.x), (m.y, p.y)]
            .into_iter()
            .map(|(axis, stance)| {
                let body = match stance {
                    None => Either::Left(view! { <p class="al-evidence-pos">{ui.not_characterised}</p> }),
                    Some(s) => {
                        let quotes = s
                            .evidence
                            .iter()
                            .map(|quote| {
                                let passage = data.doc.block_quoting(quote).map(|b| (b, data.block_id(b)));
                                // The same words at the publisher's original, where the document
                                // gives its address: the reader can check the quote there.
                                let source = data.doc.article.source_url.as_deref().map(|url| {
                                    view! { " " <a class="al-link" href=quote_at_source(url, quote)>{ui.at_the_source}</a> }
                                });
                                view! { <li><Quotation text=quote.clone()/>" "<PassageLink passage=passage/>{source}</li> }
                            })
                            .collect_view();
                        Either::Right(view! {
                            <p class="al-evidence-pos">
                                <strong>{position_words(s.value, axis, locale)}</strong>
                                {format!(" ({}) · ", locale.value(s.value))}
                                <span class=format!("al-basis al-basis-{}", s.basis.key())>{locale.basis(s.basis)}</span>
                            </p>
                            <p lang=lang.clone() dir=dir>{s.summary.clone()}</p>
                            <ul class="al-quotes">{quotes}</ul>
                        })
                    }
                };
                view! {
                    <div class="al-evidence-axis">
                        <p class="al-evidence-q" lang=lang.clone() dir=dir>{axis.question.clone()}</p>
                        {body}
                    </div>
                }
            })
            .collect_view();
        let name = p.player.name.clone();
        let label = locale.fill(ui.evidence_for, &[("name", &name)]);
        Some(view! {
            <div class="al-evidence" role="group" aria-label=label>
                <p class="al-evidence-kind">{locale.player_kind(p.player.kind)}</p>
                <h3 class="al-evidence-name" lang=lang.clone() dir=dir>{name}</h3>
                {axes}
                <p class="al-evidence-link"><CopyLink target=LinkTarget::Player(p.player.id.clone()) name=ui.copy_link_player/></p>
            </div>
        })
    };
    view! { <div class="al-evidence-slot">{evidence}</div> }
}

/// What follows the chart or table: the players the article places on neither question, and
/// "Get the data" links that download the table as CSV and JSON from `data:` URLs (no request).
#[component]
pub fn MapFooter(
    /// Index of the map in the document.
    map: usize,
) -> impl IntoView {
    let (_, data) = lens_context();
    let locale = use_locale();
    let ui = &locale.ui;
    let m = MapData::resolve(&data.doc, map)?;
    let (lang, dir) = data.doc_text(locale);
    let unplaced: Vec<&str> = m.in_lane(Lane::Neither).map(|p| p.player.name.as_str()).collect();
    let unplaced = (!unplaced.is_empty()).then(|| {
        view! {
            <p class="al-unplaced">
                <strong>{ui.unplaced}</strong>
                <span lang=lang dir=dir>{unplaced.join(ui.list_separator)}</span>
            </p>
        }
    });
    let file = m.map.id.clone();
    Some(view! {
        <div class="al-map-footer">
            {unplaced}
            <p class="al-downloads">
                {ui.get_the_data}
                <a download=format!("{file}.csv") href=data_url("text/csv", &m.csv())>"CSV"</a>
                " · "
                <a download=format!("{file}.json") href=data_url("application/json", &m.json())>"JSON"</a>
                <span class="al-visually-hidden">{locale.fill(ui.data_for, &[("title", &m.map.title)])}</span>
            </p>
        </div>
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
use leptos::prelude::*;

    use super::{EvidencePanel, MapControls, MapFooter, StanceTable};
    use crate::map::stance_map::{Lane, MapData};
    use crate::test_support::{seed, text_of};
    use crate::view::static_page::render_part;

    #[test]
    fn the_table_holds_a_row_per_player_with_its_evidence() {
        let doc = seed();
        for index in 0..doc.maps.len() {
            let map = MapData::resolve(&doc, index).expect("map");
            let html = render_part(&doc, move |_| view! { <StanceTable map=index/> });
            let row = "<tr role=\"row\"><th scope=\"row\" role=\"rowheader\">";
            assert_eq!(html.matches(row).count(), map.players.len());
            let text = text_of(&html);
            for p in &map.players {
                assert!(text.contains(&p.player.name));
                for quote in p.x.iter().chain(p.y.iter()).flat_map(|s| &s.evidence) {
                    assert!(text.contains(quote.as_str()), "{quote}");
                }
            }
            assert!(text.starts_with(&map.map.title), "the caption comes first");
        }
    }

    #[test]
    fn evidence_quotes_the_article_and_links_each_quote_to_its_block() {
        let doc = seed();
        let mut quotes = 0;
        for m in 0..doc.maps.len() {
            let map = MapData::resolve(&doc, m).expect("map");
            for p in &map.players {
                let player = p.index;
                let html = render_part(&doc, move |state| {
                    state.map.set(m);
                    state.selected_player.set(Some(player));
                    view! { <EvidencePanel/> }
                });
                let text = text_of(&html);
                assert!(html.contains(&format!("class=\"al-evidence-name\">{}</h3>", text_of(&p.player.name))), "{}", p.player.name);
                for (axis, stance) in [(map.x, p.x), (map.y, p.y)] {
                    assert!(text.contains(&axis.question));
                    match stance {
                        None => assert!(text.contains("Not characterised by the article")),
                        Some(s) => {
                            assert!(text.contains(crate::locale::EN.basis(s.basis)));
                            for q in &s.evidence {
                                let b = doc.block_quoting(q).expect("every quote is in a block");
                                assert!(text.contains(&format!("{q} Go to the passage")), "{q}");
                                assert!(html.contains(&format!("href=\"#al0-{}\"", doc.article.blocks[b].id)));
                                quotes += 1;
                            }
                        }
                    }
                }
            }
        }
        assert!(quotes > 20, "{quotes}");
        let none = render_part(&doc, |state| {
            state.selected_player.set(Some(usize::MAX));
            view! { <EvidencePanel/> }
        });
        assert_eq!(text_of(&none), "");
    }

    #[test]
    fn the_downloads_hold_the_table_and_unplaced_players_are_listed() {
        let doc = seed();
        let decode = |url: &str| {
            let data = url.split_once(',').expect("a data URL").1.as_bytes();
            let mut bytes = Vec::new();
            let mut i = 0;
            while i < data.len() {
                if data[i] == b'%' {
                    bytes.push(u8::from_str_radix(std::str::from_utf8(&data[i + 1..i + 3]).expect("hex"), 16).expect("hex"));
                    i += 3;
                } else {
                    bytes.push(data[i]);
                    i += 1;
                }
            }
            String::from_utf8(bytes).expect("UTF-8")
        };
        for m in 0..doc.maps.len() {
            let map = MapData::resolve(&doc, m).expect("map");
            let html = render_part(&doc, move |_| view! { <MapFooter map=m/> });
            let hrefs: Vec<&str> = html.split("href=\"").skip(1).map(|h| &h[..h.find('"').expect("closed")]).collect();
            assert_eq!(hrefs.len(), 2);
            assert!(hrefs[0].starts_with("data:text/csv;charset=utf-8,") && hrefs[1].starts_with("data:application/json;charset=utf-8,"));
            assert_eq!(decode(hrefs[0]), map.csv());
            assert_eq!(decode(hrefs[1]), map.json());
            for p in map.in_lane(Lane::Neither) {
                assert!(text_of(&html).contains(&p.player.name));
            }
            assert_eq!(html.contains("al-unplaced"), map.in_lane(Lane::Neither).count() > 0);
        }
    }

    #[test]
    fn controls_press_the_shown_map_and_view_and_list_every_grouping() {
        let doc = seed();
        let html = render_part(&doc, |state| {
            state.map.set(1);
            view! { <MapControls table=RwSignal::new(1) grouping=RwSignal::new(None)/> }
        });
        assert_eq!(html.matches("class=\"al-seg\"").count(), doc.maps.len() + 2);
        assert!(html.contains(&format!("aria-pressed=\"true\" class=\"al-seg\"><span>{}</span></button>", doc.maps[1].title)), "{html}");
        assert_eq!(html.matches("aria-pressed=\"true\"").count(), 2, "{html}");
        assert!(html.contains("aria-pressed=\"true\" class=\"al-seg\">Table<") && html.contains("aria-pressed=\"false\" class=\"al-seg\">Chart<"), "{html}");
        assert!(html.contains("<select id=\"al0-grouping\"><option value=\"\">None</option>"), "{html}");
        for (i, g) in doc.groupings.iter().enumerate() {
            assert!(html.contains(&format!("<option value=\"{i}\">{}</option>", g.name)), "{}", g.name);
        }
    }
}
