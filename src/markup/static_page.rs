//! The article as static, semantic HTML (`lens render`): the no-JavaScript fallback a host puts
//! inside `<article-lens>`, indexable by search engines and painted before the wasm arrives.
//! Same structure and classes as the widget's own view, so the widget takes over without a
//! jump in layout.

use crate::model::content::Document;
use crate::text::glossary::MarkMode;

/// Escapes text for an HTML text node or a double-quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A quotation of the article as `<q>` (escaped). One that itself holds double quotation marks
/// gets single ones around it (`al-q-single`), so that “the Quad as an “Asian NATO,”” reads
/// ‘the Quad as an “Asian NATO,”’: the article's words stay as they are.
pub fn quotation(text: &str) -> String {
    let class = if text.contains(['“', '”', '"']) { " class=\"al-q-single\"" } else { "" };
    format!("<q{class}>{}</q>", escape(text))
}

/// The article of `doc` as HTML: a `.al-root` holding the header, lead figure and body.
pub fn render(doc: &Document) -> String {
    let a = &doc.article;
    let mut h = String::new();
    h.push_str("<div class=\"al-root al-theme-auto al-static\">\n");
    if !doc.glossary.is_empty() {
        // Holds the place of the reader's controls (the same markup, invisible and inert), so
        // nothing moves when the widget arrives.
        h.push_str(&format!(
            "<div class=\"al-toolbar al-placeholder\" aria-hidden=\"true\"><fieldset class=\"al-switch\" disabled>{}</fieldset></div>\n",
            switch_markup(None)
        ));
    }
    h.push_str(&format!("<article class=\"al-article\" lang=\"{}\">\n", escape(&doc.language)));
    h.push_str(&format!("<div class=\"al-head\">{}</div>\n", head_markup(doc)));
    h.push_str("<div class=\"al-body\">\n");
    for b in &a.blocks {
        crate::markup::body::push_block(&mut h, b, "", &escape(&b.text));
        h.push('\n');
    }
    h.push_str("</div>\n</article>\n</div>\n");
    h
}

/// The article's head as HTML: the header (kicker, headline, dek, byline, topics) and the lead
/// figure, for a `.al-head` element. The widget sets the same markup, so the static copy and the
/// widget are laid out alike.
pub fn head_markup(doc: &Document) -> String {
    let a = &doc.article;
    let mut h = String::from("<header class=\"al-header\">\n");
    if let Some(k) = &a.kicker {
        h.push_str(&format!("<p class=\"al-kicker\">{}</p>\n", escape(k)));
    }
    h.push_str(&format!("<h1 class=\"al-headline\">{}</h1>\n", escape(&a.headline)));
    if let Some(d) = &a.dek {
        h.push_str(&format!("<p class=\"al-dek\">{}</p>\n", escape(d)));
    }
    if let Some(b) = &a.byline {
        h.push_str(&format!("<p class=\"al-byline\">{}</p>\n", escape(b)));
    }
    if !a.topics.is_empty() {
        h.push_str("<ul class=\"al-topics\" aria-label=\"Topics\">");
        for t in &a.topics {
            h.push_str(&format!("<li>{}</li>", escape(t)));
        }
        h.push_str("</ul>\n");
    }
    h.push_str("</header>\n");
    if let Some(f) = &a.figure {
        // The photo itself is not part of the document: say so, or the caption reads as if an
        // image had failed to load.
        h.push_str(&format!(
            "<figure class=\"al-figure\"><figcaption><span class=\"al-figure-label\">The article’s photo, not shown here</span><span class=\"al-caption\">{}</span>",
            escape(&f.caption)
        ));
        if let Some(c) = &f.credit {
            h.push_str(&format!(" <span class=\"al-credit\">Credit: {}</span>", escape(c)));
        }
        h.push_str("</figcaption></figure>\n");
    }
    h
}

/// The marking switch's legend and radio buttons. `live`: the radio group's name and the
/// checked mode, for the widget's switch; `None` for the static copy's inert placeholder.
pub fn switch_markup(live: Option<(&str, MarkMode)>) -> String {
    let mut h = String::from("<legend>Mark glossary terms</legend>");
    for mode in MarkMode::ALL {
        let input = match live {
            Some((name, checked)) => format!(
                "name=\"{}\" value=\"{}\"{}",
                escape(name),
                mode.key(),
                if mode == checked { " checked" } else { "" }
            ),
            None => "tabindex=\"-1\"".to_owned(),
        };
        h.push_str(&format!("<label class=\"al-switch-option\"><input type=\"radio\" {input}><span>{}</span></label>", mode.label()));
    }
    h
}

/// The marker a page template holds where `lens render --into` puts the article.
pub const MARKER: &str = "<!-- lens:static -->";

/// `template` with the rendered article in place of [`MARKER`]; `None` without a marker.
pub fn fill(template: &str, doc: &Document) -> Option<String> {
    template.contains(MARKER).then(|| template.replacen(MARKER, &render(doc), 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotations_nest_their_marks() {
        assert_eq!(quotation("a <b>"), "<q>a &lt;b&gt;</q>");
        assert_eq!(quotation("the Quad as an “Asian NATO,”"), "<q class=\"al-q-single\">the Quad as an “Asian NATO,”</q>");
        assert_eq!(quotation("say \"no\""), "<q class=\"al-q-single\">say &quot;no&quot;</q>");
    }

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(escape("<script>alert(\"x\") & 'y'</script>"), "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;");
        assert_eq!(escape("Ishiba’s “Asian NATO” – ok"), "Ishiba’s “Asian NATO” – ok");
    }

    #[test]
    fn the_switch_is_inert_in_the_static_copy_and_live_in_the_widget() {
        let inert = switch_markup(None);
        assert_eq!(inert.matches("tabindex=\"-1\"").count(), 3);
        assert!(!inert.contains("checked") && !inert.contains("name="));
        let live = switch_markup(Some(("al1-marks\"", MarkMode::None)));
        assert_eq!(live.matches("name=\"al1-marks&quot;\"").count(), 3);
        assert_eq!(live.matches(" checked").count(), 1);
        assert!(live.contains("value=\"none\" checked>"));
        // The same labels, in the same order, as the widget's.
        for mode in MarkMode::ALL {
            assert!(inert.contains(mode.label()) && live.contains(mode.label()));
        }
    }
}
