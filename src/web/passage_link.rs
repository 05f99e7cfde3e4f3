//! "Go to the passage": the link after every quote the widget shows (a glossary card's "in this
//! article", a player's evidence), which scrolls to the article block holding the quote,
//! highlights it and moves focus there.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;

use super::dom::{find_from_event, go_to};
use super::lens_state::{LensData, LensState};

/// A link to the body block that contains `quote` verbatim (nothing happens if none does; the
/// validator makes sure one does).
#[component]
pub fn PassageLink(
    /// Words of the article.
    quote: String,
) -> impl IntoView {
    let state = expect_context::<LensState>();
    let data = expect_context::<Arc<LensData>>();
    let block = data.doc.block_quoting(&quote);
    let id = block.map(|b| data.block_id(b)).unwrap_or_default();
    let href = format!("#{id}");
    let on_click = move |ev: ev::MouseEvent| {
        ev.prevent_default();
        if let Some(block) = block {
            show_passage(&ev, state, block, &id);
        }
    };
    view! { <a class="al-link" href=href on:click=on_click>"Go to the passage"</a> }
}

/// Takes the reader to body block `block` (DOM id `id`, in the widget where `ev` happened):
/// closes any card, marks the block as the cited passage, scrolls to it and focuses it.
pub fn show_passage(ev: &web_sys::Event, state: LensState, block: usize, id: &str) {
    if let Some(target) = find_from_event(ev, id) {
        state.close();
        state.cited.set(Some(block));
        go_to(&target, false);
    }
}
