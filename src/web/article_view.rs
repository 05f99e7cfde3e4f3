//! The article as a reader sees it: semantic HTML, text exactly as in the document, glossary
//! mentions marked in the body, the reader's controls, the glossary index and print endnotes.

use std::sync::Arc;
use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::dom::stored;
use super::embed::{Emitter, Settings};
use super::endnotes::Endnotes;
use super::glossary_index::GlossaryIndex;
use super::lens_state::{LensData, LensState, MentionId};
use super::mark_switch::{MarkSwitch, STORAGE_KEY};
use super::mention::Mention;
use super::stance_maps::StanceMaps;
use crate::content::{Block, BlockKind, Document, Figure};
use crate::glossary::MarkMode;
use crate::matcher::{pieces, Piece};

/// The whole article: header, lead figure, body, and the glossary around it.
#[component]
pub fn ArticleView(
    /// The checked document.
    doc: Arc<Document>,
    /// Prefix for DOM ids, unique to this widget on the page.
    id_prefix: String,
    /// The host's choices.
    settings: Settings,
) -> impl IntoView {
    let data = Arc::new(LensData::new(doc.clone(), id_prefix));
    // The reader's own choice wins over the host's default.
    let mode = stored(STORAGE_KEY)
        .and_then(|k| MarkMode::from_key(&k))
        .or(settings.marks)
        .unwrap_or_default();
    let state = LensState::new(mode);
    provide_context(data.clone());
    provide_context(state);
    provide_context(settings);

    // Tell the host what the reader opens and selects.
    if let Some(emitter) = use_context::<Emitter>() {
        let (d, e) = (data.clone(), emitter.clone());
        Effect::new(move |previous: Option<Option<usize>>| {
            let entry = state.open.get().map(|o| o.entry);
            if entry != previous.flatten() {
                if let Some(entry) = entry.and_then(|i| d.doc.glossary.get(i)) {
                    e.emit("lens-termopen", &[("id", JsValue::from_str(&entry.id)), ("term", JsValue::from_str(&entry.term))]);
                }
            }
            entry
        });
        let d = data.clone();
        Effect::new(move |_| {
            if let Some(player) = state.selected_player.get().and_then(|i| d.doc.players.get(i)) {
                emitter.emit("lens-playerselect", &[("id", JsValue::from_str(&player.id)), ("name", JsValue::from_str(&player.name))]);
            }
        });
    }

    // A tap or click outside the open card and its term closes the card.
    let open_mention_id = {
        let data = data.clone();
        move || state.open.get_untracked().map(|o| data.mention_id(o.mention))
    };
    let outside = window_event_listener(ev::pointerdown, move |ev| {
        let Some(open_id) = open_mention_id() else { return };
        let inside = ev.composed_path().iter().any(|node| {
            node.dyn_ref::<web_sys::Element>().is_some_and(|el| el.id() == open_id)
        });
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

    let article = &doc.article;
    let kicker = article.kicker.clone().map(|k| view! { <p class="al-kicker">{k}</p> });
    let topics = (!article.topics.is_empty()).then(|| {
        let items = article.topics.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view();
        view! { <ul class="al-topics" aria-label="Topics">{items}</ul> }
    });
    let dek = article.dek.clone().map(|d| view! { <p class="al-dek">{d}</p> });
    let byline = article.byline.clone().map(|b| view! { <p class="al-byline">{b}</p> });
    let figure = article.figure.clone().map(|figure| view! { <LeadFigure figure=figure/> });
    let blocks = article
        .blocks
        .iter()
        .enumerate()
        .map(|(i, block)| view! { <BodyBlock block=block.clone() index=i/> })
        .collect_view();
    let has_glossary = !doc.glossary.is_empty();
    let has_maps = !doc.maps.is_empty();
    // The article and its cards first; the maps, the index and the endnotes, below it, once the
    // article has been painted (a frame, then a task), so the reader can start sooner.
    let below = RwSignal::new(false);
    Effect::new(move |_| request_animation_frame(move || set_timeout(move || below.set(true), Duration::ZERO)));

    view! {
        <div
            class="al-lens"
            on:keydown=move |ev: ev::KeyboardEvent| {
                if ev.key() == "Escape" {
                    state.escape();
                }
            }
        >
            {has_glossary.then(|| view! {
                <div class="al-toolbar">
                    <MarkSwitch/>
                </div>
            })}
            <article class="al-article" lang=doc.language.clone()>
                <header class="al-header">
                    {kicker}
                    <h1 class="al-headline">{article.headline.clone()}</h1>
                    {dek}
                    {byline}
                    {topics}
                </header>
                {figure}
                <div class="al-body">{blocks}</div>
            </article>
            {move || (below.get() && has_maps).then(|| view! { <StanceMaps/> })}
            {move || (below.get() && has_glossary).then(|| view! {
                <GlossaryIndex/>
                <Endnotes/>
            })}
            <span class="al-visually-hidden" id=data.term_hint_id()>
                "Glossary term. Opens a card with its definition."
            </span>
            <div class="al-visually-hidden" aria-live="polite">{move || state.announcement.get()}</div>
        </div>
    }
}

/// The lead figure's caption and credit (format version 1 carries no image).
#[component]
fn LeadFigure(figure: Figure) -> impl IntoView {
    let credit = figure.credit.map(|c| view! { <span class="al-credit">"Credit: " {c}</span> });
    view! {
        <figure class="al-figure">
            <figcaption>
                <span class="al-caption">{figure.caption}</span>
                " "
                {credit}
            </figcaption>
        </figure>
    }
}

/// One paragraph or block quote, its glossary mentions marked, with a DOM id so that
/// citations can point at it.
#[component]
fn BodyBlock(block: Block, index: usize) -> impl IntoView {
    let state = expect_context::<LensState>();
    let data = expect_context::<Arc<LensData>>();
    let id = data.block_id(index);
    let cited = move || state.cited.get() == Some(index);
    let text = body_text(&data, &block.text, index);
    match block.kind {
        BlockKind::Paragraph => view! {
            <p class="al-p" id=id tabindex="-1" class:is-cited=cited>{text}</p>
        }
        .into_any(),
        BlockKind::Quote => {
            let attribution = block.attribution.map(|a| {
                view! { <footer class="al-attribution">"— " <cite>{a}</cite></footer> }
            });
            view! {
                <blockquote class="al-quote" id=id tabindex="-1" class:is-cited=cited>
                    <p>{text}</p>
                    {attribution}
                </blockquote>
            }
            .into_any()
        }
    }
}

/// A block's text cut into plain runs and glossary mentions.
fn body_text(data: &LensData, text: &str, block: usize) -> impl IntoView {
    let found = data.mentions.per_block.get(block).cloned().unwrap_or_default();
    let firsts = data.mentions.marked(block, MarkMode::FirstPerParagraph);
    // Mentions are numbered in order within their block: the index of a match in `found`.
    let mut index = 0;
    pieces(text, &found)
        .into_iter()
        .map(|piece| match piece {
            Piece::Plain(s) => s.to_owned().into_any(),
            Piece::Marked { text, found } => {
                let mention = MentionId { block, index };
                index += 1;
                let first_in_block = firsts.iter().any(|m| m.start == found.start);
                view! {
                    <Mention text=text.to_owned() mention=mention entry=found.target first_in_block=first_in_block/>
                }
                .into_any()
            }
        })
        .collect_view()
}
