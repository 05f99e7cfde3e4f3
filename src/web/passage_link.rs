//! "Go to the passage": what the link after every quote the widget shows does (a glossary card's
//! "in this article", a player's evidence): scroll to the article block holding the quote,
//! highlight it and move focus there. The links are markup (`data-act="passage"`,
//! `data-block`); their views' click handlers call [`show_passage`].

use leptos::prelude::*;

use super::dom::{find_from_event, go_to};
use super::lens_state::LensState;

/// Takes the reader to body block `block` (DOM id `id`, in the widget where `ev` happened):
/// closes any card, marks the block as the cited passage, scrolls to it and focuses it.
pub fn show_passage(ev: &web_sys::Event, state: LensState, block: usize, id: &str) {
    if let Some(target) = find_from_event(ev, id) {
        state.close();
        state.cited.set(Some(block));
        go_to(&target, false);
    }
}
