//! The content document, format version 1: the Rust types that a JSON document maps onto.
//!
//! These types are the single source of truth for the format: `docs/content-format.schema.json`
//! is generated from them (`lens schema`), and a test fails when the two differ.
//! Field names are `snake_case` in JSON; unknown fields are errors, so a typo in a document is
//! reported rather than silently ignored.

use serde::{Deserialize, Serialize};

/// The only format version this build reads.
pub const FORMAT_VERSION: u32 = 1;

/// A content document: one article and everything the widget says about it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Optional link to the JSON Schema, for editors; ignored by the widget.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Format version. Must be 1.
    pub version: u32,
    /// Identifier of the document: letters, digits and `-`, unique on a page.
    pub id: String,
    /// BCP 47 language tag of the article text, such as `en`.
    #[serde(default = "default_language")]
    pub language: String,
    /// The article itself, verbatim.
    pub article: Article,
    /// Glossary entries, matched automatically wherever their term or aliases occur.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub glossary: Vec<Entry>,
}

fn default_language() -> String {
    "en".to_owned()
}

/// The article as its publisher printed it, page chrome left out.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// The section or column name shown above the headline (a kicker), such as `Tokyo Report`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kicker: Option<String>,
    /// Topic labels the publisher gives the article, such as `Security`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<String>,
    /// The headline, verbatim.
    pub headline: String,
    /// The standfirst (dek) under the headline, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dek: Option<String>,
    /// Byline, exactly as published. Leave it out when the source names no author.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// The lead figure's caption and credit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figure: Option<Figure>,
    /// The body: paragraphs and block quotes in reading order.
    pub blocks: Vec<Block>,
}

/// The lead figure. The image itself is not part of format version 1; its words are.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// The caption, verbatim.
    pub caption: String,
    /// Who the picture is credited to, without the word "Credit:".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
}

/// One block of the article body.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Block {
    /// Identifier, unique among the blocks, such as `p4` or `q1`; citations point at it.
    pub id: String,
    /// What kind of block this is.
    pub kind: BlockKind,
    /// The text, verbatim: curly quotes, dashes and the author's own slips included.
    pub text: String,
    /// For a quote: who or what is quoted, such as `Ishiba Shigeru, Hudson Institute`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
}

/// The kinds of body block format version 1 knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// A paragraph of the article.
    Paragraph,
    /// A block quote from another source.
    Quote,
}

/// A glossary entry: a term of the article explained, and where the article uses it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Identifier, unique in the glossary, such as `quad`.
    pub id: String,
    /// The term as the card's title shows it. It is also matched in the text.
    pub term: String,
    /// What sort of thing the term names.
    pub kind: EntryKind,
    /// Other exact forms to match in the text, such as `Quadrilateral Security Dialogue`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// How letter case must match; `exact` unless the term may start a sentence.
    #[serde(default, skip_serializing_if = "MatchCase::is_exact")]
    pub match_case: MatchCase,
    /// Background knowledge in our own words, true as of the article's time (about 60 words at
    /// most). Shown marked as background, not as the article's claim.
    pub definition: String,
    /// A short note shown under the definition, such as the order of Japanese names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The term's role in this article, with the words of the article that show it.
    pub in_article: Citation,
    /// Ids of related entries, offered as links on the card.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<String>,
    /// One link for further reading: a plain link the reader may follow, never fetched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub further_reading: Option<Link>,
}

/// The kinds of glossary entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    Organisation,
    Agreement,
    Person,
    Place,
    Policy,
    Concept,
}

impl EntryKind {
    /// All kinds, in the order the glossary index lists them.
    pub const ALL: [EntryKind; 6] = [
        EntryKind::Organisation,
        EntryKind::Agreement,
        EntryKind::Person,
        EntryKind::Place,
        EntryKind::Policy,
        EntryKind::Concept,
    ];

    /// The kind's name as a reader sees it.
    pub fn label(self) -> &'static str {
        match self {
            EntryKind::Organisation => "Organisation",
            EntryKind::Agreement => "Agreement",
            EntryKind::Person => "Person",
            EntryKind::Place => "Place",
            EntryKind::Policy => "Policy",
            EntryKind::Concept => "Concept",
        }
    }

    /// The plural, for index headings.
    pub fn plural(self) -> &'static str {
        match self {
            EntryKind::Organisation => "Organisations",
            EntryKind::Agreement => "Agreements",
            EntryKind::Person => "People",
            EntryKind::Place => "Places",
            EntryKind::Policy => "Policies",
            EntryKind::Concept => "Concepts",
        }
    }
}

/// How letter case must match.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum MatchCase {
    /// Exactly as written: "Diet" the parliament, never "diet".
    #[default]
    Exact,
    /// Any case.
    Insensitive,
}

impl MatchCase {
    fn is_exact(&self) -> bool {
        *self == MatchCase::Exact
    }
}

/// A claim about the article, and the article's own words that support it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// One sentence on what the article says.
    pub summary: String,
    /// Words copied verbatim from the article; the validator proves they are there.
    pub quote: String,
}

/// A link the reader may follow.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// An `https://` address.
    pub url: String,
    /// The link's text, such as `Wikipedia: Quadrilateral Security Dialogue`.
    pub label: String,
}

impl Document {
    /// The index of the body block whose text contains `quote` verbatim, if any.
    pub fn block_quoting(&self, quote: &str) -> Option<usize> {
        if quote.is_empty() {
            return None;
        }
        self.article.blocks.iter().position(|b| b.text.contains(quote))
    }

    /// Every passage of article text in reading order, with a label saying where it is.
    ///
    /// Cross-reference rules (a citation must quote the article verbatim, a term must occur)
    /// search these passages and nothing else.
    pub fn passages(&self) -> Vec<(String, &str)> {
        let article = &self.article;
        let mut out = vec![("article.headline".to_owned(), article.headline.as_str())];
        if let Some(dek) = &article.dek {
            out.push(("article.dek".to_owned(), dek.as_str()));
        }
        if let Some(figure) = &article.figure {
            out.push(("article.figure.caption".to_owned(), figure.caption.as_str()));
        }
        for (i, block) in article.blocks.iter().enumerate() {
            out.push((format!("article.blocks[{i}].text"), block.text.as_str()));
        }
        out
    }
}
