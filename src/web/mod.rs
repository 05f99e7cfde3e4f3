//! The browser side: Leptos views over the domain model, and the glue that finds, fetches and
//! mounts. Nothing here decides what a document means; it only shows it.

mod article_lens;
mod article_view;
mod card;
mod dom;
mod endnotes;
mod error_notice;
mod fetch;
mod glossary_index;
mod lens_state;
mod map_chart;
mod mark_switch;
mod mention;
mod stance_maps;

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub use article_lens::ArticleLens;

/// Mounts a widget into every element marked `data-article-lens`, loading the document named by
/// its `data-src` attribute. Elements are mounted into, never replaced, so a host's layout and
/// attributes stay as they were.
pub fn mount_marked_elements() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(found) = document.query_selector_all("[data-article-lens]") else {
        return;
    };
    for i in 0..found.length() {
        if let Some(element) = found.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
            let src = element.get_attribute("data-src").unwrap_or_default();
            mount(element, src);
        }
    }
}

/// Mounts one widget into `element`, replacing what it holds (a loading note or a static copy).
pub fn mount(element: web_sys::HtmlElement, src: String) {
    element.set_text_content(None);
    let instance = next_instance();
    let handle = leptos::mount::mount_to(element, move || view! { <ArticleLens src=src instance=instance/> });
    // The standalone page keeps its widgets for the page's lifetime.
    handle.forget();
}

/// A number unique to each widget on the page, so that DOM ids never collide between them.
fn next_instance() -> usize {
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}
