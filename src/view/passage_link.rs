//! Links into the article from what the widget shows beside it: "Go to the passage" after every
//! quote (a glossary card's "in this article", a player's evidence) scrolls to the article block
//! holding the quote, highlights it and moves focus there ([`show_passage`]); a link to a
//! glossary mention (a card's related entries, the index) does the same for the mention and
//! highlights its entry's mentions ([`show_mention`]). And [`Quotation`], how the widget quotes.

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

/// A quotation of the article as `<q>`. One that itself holds double quotation marks gets
/// single ones around it (`al-q-single`), so that “the Quad as an “Asian NATO,”” reads
/// ‘the Quad as an “Asian NATO,”’: the article's words stay as they are, in the article's
/// language among the widget's words.
#[component]
pub fn Quotation(
    /// The article's words.
    text: String,
) -> impl IntoView {
    let single = text.contains(['“', '”', '"']);
    let (lang, dir) = use_context::<std::sync::Arc<super::lens_state::LensData>>()
        .map(|data| data.doc_text(super::settings::use_locale()))
        .unwrap_or_default();
    view! { <q class:al-q-single=single lang=lang dir=dir>{text}</q> }
}

/// A "Go to the passage" link to body block `block` (its DOM id `id`), or none.
#[component]
pub fn PassageLink(
    /// The block holding the quote, and its DOM id, if one does.
    passage: Option<(usize, String)>,
) -> impl IntoView {
    let state = use_context::<LensState>();
    let ui = &super::settings::use_locale().ui;
    let (block, id) = passage.unzip();
    let href = format!("#{}", id.clone().unwrap_or_default());
    view! {
        <a
            class="al-link"
            href=href
            on:click=move |ev| {
                ev.prevent_default();
                if let (Some(state), Some(block), Some(id)) = (state, block, &id) {
                    show_passage(&ev, state, block, id);
                }
            }
        >
            {ui.go_to_passage}
        </a>
    }
}
