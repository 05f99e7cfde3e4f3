//! A glossary card: the definition (background knowledge), the term's role in this article with
//! the article's own words and a link to them, related entries, the card's actions and further
//! reading. Rendered in its mention, right after the term, and placed by
//! [`crate::text::card_placement::place`] so that it stays inside the viewport. The body's
//! handlers (see `article_body`) treat the card as part of its term for the pointer's grace
//! period, for Escape and for focus.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::dom::{show_on_map, term_in, widget_root};
use super::lens_state::{lens_context, MentionId};
use super::deep_link::CopyLink;
use super::passage_link::{show_mention, PassageLink, Quotation};
use super::settings::use_locale;
use crate::text::deep_link::LinkTarget;
use crate::model::date::Date;
use crate::text::card_placement::{place, Rect, Side};

/// The open card of glossary entry `entry` at `mention`.
#[component]
pub fn Card(
    /// The mention whose term opened it.
    mention: MentionId,
    /// Its glossary entry.
    entry: usize,
) -> impl IntoView {
    let (state, data) = lens_context();
    let locale = use_locale();
    let ui = &locale.ui;
    let e = data.doc.glossary.get(entry)?;
    // The card is the widget's, inside the article: its words in the reader's language, the
    // entry's text in the document's.
    let (ui_lang, ui_dir) = data.ui_text(locale);
    let (text_lang, text_dir) = data.doc_text(locale);
    let id = data.card_id(mention);
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    let card = NodeRef::<html::Span>::new();
    // Where it goes, measured once it is in the page and before it is painted (effects run
    // before the next frame); until then it is hidden (`is-placed` shows it).
    let placement = RwSignal::new(None::<Placement>);
    Effect::new(move |_| {
        if let Some(card) = card.get() {
            if let Some(term) = card.previous_element_sibling().and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
                placement.set(measure(&card, &term));
            }
        }
    });
    let px = move |part: fn(&Placement) -> f64| move || placement.get().map(|p| format!("{}px", part(&p).round() as i32));

    // Background knowledge is true of a day, where the document gives it.
    let background = match e.as_of.as_deref().and_then(Date::parse) {
        Some(day) => locale.fill(ui.background_as_of, &[("date", &locale.date(day))]),
        None => ui.background.to_owned(),
    };
    let passage = e.in_article.as_ref().and_then(|c| data.doc.block_quoting(&c.quote)).map(|b| (b, data.block_id(b)));
    let related: Vec<_> = e
        .related
        .iter()
        .filter_map(|id| data.doc.glossary.iter().position(|g| &g.id == id))
        .map(|other| {
            let first = data.mentions_of(other).first().map(|m| data.mention_id(*m));
            let term = data.doc.glossary[other].term.clone();
            view! {
                <li>
                    <button
                        type="button"
                        class="al-link"
                        on:click=move |ev| {
                            if let Some(id) = &first {
                                show_mention(&ev, state, other, id);
                            }
                        }
                    >
                        {term}
                    </button>
                </li>
            }
        })
        .collect();
    let has_related = !related.is_empty();
    let count = data.counts.get(entry).copied().unwrap_or_default();
    let show_all = locale.count(ui.show_all_one, ui.show_all_other, count, &[]);
    let on_map = data.player_on_map(entry).is_some();
    let further_lang = text_lang.clone();
    let further = e.further_reading.clone().map(|link| {
        view! {
            <a class="al-card-further" href=link.url rel="noopener noreferrer" target="_blank">
                <span lang=further_lang dir=text_dir>{link.label}</span>
                <span class="al-visually-hidden">{ui.new_tab}</span>
            </a>
        }
    });
    let close = move |_| {
        state.close();
        if let Some(term) = card.get_untracked().and_then(|c| c.parent_element()).and_then(|w| term_in(&w)) {
            state.return_focus(&term);
        }
    };
    let highlight_all = {
        let data = data.clone();
        move |_| {
            let term = data.doc.glossary.get(entry).map(|e| e.term.as_str()).unwrap_or_default();
            state.highlighted.set(vec![entry]);
            state.announcement.set(locale.count(ui.highlighted_one, ui.highlighted_other, count, &[("term", term)]));
        }
    };
    let show_on_map = {
        let data = data.clone();
        move |ev: leptos::ev::MouseEvent| {
            let Some((player, map)) = data.player_on_map(entry) else { return };
            let Some(root) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|c| widget_root(&c)) else {
                return;
            };
            show_on_map(&root, state, &data, player, map);
        }
    };

    Some(view! {
        <span
            class="al-card"
            class:is-placed=move || placement.get().is_some()
            class:is-above=move || placement.get().is_some_and(|p| p.side == Side::Above)
            // Through the CSSOM, which a strict Content-Security-Policy allows, unlike `style`
            // attributes.
            style:left=px(|p| p.left)
            style:top=px(|p| p.top)
            id=id
            node_ref=card
            role="dialog"
            aria-labelledby=labelled_by
            lang=ui_lang
            dir=ui_dir
        >
            <span class="al-card-box" style:max-height=px(|p| (p.height - 2.0 * BRIDGE).max(48.0))>
                <span class="al-card-head">
                    <span class="al-card-kind">{locale.entry_kind(e.kind)}</span>
                    <button type="button" class="al-card-close" aria-label=ui.close on:click=close>"×"</button>
                </span>
                <span class="al-card-title" id=title_id lang=text_lang.clone() dir=text_dir>{e.term.clone()}</span>
                <span class="al-card-label">{background}</span>
                <span class="al-card-text" lang=text_lang.clone() dir=text_dir>{e.definition.clone()}</span>
                {e.note.clone().map(|note| view! { <span class="al-card-note" lang=text_lang.clone() dir=text_dir>{note}</span> })}
                {e.in_article.clone().map(|citation| view! {
                    <span class="al-card-label">{ui.in_this_article}</span>
                    <span class="al-card-text" lang=text_lang.clone() dir=text_dir>{citation.summary}</span>
                    <span class="al-card-quote">
                        <Quotation text=citation.quote/>
                        " "
                        <PassageLink passage=passage/>
                    </span>
                })}
                {has_related.then(|| view! { <span class="al-card-label">{ui.related}</span> })}
                <ul class="al-card-related" lang=text_lang.clone() dir=text_dir>{related}</ul>
                <span class="al-card-actions">
                    <button type="button" class="al-link" on:click=highlight_all>{show_all}</button>
                    {on_map.then(|| view! { <button type="button" class="al-link" on:click=show_on_map>{ui.show_on_map}</button> })}
                    <CopyLink target=LinkTarget::Term(e.id.clone()) name=ui.copy_link_card/>
                    {further}
                </span>
            </span>
        </span>
    })
}

/// Where a card goes, relative to its positioned ancestor (the widget root), in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Placement {
    left: f64,
    top: f64,
    /// The room it has, its transparent bridges included.
    height: f64,
    side: Side,
}

/// The card's transparent padding above and below its visible box (see `style/article-lens.css`):
/// the visual gap to the term, and the bridge the pointer crosses to reach the card.
const BRIDGE: f64 = 6.0;

/// Where `card` goes at `term`, by [`place`] from the page's geometry; `None` when the page gives
/// none (detached, hidden).
fn measure(card: &HtmlElement, term: &HtmlElement) -> Option<Placement> {
    let window = web_sys::window()?;
    let root = card.offset_parent()?;
    let viewport_width = window.document()?.document_element()?.client_width() as f64;
    let viewport_height = window.inner_height().ok()?.as_f64()?;
    // A term that wraps onto two lines: place at the line the pointer or caret is on (the first).
    let rects = term.get_client_rects();
    let t = rects.get(0).unwrap_or_else(|| term.get_bounding_client_rect());
    let r = root.get_bounding_client_rect();
    let natural = (card.offset_width() as f64, card.scroll_height() as f64);
    let p = place(Rect { x: t.x(), y: t.y(), width: t.width(), height: t.height() }, natural, (viewport_width, viewport_height));
    Some(Placement { left: p.rect.x - r.x(), top: p.rect.y - r.y(), height: p.rect.height, side: p.side })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use leptos::prelude::*;

    use super::Card;
    use crate::test_support::{seed, text_of};
    use crate::view::lens_state::MentionId;
    use crate::view::static_page::render_part;

    const AT: MentionId = MentionId { block: 1, index: 2 };

    #[test]
    fn every_card_shows_its_entry_verbatim_and_links_to_its_passage() {
        let doc = seed();
        for (i, entry) in doc.glossary.iter().enumerate() {
            let html = render_part(&doc, move |_| view! { <Card mention=AT entry=i/> });
            let text = text_of(&html);
            let citation = entry.in_article.as_ref().expect("every seed entry has its role in the article");
            for part in [&entry.term, &entry.definition, &citation.summary, &citation.quote] {
                assert!(text.contains(part.as_str()), "{}: {part}", entry.id);
            }
            let block = doc.block_quoting(&citation.quote).expect("every quote is in a block");
            assert!(html.contains(&format!("href=\"#al0-{}\"", doc.article.blocks[block].id)), "{}", entry.id);
            assert!(html.contains("id=\"al0-m1-2-card\"") && html.contains("aria-labelledby=\"al0-m1-2-card-title\""));
            assert!(html.contains("id=\"al0-m1-2-card-title\""));
            assert_eq!(html.contains(">Related<"), !entry.related.is_empty(), "{}", entry.id);
        }
    }

    #[test]
    fn document_text_is_escaped_and_counts_read_naturally() {
        let mut doc = seed();
        let entry = &mut doc.glossary[0];
        entry.term = "<img src=x onerror=alert(1)>".into();
        entry.definition = "\"quoted\" & 'single'".into();
        entry.note = Some("<script>alert(1)</script>".into());
        let html = render_part(&doc, |_| view! { <Card mention=AT entry=0/> });
        assert!(!html.contains("<img") && !html.contains("<script"), "{html}");
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;") && html.contains("&amp; 'single'"), "{html}");
        let count = crate::text::glossary::Mentions::find(&doc).counts(doc.glossary.len())[0];
        assert!(html.contains(&format!("Show all {count} mention{}<", if count == 1 { "" } else { "s" })), "{html}");
    }
}
