//! Helpers for the native tests of the domain and the components: the seed document, and the
//! text a reader sees in rendered HTML.

use crate::model::content::Document;

/// The seed document, `content/asian-nato.json`, read and checked, its glossary resolved from
/// its library.
pub fn seed() -> Document {
    let path = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/content/asian-nato.json"));
    crate::model::files::load(path).unwrap_or_else(|p| panic!("the seed reads: {p:?}")).doc
}

/// Rendered HTML without Leptos's hydration markers (`<!>`), to compare with expected markup.
pub fn without_markers(html: &str) -> String {
    html.replace("<!>", "")
}

/// The text of rendered HTML: tags (and Leptos's `<!>` markers) removed, the entities it
/// escapes text with decoded.
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
