//! An article from Markdown (with YAML front matter) or plain text, as a version 2 content
//! document (`lens import`): the editor writes neither JSON nor its escapes.
//!
//! The text is kept character for character: Markdown's syntax goes, the author's characters
//! stay (curly quotes, dashes, no-break spaces; no typographic rewriting). Paragraphs, headings,
//! block quotes, lists and links map onto the format's blocks and links; what the format cannot
//! hold (images, raw HTML, emphasis, non-https links) is left out or kept as plain text, and
//! each such choice is reported as a note for the editor to review.

pub use super::content::id_from_name;
use gray_matter::engine::YAML;
use gray_matter::Matter;
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Deserialize;

use crate::model::content::{Article, Author, Block, BlockKind, Document, TextLink, FORMAT_VERSION, ITEM_SEPARATOR};

/// A document made from an article, and what the editor should know about how.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub doc: Document,
    /// What was left out or changed, each naming where.
    pub notes: Vec<String>,
}

/// The front matter a Markdown article may start with (between `---` lines). Every field is
/// optional except that there must be a headline here or as a level-1 heading.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    id: Option<String>,
    language: Option<String>,
    kicker: Option<String>,
    #[serde(default)]
    topics: Vec<String>,
    headline: Option<String>,
    dek: Option<String>,
    byline: Option<String>,
    #[serde(default)]
    authors: Vec<AuthorField>,
    published: Option<String>,
    updated: Option<String>,
    source_url: Option<String>,
    series: Option<String>,
    note: Option<String>,
}

/// An author as front matter writes one: a name alone, or a name and a role.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum AuthorField {
    Name(String),
    Full { name: String, role: Option<String> },
}

/// Builds the blocks of a body, numbering their ids by kind (`p1`, `h1`, `q1`, `l1`).
#[derive(Default)]
struct Body {
    blocks: Vec<Block>,
    counts: [usize; 4],
}

impl Body {
    fn push(&mut self, kind: BlockKind, text: String, f: impl FnOnce(&mut Block)) {
        let (slot, prefix) = match kind {
            BlockKind::Paragraph => (0, "p"),
            BlockKind::Heading => (1, "h"),
            BlockKind::Quote => (2, "q"),
            BlockKind::List => (3, "l"),
        };
        self.counts[slot] += 1;
        let mut block = Block {
            id: format!("{prefix}{}", self.counts[slot]),
            kind,
            text,
            attribution: None,
            level: None,
            items: Vec::new(),
            ordered: false,
            links: Vec::new(),
        };
        f(&mut block);
        self.blocks.push(block);
    }
}

/// Text being gathered for one block (or list item), with the links found in it.
#[derive(Default)]
struct Buffer {
    text: String,
    links: Vec<TextLink>,
    /// Where the open link's words start in `text`, and its address.
    open_link: Option<(usize, String)>,
}

impl Buffer {
    /// The text without its surrounding white space, and its links.
    fn take(&mut self) -> (String, Vec<TextLink>) {
        let text = std::mem::take(&mut self.text).trim().to_owned();
        (text, std::mem::take(&mut self.links))
    }
}

/// What the walk over the Markdown is inside.
enum Container {
    Quote(Vec<(String, Vec<TextLink>)>),
    List { ordered: bool, items: Vec<(String, Vec<TextLink>)> },
}

/// Where a note's subject is: after the last block made (by its id), or before the first.
fn place(body: &Body) -> String {
    body.blocks.last().map_or_else(|| "before the first block".to_owned(), |b| format!("after block `{}`", b.id))
}

/// Reads a Markdown article with optional front matter. `id` is used when the front matter
/// gives none.
pub fn from_markdown(text: &str, id: &str) -> Result<Imported, String> {
    let parsed = Matter::<YAML>::new().parse::<FrontMatter>(text).map_err(|e| format!("the front matter: {e}"))?;
    let front = parsed.data.unwrap_or_default();
    let mut notes = Vec::new();
    let mut body = Body::default();
    let mut headline = front.headline.clone();
    let mut buffer = Buffer::default();
    let mut containers: Vec<Container> = Vec::new();
    let mut list_depth = 0usize;
    let mut in_image = 0usize;
    for event in Parser::new_ext(&parsed.content, Options::empty()) {
        match event {
            Event::End(TagEnd::Heading(level)) => {
                let (text, links) = buffer.take();
                if text.is_empty() {
                    continue;
                }
                // The first level-1 heading is the headline (unless the front matter gives one);
                // the format's body headings are levels 2 and 3.
                let (level, changed) = match level {
                    HeadingLevel::H1 if headline.is_none() => {
                        headline = Some(text);
                        continue;
                    }
                    // Front matter and a `# ` heading often both give the headline.
                    HeadingLevel::H1 if headline.as_deref() == Some(text.as_str()) => {
                        notes.push("the level-1 heading repeats the headline and is left out".to_owned());
                        continue;
                    }
                    HeadingLevel::H1 => (2, true),
                    HeadingLevel::H2 => (2, false),
                    HeadingLevel::H3 => (3, false),
                    _ => (3, true),
                };
                if changed {
                    notes.push(format!("the heading “{text}” became level {level}"));
                }
                body.push(BlockKind::Heading, text, |b| {
                    b.level = Some(level);
                    b.links = links;
                });
            }
            Event::Start(Tag::BlockQuote(_)) => containers.push(Container::Quote(Vec::new())),
            Event::End(TagEnd::BlockQuote(_)) => {
                if let Some(Container::Quote(mut paragraphs)) = containers.pop() {
                    // A last paragraph starting with a dash names the source.
                    let attribution = paragraphs.last().and_then(|(t, _)| {
                        ["— ", "―", "-- ", "– "].iter().find_map(|dash| t.strip_prefix(dash)).map(|a| a.trim().to_owned())
                    });
                    if attribution.is_some() {
                        paragraphs.pop();
                    }
                    let last = paragraphs.len().saturating_sub(1);
                    for (k, (text, links)) in paragraphs.into_iter().enumerate() {
                        body.push(BlockKind::Quote, text, |b| {
                            b.links = links;
                            b.attribution = attribution.clone().filter(|_| k == last);
                        });
                    }
                }
            }
            Event::Start(Tag::List(start)) => {
                list_depth += 1;
                if list_depth == 1 {
                    containers.push(Container::List { ordered: start.is_some(), items: Vec::new() });
                } else {
                    notes.push(format!("a list inside a list ({}) became items of the outer list", place(&body)));
                    // The outer item's words so far are an item of their own.
                    let (text, links) = buffer.take();
                    if let (false, Some(Container::List { items, .. })) = (text.is_empty(), containers.last_mut()) {
                        items.push((text, links));
                    }
                }
            }
            Event::End(TagEnd::Item) => {
                let (text, links) = buffer.take();
                if let (false, Some(Container::List { items, .. })) = (text.is_empty(), containers.last_mut()) {
                    items.push((text, links));
                }
            }
            Event::End(TagEnd::List(_)) => {
                list_depth -= 1;
                if list_depth == 0 {
                    if let Some(Container::List { ordered, items }) = containers.pop() {
                        let items = first_places_only(items, &mut notes, &body);
                        let (items, links): (Vec<String>, Vec<Vec<TextLink>>) = items.into_iter().unzip();
                        if !items.is_empty() {
                            body.push(BlockKind::List, String::new(), |b| {
                                b.items = items;
                                b.ordered = ordered;
                                b.links = links.into_iter().flatten().collect();
                            });
                        }
                    }
                }
            }
            Event::End(TagEnd::Paragraph) => match containers.last_mut() {
                Some(Container::Quote(paragraphs)) => {
                    let (text, links) = buffer.take();
                    if !text.is_empty() {
                        paragraphs.push((text, links));
                    }
                }
                // In a list item, paragraphs run on as the item's words.
                Some(Container::List { .. }) => buffer.text.push(' '),
                None => {
                    let (text, links) = buffer.take();
                    if !text.is_empty() {
                        body.push(BlockKind::Paragraph, text, |b| b.links = links);
                    }
                }
            },
            Event::Start(Tag::Link { dest_url, .. }) => buffer.open_link = Some((buffer.text.len(), dest_url.into_string())),
            Event::End(TagEnd::Link) => {
                if let Some((start, href)) = buffer.open_link.take() {
                    let words = buffer.text[start..].to_owned();
                    if !href.starts_with("https://") {
                        notes.push(format!("the link “{words}” to {href} is kept as plain text: links must be https:// ({})", place(&body)));
                    } else if buffer.text.find(&words) != Some(start) || words.trim().is_empty() {
                        notes.push(format!("the link “{words}” to {href} is kept as plain text: the same words come earlier in its paragraph, and a link marks their first place ({})", place(&body)));
                    } else {
                        buffer.links.push(TextLink { text: words, href });
                    }
                }
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                in_image += 1;
                notes.push(format!("the image {dest_url} is left out: the format holds no images ({})", place(&body)));
            }
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            Event::Start(Tag::CodeBlock(_)) => notes.push(format!("a code block became a paragraph ({})", place(&body))),
            Event::End(TagEnd::CodeBlock) => {
                let (text, links) = buffer.take();
                if !text.is_empty() {
                    body.push(BlockKind::Paragraph, text, |b| b.links = links);
                }
            }
            Event::Text(t) | Event::Code(t) if in_image == 0 => buffer.text.push_str(&t),
            Event::SoftBreak => buffer.text.push(' '),
            Event::HardBreak => buffer.text.push('\n'),
            Event::Html(html) | Event::InlineHtml(html) => {
                notes.push(format!("HTML is left out: {} ({})", html.trim(), place(&body)));
            }
            _ => {}
        }
    }
    let headline = headline.ok_or("no headline: give `headline:` in the front matter, or start the text with a `# ` heading")?;
    finish(front, headline, body, id, notes)
}

/// A list's items with only the links whose words first occur in their own item (a link marks
/// the first place of its words in the whole list); the others are reported and dropped.
fn first_places_only(items: Vec<(String, Vec<TextLink>)>, notes: &mut Vec<String>, body: &Body) -> Vec<(String, Vec<TextLink>)> {
    let joined = items.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>().join(&ITEM_SEPARATOR.to_string());
    let mut offset = 0;
    items
        .into_iter()
        .map(|(text, links)| {
            let start = offset;
            offset += text.len() + ITEM_SEPARATOR.len_utf8();
            let links = links
                .into_iter()
                .filter(|link| {
                    let first_here = joined.find(&link.text).is_some_and(|at| at >= start);
                    if !first_here {
                        notes.push(format!("the link “{}” to {} is kept as plain text: the same words come in an earlier item of its list, and a link marks their first place ({})", link.text, link.href, place(body)));
                    }
                    first_here
                })
                .collect();
            (text, links)
        })
        .collect()
}

/// Reads a plain-text article: the first line is the headline, blank lines separate paragraphs,
/// and the lines of one paragraph are joined by a space.
pub fn from_plain_text(text: &str, id: &str) -> Result<Imported, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines().skip_while(|l| l.trim().is_empty());
    let headline = lines.next().map(|l| l.trim().to_owned()).ok_or("the file is empty: its first line should be the headline")?;
    let mut body = Body::default();
    let mut paragraph: Vec<&str> = Vec::new();
    for line in lines.chain(std::iter::once("")) {
        if line.trim().is_empty() {
            if !paragraph.is_empty() {
                body.push(BlockKind::Paragraph, paragraph.join(" "), |_| {});
                paragraph.clear();
            }
        } else {
            paragraph.push(line.trim());
        }
    }
    finish(FrontMatter::default(), headline, body, id, Vec::new())
}

/// The document from its parts.
fn finish(front: FrontMatter, headline: String, body: Body, id: &str, notes: Vec<String>) -> Result<Imported, String> {
    if body.blocks.is_empty() {
        return Err("no body: the article needs at least one paragraph after its headline".to_owned());
    }
    let authors = front
        .authors
        .into_iter()
        .map(|a| match a {
            AuthorField::Name(name) => Author { name, role: None },
            AuthorField::Full { name, role } => Author { name, role },
        })
        .collect();
    let article = Article {
        kicker: front.kicker,
        topics: front.topics,
        headline,
        dek: front.dek,
        byline: front.byline,
        authors,
        published: front.published,
        updated: front.updated,
        source_url: front.source_url,
        series: front.series,
        note: front.note,
        figure: None,
        blocks: body.blocks,
    };
    let doc = Document {
        schema: None,
        version: FORMAT_VERSION,
        id: front.id.unwrap_or_else(|| id.to_owned()),
        language: front.language.unwrap_or_else(|| "en".to_owned()),
        article,
        libraries: Vec::new(),
        glossary: Vec::new(),
        in_article: Default::default(),
        players: Vec::new(),
        groupings: Vec::new(),
        axes: Vec::new(),
        maps: Vec::new(),
        stances: Vec::new(),
    };
    Ok(Imported { doc, notes })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_from_file_names() {
        assert_eq!(id_from_name("Harbour Talks"), "harbour-talks");
        assert_eq!(id_from_name("2025 — Ports, again!"), "a2025-ports-again");
        assert_eq!(id_from_name("__"), "a");
    }
}
