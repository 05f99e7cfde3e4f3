//! The content document, format version 2 (version 1 documents read unchanged): the Rust types
//! that a JSON document maps onto.
//!
//! These types are the single source of truth for the format: `docs/content-format.schema.json`
//! is generated from them (`lens schema`), and a test fails when the two differ.
//! Field names are `snake_case` in JSON; unknown fields are errors, so a typo in a document is
//! reported rather than silently ignored.

use serde::{Deserialize, Serialize};

/// The newest format version, which new documents should declare.
pub const FORMAT_VERSION: u32 = 2;

/// The format versions this build reads: version 2 adds the article's authors, dates, source,
/// series and editor's note, and headings; a version 1 document is a version 2 document that
/// uses none of them (the validator says so where one does).
pub const FORMAT_VERSIONS: std::ops::RangeInclusive<u32> = 1..=FORMAT_VERSION;

/// A content document: one article and everything the widget says about it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Optional link to the JSON Schema, for editors; ignored by the widget.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Format version: 1 or 2 (2 for anything version 2 adds).
    pub version: u32,
    /// Identifier of the document: letters, digits and `-`, unique on a page.
    pub id: String,
    /// BCP 47 language tag of the article text, such as `en`.
    #[serde(default = "default_language")]
    pub language: String,
    /// The article itself, verbatim.
    pub article: Article,
    /// Shared glossary libraries the article draws on (version 2): paths of library files
    /// relative to this document, such as `../glossaries/indo-pacific.json`. Their entries that
    /// the article mentions join its glossary; the others are left out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub libraries: Vec<String>,
    /// The article's own glossary entries, matched automatically wherever their term or aliases
    /// occur. One with the id of a library entry replaces it for this article.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub glossary: Vec<Entry>,
    /// The role in this article of library entries, by entry id (version 2):
    /// `{"quad": {"summary": "...", "quote": "..."}}`.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub in_article: std::collections::BTreeMap<String, Citation>,
    /// The players the article discusses, for the stance maps.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub players: Vec<Player>,
    /// Groupings of players (alliances, blocs), outlined on the maps on request.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groupings: Vec<Grouping>,
    /// The questions the maps place players on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub axes: Vec<Axis>,
    /// The stance maps: two axes and the players shown.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub maps: Vec<StanceMap>,
    /// Where the article places each player on each axis, with its words as evidence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stances: Vec<Stance>,
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
    /// The authors, each by name (version 2); shown as the byline where there is no `byline`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<Author>,
    /// When the article was first published: an ISO 8601 date, `2024-10-08` (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// When it was last updated, if it was: an ISO 8601 date, not before `published` (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    /// Where the publisher's original is: an `https://` address, shown as a link, never fetched
    /// (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    /// The series or column the article belongs to, such as `Japan's security debate` (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub series: Option<String>,
    /// An editor's note shown before the body, such as `Based on a public lecture given in
    /// Tokyo.` (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The lead figure's caption and credit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figure: Option<Figure>,
    /// The body: paragraphs and block quotes in reading order.
    pub blocks: Vec<Block>,
}

/// An author of the article.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Author {
    /// The name as published, such as `Tanaka Yuki`.
    pub name: String,
    /// What the article says the author is, such as `Senior Fellow, Example Institute`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// The lead figure. The image itself is not part of the format; its words are.
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
    /// The text, verbatim: curly quotes, dashes and the author's own slips included. Every
    /// block has one except a list, whose text is its `items`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// For a quote: who or what is quoted, such as `Ishiba Shigeru, Hudson Institute`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
    /// For a heading: 2 for a section, 3 for a subsection (the headline is level 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
    /// For a list: its items in order, each verbatim (version 2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<String>,
    /// For a list: `true` when its items are numbered (version 2).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ordered: bool,
    /// Links the publisher put in the text, each over words of it (version 2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<TextLink>,
}

/// A link in the article's text: its words, which the text contains verbatim (the first place
/// they occur is linked), and where it leads. Shown as an ordinary link; never fetched.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TextLink {
    /// The linked words, exactly as the text has them.
    pub text: String,
    /// An `https://` address.
    pub href: String,
}

/// Between a list's items in [`Block::matched_text`]: neither white space nor part of a word,
/// so no glossary form is found across two items.
pub const ITEM_SEPARATOR: char = '\u{1f}';

impl Block {
    /// The text the glossary is matched in: the block's text, or a list's items joined by
    /// [`ITEM_SEPARATOR`]. Mentions' offsets are into this text.
    pub fn matched_text(&self) -> std::borrow::Cow<'_, str> {
        if self.kind == BlockKind::List {
            std::borrow::Cow::Owned(self.items.join(&ITEM_SEPARATOR.to_string()))
        } else {
            std::borrow::Cow::Borrowed(&self.text)
        }
    }

    /// Where each item is in [`Block::matched_text`], as byte ranges; the whole text for a
    /// block that is not a list.
    pub fn item_ranges(&self) -> Vec<std::ops::Range<usize>> {
        if self.kind != BlockKind::List {
            let whole = 0..self.text.len();
            return vec![whole];
        }
        let mut at = 0;
        self.items
            .iter()
            .map(|item| {
                let range = at..at + item.len();
                at = range.end + ITEM_SEPARATOR.len_utf8();
                range
            })
            .collect()
    }

    /// Where each link is in [`Block::matched_text`] (the first place its words occur), in the
    /// order given; `None` for a link whose words are not there.
    pub fn link_ranges(&self) -> Vec<Option<std::ops::Range<usize>>> {
        let text = self.matched_text();
        self.links
            .iter()
            .map(|link| (!link.text.is_empty()).then(|| text.find(&link.text).map(|at| at..at + link.text.len())).flatten())
            .collect()
    }

    /// The texts a reader reads in the block: its text, or each item of a list.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        let list = self.kind == BlockKind::List;
        (!list).then_some(self.text.as_str()).into_iter().chain(self.items.iter().map(String::as_str).filter(move |_| list))
    }
}

/// The kinds of body block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// A paragraph of the article.
    Paragraph,
    /// A block quote from another source.
    Quote,
    /// A subheading in the body, with its `level` (version 2).
    Heading,
    /// A list, numbered or not, with its `items` (version 2).
    List,
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
    /// The day the definition was true of, as an ISO 8601 date (`2024-10-01`), shown with it:
    /// background knowledge ages, the article's own words do not (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    /// A short note shown under the definition, such as the order of Japanese names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The term's role in this article, with the words of the article that show it. Required
    /// in version 1; in version 2 it may be left out (the card then gives the definition alone),
    /// and a library's entries never have it: an article gives theirs in its own `in_article`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_article: Option<Citation>,
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

    /// The kind's name in a document.
    pub fn key(self) -> &'static str {
        match self {
            EntryKind::Organisation => "organisation",
            EntryKind::Agreement => "agreement",
            EntryKind::Person => "person",
            EntryKind::Place => "place",
            EntryKind::Policy => "policy",
            EntryKind::Concept => "concept",
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

/// A player: a state, bloc, organisation, person or faction the article discusses.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Player {
    /// Identifier, unique among players, such as `china`.
    pub id: String,
    /// The name in full, such as `Foreign Minister Iwaya Takeshi`.
    pub name: String,
    /// The short label the map shows (14 characters at most), such as `Iwaya`.
    pub label: String,
    /// What sort of player this is; the map draws each kind with its own shape.
    pub kind: PlayerKind,
    /// Glossary entries whose mentions are this player's mentions (their terms and aliases are
    /// the player's aliases in the text). Empty for a player the text never names, such as the
    /// author.
    #[serde(default)]
    pub entries: Vec<String>,
}

/// The kinds of player.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PlayerKind {
    State,
    Bloc,
    Organisation,
    Person,
    Faction,
}

/// How a claim about a player is supported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The article says it in so many words.
    Stated,
    /// It follows clearly from what the article says.
    Implied,
    /// General knowledge; the article does not say it.
    Background,
}

impl Basis {
    /// The basis's name in a document (and in class names and data files).
    pub fn key(self) -> &'static str {
        match self {
            Basis::Stated => "stated",
            Basis::Implied => "implied",
            Basis::Background => "background",
        }
    }
}

/// A grouping of players, such as the Quad.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Grouping {
    /// Identifier, unique among groupings.
    pub id: String,
    /// The grouping's name, such as `Quad`.
    pub name: String,
    /// Ids of the member players.
    pub members: Vec<String>,
    /// Whether the article states the membership or it is background knowledge.
    pub basis: Basis,
    /// Verbatim words of the article; required when the basis is `stated` or `implied`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
    /// One sentence about the grouping, such as members that are not players here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A question players are placed on, from -1 (`low`) to +1 (`high`).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Axis {
    /// Identifier, unique among axes.
    pub id: String,
    /// The question, such as `Where does the article place them on an ‘Asian NATO’?`
    pub question: String,
    /// The label of the -1 end, such as `Opposed`.
    pub low: String,
    /// The label of the +1 end, such as `Advocates`.
    pub high: String,
}

/// A stance map: two axes and the players shown on them.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StanceMap {
    /// Identifier, unique among maps.
    pub id: String,
    /// The map's title.
    pub title: String,
    /// The horizontal axis's id.
    pub x: String,
    /// The vertical axis's id.
    pub y: String,
    /// Ids of the players shown.
    pub players: Vec<String>,
}

/// Where the article places one player on one axis, and the words that say so.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Stance {
    /// The player's id.
    pub player: String,
    /// The axis's id.
    pub axis: String,
    /// The position, from -1 (the axis's `low` end) to +1 (its `high` end).
    pub value: f64,
    /// How the article supports the placement.
    pub basis: Basis,
    /// One or more passages of the article, verbatim, behind the placement.
    pub evidence: Vec<String>,
    /// One sentence, in our words, on why the player sits there.
    pub summary: String,
}

/// An id from a name (a file's, a term's): lower-case letters, digits and `-`, starting with a
/// letter (`2025 Harbour talks.md` gives `a2025-harbour-talks`).
pub fn id_from_name(stem: &str) -> String {
    let mut id = String::new();
    for c in stem.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.ends_with('-') && !id.is_empty() {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-').to_owned();
    if id.starts_with(|c: char| c.is_ascii_lowercase()) {
        id
    } else {
        format!("a{id}")
    }
}

impl Document {
    /// The index of the body block whose text contains `quote` verbatim, if any.
    pub fn block_quoting(&self, quote: &str) -> Option<usize> {
        if quote.is_empty() {
            return None;
        }
        self.article.blocks.iter().position(|b| b.texts().any(|t| t.contains(quote)))
    }

    /// Every passage of article text in reading order: headline, dek, figure caption, body
    /// blocks. Cross-reference rules (a citation must quote the article verbatim, a term must
    /// occur) search these passages and nothing else.
    pub fn passages(&self) -> impl Iterator<Item = &str> {
        self.named_passages().map(|(_, text)| text)
    }

    /// [`Document::passages`], each with which passage it is.
    pub fn named_passages(&self) -> impl Iterator<Item = (Passage, &str)> {
        let article = &self.article;
        std::iter::once((Passage::Headline, article.headline.as_str()))
            .chain(article.dek.as_deref().map(|d| (Passage::Dek, d)))
            .chain(article.figure.as_ref().map(|f| (Passage::Caption, f.caption.as_str())))
            .chain(article.blocks.iter().enumerate().flat_map(|(i, b)| b.texts().map(move |t| (Passage::Block(i), t))))
    }

    /// How messages name `passage`: "the headline", or a block by path and id
    /// (`article.blocks[3] (`p4`)`).
    pub fn passage_name(&self, passage: Passage) -> String {
        match passage {
            Passage::Headline => "the headline".to_owned(),
            Passage::Dek => "the dek".to_owned(),
            Passage::Caption => "the figure caption".to_owned(),
            Passage::Block(i) => format!("article.blocks[{i}] (`{}`)", self.article.blocks.get(i).map_or("", |b| b.id.as_str())),
        }
    }
}

/// Which passage of the article a text is (see [`Document::named_passages`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Passage {
    /// The headline.
    Headline,
    /// The dek (standfirst).
    Dek,
    /// The lead figure's caption.
    Caption,
    /// A body block, by index.
    Block(usize),
}
