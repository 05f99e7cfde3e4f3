//! Links into the article, as markup in the widget's cards and panels, whose click handlers call
//! these: "Go to the passage" after every quote the widget shows (a glossary card's "in this
//! article", a player's evidence: `data-act="passage"`, `data-block`) scrolls to the article
//! block holding the quote, highlights it and moves focus there ([`show_passage`]); a link to a
//! glossary mention (a card's related entries, the index) does the same for the mention and
//! highlights its entry's mentions ([`show_mention`]).

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

/// Takes the reader to the mention with DOM id `id` (in the widget where `ev` happened): closes
/// any card, highlights every mention of glossary entry `entry`, scrolls to this one and
/// focuses its term.
pub fn show_mention(ev: &web_sys::Event, state: LensState, entry: usize, id: &str) {
    if let Some(target) = find_from_event(ev, id) {
        state.close();
        state.highlighted.set(vec![entry]);
        go_to(&target, true);
    }
}
