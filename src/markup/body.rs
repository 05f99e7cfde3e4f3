//! The article body as escaped HTML markup, its glossary mentions marked for the reader's
//! marking mode. The widget sets it as one `innerHTML` (the browser's parser builds the nodes
//! at once instead of one wasm call per node), then attaches its behaviour with one handler per
//! event on the body (see `web::article_body`). The static copy (`lens render`) shares the
//! block markup, so the widget takes over without a jump in layout.

use crate::model::content::{Block, BlockKind, Document};
use crate::text::glossary::{MarkMode, Mentions};
use crate::text::matcher::{pieces, Piece};
use crate::markup::static_page::escape;

/// The DOM ids of one widget's body, all under its prefix (unique on the page).
#[derive(Debug, Clone, Copy)]
pub struct Ids<'a> {
    pub prefix: &'a str,
}

impl Ids<'_> {
    /// A body block's id, from the block's own id in the document.
    pub fn block(self, block: &Block) -> String {
        format!("{}-{}", self.prefix, block.id)
    }

    /// A mention's wrapper: mention `index` (in reading order) of block `block`.
    pub fn mention(self, block: usize, index: usize) -> String {
        format!("{}-m{block}-{index}", self.prefix)
    }

    /// The card of a mention (present only while it is open).
    pub fn card(self, block: usize, index: usize) -> String {
        format!("{}-card", self.mention(block, index))
    }

    /// The hidden hint that describes every term button.
    pub fn term_hint(self) -> String {
        format!("{}-term-hint", self.prefix)
    }
}

/// Appends block `block` to `out`, its text already as markup (`inner`), with `attrs` (each
/// starting with a space) on the block element.
pub fn push_block(out: &mut String, block: &Block, attrs: &str, inner: &str) {
    match block.kind {
        BlockKind::Paragraph => {
            out.push_str(&format!("<p class=\"al-p\"{attrs}>{inner}</p>"));
        }
        BlockKind::Quote => {
            out.push_str(&format!("<blockquote class=\"al-quote\"{attrs}><p>{inner}</p>"));
            if let Some(a) = &block.attribution {
                out.push_str(&format!("<footer class=\"al-attribution\">— <cite>{}</cite></footer>", escape(a)));
            }
            out.push_str("</blockquote>");
        }
    }
}

/// The body of `doc`: every block with its DOM id, every glossary mention in a wrapper
/// (`.al-mention`, carrying its block, index and entry as `data-` attributes), and the
/// mentions `mode` marks as term buttons (`.al-term`, closed: `aria-expanded="false"`).
/// `endnote` numbers the entries for print.
pub fn body_markup(doc: &Document, mentions: &Mentions, endnote: &[usize], ids: Ids, mode: MarkMode) -> String {
    let hint = ids.term_hint();
    let mut out = String::new();
    for (b, block) in doc.article.blocks.iter().enumerate() {
        let found = mentions.per_block.get(b).map(Vec::as_slice).unwrap_or_default();
        let marked = mentions.marked(b, mode);
        let mut inner = String::new();
        let mut index = 0;
        for piece in pieces(&block.text, found) {
            match piece {
                Piece::Plain(text) => inner.push_str(&escape(text)),
                Piece::Marked { text, found } => {
                    let id = ids.mention(b, index);
                    let entry = found.target;
                    let is_marked = marked.iter().any(|m| m.start == found.start);
                    inner.push_str(&format!(
                        "<span class=\"al-mention{}\" id=\"{id}\" tabindex=\"-1\" data-b=\"{b}\" data-i=\"{index}\" data-e=\"{entry}\">",
                        if is_marked { " is-marked" } else { "" }
                    ));
                    if is_marked {
                        let note = endnote.get(entry).copied().unwrap_or_default();
                        inner.push_str(&format!(
                            "<span role=\"button\" tabindex=\"0\" class=\"al-term\" aria-expanded=\"false\" aria-controls=\"{id}-card\" aria-describedby=\"{hint}\" data-note=\"{note}\">{}</span>",
                            escape(text)
                        ));
                    } else {
                        inner.push_str(&escape(text));
                    }
                    inner.push_str("</span>");
                    index += 1;
                }
            }
        }
        let attrs = format!(" id=\"{}\" tabindex=\"-1\"", escape(&ids.block(block)));
        push_block(&mut out, block, &attrs, &inner);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::content::{Block, BlockKind};
    use crate::test_support::{seed as doc, text_of};

    #[test]
    fn the_text_is_verbatim_in_every_mode() {
        let d = doc();
        let m = Mentions::find(&d);
        let body: String = d
            .article
            .blocks
            .iter()
            .map(|b| format!("{}{}", b.text, b.attribution.as_ref().map(|a| format!("— {a}")).unwrap_or_default()))
            .collect();
        for mode in MarkMode::ALL {
            let html = body_markup(&d, &m, &[], Ids { prefix: "al0" }, mode);
            assert_eq!(text_of(&html), body, "{mode:?}");
        }
    }

    #[test]
    fn modes_mark_all_first_or_no_mentions() {
        let d = doc();
        let m = Mentions::find(&d);
        let total: usize = m.per_block.iter().map(Vec::len).sum();
        let count = |mode| body_markup(&d, &m, &[], Ids { prefix: "al0" }, mode).matches("class=\"al-term\"").count();
        assert_eq!(count(MarkMode::All), total);
        assert_eq!(count(MarkMode::None), 0);
        let first: usize = (0..d.article.blocks.len()).map(|b| m.marked(b, MarkMode::FirstPerParagraph).len()).sum();
        assert_eq!(count(MarkMode::FirstPerParagraph), first);
        assert!(first < total && first > 0);
        // Every mention keeps its wrapper, marked or not, so links to it work in every mode.
        for mode in MarkMode::ALL {
            let html = body_markup(&d, &m, &[], Ids { prefix: "al0" }, mode);
            assert_eq!(html.matches("class=\"al-mention").count(), total, "{mode:?}");
        }
    }

    #[test]
    fn a_term_names_its_card_hint_and_endnote() {
        let mut d = doc();
        d.article.blocks = vec![Block { id: "p1".into(), kind: BlockKind::Paragraph, text: "The Quad & AUKUS.".into(), attribution: None }];
        let m = Mentions::find(&d);
        let quad = d.glossary.iter().position(|e| e.term == "Quad").unwrap();
        let mut notes = vec![0; d.glossary.len()];
        notes[quad] = 7;
        let html = body_markup(&d, &m, &notes, Ids { prefix: "al3" }, MarkMode::All);
        assert!(html.starts_with("<p class=\"al-p\" id=\"al3-p1\" tabindex=\"-1\">The "), "{html}");
        assert!(html.contains(&format!(
            "<span class=\"al-mention is-marked\" id=\"al3-m0-0\" tabindex=\"-1\" data-b=\"0\" data-i=\"0\" data-e=\"{quad}\"><span role=\"button\" tabindex=\"0\" class=\"al-term\" aria-expanded=\"false\" aria-controls=\"al3-m0-0-card\" aria-describedby=\"al3-term-hint\" data-note=\"7\">Quad</span></span>"
        )), "{html}");
        assert!(html.contains(" &amp; "), "{html}");
        assert!(html.contains("id=\"al3-m0-1\""), "{html}");
    }

    #[test]
    fn quotes_keep_their_attribution_and_markup_in_text_is_escaped() {
        let mut d = doc();
        d.article.blocks = vec![Block {
            id: "q\"1".into(),
            kind: BlockKind::Quote,
            text: "<script>alert(1)</script>".into(),
            attribution: Some("<b>Someone</b>".into()),
        }];
        let m = Mentions::find(&d);
        let html = body_markup(&d, &m, &[], Ids { prefix: "al0" }, MarkMode::All);
        assert_eq!(
            html,
            "<blockquote class=\"al-quote\" id=\"al0-q&quot;1\" tabindex=\"-1\"><p>&lt;script&gt;alert(1)&lt;/script&gt;</p><footer class=\"al-attribution\">— <cite>&lt;b&gt;Someone&lt;/b&gt;</cite></footer></blockquote>"
        );
    }
}
