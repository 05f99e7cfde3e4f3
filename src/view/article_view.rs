//! The article as a reader sees it: semantic HTML, text exactly as in the document, glossary
//! mentions marked in the body, the reader's controls, and below the article its stance maps,
//! glossary index and print endnotes.

use std::sync::Arc;

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::article_body::ArticleBody;
use super::article_head::{ArticleHeader, LeadFigure};
use super::deep_link::follow_page_link;
use super::dom::stored;
use super::endnotes::Endnotes;
use super::glossary_index::GlossaryIndex;
use super::lens_state::{LensData, LensState};
use super::mark_switch::{MarkSwitch, STORAGE_KEY};
use super::settings::{Emitter, Settings};
use super::stance_maps::StanceMaps;
use crate::locale::Direction;
use crate::model::content::Document;
use crate::text::glossary::{MarkMode, Mentions};

/// The whole article: header, lead figure, body, and the glossary around it.
#[component]
pub fn ArticleView(
    /// The checked document.
    doc: Arc<Document>,
    /// Its glossary mentions, found when it was checked.
    mentions: Mentions,
    /// Prefix for DOM ids, unique to this widget on the page.
    id_prefix: String,
    /// The host's choices.
    settings: Settings,
    /// Rendered by `lens render`, or hydrating what it rendered: start from what the server
    /// renders (the default marking mode), and apply the reader's stored choice and the host's
    /// once the widget is live, so that hydration finds the markup it expects.
    from_server: bool,
) -> impl IntoView {
    let data = Arc::new(LensData::new(doc.clone(), mentions, id_prefix));
    // The reader's own choice wins over the host's default.
    let chosen = move || stored(STORAGE_KEY).and_then(|k| MarkMode::from_key(&k)).or(settings.marks).unwrap_or_default();
    let state = LensState::new(if from_server { MarkMode::default() } else { chosen() });
    let ui = &settings.locale.ui;
    provide_context(data.clone());
    provide_context(state);

    // Tell the host what the reader opens and selects (once per change of either).
    if let Some(emitter) = use_context::<Emitter>() {
        let d = data.clone();
        Effect::new(move |previous: Option<(Option<usize>, Option<usize>)>| {
            let now = (state.open.get().map(|o| o.entry), state.selected_player.get());
            let (entry, player) = previous.unwrap_or_default();
            if let Some(entry) = now.0.filter(|&e| Some(e) != entry).and_then(|i| d.doc.glossary.get(i)) {
                emitter.emit("lens-termopen", &[("id", JsValue::from_str(&entry.id)), ("term", JsValue::from_str(&entry.term))]);
            }
            if let Some(player) = now.1.filter(|&p| Some(p) != player).and_then(|i| d.doc.players.get(i)) {
                emitter.emit("lens-playerselect", &[("id", JsValue::from_str(&player.id)), ("name", JsValue::from_str(&player.name))]);
            }
            now
        });
    }

    // A tap or click outside the open card and its term closes the card.
    let open_mention_id = {
        let data = data.clone();
        move || state.open.get_untracked().map(|o| data.mention_id(o.mention))
    };
    let outside = window_event_listener(ev::pointerdown, move |ev| {
        let Some(open_id) = open_mention_id() else { return };
        let inside = ev.composed_path().iter().any(|node| node.dyn_ref::<web_sys::Element>().is_some_and(|el| el.id() == open_id));
        if !inside {
            state.close();
        }
    });
    // Where the pointer really moved, to tell a reader's hover from text scrolling beneath it.
    let moves = window_event_listener(ev::pointermove, move |ev| {
        state.pointer_moved((ev.client_x() as f64, ev.client_y() as f64));
    });
    on_cleanup(move || {
        outside.remove();
        moves.remove();
    });

    let has_glossary = !doc.glossary.is_empty();
    let has_maps = !doc.maps.is_empty();
    // The article and its cards first; the maps, the index and the endnotes, below it, once the
    // article has been painted (a frame, then a task), so the reader can start sooner. One task
    // for the three: built one task each, every insertion cost a layout of its own, and
    // Lighthouse's blocking time rose from 340-430 to 610-790 ms (3 runs each, mobile preset).
    // They are never server-rendered, so they are mounted (`mount_to`) into an element of their
    // own rather than being part of the hydrated tree: their hydration code would never run,
    // and left out it is bytes the reader does not download. They live under this component's
    // owner (its context, its cleanup). Effects run only in the browser, once the view is on
    // the page (mounted or hydrated).
    let below_ref = NodeRef::<html::Div>::new();
    let article_ref = NodeRef::<html::Article>::new();
    let owner = Owner::current();
    let link_data = data.clone();
    Effect::new(move |ran: Option<()>| {
        // The reader's stored marking mode (and the host's) where the server rendered the default.
        let mode = chosen();
        if mode != state.mode_untracked() {
            state.set_mode(mode);
        }
        // The parts below are mounted once.
        if ran.is_some() {
            return;
        }
        // Effects run only in the browser, once the view is on the page: the terms become
        // buttons and the switch is enabled.
        state.live.set(true);
        let owner = owner.clone();
        let link_data = link_data.clone();
        super::dom::after_paint(move || {
            // `try_`: the widget may have been destroyed since (then this does nothing).
            if let Some(article) = article_ref.try_get_untracked().flatten() {
                state.content_width.set(usize::try_from(article.client_width()).unwrap_or(0));
            }
            let (Some(owner), Some(below)) = (owner, below_ref.try_get_untracked().flatten()) else { return };
            owner.with(|| {
                let parts = leptos::mount::mount_to(below.unchecked_into(), move || {
                    view! {
                        {has_maps.then(|| view! { <StanceMaps/> })}
                        {has_glossary.then(|| view! { <GlossaryIndex/> })}
                        {has_glossary.then(|| view! { <Endnotes/> })}
                    }
                });
                // Unmounted with the widget.
                let parts = send_wrapper::SendWrapper::new(parts);
                on_cleanup(move || drop(parts));
                // A link to a card or a player (`#lens-term=ID`, `#lens-player=ID`): now,
                // with the maps built, and whenever the page's fragment changes.
                let root = article_ref.get_untracked().and_then(|a| super::dom::widget_root(&a));
                if let Some(root) = root {
                    follow_page_link(&root, state, &link_data);
                    let listener = window_event_listener(ev::hashchange, move |_| follow_page_link(&root, state, &link_data));
                    on_cleanup(move || listener.remove());
                }
            });
        });
    });

    view! {
        <div
            class="al-lens"
            on:keydown=move |ev: ev::KeyboardEvent| {
                if ev.key() == "Escape" {
                    state.escape();
                }
            }
        >
            // For keyboard readers, the first tab stops: past the article's many terms in one step,
            // to the maps' heading or the index's summary (shown when focused). The embed script
            // follows `#fragment` links inside the shadow root, where the browser does not. Not a
            // landmark: several widgets on one page would repeat it.
            <div class="al-skip">
                {has_maps.then(|| view! { <a href=format!("#{}", data.maps_title_id())>{ui.skip_to_map}</a> })}
                {has_glossary.then(|| view! { <a href=format!("#{}", data.index_title_id())>{ui.skip_to_glossary}</a> })}
            </div>
            {has_glossary.then(|| view! {
                <div class="al-toolbar">
                    <MarkSwitch/>
                </div>
            })}
            <article class="al-article" lang=doc.language.clone() dir=Direction::of_language(&doc.language).key() node_ref=article_ref>
                <div class="al-head">
                    <ArticleHeader/>
                    <LeadFigure/>
                </div>
                <ArticleBody/>
            </article>
            <div class="al-below" node_ref=below_ref></div>
            <span class="al-visually-hidden" id=data.term_hint_id()>
                {ui.term_hint}
            </span>
            // The polite live region: what just changed, for screen readers.
            <div class="al-visually-hidden al-announce" aria-live="polite">{move || state.announcement.get()}</div>
        </div>
    }
}
