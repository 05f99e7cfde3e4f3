//! The glossary listed as escaped HTML markup. The index: one section per kind of entry, the
//! entries alphabetically, each with its mention count and a link to each mention
//! (`data-act="mention"`, `data-entry`); the widget inserts it when the reader first opens the
//! index, hides entries the filter does not select (`is-hidden` on `.al-index-entry`) and
//! handles the links with one click handler (see `web::glossary_index`). The printed endnotes.

use crate::markup::body::Ids;
use crate::model::content::{Document, EntryKind};
use crate::text::glossary::Mentions;
use crate::markup::static_page::escape;

/// Every entry of `doc`'s glossary, grouped by kind in the order of [`EntryKind::ALL`], in the
/// order of `alphabetical` within a kind.
pub fn index_markup(doc: &Document, mentions: &Mentions, alphabetical: &[usize], ids: Ids) -> String {
    let mut out = String::new();
    for kind in EntryKind::ALL {
        let members: Vec<usize> = alphabetical.iter().copied().filter(|&i| doc.glossary[i].kind == kind).collect();
        if members.is_empty() {
            continue;
        }
        let heading = format!("{}-index-{}", ids.prefix, kind.key());
        // A section whose entries the filter all hides is hidden by the stylesheet.
        out.push_str(&format!(
            "<section class=\"al-index-group\" aria-labelledby=\"{heading}\"><h3 id=\"{heading}\">{}</h3><ul>",
            kind.plural()
        ));
        for i in members {
            let term = escape(&doc.glossary[i].term);
            let found = mentions.of(i);
            let count = found.len();
            out.push_str(&format!(
                "<li class=\"al-index-entry\" data-entry=\"{i}\"><span class=\"al-index-term\">{term}</span><span class=\"al-index-mentions\"> · {count} mention{}</span><ul class=\"al-index-links\" aria-label=\"Mentions of {term}\">",
                if count == 1 { "" } else { "s" }
            ));
            // Two mentions in one paragraph are told apart by a letter: ¶16a, ¶16b. The link's
            // name begins with what it shows (WCAG 2.5.3, label in name).
            for (n, &(block, index)) in found.iter().enumerate() {
                let paragraph = block + 1;
                let before = found[..n].iter().filter(|(b, _)| *b == block).count();
                let letter = if found.iter().filter(|(b, _)| *b == block).count() > 1 {
                    char::from(b'a' + (before % 26) as u8).to_string()
                } else {
                    String::new()
                };
                out.push_str(&format!(
                    "<li><a class=\"al-link\" href=\"#{}\" data-act=\"mention\" data-entry=\"{i}\" aria-label=\"Paragraph {paragraph}{letter}, mention {} of {count}\">¶{paragraph}{letter}</a></li>",
                    ids.mention(block, index),
                    n + 1
                ));
            }
            out.push_str("</ul></li>");
        }
        out.push_str("</ul></section>");
    }
    out
}

/// The glossary as numbered endnotes for print, in `alphabetical` order (the numbers the
/// terms carry): each entry's term, kind and definition.
pub fn endnotes_markup(doc: &Document, alphabetical: &[usize]) -> String {
    let mut out = String::from("<h2>Glossary</h2><ol>");
    for &i in alphabetical {
        let e = &doc.glossary[i];
        out.push_str(&format!("<li><strong>{}</strong> ({}). {}</li>", escape(&e.term), e.kind.label(), escape(&e.definition)));
    }
    out.push_str("</ol>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::seed;

    #[test]
    fn every_entry_once_under_its_kind_with_a_link_per_mention() {
        let doc = seed();
        let mentions = Mentions::find(&doc);
        let order = crate::text::glossary::alphabetical(&doc.glossary);
        let html = index_markup(&doc, &mentions, &order, Ids { prefix: "al3" });
        let total: usize = mentions.per_block.iter().map(Vec::len).sum();
        assert_eq!(html.matches("data-act=\"mention\"").count(), total);
        assert_eq!(html.matches("<li class=\"al-index-entry\"").count(), doc.glossary.len());
        for (i, entry) in doc.glossary.iter().enumerate() {
            let at = html.find(&format!("data-entry=\"{i}\"><span class=\"al-index-term\">{}</span>", escape(&entry.term)));
            let section = html[..at.expect("every entry is listed")].rfind("<h3");
            assert!(html[section.unwrap()..].starts_with(&format!("<h3 id=\"al3-index-{}\">{}", entry.kind.key(), entry.kind.plural())));
            for (block, index) in mentions.of(i) {
                assert!(html.contains(&format!("href=\"#al3-m{block}-{index}\" data-act=\"mention\" data-entry=\"{i}\"")));
            }
            // Every link of an entry reads differently, even two in one paragraph.
            let start = at.unwrap();
            let links = &html[start..start + html[start..].find("</ul>").unwrap()];
            let texts: Vec<&str> = links.split("\">¶").skip(1).map(|t| &t[..t.find('<').unwrap()]).collect();
            assert_eq!(texts.len(), mentions.of(i).len());
            let mut unique = texts.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(unique.len(), texts.len(), "{}: {texts:?}", entry.term);
        }
        // Two mentions of the LDP in paragraph 16 are ¶16a and ¶16b.
        let ldp = doc.glossary.iter().position(|e| e.id == "ldp").expect("the LDP is in the glossary");
        let in_16 = mentions.of(ldp).iter().filter(|(b, _)| *b == 15).count();
        assert_eq!(in_16, 2);
        assert!(html.contains(">¶16a</a>") && html.contains(">¶16b</a>"));
        // Alphabetical within a kind.
        let terms: Vec<&str> = order.iter().filter(|&&i| doc.glossary[i].kind == EntryKind::Person).map(|&i| doc.glossary[i].term.as_str()).collect();
        let positions: Vec<usize> = terms.iter().map(|t| html.find(&format!(">{}</span>", escape(t))).unwrap()).collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(html.matches("<ul").count(), html.matches("</ul>").count());
    }

    #[test]
    fn endnotes_number_every_entry_in_alphabetical_order() {
        let doc = seed();
        let order = crate::text::glossary::alphabetical(&doc.glossary);
        let html = endnotes_markup(&doc, &order);
        assert_eq!(html.matches("<li>").count(), doc.glossary.len());
        let at: Vec<usize> = order.iter().map(|&i| html.find(&format!("<li><strong>{}</strong>", escape(&doc.glossary[i].term))).unwrap()).collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]));
        for e in &doc.glossary {
            assert!(html.contains(&escape(&e.definition)));
        }
    }
}
