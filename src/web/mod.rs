//! The browser side: Leptos views over the domain model, and the glue that mounts them
//! (`embed`). Nothing here decides what a document means; it only shows it.

pub mod article_lens;
mod article_body;
mod article_view;
mod card;
mod dom;
mod endnotes;
mod error_notice;
mod glossary_index;
mod lens_state;
mod map_chart;
mod mark_switch;
mod passage_link;
mod read;
mod stance_maps;

pub mod embed;

use std::sync::atomic::{AtomicUsize, Ordering};

/// A number unique to each widget on the page, so that DOM ids never collide between them.
fn next_instance() -> usize {
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

