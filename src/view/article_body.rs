//! The article body: each block with its text verbatim, and its glossary mentions, the ones the
//! reader's marking mode marks as term buttons that open their card.
//!
//! The terms' behaviour is one handler per event on the body, each finding its mention from the
//! event (`data-b`, `data-i`, `data-e` on the mention's wrapper): about 130 terms would otherwise
//! carry six listeners each. What the reader changes (the open card, highlights, the cited
//! passage, the marking mode) reaches the DOM through reactive classes and attributes.
//!
//! A marked term is an inline `span` with the button role (a `<button>` is an inline block and
//! would keep multi-word terms from wrapping). Its card is rendered inside the mention's
//! wrapper, right after the term, so Tab moves from the term into the card's links, and screen
//! readers meet the card where the disclosure button says it is.

use std::borrow::Cow;
use std::ops::Range;

use leptos::either::{Either, EitherOf6};
use leptos::ev;
use leptos::prelude::*;
use leptos::reactive::computed::Selector;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::card::Card;
use super::dom::{closest_from_event, index_attr, term_in};
use super::lens_state::{lens_context, LensData, MentionId};
use crate::model::content::BlockKind;
use crate::text::glossary::MarkMode;
use crate::text::matcher::{pieces, Match, Piece};

/// The mention a term or wrapper element belongs to, and its glossary entry.
fn mention_of(el: &Element) -> Option<(MentionId, usize, Element)> {
    let wrapper = el.closest(".al-mention").ok().flatten()?;
    let mention = MentionId { block: index_attr(&wrapper, "data-b")?, index: index_attr(&wrapper, "data-i")? };
    Some((mention, index_attr(&wrapper, "data-e")?, wrapper))
}

/// Whether `node` (an event's related target) is inside `el`.
fn inside(el: &Element, node: Option<web_sys::EventTarget>) -> bool {
    node.and_then(|n| n.dyn_into::<web_sys::Node>().ok()).is_some_and(|n| el.contains(Some(&n)))
}

/// The mention the event happened in (its term or its card), with its entry and wrapper.
fn mention_from(ev: &web_sys::Event) -> Option<(MentionId, usize, Element)> {
    mention_of(&ev.target()?.dyn_into().ok()?)
}

/// The term the event happened on, with its mention and entry.
fn term_from(ev: &web_sys::Event) -> Option<(HtmlElement, MentionId, usize)> {
    let term = closest_from_event(ev, ".al-term")?;
    let (mention, entry, _) = mention_of(&term)?;
    Some((term.dyn_into().ok()?, mention, entry))
}

/// The article's body blocks, with their glossary mentions.
#[component]
pub fn ArticleBody() -> impl IntoView {
    let (state, data) = lens_context();
    // Which mention's card is open: only the old and the new mention hear of a change.
    let open = Selector::new(move || state.open.get().map(|o| o.mention));
    let blocks = move || {
        let mode = state.mode();
        data.doc.article.blocks.iter().enumerate().map(|(b, _)| view! { <BodyBlock block=b mode=mode open=open.clone()/> }).collect_view()
    };

    view! {
        <div
            class="al-body"
            // The pointer entering or leaving a term, or its open card (the grace period lets
            // it cross from one to the other).
            on:pointerover=move |ev: ev::PointerEvent| {
                if ev.pointer_type() != "mouse" {
                    return;
                }
                if let Some((term, mention, entry)) = term_from(&ev) {
                    if !inside(&term, ev.related_target()) {
                        state.pointer_on_term(mention, entry, (ev.client_x() as f64, ev.client_y() as f64));
                    }
                } else if let Some(card) = closest_from_event(&ev, ".al-card") {
                    if !inside(&card, ev.related_target()) {
                        state.pointer_on_card();
                    }
                }
            }
            on:pointerout=move |ev: ev::PointerEvent| {
                if ev.pointer_type() != "mouse" {
                    return;
                }
                let left = term_from(&ev).map(|(term, _, _)| Element::from(term)).or_else(|| closest_from_event(&ev, ".al-card"));
                if left.is_some_and(|el| !inside(&el, ev.related_target())) {
                    state.pointer_off();
                }
            }
            on:focusin=move |ev: ev::FocusEvent| {
                let Some((_, mention, entry)) = term_from(&ev) else { return };
                if !state.is_returning_focus() && !state.is_open(mention) {
                    state.show(mention, entry, false);
                }
            }
            // Focus leaving both the term and its card closes the card.
            on:focusout=move |ev: ev::FocusEvent| {
                let Some((mention, _, wrapper)) = mention_from(&ev) else { return };
                if !inside(&wrapper, ev.related_target()) && state.open.get_untracked().is_some_and(|o| o.mention == mention) {
                    state.close();
                }
            }
            on:click=move |ev: ev::MouseEvent| {
                if let Some((_, mention, entry)) = term_from(&ev) {
                    state.toggle_pinned(mention, entry);
                }
            }
            on:keydown=move |ev: ev::KeyboardEvent| {
                let key = ev.key();
                if key == "Enter" || key == " " {
                    if let Some((_, mention, entry)) = term_from(&ev) {
                        ev.prevent_default();
                        state.toggle_pinned(mention, entry);
                    }
                } else if key == "Escape" {
                    // Escape in a term or its card closes the card and leaves focus on the term.
                    let Some((mention, _, wrapper)) = mention_from(&ev) else { return };
                    if state.open.get_untracked().is_some_and(|o| o.mention == mention) {
                        ev.stop_propagation();
                        state.escape();
                        if let Some(term) = term_in(&wrapper) {
                            state.return_focus(&term);
                        }
                    }
                }
            }
        >
            {blocks}
        </div>
    }
}

/// One block of the body (a paragraph, a quotation with its attribution, a heading, a list), its mentions
/// marked for `mode`; highlighted as the cited passage when a "Go to the passage" link led here.
#[component]
fn BodyBlock(
    /// The block's index in the document's body.
    block: usize,
    /// The marking mode it is drawn for.
    mode: MarkMode,
    /// Which mention's card is open.
    open: Selector<Option<MentionId>>,
) -> impl IntoView {
    let (state, data) = lens_context();
    let b = &data.doc.article.blocks[block];
    let id = data.block_id(block);
    let cited = move || state.cited.get() == Some(block);
    let parts = BlockText::new(&data, block, mode);
    let text = |range| block_text(&data, &parts, range, open.clone());
    let whole = || text(0..b.text.len());
    match (b.kind, b.level) {
        (BlockKind::Paragraph, _) => EitherOf6::A(view! { <p class="al-p" class:is-cited=cited id=id tabindex="-1">{whole()}</p> }),
        (BlockKind::Quote, _) => {
            let attribution = b.attribution.clone().map(|a| view! { <footer class="al-attribution">"— "<cite>{a}</cite></footer> });
            EitherOf6::B(view! {
                <blockquote class="al-quote" class:is-cited=cited id=id tabindex="-1">
                    <p>{whole()}</p>
                    {attribution}
                </blockquote>
            })
        }
        // The headline is the article's level 1; the validator allows 2 and 3 only.
        (BlockKind::Heading, Some(3)) => EitherOf6::C(view! { <h3 class="al-h al-h3" class:is-cited=cited id=id tabindex="-1">{whole()}</h3> }),
        (BlockKind::Heading, _) => EitherOf6::D(view! { <h2 class="al-h al-h2" class:is-cited=cited id=id tabindex="-1">{whole()}</h2> }),
        // Each item a list item; mentions keep their numbers across the items.
        (BlockKind::List, _) => {
            let items = b.item_ranges().into_iter().map(|range| view! { <li>{text(range)}</li> }).collect_view();
            if b.ordered {
                EitherOf6::E(view! { <ol class="al-list" class:is-cited=cited id=id tabindex="-1">{items}</ol> })
            } else {
                EitherOf6::F(view! { <ul class="al-list" class:is-cited=cited id=id tabindex="-1">{items}</ul> })
            }
        }
    }
}

/// What every part of one block's text is drawn from, worked out once per block (a list's items
/// and a paragraph's links share it): the text its mentions' offsets are into, its links in text
/// order, and the mentions the marking mode marks.
struct BlockText<'a> {
    block: usize,
    text: Cow<'a, str>,
    links: Vec<(Range<usize>, String)>,
    marked: Vec<Match>,
}

impl<'a> BlockText<'a> {
    fn new(data: &'a LensData, block: usize, mode: MarkMode) -> Self {
        let b = &data.doc.article.blocks[block];
        let mut links: Vec<(Range<usize>, String)> =
            b.link_ranges().into_iter().zip(&b.links).filter_map(|(r, link)| r.map(|r| (r, link.href.clone()))).collect();
        links.sort_by_key(|(r, _)| r.start);
        BlockText { block, text: b.matched_text(), links, marked: data.mentions.marked(block, mode) }
    }
}

/// The text of a block (or of one item of a list: `range` in its matched text): its links, and
/// in and between them plain text and every glossary mention in its wrapper.
fn block_text(data: &LensData, parts: &BlockText, range: Range<usize>, open: Selector<Option<MentionId>>) -> Vec<impl IntoView> {
    // Runs of text: plain, or linked (the validator keeps links apart).
    let mut runs = Vec::new();
    let mut at = range.start;
    for (r, href) in parts.links.iter().filter(|(r, _)| range.start <= r.start && r.end <= range.end) {
        if r.start < at {
            continue;
        }
        if r.start > at {
            runs.push((at..r.start, None));
        }
        at = r.end;
        runs.push((r.clone(), Some(href.clone())));
    }
    if at < range.end || runs.is_empty() {
        runs.push((at..range.end, None));
    }
    // A mention's number counts the mentions before it in the whole block.
    let all = data.mentions.per_block.get(parts.block).map(Vec::as_slice).unwrap_or_default();
    let mut index = all.iter().take_while(|m| m.start < range.start).count();
    runs.into_iter()
        .map(|(run, href)| {
            let content = mention_pieces(data, parts, run, open.clone(), &mut index);
            match href {
                Some(href) => Either::Left(view! { <a class="al-link" href=href>{content}</a> }),
                None => Either::Right(content),
            }
        })
        .collect()
}

/// The text of `run` (in the block's matched text) in pieces: plain text, and every glossary
/// mention in its wrapper, numbered on from `index`.
fn mention_pieces(data: &LensData, parts: &BlockText, run: Range<usize>, open: Selector<Option<MentionId>>, index: &mut usize) -> Vec<impl IntoView> {
    let block = parts.block;
    let text = parts.text.get(run.clone()).unwrap_or_default();
    let all = data.mentions.per_block.get(block).map(Vec::as_slice).unwrap_or_default();
    let found: Vec<Match> = all
        .iter()
        .filter(|m| run.start <= m.start && m.end <= run.end)
        .map(|m| Match { start: m.start - run.start, end: m.end - run.start, ..*m })
        .collect();
    pieces(text, &found)
        .into_iter()
        .map(|piece| match piece {
            Piece::Plain(text) => Either::Left(text.to_owned()),
            Piece::Marked { text, found } => {
                let mention = MentionId { block, index: *index };
                *index += 1;
                let is_marked = parts.marked.iter().any(|m| m.start == found.start + run.start);
                Either::Right(view! { <Mention mention=mention entry=found.target text=text.to_owned() marked=is_marked open=open.clone()/> })
            }
        })
        .collect()
}

/// A glossary mention in the text: a wrapper every mention has (links lead to it in every
/// marking mode, and highlights show on it), holding the term button when the mention is marked,
/// and, while it is open, the term's card.
#[component]
fn Mention(
    /// Where the mention is.
    mention: MentionId,
    /// Its glossary entry.
    entry: usize,
    /// Its words in the article.
    text: String,
    /// Whether the marking mode marks it (as a term button).
    marked: bool,
    /// Which mention's card is open.
    open: Selector<Option<MentionId>>,
) -> impl IntoView {
    let (state, data) = lens_context();
    let id = data.mention_id(mention);
    let highlighted = move || state.highlighted.with(|h| h.contains(&entry));
    let content = if marked {
        let expanded = {
            let open = open.clone();
            move || if open.selected(&Some(mention)) { "true" } else { "false" }
        };
        let card = move || open.selected(&Some(mention)).then(|| view! { <Card mention=mention entry=entry/> });
        // A button once the widget runs; in the server-rendered page (without JavaScript, or
        // before hydration) plain marked text, not a button nothing answers.
        let live = move || state.live.get();
        let card_id = data.card_id(mention);
        let hint_id = data.term_hint_id();
        Either::Left(view! {
            <span
                role=move || live().then_some("button")
                tabindex=move || live().then_some("0")
                class="al-term"
                aria-expanded=move || live().then(&expanded)
                aria-controls=move || live().then(|| card_id.clone())
                aria-describedby=move || live().then(|| hint_id.clone())
                data-note=data.endnote.get(entry).copied().unwrap_or_default()
            >
                {text}
            </span>
            {card}
        })
    } else {
        Either::Right(text)
    };
    view! {
        <span
            class="al-mention"
            class:is-marked=marked
            class:is-highlighted=highlighted
            id=id
            tabindex="-1"
            data-b=mention.block
            data-i=mention.index
            data-e=entry
        >
            {content}
        </span>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use leptos::prelude::*;

    use super::ArticleBody;
    use crate::model::content::{Block, BlockKind, Document};
    use crate::test_support::{seed, text_of};
    use crate::text::glossary::{MarkMode, Mentions};
    use crate::view::static_page::render_part;

    fn body(doc: &Document, mode: MarkMode) -> String {
        render_part(doc, move |state| {
            state.set_mode(mode);
            view! { <ArticleBody/> }
        })
    }

    #[test]
    fn the_text_is_verbatim_in_every_mode() {
        let d = seed();
        let expected: String = d
            .article
            .blocks
            .iter()
            .map(|b| format!("{}{}", b.text, b.attribution.as_ref().map(|a| format!("— {a}")).unwrap_or_default()))
            .collect();
        for mode in MarkMode::ALL {
            assert_eq!(text_of(&body(&d, mode)), expected, "{mode:?}");
        }
    }

    #[test]
    fn modes_mark_all_first_or_no_mentions_and_every_mention_keeps_its_wrapper() {
        let d = seed();
        let m = Mentions::find(&d);
        let total: usize = m.per_block.iter().map(Vec::len).sum();
        let first: usize = (0..d.article.blocks.len()).map(|b| m.marked(b, MarkMode::FirstPerParagraph).len()).sum();
        assert!(first < total && first > 0);
        for (mode, terms) in [(MarkMode::All, total), (MarkMode::FirstPerParagraph, first), (MarkMode::None, 0)] {
            let html = body(&d, mode);
            assert_eq!(html.matches("class=\"al-term\"").count(), terms, "{mode:?}");
            assert_eq!(html.matches("class=\"al-mention").count(), total, "{mode:?}");
        }
    }

    #[test]
    fn a_server_rendered_term_is_plain_marked_text_and_text_is_escaped() {
        let mut d = seed();
        d.article.blocks = vec![
            Block { id: "p1".into(), kind: BlockKind::Paragraph, text: "The Quad & AUKUS <b>x</b>.".into(), attribution: None, level: None, items: vec![], ordered: false, links: vec![] },
            Block { id: "q1".into(), kind: BlockKind::Quote, text: "<script>alert(1)</script>".into(), attribution: Some("<i>Someone</i>".into()), level: None, items: vec![], ordered: false, links: vec![] },
        ];
        let quad = d.glossary.iter().position(|e| e.term == "Quad").expect("the Quad is in the glossary");
        let html = body(&d, MarkMode::All);
        assert!(html.contains("id=\"al0-p1\" tabindex=\"-1\""), "{html}");
        assert!(html.contains(&format!("id=\"al0-m0-0\" tabindex=\"-1\" data-b=\"0\" data-i=\"0\" data-e=\"{quad}\"")), "{html}");
        // Rendered natively (as `lens render` does), a term is marked text, not yet a button: its
        // role, tab stop and card references come when the widget runs (browser tests).
        assert!(html.contains("class=\"al-term\""), "{html}");
        for live_only in ["role=", "tabindex=\"0\"", "aria-expanded", "aria-controls", "aria-describedby"] {
            assert!(!html.contains(live_only), "{live_only} in {html}");
        }
        assert!(html.contains("id=\"al0-m0-1\""), "{html}");
        assert!(html.contains(" &amp; ") && html.contains("&lt;b&gt;x&lt;/b&gt;"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && html.contains("<cite>&lt;i&gt;Someone&lt;/i&gt;</cite>"), "{html}");
        assert!(!html.contains("<script") && !html.contains("<b>") && !html.contains("<i>"));
        assert_eq!(text_of(&html), "The Quad & AUKUS <b>x</b>.<script>alert(1)</script>— <i>Someone</i>");
    }
}
