//! Helpers for the native tests of the markup modules: the seed document, and the text a
//! reader sees in a piece of markup.

use crate::model::content::Document;

/// The seed document, `content/asian-nato.json`, read and checked.
pub fn seed() -> Document {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/content/asian-nato.json")).unwrap();
    crate::model::read::read_document(&text).unwrap_or_else(|_| panic!("the seed reads"))
}

/// The text of markup: tags removed, the entities of [`crate::markup::static_page::escape`] decoded.
pub fn text_of(markup: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in markup.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}
