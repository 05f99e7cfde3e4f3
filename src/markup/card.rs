//! A glossary card as escaped HTML markup: the definition (background knowledge), the term's
//! role in this article with the article's own words, related entries, the card's actions and
//! further reading. The widget inserts it after the term (see `web::card`) and handles its
//! controls with the body's own event handlers, which find what a control does from its
//! `data-act` attribute (`close`, `passage`, `related`, `all`, `map`).

use crate::model::content::Entry;
use crate::markup::static_page::escape;

/// What a card links to, worked out by the widget: DOM ids and counts.
pub struct CardLinks<'a> {
    /// The card's DOM id (its title's id is derived from it).
    pub card_id: &'a str,
    /// The body block holding the quote, as (block index, DOM id), if one does.
    pub passage: Option<(usize, String)>,
    /// Related entries: (entry index, term, DOM id of its first mention, if any).
    pub related: Vec<(usize, &'a str, Option<String>)>,
    /// How many times the term is mentioned.
    pub count: usize,
    /// Whether the entry's player is on a stance map.
    pub on_map: bool,
}

/// The card's markup. Every text of the document is escaped.
pub fn card_markup(entry: &Entry, links: &CardLinks) -> String {
    let id = links.card_id;
    let mut out = format!(
        "<span class=\"al-card\" id=\"{id}\" role=\"dialog\" aria-labelledby=\"{id}-title\"><span class=\"al-card-box\">\
         <span class=\"al-card-head\"><span class=\"al-card-kind\">{}</span>\
         <button type=\"button\" class=\"al-card-close\" aria-label=\"Close\" data-act=\"close\">×</button></span>\
         <span class=\"al-card-title\" id=\"{id}-title\">{}</span>\
         <span class=\"al-card-label\">Background</span><span class=\"al-card-text\">{}</span>",
        entry.kind.label(),
        escape(&entry.term),
        escape(&entry.definition),
    );
    if let Some(note) = &entry.note {
        out.push_str(&format!("<span class=\"al-card-note\">{}</span>", escape(note)));
    }
    out.push_str(&format!(
        "<span class=\"al-card-label\">In this article</span><span class=\"al-card-text\">{}</span>\
         <span class=\"al-card-quote\">{} ",
        escape(&entry.in_article.summary),
        crate::markup::static_page::quotation(&entry.in_article.quote),
    ));
    let (block, href) = links.passage.as_ref().map(|(b, id)| (b.to_string(), id.as_str())).unwrap_or_default();
    out.push_str(&format!(
        "<a class=\"al-link\" href=\"#{href}\" data-act=\"passage\" data-block=\"{block}\">Go to the passage</a></span>"
    ));
    if !links.related.is_empty() {
        out.push_str("<span class=\"al-card-label\">Related</span>");
    }
    out.push_str("<ul class=\"al-card-related\">");
    for (other, term, first) in &links.related {
        out.push_str(&format!(
            "<li><button type=\"button\" class=\"al-link\" data-act=\"related\" data-entry=\"{other}\" data-to=\"{}\">{}</button></li>",
            first.as_deref().unwrap_or_default(),
            escape(term)
        ));
    }
    let count = links.count;
    out.push_str(&format!(
        "</ul><span class=\"al-card-actions\"><button type=\"button\" class=\"al-link\" data-act=\"all\">Show all {count} mention{}</button>",
        if count == 1 { "" } else { "s" }
    ));
    if links.on_map {
        out.push_str("<button type=\"button\" class=\"al-link\" data-act=\"map\">Show on the map</button>");
    }
    if let Some(link) = &entry.further_reading {
        out.push_str(&format!(
            "<a class=\"al-card-further\" href=\"{}\" rel=\"noopener noreferrer\" target=\"_blank\">{}<span class=\"al-visually-hidden\"> (opens in a new tab)</span></a>",
            escape(&link.url),
            escape(&link.label)
        ));
    }
    out.push_str("</span></span></span>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{seed, text_of};

    #[test]
    fn every_card_shows_its_entry_verbatim_with_balanced_markup() {
        let doc = seed();
        for (i, entry) in doc.glossary.iter().enumerate() {
            let links = CardLinks {
                card_id: "al0-m1-2-card",
                passage: doc.block_quoting(&entry.in_article.quote).map(|b| (b, format!("al0-{}", doc.article.blocks[b].id))),
                related: vec![],
                count: 3,
                on_map: i % 2 == 0,
            };
            let html = card_markup(entry, &links);
            let text = text_of(&html);
            for part in [&entry.term, &entry.definition, &entry.in_article.summary, &entry.in_article.quote] {
                assert!(text.contains(part.as_str()), "{}: {part}", entry.id);
            }
            assert!(links.passage.is_some(), "{}: its quote is in a block", entry.id);
            assert_eq!(html.matches("<span").count(), html.matches("</span>").count(), "{}", entry.id);
            assert_eq!(html.contains("data-act=\"map\""), i % 2 == 0);
            assert!(html.contains("aria-labelledby=\"al0-m1-2-card-title\"") && html.contains("id=\"al0-m1-2-card-title\""));
        }
    }

    #[test]
    fn document_text_is_escaped_and_counts_read_naturally() {
        let mut entry = seed().glossary[0].clone();
        entry.term = "<img src=x onerror=alert(1)>".into();
        entry.definition = "\"quoted\" & 'single'".into();
        entry.note = Some("<script>alert(1)</script>".into());
        let links = CardLinks { card_id: "c", passage: None, related: vec![(4, "<b>x</b>", None)], count: 1, on_map: false };
        let html = card_markup(&entry, &links);
        assert!(!html.contains("<img") && !html.contains("<script") && !html.contains("<b>"));
        assert!(html.contains("&quot;quoted&quot; &amp; &#39;single&#39;"));
        assert!(html.contains("Show all 1 mention<"));
        assert!(html.contains("<span class=\"al-card-label\">Related</span>"));
        let none = CardLinks { card_id: "c", passage: None, related: vec![], count: 2, on_map: false };
        let html = card_markup(&entry, &none);
        assert!(html.contains("Show all 2 mentions<") && !html.contains(">Related<"));
    }
}
