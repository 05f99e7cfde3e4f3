//! The glossary index: every entry by kind, alphabetically, with its mention count and links
//! that jump to (and highlight) each mention; a filter box narrows the list. The entries are
//! the markup of [`crate::markup::index`]; one handler takes their links.

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::dom::{closest_from_event, index_attr};
use super::passage_link::show_mention;
use super::lens_state::{LensData, lens_context};
use crate::text::glossary::filter_matches;
use crate::markup::index::index_markup;
use crate::markup::static_page::escape;

/// Hides the entries under `details` that `filter` does not select, and says in the status
/// line how many it selects (each entry matched once).
fn apply_filter(details: &web_sys::Element, data: &LensData, filter: &str) {
    let selected: Vec<bool> = data.doc.glossary.iter().map(|e| filter_matches(e, filter)).collect();
    if let Ok(entries) = details.query_selector_all(".al-index-entry") {
        for n in 0..entries.length() {
            let Some(li) = entries.item(n).and_then(|node| node.dyn_into::<web_sys::Element>().ok()) else { continue };
            let shown = index_attr(&li, "data-entry").and_then(|i| selected.get(i).copied()).unwrap_or(false);
            let _ = li.class_list().toggle_with_force("is-hidden", !shown);
        }
    }
    if let Ok(Some(status)) = details.query_selector(".al-index-count") {
        let count = selected.iter().filter(|&&s| s).count();
        status.set_text_content(Some(&format!("{count} of {} terms", selected.len())));
    }
}

/// The index, folded by default so that it never stands between the reader and the article.
/// Its panel is markup; the entries are added when it is first opened, and one handler per
/// event takes the filter and the mention links.
#[component]
pub fn GlossaryIndex() -> impl IntoView {
    let (state, data) = lens_context();
    let total = data.doc.glossary.len();
    let filter_id = escape(&format!("{}-filter", data.id_prefix));
    let title_id = escape(&data.index_title_id());
    let panel = format!(
        "<summary id=\"{title_id}\">Glossary: {total} terms</summary><div class=\"al-index-body\"><label class=\"al-filter\" for=\"{filter_id}\">Filter terms</label>\
         <input id=\"{filter_id}\" class=\"al-filter-input\" type=\"search\" autocomplete=\"off\"><p class=\"al-index-count\" role=\"status\">{total} of {total} terms</p></div>"
    );

    // The entries are built when the reader first opens the index (about 500 elements that no
    // one sees while it is folded), not while the article loads; once there, they stay.
    let details = NodeRef::<html::Details>::new();
    let build = {
        let data = data.clone();
        move || {
            let body = details.get_untracked().and_then(|d| d.query_selector(".al-index-body").ok().flatten());
            if let Some(body) = body.filter(|b| matches!(b.query_selector(".al-index-group"), Ok(None))) {
                let _ = body.insert_adjacent_html("beforeend", &index_markup(&data.doc, &data.mentions, &data.alphabetical, data.ids()));
            }
        }
    };
    let build_on_open = build.clone();

    view! {
        <details
            class="al-index"
            node_ref=details
            inner_html=panel
            on:toggle=move |_| build_on_open()
            on:input=move |ev| {
                build();
                let filter = event_target_value(&ev);
                if let Some(d) = details.get_untracked() {
                    apply_filter(&d, &data, &filter);
                }
            }
            on:click=move |ev: ev::MouseEvent| {
                let Some(link) = closest_from_event(&ev, "[data-act=\"mention\"]") else { return };
                ev.prevent_default();
                if let (Some(entry), Some(href)) = (index_attr(&link, "data-entry"), link.get_attribute("href")) {
                    show_mention(&ev, state, entry, href.trim_start_matches('#'));
                }
            }
        ></details>
    }
}
