//! Finding terms in text: leftmost-longest, whole words, with per-pattern case rules.
//!
//! Text and patterns are split into tokens: a run of letters and digits is one token, any other
//! visible character is a token of its own, white space separates tokens. A pattern matches
//! where its tokens equal the text's tokens in order, with white space between them exactly
//! where the pattern has it. So matches are always whole words ("Quad" never matches inside
//! "quadruple"), possessives leave the name matched ("Ishiba’s" marks "Ishiba"), quotes and
//! hyphens are just tokens ("“Indo-Pacific 4”" holds "Indo-Pacific 4"), and the curly and
//! straight apostrophe count as the same character, as do the hyphen, the non-breaking hyphen
//! and the en dash ("China–Russia" matches `China-Russia`).
//!
//! Patterns are grouped by their first token, so finding all matches costs one lookup per text
//! token plus the few candidate comparisons: linear in the text's length.

use std::collections::HashMap;

/// How a pattern's letters must match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CaseRule {
    /// Exactly as written ("Diet" the parliament, never "diet").
    Exact,
    /// Any case ("collective self-defense" also at the start of a sentence).
    Insensitive,
}

/// One pattern to look for, and what it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    /// The words to find, such as `Indo-Pacific 4`.
    pub text: String,
    /// The case rule for this pattern.
    pub case: CaseRule,
    /// What a match of this pattern refers to (a glossary entry's index, a player's...).
    pub target: usize,
}

/// A match: byte offsets into the text, on character boundaries, and the pattern's target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    pub target: usize,
    /// Index of the pattern that matched, in the order given to [`Matcher::new`].
    pub pattern: usize,
}

impl Match {
    /// Whether the match shares a character with the byte range `other`.
    pub fn overlaps(&self, other: &std::ops::Range<usize>) -> bool {
        overlap(&(self.start..self.end), other)
    }
}

/// Whether two byte ranges share a character.
pub fn overlap(a: &std::ops::Range<usize>, b: &std::ops::Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// A token of text: its byte span, its folded form for comparison, and whether white space
/// precedes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// The token with equivalent characters folded (’ to ', hyphen variants to -).
    exact: String,
    /// `exact` in lower case, for case-insensitive patterns and the index.
    lower: String,
    pub(crate) space_before: bool,
}

fn fold(c: char) -> char {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02bc}' => '\'',
        // Hyphen, non-breaking hyphen, en dash: "China–Russia" is "China-Russia".
        '\u{2010}' | '\u{2011}' | '\u{2013}' => '-',
        _ => c,
    }
}

/// The tokens of `text`, in order (see the module's description).
pub(crate) fn tokens(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    let mut space_before = false;
    let mut word: Option<usize> = None;
    let close_word = |out: &mut Vec<Token>, start: usize, end: usize, space_before: bool| {
        let exact: String = text[start..end].chars().map(fold).collect();
        out.push(Token { start, end, lower: exact.to_lowercase(), exact, space_before });
    };
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            if word.is_none() {
                word = Some(i);
            }
            continue;
        }
        if let Some(start) = word.take() {
            close_word(&mut out, start, i, space_before);
            space_before = false;
        }
        if c.is_whitespace() {
            space_before = true;
        } else {
            close_word(&mut out, i, i + c.len_utf8(), space_before);
            space_before = false;
        }
    }
    if let Some(start) = word {
        close_word(&mut out, start, text.len(), space_before);
    }
    out
}

/// A compiled pattern: its tokens, ready to compare.
#[derive(Debug, Clone)]
struct Compiled {
    tokens: Vec<Token>,
    case: CaseRule,
    target: usize,
}

impl Compiled {
    /// The first token, lower case ("" for a pattern with none).
    fn first(&self) -> &str {
        self.tokens.first().map_or("", |t| t.lower.as_str())
    }
}

/// Finds patterns in text. Build once per document, run on every passage.
#[derive(Debug, Clone, Default)]
pub struct Matcher {
    patterns: Vec<Compiled>,
    /// The patterns with at least one token, by their first token (lower case), in the order
    /// given.
    by_first: HashMap<String, Vec<usize>>,
}

impl Matcher {
    /// Compiles `patterns`. Patterns with no visible characters are ignored.
    pub fn new(patterns: &[Pattern]) -> Self {
        let patterns: Vec<Compiled> = patterns
            .iter()
            .map(|p| Compiled { tokens: tokens(&p.text), case: p.case, target: p.target })
            .collect();
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, p) in patterns.iter().enumerate().filter(|(_, p)| !p.tokens.is_empty()) {
            by_first.entry(p.first().to_owned()).or_default().push(i);
        }
        Matcher { patterns, by_first }
    }

    /// Every match in `text`, leftmost-longest and never overlapping, in order.
    pub fn find_all(&self, text: &str) -> Vec<Match> {
        let tokens = tokens(text);
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            match self.longest_at(&tokens, i) {
                Some((pattern, len)) => {
                    let last = &tokens[i + len - 1];
                    out.push(Match {
                        start: tokens[i].start,
                        end: last.end,
                        target: self.patterns[pattern].target,
                        pattern,
                    });
                    i += len;
                }
                None => i += 1,
            }
        }
        out
    }

    /// The longest pattern matching at token `i`: its index and its length in tokens. On a tie
    /// the pattern given first wins.
    fn longest_at(&self, text: &[Token], i: usize) -> Option<(usize, usize)> {
        let candidates = self.by_first.get(text[i].lower.as_str())?;
        let mut best: Option<(usize, usize, usize)> = None; // (pattern, tokens, bytes)
        for &p in candidates {
            let pattern = &self.patterns[p];
            let n = pattern.tokens.len();
            if i + n > text.len() || !self.matches_at(pattern, &text[i..i + n]) {
                continue;
            }
            let bytes = text[i + n - 1].end - text[i].start;
            if best.is_none_or(|(_, _, b)| bytes > b) {
                best = Some((p, n, bytes));
            }
        }
        best.map(|(p, n, _)| (p, n))
    }

    fn matches_at(&self, pattern: &Compiled, text: &[Token]) -> bool {
        pattern.tokens.iter().zip(text).enumerate().all(|(k, (want, got))| {
            let same = match pattern.case {
                CaseRule::Exact => want.exact == got.exact,
                CaseRule::Insensitive => want.lower == got.lower,
            };
            // White space inside the match exactly where the pattern has it.
            same && (k == 0 || want.space_before == got.space_before)
        })
    }
}

/// A piece of text: plain, or matched to a target. Concatenating the pieces' text gives back
/// the text they were cut from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'a> {
    Plain(&'a str),
    Marked { text: &'a str, found: Match },
}

/// Cuts `text` into plain and marked pieces at `matches` (which must be sorted and disjoint,
/// as [`Matcher::find_all`] returns them).
pub fn pieces<'a>(text: &'a str, matches: &[Match]) -> Vec<Piece<'a>> {
    let mut out = Vec::with_capacity(matches.len() * 2 + 1);
    let mut at = 0;
    for &found in matches {
        if found.start > at {
            out.push(Piece::Plain(&text[at..found.start]));
        }
        out.push(Piece::Marked { text: &text[found.start..found.end], found });
        at = found.end;
    }
    if at < text.len() {
        out.push(Piece::Plain(&text[at..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_matcher_finds_nothing() {
        assert!(Matcher::default().find_all("Quad and AUKUS").is_empty());
        assert!(Matcher::new(&[]).find_all("Quad and AUKUS").is_empty());
    }

    fn pattern(text: &str, case: CaseRule, target: usize) -> Pattern {
        Pattern { text: text.to_owned(), case, target }
    }

    /// The matched substrings of `text`, with their targets.
    fn found(patterns: &[Pattern], text: &str) -> Vec<(String, usize)> {
        Matcher::new(patterns)
            .find_all(text)
            .into_iter()
            .map(|m| (text[m.start..m.end].to_owned(), m.target))
            .collect()
    }

    fn owned(list: &[(&str, usize)]) -> Vec<(String, usize)> {
        list.iter().map(|(s, t)| (s.to_string(), *t)).collect()
    }

    #[test]
    fn whole_words_only() {
        let p = [pattern("Quad", CaseRule::Insensitive, 0)];
        assert_eq!(found(&p, "a quadruple Quadrilateral; the Quad, quad."), owned(&[("Quad", 0), ("quad", 0)]));
    }

    #[test]
    fn exact_case_rule() {
        let p = [pattern("Diet", CaseRule::Exact, 0)];
        assert_eq!(found(&p, "a healthy diet; the Japanese Diet; DIET"), owned(&[("Diet", 0)]));
    }

    #[test]
    fn possessives_with_either_apostrophe_keep_the_name_matched() {
        let p = [pattern("Ishiba", CaseRule::Exact, 0), pattern("LDP", CaseRule::Exact, 1)];
        assert_eq!(
            found(&p, "Ishiba’s plan, Ishiba's plan, the LDP’s credentials"),
            owned(&[("Ishiba", 0), ("Ishiba", 0), ("LDP", 1)])
        );
        // A pattern written with a straight apostrophe matches the curly one, and back.
        let p = [pattern("Prime Minister's Office", CaseRule::Exact, 2)];
        assert_eq!(found(&p, "Credit: Prime Minister’s Office of Japan"), owned(&[("Prime Minister’s Office", 2)]));
    }

    #[test]
    fn the_longest_overlapping_pattern_wins() {
        let p = [
            pattern("NATO", CaseRule::Exact, 0),
            pattern("Asian NATO", CaseRule::Exact, 1),
            pattern("Indo-Pacific", CaseRule::Exact, 2),
            pattern("Indo-Pacific 4", CaseRule::Exact, 3),
        ];
        assert_eq!(
            found(&p, "an “Asian NATO,” NATO, the “Indo-Pacific 4” and the Indo-Pacific."),
            owned(&[("Asian NATO", 1), ("NATO", 0), ("Indo-Pacific 4", 3), ("Indo-Pacific", 2)])
        );
    }

    #[test]
    fn leftmost_wins_over_longer_later() {
        let p = [pattern("Prime Minister", CaseRule::Exact, 0), pattern("Minister Ishiba Shigeru", CaseRule::Exact, 1)];
        assert_eq!(found(&p, "Prime Minister Ishiba Shigeru"), owned(&[("Prime Minister", 0)]));
    }

    #[test]
    fn hyphens_numbers_and_spacing_must_agree() {
        let p = [pattern("5-4-3-2", CaseRule::Exact, 0), pattern("Indo-Pacific", CaseRule::Exact, 1)];
        assert_eq!(found(&p, "a “5-4-3-2” formulation, 5 - 4-3-2, Indo Pacific, Indo‑Pacific"), owned(&[("5-4-3-2", 0), ("Indo‑Pacific", 1)]));
    }

    #[test]
    fn an_en_dash_between_words_is_a_hyphen_and_other_dashes_are_not() {
        let p = [pattern("China-Russia", CaseRule::Exact, 0)];
        let text = "China–Russia, China\u{2011}Russia, China—Russia, China\u{2212}Russia, China – Russia";
        assert_eq!(found(&p, text), owned(&[("China–Russia", 0), ("China\u{2011}Russia", 0)]));
    }

    #[test]
    fn multi_word_patterns_span_any_white_space() {
        let p = [pattern("Liberal Democratic Party", CaseRule::Exact, 0)];
        assert_eq!(found(&p, "the ruling Liberal\nDemocratic  Party (LDP)"), owned(&[("Liberal\nDemocratic  Party", 0)]));
    }

    #[test]
    fn pieces_rebuild_the_text() {
        let text = "Beijing has fiercely critiqued the Quad as an “Asian NATO,”";
        let p = [pattern("Quad", CaseRule::Exact, 0), pattern("Asian NATO", CaseRule::Exact, 1), pattern("Beijing", CaseRule::Exact, 2)];
        let matches = Matcher::new(&p).find_all(text);
        let cut = pieces(text, &matches);
        let rebuilt: String = cut
            .iter()
            .map(|piece| match piece {
                Piece::Plain(s) => *s,
                Piece::Marked { text, .. } => *text,
            })
            .collect();
        assert_eq!(rebuilt, text);
        assert!(matches!(cut[0], Piece::Marked { text: "Beijing", .. }));
        assert_eq!(cut.len(), 6);
    }

    #[test]
    fn empty_patterns_and_text_are_harmless() {
        let p = [pattern("", CaseRule::Exact, 0), pattern("  ", CaseRule::Exact, 1)];
        assert!(found(&p, "anything").is_empty());
        assert!(found(&[pattern("x", CaseRule::Exact, 0)], "").is_empty());
    }
}
