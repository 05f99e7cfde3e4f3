//! What an editor needs to see of a glossary against its article (`lens mentions`): each
//! entry's forms and where they are found, the forms that find nothing, the near misses the
//! matcher does not take (another number, another case, another dash, a hyphen left by a line
//! break), the mentions that sit inside a longer capitalised name, and the names and acronyms the
//! article repeats that the glossary lacks.
//!
//! It looks where the widget looks for mentions (the body's blocks, numbered ¶1, ¶2... as the
//! glossary index shows them) and uses the widget's own [`Matcher`], so what it reports as found
//! is what the reader sees marked.

use std::collections::{BTreeMap, HashSet};

use serde::Serialize;

use crate::model::content::{Document, Entry, EntryKind, ITEM_SEPARATOR};
use crate::text::glossary::{forms, outside_links, patterns, Mentions};
use crate::text::matcher::{tokens, CaseRule, Match, Matcher, Pattern, Token};

/// The whole report for one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MentionReport {
    /// Every glossary entry, in the document's order, with each of its forms.
    pub entries: Vec<EntryHits>,
    /// Words close to a form that the matcher does not take, by paragraph.
    pub near_misses: Vec<NearMiss>,
    /// Mentions next to capitalised words: perhaps part of another name.
    pub inside_names: Vec<InsideName>,
    /// Names and acronyms seen twice or more that no entry covers.
    pub suggestions: Vec<Suggestion>,
}

/// One entry and its forms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EntryHits {
    pub id: String,
    pub term: String,
    /// The term first, then the aliases.
    pub forms: Vec<FormHits>,
}

/// One form (the term or an alias) and where it is found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FormHits {
    pub form: String,
    /// False for the entry's term, true for an alias.
    pub alias: bool,
    /// Paragraphs with at least one hit, in order.
    pub hits: Vec<ParagraphHits>,
}

/// How many times a form is found in one paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ParagraphHits {
    /// 1-based, as the widget numbers paragraphs (¶3).
    pub paragraph: usize,
    pub count: usize,
}

/// How a near miss differs from the form it is near.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NearMissKind {
    /// The form with another ending: a plural where the form is singular ("formal alliances").
    Plural,
    /// A singular where the form is plural.
    Singular,
    /// Other letter case than the form's exact case ("QUAD" for "Quad").
    Case,
    /// Another character, or none, where the form has a hyphen or a space ("China—Russia",
    /// "self defense").
    Dash,
    /// A hyphen followed by a line break or space inside the form ("Indo- Pacific", "alli-
    /// ance"), as text copied from print often has.
    LineBreak,
}

impl NearMissKind {
    /// In words, for the plain report.
    pub fn label(self) -> &'static str {
        match self {
            NearMissKind::Plural => "plural",
            NearMissKind::Singular => "singular",
            NearMissKind::Case => "other case",
            NearMissKind::Dash => "other dash or space",
            NearMissKind::LineBreak => "hyphen at a line break",
        }
    }
}

/// Words in the text close to a form, that the matcher does not take.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NearMiss {
    pub paragraph: usize,
    /// The words as the article has them.
    pub found: String,
    pub kind: NearMissKind,
    /// The entry (its id) and the form the words are close to.
    pub entry: String,
    pub form: String,
}

/// A mention that may be part of a longer capitalised name ("Japan" in "Brussels School of
/// Governance Japan Program"): it is marked and counted as the entry, which may be wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InsideName {
    pub paragraph: usize,
    pub entry: String,
    /// The words matched.
    pub found: String,
    /// The longer name around them, as the article has it.
    pub name: String,
}

/// What a suggested term looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SuggestionKind {
    /// Two or more capital letters ("LDP", "SDF").
    Acronym,
    /// Capitalised words, inside a sentence or more than one ("Liberal Democratic Party").
    Name,
}

/// A name or acronym the article repeats that no glossary form covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    pub text: String,
    pub kind: SuggestionKind,
    pub count: usize,
    /// The paragraphs it is in, each once.
    pub paragraphs: Vec<usize>,
}

/// Lower-case words that may join the capitalised words of one name ("Ministry of Defense").
/// Not "and", which joins two names ("Japan and China") more often than it is inside one.
const CONNECTORS: [&str; 4] = ["of", "for", "the", "de"];

/// The report for `doc`.
pub fn report(doc: &Document) -> MentionReport {
    // A list's items joined: what the widget matches in (see `Block::matched_text`).
    let matched: Vec<_> = doc.article.blocks.iter().map(|b| b.matched_text()).collect();
    let texts: Vec<&str> = matched.iter().map(AsRef::as_ref).collect();
    // The mentions as the widget finds them (a term inside a link is none).
    let found = Mentions::find(doc).per_block;
    MentionReport {
        entries: entry_hits(&doc.glossary, &found),
        near_misses: near_misses(doc, &texts, &found),
        inside_names: inside_names(&doc.glossary, &texts, &found),
        suggestions: suggestions(&doc.glossary, &texts, &found),
    }
}

/// Each entry's forms with their hits by paragraph. A match's pattern index counts the forms
/// of every entry in order, as [`patterns`] lists them.
fn entry_hits(entries: &[Entry], found: &[Vec<Match>]) -> Vec<EntryHits> {
    let mut pattern = 0;
    entries
        .iter()
        .map(|entry| EntryHits {
            id: entry.id.clone(),
            term: entry.term.clone(),
            forms: forms(entry)
                .enumerate()
                .map(|(k, form)| {
                    let hits = found
                        .iter()
                        .enumerate()
                        .filter_map(|(block, ms)| {
                            let count = ms.iter().filter(|m| m.pattern == pattern).count();
                            (count > 0).then_some(ParagraphHits { paragraph: block + 1, count })
                        })
                        .collect();
                    pattern += 1;
                    FormHits { form: form.clone(), alias: k > 0, hits }
                })
                .collect(),
        })
        .collect()
}

/// A variant of a form to look for, and what it would tell.
struct Variant {
    entry: usize,
    form: String,
    kind: NearMissKind,
}

/// The variants of one form: each pattern with what it stands for.
fn variants_of(form: &str, case: CaseRule) -> Vec<(String, CaseRule, NearMissKind)> {
    let mut out = Vec::new();
    if case == CaseRule::Exact {
        out.push((form.to_owned(), CaseRule::Insensitive, NearMissKind::Case));
    }
    // Another number: the last word's ending changed. Not for acronyms ("US" is not a plural)
    // nor short words.
    let split = form.char_indices().rev().find(|(_, c)| !c.is_alphabetic()).map_or(0, |(i, c)| i + c.len_utf8());
    let (head, last) = form.split_at(split);
    let is_acronym = last.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    if last.chars().count() >= 3 && !is_acronym {
        let lower = last.to_lowercase();
        let mut push = |word: String, kind| out.push((format!("{head}{word}"), case, kind));
        if let Some(stem) = last.strip_suffix("ies") {
            push(format!("{stem}y"), NearMissKind::Singular);
        } else if lower.ends_with("ss") {
            push(format!("{last}es"), NearMissKind::Plural);
        } else if let Some(stem) = last.strip_suffix('s') {
            push(stem.to_owned(), NearMissKind::Singular);
            if let Some(stem) = last.strip_suffix("es") {
                push(stem.to_owned(), NearMissKind::Singular);
            }
        } else if lower.ends_with('y') && !lower[..lower.len() - 1].ends_with(['a', 'e', 'o', 'u']) {
            push(format!("{}ies", &last[..last.len() - 1]), NearMissKind::Plural);
        } else {
            push(format!("{last}s"), NearMissKind::Plural);
            if ["x", "z", "ch", "sh"].iter().any(|e| lower.ends_with(e)) {
                push(format!("{last}es"), NearMissKind::Plural);
            }
        }
    }
    // Another dash, or a space, where the form has a hyphen; a hyphen where it has a space.
    let is_hyphen = |c: char| matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{2013}');
    if form.contains(is_hyphen) {
        for with in [" ", "", "\u{2014}", "\u{2012}", "\u{2212}", "\u{2015}"] {
            out.push((form.replace(is_hyphen, with), case, NearMissKind::Dash));
        }
        out.push((form.replace(is_hyphen, "- "), case, NearMissKind::LineBreak));
    }
    if form.contains(' ') {
        out.push((form.replace(' ', "-"), case, NearMissKind::Dash));
    }
    // A hyphen and a line break inside a word of six letters or more.
    let mut offset = 0;
    for word in form.split(|c: char| !c.is_alphabetic()) {
        let letters: Vec<(usize, char)> = word.char_indices().collect();
        if letters.len() >= 6 {
            for &(at, _) in &letters[3..letters.len() - 2] {
                let at = offset + at;
                out.push((format!("{}- {}", &form[..at], &form[at..]), case, NearMissKind::LineBreak));
            }
        }
        offset += word.len() + form[offset + word.len()..].chars().next().map_or(0, char::len_utf8);
    }
    out
}

/// The near misses of every form, where no real mention is, nor a link (whose words are
/// never marked, by design).
fn near_misses(doc: &Document, texts: &[&str], found: &[Vec<Match>]) -> Vec<NearMiss> {
    let entries = &doc.glossary;
    let mut variants = Vec::new();
    let mut pats = Vec::new();
    let glossary = patterns(entries);
    let mut seen_forms = HashSet::new();
    for pattern in &glossary {
        for (text, case, kind) in variants_of(&pattern.text, pattern.case) {
            // A variant that is itself a form of the glossary is found as that form.
            if glossary.iter().any(|g| g.text.eq_ignore_ascii_case(&text) && kind != NearMissKind::Case) || !seen_forms.insert((text.clone(), case)) {
                continue;
            }
            pats.push(Pattern { text, case, target: variants.len() });
            variants.push(Variant { entry: pattern.target, form: pattern.text.clone(), kind });
        }
    }
    let matcher = Matcher::new(&pats);
    let mut out = Vec::new();
    for (block, text) in texts.iter().enumerate() {
        for m in outside_links(&doc.article.blocks[block], matcher.find_all(text)) {
            if found[block].iter().any(|f| m.overlaps(&(f.start..f.end))) {
                continue;
            }
            let v = &variants[m.target];
            let miss = NearMiss { paragraph: block + 1, found: text[m.start..m.end].to_owned(), kind: v.kind, entry: entries[v.entry].id.clone(), form: v.form.clone() };
            if !out.contains(&miss) {
                out.push(miss);
            }
        }
    }
    out
}

/// Whether a token is a capitalised word ("Program", "NATO").
fn capitalised(text: &str, t: &Token) -> bool {
    text[t.start..t.end].chars().next().is_some_and(char::is_uppercase)
}

/// Whether a token is a word (letters or digits), not a mark.
fn is_word(text: &str, t: &Token) -> bool {
    text[t.start..t.end].chars().next().is_some_and(char::is_alphanumeric)
}

/// Whether the token at `i` starts a sentence: the first of its text (or of a list item), or
/// after `.`, `!`, `?` or `:` (opening quotes between them do not count).
fn starts_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    let mut k = i;
    while k > 0 {
        k -= 1;
        match &text[tokens[k].start..tokens[k].end] {
            "\u{201c}" | "\u{2018}" | "\"" | "'" | "(" => continue,
            "." | "!" | "?" | ":" => return true,
            mark => return mark.starts_with(ITEM_SEPARATOR),
        }
    }
    true
}

/// Mentions with a capitalised word right after them, or right before them (not at a sentence
/// start). Before a person's name, capitalised words are a title ("Prime Minister Ishiba"), not
/// another name: for people only the words after count.
fn inside_names(entries: &[Entry], texts: &[&str], found: &[Vec<Match>]) -> Vec<InsideName> {
    let mut out = Vec::new();
    for (block, text) in texts.iter().enumerate() {
        let tokens = tokens(text);
        for m in &found[block] {
            let Some(first) = tokens.iter().position(|t| t.start == m.start) else { continue };
            let Some(last) = tokens.iter().position(|t| t.end == m.end) else { continue };
            // Extends over adjacent capitalised words, and a connector with a capitalised word
            // beyond it ("Bank of Japan").
            let joins = |t: &Token| is_word(text, t) && capitalised(text, t);
            let connector = |t: &Token| CONNECTORS.contains(&&text[t.start..t.end]);
            let person = entries[m.target].kind == EntryKind::Person;
            let mut from = first;
            while !person && from > 0 && tokens[from].space_before {
                let before = from - 1;
                if joins(&tokens[before]) && !starts_sentence(text, &tokens, before) {
                    from = before;
                } else if before > 0 && connector(&tokens[before]) && tokens[before].space_before && joins(&tokens[before - 1]) && !starts_sentence(text, &tokens, before - 1) {
                    from = before - 1;
                } else {
                    break;
                }
            }
            let mut to = last;
            while to + 1 < tokens.len() && tokens[to + 1].space_before {
                if joins(&tokens[to + 1]) {
                    to += 1;
                } else if connector(&tokens[to + 1]) && tokens.get(to + 2).is_some_and(|t| t.space_before && joins(t)) {
                    to += 2;
                } else {
                    break;
                }
            }
            if from < first || to > last {
                out.push(InsideName {
                    paragraph: block + 1,
                    entry: entries[m.target].id.clone(),
                    found: text[m.start..m.end].to_owned(),
                    name: text[tokens[from].start..tokens[to].end].to_owned(),
                });
            }
        }
    }
    out
}

/// Names and acronyms seen twice or more that no mention covers and no form names.
fn suggestions(entries: &[Entry], texts: &[&str], found: &[Vec<Match>]) -> Vec<Suggestion> {
    let known: HashSet<String> = entries.iter().flat_map(forms).map(|f| f.to_lowercase()).collect();
    // Lower-case words of the article: a capitalised word that also appears in lower case is
    // an ordinary word starting a sentence ("The", "Critics").
    let lower_words: HashSet<&str> = texts
        .iter()
        .flat_map(|text| tokens(text).into_iter().map(move |t| &text[t.start..t.end]))
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .collect();
    let mut seen: BTreeMap<String, (SuggestionKind, usize, Vec<usize>)> = BTreeMap::new();
    let mut note = |text: &str, block: usize| {
        if known.contains(&text.to_lowercase()) {
            return;
        }
        let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
        let kind = if letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) { SuggestionKind::Acronym } else { SuggestionKind::Name };
        let slot = seen.entry(text.to_owned()).or_insert((kind, 0, Vec::new()));
        slot.1 += 1;
        if slot.2.last() != Some(&(block + 1)) {
            slot.2.push(block + 1);
        }
    };
    for (block, text) in texts.iter().enumerate() {
        let tokens = tokens(text);
        let covered = |t: &Token| found[block].iter().any(|m| m.overlaps(&(t.start..t.end)));
        let mut i = 0;
        while i < tokens.len() {
            let t = &tokens[i];
            if !(is_word(text, t) && capitalised(text, t)) || covered(t) {
                i += 1;
                continue;
            }
            // A run of capitalised words, joined by spaces, hyphens without spaces, or a
            // connector between two of them.
            let mut words = vec![i];
            let mut k = i;
            loop {
                let next = |j: usize| tokens.get(j).filter(|t| !covered(t));
                match (next(k + 1), next(k + 2)) {
                    (Some(a), _) if a.space_before && is_word(text, a) && capitalised(text, a) => k += 1,
                    (Some(a), Some(b)) if !a.space_before && !b.space_before && &text[a.start..a.end] == "-" && is_word(text, b) && capitalised(text, b) => k += 2,
                    (Some(a), Some(b)) if a.space_before && b.space_before && CONNECTORS.contains(&&text[a.start..a.end]) && is_word(text, b) && capitalised(text, b) => k += 2,
                    _ => break,
                }
                words.push(k);
            }
            let mut start = i;
            if starts_sentence(text, &tokens, i) && lower_words.contains(text[t.start..t.end].to_lowercase().as_str()) {
                // An ordinary word at a sentence start: the name, if any, begins after it.
                start = words.get(1).copied().unwrap_or(k + 1);
            }
            if start <= k {
                let phrase = &text[tokens[start].start..tokens[k].end];
                let acronyms: Vec<usize> = words.iter().copied().filter(|&w| w >= start && tokens[w].end - tokens[w].start >= 2 && text[tokens[w].start..tokens[w].end].chars().all(|c| c.is_uppercase() || c.is_ascii_digit())).collect();
                let single = start == k;
                if !single || !starts_sentence(text, &tokens, start) || acronyms.contains(&start) {
                    note(phrase, block);
                }
                // An acronym inside a longer name also counts on its own ("LDP" in "LDP
                // Secretary-General").
                for w in acronyms.into_iter().filter(|_| !single) {
                    note(&text[tokens[w].start..tokens[w].end], block);
                }
            }
            i = k + 1;
        }
    }
    let mut out: Vec<Suggestion> = seen
        .into_iter()
        .filter(|(_, (_, count, _))| *count >= 2)
        .map(|(text, (kind, count, paragraphs))| Suggestion { text, kind, count, paragraphs })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.text.cmp(&b.text)));
    out
}

/// "¶1, ¶3 ×2": paragraphs, with a count where there is more than one.
fn paragraph_list(hits: &[ParagraphHits]) -> String {
    hits.iter()
        .map(|h| if h.count > 1 { format!("¶{} ×{}", h.paragraph, h.count) } else { format!("¶{}", h.paragraph) })
        .collect::<Vec<_>>()
        .join(", ")
}

impl MentionReport {
    /// The report as plain text for a terminal: one section per question, aligned columns.
    pub fn plain(&self) -> String {
        let mut out = String::new();
        let mut line = |s: String| {
            out.push_str(s.trim_end());
            out.push('\n');
        };
        line("Where each entry's forms are found (¶ as the widget numbers paragraphs):".to_owned());
        let id_width = self.entries.iter().map(|e| e.id.chars().count()).max().unwrap_or(0);
        // Longer forms than this run into their hits rather than widening every line.
        let form_width = self.entries.iter().flat_map(|e| &e.forms).map(|f| f.form.chars().count() + if f.alias { 8 } else { 0 }).max().unwrap_or(0).min(40);
        for entry in &self.entries {
            for (k, form) in entry.forms.iter().enumerate() {
                let id = if k == 0 { entry.id.as_str() } else { "" };
                let name = if form.alias { format!("{} (alias)", form.form) } else { form.form.clone() };
                let hits = if form.hits.is_empty() { "nothing found".to_owned() } else { paragraph_list(&form.hits) };
                line(format!("  {id:id_width$}  {name:form_width$}  {hits}"));
            }
        }
        let silent: Vec<String> = self
            .entries
            .iter()
            .flat_map(|e| e.forms.iter().filter(|f| f.alias && f.hits.is_empty()).map(move |f| format!("  {}: {}", e.id, f.form)))
            .collect();
        line(String::new());
        line(format!("Aliases that find nothing: {}", silent.len()));
        silent.into_iter().for_each(&mut line);
        line(String::new());
        line(format!("Near misses, not marked (add an alias, or correct the text): {}", self.near_misses.len()));
        for m in &self.near_misses {
            line(format!("  ¶{:<3} {}  {} of “{}” ({})", m.paragraph, m.found, m.kind.label(), m.form, m.entry));
        }
        line(String::new());
        line(format!("Mentions inside a longer name, marked as the entry (check they are it): {}", self.inside_names.len()));
        for n in &self.inside_names {
            line(format!("  ¶{:<3} {} ({}) in “{}”", n.paragraph, n.found, n.entry, n.name));
        }
        line(String::new());
        line(format!("Names and acronyms seen twice or more that no entry covers: {}", self.suggestions.len()));
        for s in &self.suggestions {
            let kind = match s.kind {
                SuggestionKind::Acronym => "acronym",
                SuggestionKind::Name => "name",
            };
            let paragraphs = s.paragraphs.iter().map(|p| format!("¶{p}")).collect::<Vec<_>>().join(", ");
            line(format!("  {}  ({kind}, {} times: {paragraphs})", s.text, s.count));
        }
        out
    }
}
