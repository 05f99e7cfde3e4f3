//! The stance maps section: a switch between maps, between the chart and a table of the same
//! data, a grouping outline control, the selected player's evidence, and the data as CSV or
//! JSON.

use leptos::either::Either;
use leptos::prelude::*;

use super::lens_state::lens_context;
use super::map_chart::MapChart;
use super::map_panels::{AxesCaption, EvidencePanel, MapControls, MapFooter, MapKey, StanceTable};
use super::settings::Settings;

/// Every stance map of the document, with its controls.
#[component]
pub fn StanceMaps() -> impl IntoView {
    let (state, data) = lens_context();
    let settings = use_context::<Settings>().unwrap_or_default();
    let locale = settings.locale;
    // Shown as a table (1) or as a chart (0): a number, because the widget has signals of
    // numbers anyway and each type of signal is code of its own (~0.8 KB gzip of wasm).
    let table = RwSignal::new(usize::from(settings.table_view));
    let grouping = RwSignal::new(None::<usize>);
    let heading_id = data.maps_title_id();
    let labelled_by = heading_id.clone();
    let grouping_note = {
        let data = data.clone();
        move || {
            let g = grouping.get().and_then(|g| data.doc.groupings.get(g))?;
            let basis = locale.fill(locale.ui.membership, &[("basis", locale.basis(g.basis))]);
            Some(match &g.note {
                Some(note) => format!("{note} {basis}"),
                None => basis,
            })
        }
    };
    // The selected player's evidence right under the chart (or table), where the reader looks
    // after selecting; the downloads after it. Under the chart: the poles, the key to numbered
    // labels, the legend, then the map in words (the table needs none: it is the data in words).
    let body = move || {
        let map = state.map.get();
        let shown = if table.get() == 0 {
            Either::Left(view! {
                <figure class="al-map-figure">
                    <AxesCaption map=map/>
                    <MapChart map=map grouping=grouping>
                        <MapKey map=map/>
                    </MapChart>
                </figure>
            })
        } else {
            Either::Right(view! { <StanceTable map=map/> })
        };
        view! {
            {shown}
            <EvidencePanel/>
            <MapFooter map=map/>
        }
    };

    view! {
        <div class="al-maps" id=data.maps_id() role="group" aria-labelledby=labelled_by>
            <h2 class="al-maps-title" id=heading_id tabindex="-1">{locale.ui.maps_title}</h2>
            <p class="al-maps-intro">
                {locale.ui.maps_intro}
            </p>
            <MapControls table=table grouping=grouping/>
            <p class="al-grouping-note" role="status">{grouping_note}</p>
            {body}
        </div>
    }
}
