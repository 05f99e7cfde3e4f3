//! The glossary index: every entry by kind, alphabetically, with its mention count and links
//! that jump to (and highlight) each mention; a filter box narrows the list. The entries are
//! the markup of [`crate::index_html`]; one handler takes their links.

use std::sync::Arc;

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::dom::{closest_from_event, find_from_event, go_to, index_attr};
use super::lens_state::{LensData, LensState};
use crate::glossary::filter_matches;
use crate::index_html::index_markup;

/// Hides the entries under `body` that `filter` does not select.
fn apply_filter(body: &web_sys::Element, data: &LensData, filter: &str) {
    let Ok(entries) = body.query_selector_all(".al-index-entry") else { return };
    for n in 0..entries.length() {
        let Some(li) = entries.item(n).and_then(|node| node.dyn_into::<web_sys::Element>().ok()) else { continue };
        let shown = index_attr(&li, "data-entry").and_then(|i| data.doc.glossary.get(i)).is_some_and(|e| filter_matches(e, filter));
        let _ = li.class_list().toggle_with_force("is-hidden", !shown);
    }
}

/// The index, folded by default so that it never stands between the reader and the article.
#[component]
pub fn GlossaryIndex() -> impl IntoView {
    let state = expect_context::<LensState>();
    let data = expect_context::<Arc<LensData>>();
    let filter = RwSignal::new(String::new());
    let filter_id = format!("{}-filter", data.id_prefix);
    let total = data.doc.glossary.len();

    // The entries are built when the reader first opens the index (about 500 elements that no
    // one sees while it is folded), not while the article loads.
    let built = StoredValue::new(false);
    let body = NodeRef::<html::Div>::new();
    Effect::new({
        let data = data.clone();
        move |_| {
            let filter = filter.get();
            if let (true, Some(el)) = (built.get_value(), body.get_untracked()) {
                apply_filter(&el, &data, &filter);
            }
        }
    });

    let shown = {
        let data = data.clone();
        move || data.doc.glossary.iter().filter(|e| filter_matches(e, &filter.get())).count()
    };

    view! {
        <details
            class="al-index"
            on:toggle={
                let data = data.clone();
                move |_| {
                    if let (false, Some(el)) = (built.get_value(), body.get_untracked()) {
                        let _ = el.insert_adjacent_html("beforeend", &index_markup(&data.doc, &data.mentions, &data.alphabetical, data.ids()));
                        built.set_value(true);
                        apply_filter(&el, &data, &filter.get_untracked());
                    }
                }
            }
            on:click=move |ev: ev::MouseEvent| {
                let Some(link) = closest_from_event(&ev, "[data-act=\"mention\"]") else { return };
                ev.prevent_default();
                let (Some(entry), Some(href)) = (index_attr(&link, "data-entry"), link.get_attribute("href")) else { return };
                if let Some(target) = find_from_event(&ev, href.trim_start_matches('#')) {
                    state.close();
                    state.highlighted.set(vec![entry]);
                    go_to(&target, true);
                }
            }
        >
            <summary>{format!("Glossary: {total} terms")}</summary>
            <div class="al-index-body" node_ref=body>
                <label class="al-filter" for=filter_id.clone()>"Filter terms"</label>
                <input
                    id=filter_id
                    class="al-filter-input"
                    type="search"
                    autocomplete="off"
                    on:input=move |ev| filter.set(event_target_value(&ev))
                />
                <p class="al-index-count" role="status">{move || format!("{} of {total} terms", shown())}</p>
            </div>
        </details>
    }
}
