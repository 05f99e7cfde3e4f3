//! The rules a decoded document must follow beyond its types: no empty text, unique ids,
//! attributions only on quotes, and (as later sections arrive) every cross-reference resolved.
//!
//! The same function runs in `lens check` and in the widget, so what passes one passes both.

use std::collections::HashMap;
use std::fmt;

use crate::model::content::{Basis, BlockKind, Document, Entry, Passage};
use crate::model::date::Date;
use crate::text::glossary::Mentions;
use crate::text::matcher::overlap;
use crate::model::problem::Problem;

/// A definition longer than this is no longer a card: the format asks for about 60 words.
pub const MAX_DEFINITION_WORDS: usize = 70;

/// Every problem in `doc`, in document order. An empty list means the document is valid.
pub fn validate(doc: &Document) -> Vec<Problem> {
    validate_with(doc, &Mentions::find(doc))
}

/// [`validate`], given the glossary mentions of `doc`'s body (as [`Mentions::find`] finds them).
pub fn validate_with(doc: &Document, mentions: &Mentions) -> Vec<Problem> {
    let mut problems = Vec::new();
    check_id("id", &doc.id, &mut problems);
    if doc.language.trim().is_empty() {
        problems.push(Problem::at("language", "must not be empty (use a language tag such as `en`)"));
    }

    let article = &doc.article;
    if let Some(kicker) = &article.kicker {
        non_empty(format_args!("article.kicker"), kicker, &mut problems);
    }
    for (i, topic) in article.topics.iter().enumerate() {
        non_empty(format_args!("article.topics[{i}]"), topic, &mut problems);
    }
    non_empty(format_args!("article.headline"), &article.headline, &mut problems);
    if let Some(dek) = &article.dek {
        non_empty(format_args!("article.dek"), dek, &mut problems);
    }
    if let Some(byline) = &article.byline {
        non_empty(format_args!("article.byline"), byline, &mut problems);
    }
    check_article_v2(doc, &mut problems);
    if let Some(figure) = &article.figure {
        non_empty(format_args!("article.figure.caption"), &figure.caption, &mut problems);
        if let Some(credit) = &figure.credit {
            non_empty(format_args!("article.figure.credit"), credit, &mut problems);
        }
    }

    if article.blocks.is_empty() {
        problems.push(Problem::at("article.blocks", "an article needs at least one block"));
    }
    unique_ids("article.blocks", article.blocks.iter().map(|b| b.id.as_str()), &mut problems);
    for (i, block) in article.blocks.iter().enumerate() {
        let at = format!("article.blocks[{i}]");
        if block.kind == BlockKind::List {
            check_list(&at, block, &mut problems);
        } else {
            non_empty(format_args!("{at}.text"), &block.text, &mut problems);
            let kind = block_kind_name(block.kind);
            if !block.items.is_empty() {
                problems.push(Problem::at(format!("{at}.items"), format!("only a list has items (this block is a {kind})")));
            }
            if block.ordered {
                problems.push(Problem::at(format!("{at}.ordered"), format!("only a list is ordered or not (this block is a {kind})")));
            }
        }
        match (block.kind, &block.attribution) {
            (BlockKind::Paragraph | BlockKind::Heading | BlockKind::List, Some(_)) => problems.push(Problem::at(
                format!("{at}.attribution"),
                format!("only a quote has an attribution (this block is a {})", block_kind_name(block.kind)),
            )),
            (BlockKind::Quote, Some(attribution)) => {
                non_empty(format_args!("{at}.attribution"), attribution, &mut problems)
            }
            _ => {}
        }
        match (block.kind, block.level) {
            (BlockKind::Heading, None) => problems.push(Problem::at(
                format!("{at}.level"),
                "missing: a heading needs a level, 2 for a section or 3 for a subsection",
            )),
            (BlockKind::Heading, Some(level)) if !(2..=3).contains(&level) => problems.push(Problem::at(
                format!("{at}.level"),
                format!("{level} is not a heading level here: 2 for a section, 3 for a subsection (the headline is 1)"),
            )),
            (BlockKind::Paragraph | BlockKind::Quote | BlockKind::List, Some(_)) => problems.push(Problem::at(
                format!("{at}.level"),
                format!("only a heading has a level (this block is a {})", block_kind_name(block.kind)),
            )),
            _ => {}
        }
        check_links(&at, block, doc.version, &mut problems);
        match block.kind {
            BlockKind::Heading if doc.version < 2 => problems.push(needs_version_2(format!("{at}.kind"), "headings")),
            BlockKind::List if doc.version < 2 => problems.push(needs_version_2(format!("{at}.kind"), "lists")),
            _ => {}
        }
    }
    check_glossary(doc, mentions, &mut problems);
    check_players(doc, &mut problems);
    for problem in &mut problems {
        problem.subject = problem.path.as_deref().and_then(|path| subject(doc, path));
    }
    problems
}

/// A block's links: version 2, words found in the block, https, not overlapping.
fn check_links(at: &str, block: &crate::model::content::Block, version: u32, problems: &mut Vec<Problem>) {
    if block.links.is_empty() {
        return;
    }
    if version < 2 {
        problems.push(needs_version_2(format!("{at}.links"), "links"));
    }
    let ranges = block.link_ranges();
    for (k, (link, range)) in block.links.iter().zip(&ranges).enumerate() {
        if link.text.trim().is_empty() {
            non_empty(format_args!("{at}.links[{k}].text"), &link.text, problems);
        } else if range.is_none() {
            problems.push(Problem::at(
                format!("{at}.links[{k}].text"),
                format!("“{}” is not in this block's text: a link is over words of the text, verbatim", link.text),
            ));
        }
        if !is_https(&link.href) {
            problems.push(Problem::at(format!("{at}.links[{k}].href"), "must be an https:// address without spaces"));
        }
        let overlaps = ranges[..k]
            .iter()
            .enumerate()
            .find_map(|(j, r)| r.as_ref().zip(range.as_ref()).filter(|(r, m)| overlap(r, m)).map(|_| j));
        if let Some(earlier) = overlaps {
            problems.push(Problem::at(format!("{at}.links[{k}].text"), format!("overlaps links[{earlier}]: links may not overlap")));
        }
    }
}

/// A list: items, each with text, and no text of its own.
fn check_list(at: &str, block: &crate::model::content::Block, problems: &mut Vec<Problem>) {
    if !block.text.is_empty() {
        problems.push(Problem::at(format!("{at}.text"), "a list has no text of its own: its words are its `items`"));
    }
    if block.items.is_empty() {
        problems.push(Problem::at(format!("{at}.items"), "missing: a list needs at least one item"));
    }
    for (k, item) in block.items.iter().enumerate() {
        non_empty(format_args!("{at}.items[{k}]"), item, problems);
        if item.contains(crate::model::content::ITEM_SEPARATOR) {
            problems.push(Problem::at(format!("{at}.items[{k}]"), "contains the control character U+001F, which no article text has"));
        }
    }
}

/// A block kind as the format writes it.
fn block_kind_name(kind: BlockKind) -> &'static str {
    match kind {
        BlockKind::Paragraph => "paragraph",
        BlockKind::Quote => "quote",
        BlockKind::Heading => "heading",
        BlockKind::List => "list",
    }
}

/// What a version 1 document may not use.
pub(crate) fn needs_version_2(path: String, what: &str) -> Problem {
    Problem::at(path, format!("{what} are format version 2: declare \"version\": 2"))
}

/// Whether `url` is an `https://` address without white space.
fn is_https(url: &str) -> bool {
    url.starts_with("https://") && url.len() > "https://".len() && !url.chars().any(char::is_whitespace)
}

/// The article's version 2 fields: authors, dates, source, series and editor's note.
fn check_article_v2(doc: &Document, problems: &mut Vec<Problem>) {
    let article = &doc.article;
    let used = [
        ("authors", !article.authors.is_empty(), "authors"),
        ("published", article.published.is_some(), "publication dates"),
        ("updated", article.updated.is_some(), "update dates"),
        ("source_url", article.source_url.is_some(), "source addresses"),
        ("series", article.series.is_some(), "series"),
        ("note", article.note.is_some(), "editor's notes"),
    ];
    if doc.version < 2 {
        for (field, _, what) in used.iter().filter(|(_, used, _)| *used) {
            problems.push(needs_version_2(format!("article.{field}"), what));
        }
    }
    for (i, author) in article.authors.iter().enumerate() {
        non_empty(format_args!("article.authors[{i}].name"), &author.name, problems);
        if let Some(role) = &author.role {
            non_empty(format_args!("article.authors[{i}].role"), role, problems);
        }
    }
    let date = |field: &str, value: &Option<String>, problems: &mut Vec<Problem>| {
        let value = value.as_deref()?;
        let parsed = Date::parse(value);
        if parsed.is_none() {
            problems.push(Problem::at(
                format!("article.{field}"),
                format!("`{value}` is not a date: write it as year-month-day, such as 2024-10-08"),
            ));
        }
        parsed
    };
    let published = date("published", &article.published, problems);
    let updated = date("updated", &article.updated, problems);
    if let (Some(p), Some(u)) = (published, updated) {
        if u < p {
            problems.push(Problem::at("article.updated", format!("{} is before the publication date, {}", u.long(), p.long())));
        }
    }
    if let Some(url) = &article.source_url {
        if !is_https(url) {
            problems.push(Problem::at("article.source_url", "must be an https:// address without spaces"));
        }
    }
    for (field, text) in [("series", &article.series), ("note", &article.note)] {
        if let Some(text) = text {
            non_empty(format_args!("article.{field}"), text, problems);
        }
    }
}

/// The longest map label: longer ones collide on a phone-width map.
pub const MAX_LABEL_CHARS: usize = 14;

/// Collects ids, reporting malformed and duplicate ones; returns id → index.
fn unique_ids<'a>(section: &str, ids: impl Iterator<Item = &'a str>, problems: &mut Vec<Problem>) -> HashMap<&'a str, usize> {
    let mut seen = HashMap::new();
    for (i, id) in ids.enumerate() {
        let path = format!("{section}[{i}].id");
        if !check_id(&path, id, problems) {
            continue;
        }
        if let Some(first) = seen_before(&mut seen, id, i) {
            problems.push(Problem::at(path, format!("duplicate id `{id}`, already used by {section}[{first}]")));
        }
    }
    seen
}

/// Records `name` as seen at `at`; if it was seen before at another place, that place.
fn seen_before<'a>(seen: &mut HashMap<&'a str, usize>, name: &'a str, at: usize) -> Option<usize> {
    let first = *seen.entry(name).or_insert(at);
    (first != at).then_some(first)
}

/// Players, groupings, axes, maps and stances: every reference resolves, every value is on its
/// axis, every placement quotes the article verbatim.
fn check_players(doc: &Document, problems: &mut Vec<Problem>) {
    let players = unique_ids("players", doc.players.iter().map(|p| p.id.as_str()), problems);
    let axes = unique_ids("axes", doc.axes.iter().map(|a| a.id.as_str()), problems);
    unique_ids("groupings", doc.groupings.iter().map(|g| g.id.as_str()), problems);
    unique_ids("maps", doc.maps.iter().map(|m| m.id.as_str()), problems);
    let mut entries = HashMap::new();
    for (i, e) in doc.glossary.iter().enumerate() {
        entries.entry(e.id.as_str()).or_insert(i);
    }
    let unknown_player = |path: String, id: &str, problems: &mut Vec<Problem>| {
        if !players.contains_key(id) {
            problems.push(Problem::at(path, format!("unknown player `{id}`")));
        }
    };

    let mut claimed = HashMap::new();
    for (i, player) in doc.players.iter().enumerate() {
        let at = format!("players[{i}]");
        non_empty(format_args!("{at}.name"), &player.name, problems);
        non_empty(format_args!("{at}.label"), &player.label, problems);
        let chars = player.label.chars().count();
        if chars > MAX_LABEL_CHARS {
            problems.push(Problem::at(
                format!("{at}.label"),
                format!("{chars} characters: a map label has at most {MAX_LABEL_CHARS}"),
            ));
        }
        for (k, entry) in player.entries.iter().enumerate() {
            let path = format!("{at}.entries[{k}]");
            if !entries.contains_key(entry.as_str()) {
                problems.push(Problem::at(path, format!("unknown glossary entry `{entry}`")));
            } else if let Some(other) = seen_before(&mut claimed, entry, i) {
                problems.push(Problem::at(path, format!("glossary entry `{entry}` already belongs to players[{other}]")));
            }
        }
    }

    for (i, grouping) in doc.groupings.iter().enumerate() {
        let at = format!("groupings[{i}]");
        non_empty(format_args!("{at}.name"), &grouping.name, problems);
        if grouping.members.is_empty() {
            problems.push(Problem::at(format!("{at}.members"), "a grouping needs at least one member"));
        }
        for (k, member) in grouping.members.iter().enumerate() {
            unknown_player(format!("{at}.members[{k}]"), member, problems);
        }
        if grouping.basis != Basis::Background && grouping.evidence.is_empty() {
            problems.push(Problem::at(format!("{at}.evidence"), "a stated or implied membership needs a quote"));
        }
        for (k, quote) in grouping.evidence.iter().enumerate() {
            check_quote(doc, format_args!("{at}.evidence[{k}]"), quote, problems);
        }
    }

    for (i, axis) in doc.axes.iter().enumerate() {
        let at = format!("axes[{i}]");
        non_empty(format_args!("{at}.question"), &axis.question, problems);
        non_empty(format_args!("{at}.low"), &axis.low, problems);
        non_empty(format_args!("{at}.high"), &axis.high, problems);
    }

    for (i, map) in doc.maps.iter().enumerate() {
        let at = format!("maps[{i}]");
        non_empty(format_args!("{at}.title"), &map.title, problems);
        for (field, axis) in [("x", &map.x), ("y", &map.y)] {
            if !axes.contains_key(axis.as_str()) {
                problems.push(Problem::at(format!("{at}.{field}"), format!("unknown axis `{axis}`")));
            }
        }
        if map.x == map.y {
            problems.push(Problem::at(format!("{at}.y"), "the two axes of a map must differ"));
        }
        let mut shown = HashMap::new();
        for (k, player) in map.players.iter().enumerate() {
            unknown_player(format!("{at}.players[{k}]"), player, problems);
            if let Some(first) = seen_before(&mut shown, player.as_str(), k) {
                problems.push(Problem::at(format!("{at}.players[{k}]"), format!("`{player}` is already shown as players[{first}]")));
            }
        }
    }

    // A player placed twice on one axis: in (player, axis) order, the same pair twice in a row
    // (the sort is stable, so the first of them is the earlier stance).
    let pair = |i: usize| (doc.stances[i].player.as_str(), doc.stances[i].axis.as_str());
    let mut by_pair: Vec<usize> = (0..doc.stances.len()).collect();
    crate::sort_indexes(&mut by_pair, &|a, b| pair(a).cmp(&pair(b)));
    let mut placed_by: Vec<Option<usize>> = vec![None; doc.stances.len()];
    for w in by_pair.windows(2) {
        if pair(w[0]) == pair(w[1]) {
            placed_by[w[1]] = Some(placed_by[w[0]].unwrap_or(w[0]));
        }
    }
    for (i, stance) in doc.stances.iter().enumerate() {
        let at = format!("stances[{i}]");
        unknown_player(format!("{at}.player"), &stance.player, problems);
        if !axes.contains_key(stance.axis.as_str()) {
            problems.push(Problem::at(format!("{at}.axis"), format!("unknown axis `{}`", stance.axis)));
        }
        if !(stance.value.is_finite() && (-1.0..=1.0).contains(&stance.value)) {
            problems.push(Problem::at(
                format!("{at}.value"),
                format!("{} is off the axis: values run from -1 to 1", crate::map::stance_map::decimal(stance.value)),
            ));
        }
        if stance.evidence.is_empty() {
            problems.push(Problem::at(format!("{at}.evidence"), "a placement needs at least one quote from the article"));
        }
        for (k, quote) in stance.evidence.iter().enumerate() {
            check_quote(doc, format_args!("{at}.evidence[{k}]"), quote, problems);
        }
        non_empty(format_args!("{at}.summary"), &stance.summary, problems);
        if let Some(first) = placed_by[i] {
            problems.push(Problem::at(
                at,
                format!("`{}` is already placed on `{}` by stances[{first}]", stance.player, stance.axis),
            ));
        }
    }
}

/// Glossary rules: the entries' own ([`check_entries`]), citations that quote the article
/// verbatim, and every entry mentioned in the article at least once.
fn check_glossary(doc: &Document, mentions: &Mentions, problems: &mut Vec<Problem>) {
    check_entries("glossary", &doc.glossary, doc.version, problems);
    for (i, entry) in doc.glossary.iter().enumerate() {
        let at = format!("glossary[{i}]");
        match &entry.in_article {
            Some(citation) => {
                non_empty(format_args!("{at}.in_article.summary"), &citation.summary, problems);
                check_quote(doc, format_args!("{at}.in_article.quote"), &citation.quote, problems);
            }
            None if doc.version < 2 => problems.push(Problem::at(
                format!("{at}.in_article"),
                "missing (this field is required in version 1; version 2 may leave it out)",
            )),
            None => {}
        }
    }
    if !doc.glossary.is_empty() {
        let counts = mentions.counts(doc.glossary.len());
        for (i, (entry, count)) in doc.glossary.iter().zip(counts).enumerate() {
            // An entry the headline or dek alone mentions is the article's too.
            if count == 0 && !mentions.in_head(i) {
                problems.push(Problem::at(
                    format!("glossary[{i}]"),
                    format!("`{}` is never mentioned in the article (check its term and aliases)", entry.term),
                ));
            }
        }
    }
}

/// The rules for a list of glossary entries wherever it is (an article's `glossary`, a
/// library's `entries`, named `list` in paths): unique ids and forms, short definitions, dates,
/// https links, and `related` naming other entries of the list.
pub(crate) fn check_entries(list: &str, entries: &[Entry], version: u32, problems: &mut Vec<Problem>) {
    let ids = unique_ids(list, entries.iter().map(|e| e.id.as_str()), problems);
    let mut forms = HashMap::new();
    for (i, entry) in entries.iter().enumerate() {
        let at = format!("{list}[{i}]");
        non_empty(format_args!("{at}.term"), &entry.term, problems);
        for (k, alias) in entry.aliases.iter().enumerate() {
            non_empty(format_args!("{at}.aliases[{k}]"), alias, problems);
        }
        // The term, then each alias (`Some(k)`); a path is written out only for a problem.
        let own_forms = std::iter::once((None, &entry.term)).chain(entry.aliases.iter().enumerate().map(|(k, a)| (Some(k), a)));
        for (alias, form) in own_forms {
            let key = form.trim();
            if let Some(other) = seen_before(&mut forms, key, i) {
                let path = match alias {
                    None => format!("{at}.term"),
                    Some(k) => format!("{at}.aliases[{k}]"),
                };
                problems.push(Problem::at(path, format!("`{key}` is already a form of {list}[{other}] (`{}`)", entries[other].id)));
            }
        }
        non_empty(format_args!("{at}.definition"), &entry.definition, problems);
        let words = entry.definition.split_whitespace().count();
        if words > MAX_DEFINITION_WORDS {
            problems.push(Problem::at(
                format!("{at}.definition"),
                format!("{words} words: a definition has at most {MAX_DEFINITION_WORDS} (aim for 60)"),
            ));
        }
        if let Some(as_of) = &entry.as_of {
            if version < 2 {
                problems.push(needs_version_2(format!("{at}.as_of"), "definition dates"));
            }
            if Date::parse(as_of).is_none() {
                problems.push(Problem::at(
                    format!("{at}.as_of"),
                    format!("`{as_of}` is not a date: write it as year-month-day, such as 2024-10-01"),
                ));
            }
        }
        if let Some(note) = &entry.note {
            non_empty(format_args!("{at}.note"), note, problems);
        }
        if let Some(link) = &entry.further_reading {
            non_empty(format_args!("{at}.further_reading.label"), &link.label, problems);
            if !is_https(&link.url) {
                problems.push(Problem::at(
                    format!("{at}.further_reading.url"),
                    "must be an https:// address without spaces",
                ));
            }
        }
        for (k, related) in entry.related.iter().enumerate() {
            if related == &entry.id {
                problems.push(Problem::at(format!("{at}.related[{k}]"), "an entry cannot be related to itself"));
            } else if !ids.contains_key(related.as_str()) {
                problems.push(Problem::at(format!("{at}.related[{k}]"), format!("unknown glossary entry `{related}`")));
            }
        }
    }
}

/// What the item a problem's path starts in is, by id and name: `formal-alliance, “formal
/// alliance”` for `glossary[14].definition`, `china on asian-nato` for `stances[3].value`.
/// `None` for paths into the article (their path is their name) or an item without an id.
fn subject(doc: &Document, path: &str) -> Option<String> {
    let (list, rest) = path.split_once('[')?;
    let index: usize = rest.split_once(']')?.0.parse().ok()?;
    let named = |id: &str, name: &str| (!id.trim().is_empty()).then(|| if name.trim().is_empty() { id.to_owned() } else { format!("{id}, “{name}”") });
    match list {
        "glossary" => doc.glossary.get(index).and_then(entry_subject),
        "players" => doc.players.get(index).and_then(|p| named(&p.id, &p.name)),
        "groupings" => doc.groupings.get(index).and_then(|g| named(&g.id, &g.name)),
        "axes" => doc.axes.get(index).and_then(|a| named(&a.id, "")),
        "maps" => doc.maps.get(index).and_then(|m| named(&m.id, &m.title)),
        "stances" => doc.stances.get(index).map(|s| format!("{} on {}", s.player, s.axis)),
        _ => None,
    }
}

/// How a problem names a glossary entry: `quad, “Quad”`.
pub(crate) fn entry_subject(entry: &Entry) -> Option<String> {
    let id = entry.id.trim();
    (!id.is_empty()).then(|| if entry.term.trim().is_empty() { id.to_owned() } else { format!("{id}, “{}”", entry.term) })
}

/// A quote must be words of the article, character for character.
pub(crate) fn check_quote(doc: &Document, path: fmt::Arguments, quote: &str, problems: &mut Vec<Problem>) {
    if quote.trim().is_empty() {
        problems.push(Problem::at(path.to_string(), "must not be empty"));
    } else if !doc.passages().any(|text| text.contains(quote)) {
        let nearest = nearest(doc, quote).unwrap_or_default();
        problems.push(Problem::at(path.to_string(), format!("not found verbatim in the article: “{quote}”{nearest}")));
    }
}

/// Where a quote that is not in the article departs from it: the passage that shares the
/// longest start with the quote, how far they agree, and the first characters where they differ
/// (with their code points: a straight `'` and a curly `’` look alike). `None` when no passage
/// starts the way the quote does for at least 6 characters (nothing to point at).
fn nearest(doc: &Document, quote: &str) -> Option<String> {
    // Byte offsets after each character of the quote: `quote[..ends[n - 1]]` is its first n.
    let ends: Vec<usize> = quote.char_indices().map(|(i, c)| i + c.len_utf8()).collect();
    let mut best: Option<(usize, Passage, &str)> = None;
    for (passage, text) in doc.named_passages() {
        // The longest start of the quote in this passage (a start found means every shorter one is).
        let (mut lo, mut hi) = (0, ends.len());
        while lo < hi {
            let mid = (lo + hi).div_ceil(2);
            if text.contains(&quote[..ends[mid - 1]]) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if best.as_ref().is_none_or(|(n, ..)| lo > *n) {
            best = Some((lo, passage, text));
        }
    }
    let (n, passage, text) = best.filter(|(n, ..)| *n >= 6)?;
    let same = &quote[..ends[n - 1]];
    let quote_goes_on = &quote[same.len()..];
    let article_goes_on = &text[text.find(same)? + same.len()..];
    let start = |s: &str| s.chars().take(24).collect::<String>();
    let tail: String = same.chars().rev().take(24).collect::<Vec<_>>().into_iter().rev().collect();
    let code = |s: &str| s.chars().next().map(|c| format!("U+{:04X}", u32::from(c)));
    let differs = match (code(quote_goes_on), code(article_goes_on)) {
        (Some(q), Some(a)) => format!("the quote has “{}” ({q}) where the article has “{}” ({a})", start(quote_goes_on), start(article_goes_on)),
        (Some(_), None) => format!("the passage ends there and the quote goes on: “{}”", start(quote_goes_on)),
        (None, _) => return None,
    };
    Some(format!(". Nearest: {}, the same for {n} characters (“…{tail}”); then {differs}", doc.passage_name(passage)))
}

/// Pushes a problem when `text` is empty or only white space. The path is written out only then.
fn non_empty(path: fmt::Arguments, text: &str, problems: &mut Vec<Problem>) {
    if text.trim().is_empty() {
        problems.push(Problem::at(path.to_string(), "must not be empty"));
    }
}

/// Ids end up in the page's DOM ids and URLs: ASCII letters, digits, `-` and `_`, starting with
/// a letter. Returns whether the id is well formed.
pub(crate) fn check_id(path: &str, id: &str, problems: &mut Vec<Problem>) -> bool {
    let ok = id.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !ok {
        let shown = if id.is_empty() { "an empty id".to_owned() } else { format!("`{id}`") };
        problems.push(Problem::at(
            path,
            format!("{shown} is not a valid id: use a letter, then letters, digits, `-` or `_`"),
        ));
    }
    ok
}
