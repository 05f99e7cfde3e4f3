//! Where each glossary entry is mentioned in the article body, and which mentions to mark.

use crate::model::content::{Block, Document, Entry, MatchCase};
use crate::text::matcher::{CaseRule, Match, Matcher, Pattern};

/// How many mentions the reader wants marked in the text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum MarkMode {
    /// Every mention.
    All,
    /// The first mention of each term in each paragraph: the default, marked enough to find
    /// every term, quiet enough to read.
    #[default]
    FirstPerParagraph,
    /// None: the text reads plain; the glossary index still works.
    None,
}

impl MarkMode {
    /// The three modes in the order the switch shows them.
    pub const ALL: [MarkMode; 3] = [MarkMode::All, MarkMode::FirstPerParagraph, MarkMode::None];

    /// The value stored in `localStorage` and used in attributes.
    pub fn key(self) -> &'static str {
        match self {
            MarkMode::All => "all",
            MarkMode::FirstPerParagraph => "first",
            MarkMode::None => "none",
        }
    }

    /// Reads a stored or attribute value; unknown values give `None`.
    pub fn from_key(key: &str) -> Option<MarkMode> {
        MarkMode::ALL.into_iter().find(|m| m.key() == key.trim())
    }
}

/// The forms of an entry matched in the text: its term, then its aliases.
pub fn forms(entry: &Entry) -> impl Iterator<Item = &String> {
    std::iter::once(&entry.term).chain(&entry.aliases)
}

/// The patterns for a glossary: each entry's term and aliases, targeting the entry's index.
pub fn patterns(entries: &[Entry]) -> Vec<Pattern> {
    entries
        .iter()
        .enumerate()
        .flat_map(|(i, entry)| {
            let case = match entry.match_case {
                MatchCase::Exact => CaseRule::Exact,
                MatchCase::Insensitive => CaseRule::Insensitive,
            };
            forms(entry).map(move |text| Pattern { text: text.clone(), case, target: i })
        })
        .collect()
}

/// `found` (matches in `block`'s matched text) without those inside a link's words. A term
/// inside a link is not a mention: a link cannot hold the term's button, and a reader following
/// the link is not reading about the term.
pub fn outside_links(block: &Block, mut found: Vec<Match>) -> Vec<Match> {
    let links: Vec<_> = block.link_ranges().into_iter().flatten().collect();
    found.retain(|m| !links.iter().any(|l| m.overlaps(l)));
    found
}

/// Every glossary mention in the article body: one list of matches per block, in block order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mentions {
    pub per_block: Vec<Vec<Match>>,
    /// The entries the headline mentions, by index, in order, each once. Not marked (the
    /// headline and dek stay as printed), but an entry mentioned only there is still the
    /// article's, and the index shows it with its definition.
    pub in_headline: Vec<usize>,
    /// The entries the dek mentions, the same way.
    pub in_dek: Vec<usize>,
}

impl Mentions {
    /// Finds the mentions of `doc`'s glossary in its body blocks, and which entries its headline
    /// and dek mention.
    pub fn find(doc: &Document) -> Self {
        let matcher = Matcher::new(&patterns(&doc.glossary));
        let per_block = doc
            .article
            .blocks
            .iter()
            .map(|b| outside_links(b, matcher.find_all(&b.matched_text())))
            .collect();
        let entries_in = |text: &str| {
            let mut found: Vec<usize> = matcher.find_all(text).into_iter().map(|m| m.target).collect();
            found.sort_unstable();
            found.dedup();
            found
        };
        let in_headline = entries_in(&doc.article.headline);
        let in_dek = doc.article.dek.as_deref().map(entries_in).unwrap_or_default();
        Mentions { per_block, in_headline, in_dek }
    }

    /// Whether the headline or the dek mentions entry `entry`.
    pub fn in_head(&self, entry: usize) -> bool {
        self.in_headline.contains(&entry) || self.in_dek.contains(&entry)
    }

    /// How many times each entry is mentioned in the body, indexed like the glossary.
    pub fn counts(&self, entries: usize) -> Vec<usize> {
        let mut counts = vec![0; entries];
        for found in self.per_block.iter().flatten() {
            if let Some(c) = counts.get_mut(found.target) {
                *c += 1;
            }
        }
        counts
    }

    /// Every mention of entry `entry`, in reading order, as (block, index of the mention in
    /// its block).
    pub fn of(&self, entry: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for (block, found) in self.per_block.iter().enumerate() {
            for (index, m) in found.iter().enumerate() {
                if m.target == entry {
                    out.push((block, index));
                }
            }
        }
        out
    }

    /// The mentions of block `block` that `mode` marks.
    pub fn marked(&self, block: usize, mode: MarkMode) -> Vec<Match> {
        let all = self.per_block.get(block).map(Vec::as_slice).unwrap_or_default();
        match mode {
            MarkMode::All => all.to_vec(),
            MarkMode::None => Vec::new(),
            MarkMode::FirstPerParagraph => {
                let mut seen = Vec::new();
                all.iter()
                    .filter(|m| {
                        let first = !seen.contains(&m.target);
                        seen.push(m.target);
                        first
                    })
                    .copied()
                    .collect()
            }
        }
    }
}

/// Entry indexes in alphabetical order of their terms (case-insensitive), for the index and
/// the printed endnotes.
pub fn alphabetical(entries: &[Entry]) -> Vec<usize> {
    let keys: Vec<String> = entries.iter().map(|e| e.term.to_lowercase()).collect();
    let mut order: Vec<usize> = (0..entries.len()).collect();
    crate::sort_indexes(&mut order, &|a, b| keys[a].cmp(&keys[b]));
    order
}

/// Whether a reader's filter text selects `entry`: every word of the filter appears in its term
/// or one of its aliases, ignoring case.
pub fn filter_matches(entry: &Entry, filter: &str) -> bool {
    let haystack = std::iter::once(&entry.term)
        .chain(&entry.aliases)
        .map(|s| s.to_lowercase())
        .collect::<Vec<_>>()
        .join("\n");
    filter.split_whitespace().all(|word| haystack.contains(&word.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_looks_at_terms_and_aliases_in_any_case() {
        let entry: Entry = serde_json::from_str(
            r#"{"id":"ldp","term":"LDP","kind":"organisation","aliases":["Liberal Democratic Party"],
                "definition":"Japan's governing party.","in_article":{"summary":"s","quote":"q"}}"#,
        )
        .expect("entry");
        assert!(filter_matches(&entry, ""));
        assert!(filter_matches(&entry, "ldp"));
        assert!(filter_matches(&entry, "democratic LIBERAL"));
        assert!(!filter_matches(&entry, "governing"));
        assert!(!filter_matches(&entry, "ldp socialist"));
    }

    #[test]
    fn mark_mode_keys_round_trip() {
        for mode in MarkMode::ALL {
            assert_eq!(MarkMode::from_key(mode.key()), Some(mode));
        }
        assert_eq!(MarkMode::from_key("sometimes"), None);
    }
}
