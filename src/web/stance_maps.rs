//! The stance maps section: a switch between maps, between the chart and a table of the same
//! data, a grouping outline control, the selected player's evidence, and the data as CSV or
//! JSON.

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::dom::{closest_from_event, index_attr};
use super::passage_link::show_passage;
use super::lens_state::lens_context;
use super::map_chart::MapChart;
use crate::model::content::Basis;
use crate::map::stance_map::MapData;
use crate::markup::map_panels::controls_markup;


/// Every stance map of the document, with its controls.
#[component]
pub fn StanceMaps() -> impl IntoView {
    let (state, data) = lens_context();
    let settings = use_context::<super::embed::Settings>().unwrap_or_default();
    // Shown as a table (1) or as a chart (0): a number, because the widget has signals of
    // numbers anyway and each type of signal is code of its own (~0.8 KB gzip of wasm).
    let table = RwSignal::new(usize::from(settings.table_view));
    let grouping = RwSignal::new(None::<usize>);
    let heading_id = data.maps_title_id();
    let labelled_by = heading_id.clone();
    let section_id = data.maps_id();

    // The controls are markup; one handler per event takes them, and an effect keeps their
    // pressed state (the buttons stay in place, and keep focus, when they change).
    let controls = NodeRef::<html::Div>::new();
    let grouping_id = format!("{}-grouping", data.id_prefix);
    let controls_html = controls_markup(&data.doc, state.map.get_untracked(), table.get_untracked() == 1, &grouping_id);
    Effect::new(move |_| {
        let (map, as_table) = (state.map.get(), table.get() == 1);
        let Some(el) = controls.get() else { return };
        let Ok(buttons) = el.query_selector_all(".al-seg") else { return };
        for i in 0..buttons.length() {
            let Some(b) = buttons.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
            let on = index_attr(&b, "data-map").map_or_else(|| b.get_attribute("data-table") == Some(as_table.to_string()), |m| m == map);
            let _ = b.set_attribute("aria-pressed", if on { "true" } else { "false" });
        }
    });
    let grouping_note = {
        let data = data.clone();
        move || {
            let Some(g) = grouping.get().and_then(|g| data.doc.groupings.get(g)) else {
                return String::new();
            };
            let basis = match g.basis {
                Basis::Background => "Membership: background knowledge.".to_owned(),
                other => format!("Membership {}.", other.label()),
            };
            format!("{} {basis}", g.note.clone().unwrap_or_default())
        }
    };

    let body = {
        let data = data.clone();
        move || {
            let index = state.map.get();
            let Some(map) = MapData::resolve(&data.doc, index) else {
                return ().into_any();
            };
            let footer = map.footer_markup();
            let (caption, below) = map.axes_markup();
            let top = map.top_pole();
            // Under the chart: the poles, the key to numbered labels, the legend, then the map in
            // words (the table needs none: it is the data in words).
            let poles = format!("<div aria-hidden=\"true\">{below}</div>");
            let legend = format!("<div class=\"al-map-key\">{MAP_KEY}{}</div>{}", map.lanes_note(), map.summary_markup());
            // The selected player's evidence right under the chart (or table), where the reader
            // looks after selecting; the downloads after it.
            view! {
                {move || if table.get() == 0 {
                    view! {
                        <figure class="al-map-figure">
                            <figcaption class="al-map-axes" inner_html=caption.clone()></figcaption>
                            <p class="al-pole al-pole-top" aria-hidden="true">{top.clone()}</p>
                            <MapChart map=index grouping=grouping poles=poles.clone() legend=legend.clone()/>
                        </figure>
                    }
                    .into_any()
                } else {
                    view! { <StanceTable map=index/> }.into_any()
                }}
                <EvidencePanel/>
                <div class="al-map-footer" inner_html=footer></div>
            }
            .into_any()
        }
    };

    view! {
        <div class="al-maps" id=section_id role="group" aria-labelledby=labelled_by>
            <h2 class="al-maps-title" id=heading_id tabindex="-1">"Who stands where"</h2>
            <p class="al-maps-intro">
                "Each player is placed by what the article says. Select one to see the article’s words behind its place."
            </p>
            <div
                class="al-controls"
                node_ref=controls
                inner_html=controls_html
                on:click=move |ev: ev::MouseEvent| {
                    let Some(button) = closest_from_event(&ev, ".al-seg") else { return };
                    if let Some(map) = index_attr(&button, "data-map") {
                        state.map.set(map);
                        state.selected_player.set(None);
                        state.highlighted.set(Vec::new());
                    } else if let Some(as_table) = button.get_attribute("data-table") {
                        table.set(usize::from(as_table == "true"));
                    }
                }
                on:change=move |ev| grouping.set(event_target_value(&ev).parse::<usize>().ok())
            ></div>
            <p class="al-grouping-note" role="status">{grouping_note}</p>
            {body}
        </div>
    }
}

/// Under the chart: its shapes and fills explained (then what its dashed strips mean, from
/// [`MapData::lanes_note`]).
const MAP_KEY: &str = concat!(
    r#"<ul class="al-legend" aria-label="Legend">"#,
    r#"<li><svg viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="6" class="al-shape-state"/></svg>State</li>"#,
    r#"<li><svg viewBox="0 0 16 16" aria-hidden="true"><rect x="2" y="2" width="12" height="12" class="al-shape-bloc"/></svg>Bloc or organisation</li>"#,
    r#"<li><svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 1.5 14.5 14h-13z" class="al-shape-person"/></svg>Person</li>"#,
    r#"<li><svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 1 15 8 8 15 1 8z" class="al-shape-faction"/></svg>Faction</li>"#,
    r#"<li><svg viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="6" class="al-basis-stated"/></svg>Solid: stated by the article</li>"#,
    r#"<li><svg viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="6" class="al-basis-implied"/></svg>Ringed: implied</li>"#,
    r#"<li><svg viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="6" class="al-basis-background"/></svg>Dashed: background knowledge</li>"#,
    "</ul>",
);

/// The selected player's placement and the article's words behind it (markup from
/// [`MapData::evidence_markup`]); its "Go to the passage" links are handled here.
#[component]
fn EvidencePanel() -> impl IntoView {
    let (state, data) = lens_context();
    let markup = {
        let data = data.clone();
        move || {
            let (Some(player), Some(map)) = (state.selected_player.get(), MapData::resolve(&data.doc, state.map.get())) else {
                return String::new();
            };
            let passage = |quote: &str| data.doc.block_quoting(quote).map(|b| (b, data.block_id(b)));
            map.evidence_markup(player, &passage).unwrap_or_default()
        }
    };
    view! {
        <div
            class="al-evidence-slot"
            inner_html=markup
            on:click=move |ev: ev::MouseEvent| {
                let Some(link) = closest_from_event(&ev, "[data-act=\"passage\"]") else { return };
                ev.prevent_default();
                if let Some(block) = index_attr(&link, "data-block") {
                    show_passage(&ev, state, block, &data.block_id(block));
                }
            }
        ></div>
    }
}

/// The same data as the chart, as a table (markup from [`MapData::table_markup`]).
#[component]
fn StanceTable(map: usize) -> impl IntoView {
    let (_, data) = lens_context();
    let Some(m) = MapData::resolve(&data.doc, map) else {
        return ().into_any();
    };
    view! {
        <div class="al-table-wrap" tabindex="0" role="group" aria-label=format!("Table: {}", m.map.title)>
            <table class="al-table" role="table" inner_html=m.table_markup()></table>
        </div>
    }
    .into_any()
}
