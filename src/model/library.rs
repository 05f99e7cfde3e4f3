//! Shared glossary libraries: entries a newsroom writes once (`glossaries/NAME.json`) and its
//! articles draw on, and how an article's glossary is resolved from its own entries and its
//! libraries'.
//!
//! An article names its libraries (`"libraries": ["../glossaries/indo-pacific.json"]`, paths
//! relative to the document) and gives the role in the article of the entries it uses by id
//! (`"in_article": {"quad": {...}}`). [`resolve`] makes the article's glossary: its own
//! entries, then the library entries the article mentions (headline, dek or body), with
//! the article's notes; `related` links to entries the article does not mention are dropped, so
//! a card never offers a term the reader will not find. The result is an ordinary document with
//! no libraries left to load: `lens render` and the single-file build inline it, and the widget
//! shows it as it shows any other.

use serde::{Deserialize, Serialize};

use crate::model::content::{Document, Entry};
use crate::model::problem::Problem;
use crate::model::validate::{check_entries, check_id, entry_subject, needs_version_2};
use crate::text::glossary::Mentions;

/// The newest library format version.
pub const LIBRARY_VERSION: u32 = 1;

/// A shared glossary library.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Library {
    /// Optional link to the JSON Schema, for editors; ignored by the widget.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Library format version: 1.
    pub version: u32,
    /// Identifier of the library: letters, digits and `-`, such as `indo-pacific`.
    pub id: String,
    /// What the library covers, for the people who keep it, such as `Indo-Pacific security`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The entries, as in an article's glossary but without `in_article`: an entry's role in
    /// an article is the article's to say. `related` names entries of this library.
    pub entries: Vec<Entry>,
}

impl Library {
    /// A library with no entries: it stands for one that was not read because its path is not
    /// allowed (resolving the article says what is wrong with the path).
    pub fn empty() -> Library {
        Library { schema: None, version: LIBRARY_VERSION, id: String::new(), title: None, entries: Vec::new() }
    }
}

/// A library's problem as the article's: its path inside the library after the library's
/// name (`../glossaries/indo-pacific.json entries[3].term`), or the library's name for the whole.
pub fn in_library(name: &str, problem: Problem) -> Problem {
    let path = match &problem.path {
        Some(inner) => format!("{name} {inner}"),
        None => name.to_owned(),
    };
    Problem { path: Some(path), ..problem }
}

/// Every problem in a library by itself, with paths into it (`entries[3].definition`).
pub fn validate_library(library: &Library) -> Vec<Problem> {
    let mut problems = Vec::new();
    if library.version != LIBRARY_VERSION {
        problems.push(Problem::at(
            "version",
            format!("unsupported library version {}: this Article Lens reads version {LIBRARY_VERSION}", library.version),
        ));
    }
    check_id("id", &library.id, &mut problems);
    if library.entries.is_empty() {
        problems.push(Problem::at("entries", "a library needs at least one entry"));
    }
    // Definition dates and the rest of version 2's entry fields are a library's to use.
    check_entries("entries", &library.entries, 2, &mut problems);
    for (i, entry) in library.entries.iter().enumerate() {
        if entry.in_article.is_some() {
            problems.push(Problem::at(
                format!("entries[{i}].in_article"),
                "a library entry has no role in one article: give it in the article's own `in_article`, by this entry's id",
            ));
        }
    }
    for problem in &mut problems {
        problem.subject = entries_index(problem.path.as_deref()).and_then(|i| library.entries.get(i)).and_then(entry_subject);
    }
    problems
}

/// The entry index a path such as `entries[3].term` starts with.
fn entries_index(path: Option<&str>) -> Option<usize> {
    path?.strip_prefix("entries[")?.split_once(']')?.0.parse().ok()
}

/// Where an entry of a resolved glossary comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The article's own `glossary`, at this index.
    Article(usize),
    /// A library: its index in the article's `libraries`, and the entry's index in it.
    Library { library: usize, entry: usize },
}

/// An article with its glossary resolved from its libraries.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    /// The document as the widget shows it: its glossary complete, no `libraries` or
    /// `in_article` notes left.
    pub doc: Document,
    /// Where each entry of `doc.glossary` comes from.
    pub origins: Vec<Origin>,
    /// The libraries' paths as the article names them.
    pub libraries: Vec<String>,
    /// The ids the article's `in_article` gave notes for.
    pub noted: Vec<String>,
    /// What an editor should know that is not wrong: an article's own entry replacing a
    /// library's.
    pub notices: Vec<String>,
}

impl Resolved {
    /// A problem found in the resolved document, with its path pointing where the editor fixes
    /// it: a library entry's in-article note at `in_article.ID`, anything else about a library
    /// entry in its library (`../glossaries/indo-pacific.json entries[3].term`); the article's
    /// own entries keep their `glossary[i]` paths.
    pub fn locate(&self, mut problem: Problem) -> Problem {
        let Some(path) = problem.path.as_deref() else { return problem };
        let Some((index, rest)) = path.strip_prefix("glossary[").and_then(|p| p.split_once(']')) else { return problem };
        let Some(i) = index.parse::<usize>().ok() else { return problem };
        problem.path = match self.origins.get(i) {
            Some(Origin::Article(own)) => Some(format!("glossary[{own}]{rest}")),
            Some(Origin::Library { library, entry }) => {
                let id = &self.doc.glossary[i].id;
                match rest.strip_prefix(".in_article") {
                    Some(field) => Some(format!("in_article.{id}{field}")),
                    // A note on an entry the article never mentions: the note is what to fix.
                    None if rest.is_empty() && self.noted.contains(id) => Some(format!("in_article.{id}")),
                    None => Some(format!("{} entries[{entry}]{rest}", self.libraries[*library])),
                }
            }
            None => return problem,
        };
        problem
    }
}

/// Whether `path` names a library the way the format allows: a relative path to a `.json` file,
/// resolved against the document's own address (`../glossaries/indo-pacific.json`). Not an
/// address with a scheme or a host: the widget loads nothing from elsewhere.
pub fn is_library_path(path: &str) -> bool {
    let path = path.trim();
    path.ends_with(".json")
        && !path.starts_with('/')
        && !path.contains(':')
        && !path.contains('\\')
        && !path.contains('?')
        && !path.contains('#')
        && !path.chars().any(char::is_whitespace)
}

/// The article's glossary from its own entries and `libraries` (each already read and checked
/// by itself, in the order the article names them). Problems are the resolution's own: a
/// library path not allowed, an id in two libraries, a note for an entry nowhere, a note given
/// twice. The resolved document is then checked as any other.
pub fn resolve(doc: Document, libraries: &[Library]) -> Result<Resolved, Vec<Problem>> {
    let mut problems = Vec::new();
    for (k, path) in doc.libraries.iter().enumerate() {
        if !is_library_path(path) {
            problems.push(Problem::at(
                format!("libraries[{k}]"),
                format!("`{path}` is not a library path: write the path of a .json file relative to this document, such as ../glossaries/indo-pacific.json"),
            ));
        }
    }
    if doc.version < 2 {
        if !doc.libraries.is_empty() {
            problems.push(needs_version_2("libraries".to_owned(), "glossary libraries"));
        }
        if !doc.in_article.is_empty() {
            problems.push(needs_version_2("in_article".to_owned(), "notes on library entries"));
        }
    }
    // Ids are looked up by a linear search, not hashed: an article's glossary holds tens of
    // entries, and the hash tables' code cost the wasm more than the search costs in time.
    let mut doc = doc;
    let paths = std::mem::take(&mut doc.libraries);
    let notes = std::mem::take(&mut doc.in_article);
    let position = |entries: &[Entry], id: &str| entries.iter().position(|e| e.id == id);
    let mut entries = std::mem::take(&mut doc.glossary);
    let mut origins: Vec<Origin> = (0..entries.len()).map(Origin::Article).collect();
    let mut notices = Vec::new();
    for (k, library) in libraries.iter().enumerate() {
        let path = paths.get(k).map_or("", String::as_str);
        for (j, entry) in library.entries.iter().enumerate() {
            match position(&entries, &entry.id).map(|at| origins[at]) {
                Some(Origin::Article(own)) => notices.push(format!(
                    "glossary[{own}] (`{}`) is the article's own entry: it replaces the one in {path}",
                    entry.id
                )),
                Some(Origin::Library { library, .. }) => problems.push(Problem::at(
                    format!("libraries[{k}]"),
                    format!(
                        "{path} has an entry `{}` and so has {}: an id may be in only one of an article's libraries (or give the article its own entry with that id)",
                        entry.id,
                        paths.get(library).map_or("", String::as_str)
                    ),
                )),
                None => {
                    origins.push(Origin::Library { library: k, entry: j });
                    entries.push(entry.clone());
                }
            }
        }
    }
    for (id, note) in &notes {
        match position(&entries, id).map(|at| (at, origins[at])) {
            None => problems.push(Problem::at(
                format!("in_article.{id}"),
                format!("no entry `{id}` in the article's glossary or its libraries"),
            )),
            Some((at, Origin::Article(own))) if entries[at].in_article.is_some() => problems.push(Problem::at(
                format!("in_article.{id}"),
                format!("glossary[{own}] (`{id}`) has its own in_article: give it in one place"),
            )),
            Some((at, _)) => entries[at].in_article = Some(note.clone()),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }

    doc.glossary = entries;
    // No library entry joined (the usual document, and every one `lens render` inlined): the
    // glossary is the article's own, kept whole, and there is nothing to match here; checking
    // matches it once.
    if origins.iter().all(|o| matches!(o, Origin::Article(_))) {
        let noted = notes.into_keys().collect();
        return Ok(Resolved { doc, origins, libraries: paths, noted, notices });
    }
    // Which library entries the article uses: those it mentions, and those it refers to (a
    // note, a player), which stay so that the checks say what is wrong with them.
    let mentions = Mentions::find(&doc);
    let counts = mentions.counts(doc.glossary.len());
    let referred = |id: &str| notes.contains_key(id) || doc.players.iter().any(|p| p.entries.iter().any(|e| e == id));
    let keep: Vec<bool> = (0..doc.glossary.len())
        .map(|i| matches!(origins[i], Origin::Article(_)) || counts[i] > 0 || mentions.in_head(i) || referred(&doc.glossary[i].id))
        .collect();
    // A `related` id is dropped where it names a library entry the article does not use (an id
    // in no library stays, for the checks to report).
    let kept: Vec<String> = doc.glossary.iter().zip(&keep).filter(|(_, k)| **k).map(|(e, _)| e.id.clone()).collect();
    let dropped = |id: &str| !kept.iter().any(|k| k == id) && libraries.iter().any(|l| position(&l.entries, id).is_some());
    let mut glossary = Vec::new();
    let mut kept_origins = Vec::new();
    for ((mut entry, origin), keep) in std::mem::take(&mut doc.glossary).into_iter().zip(origins).zip(keep) {
        if keep {
            entry.related.retain(|id| !dropped(id));
            glossary.push(entry);
            kept_origins.push(origin);
        }
    }
    doc.glossary = glossary;
    let noted = notes.into_keys().collect();
    Ok(Resolved { doc, origins: kept_origins, libraries: paths, noted, notices })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::content::Citation;

    fn entry(id: &str, term: &str, related: &[&str]) -> Entry {
        serde_json::from_value(serde_json::json!({
            "id": id, "term": term, "kind": "concept", "definition": format!("About {term}."),
            "related": related,
        }))
        .expect("entry")
    }

    fn library(entries: Vec<Entry>) -> Library {
        Library { schema: None, version: 1, id: "lib".into(), title: None, entries }
    }

    fn article(text: &str, libraries: &[&str]) -> Document {
        serde_json::from_value(serde_json::json!({
            "version": 2, "id": "a",
            "article": {"headline": "Headline", "blocks": [{"id": "p1", "kind": "paragraph", "text": text}]},
            "libraries": libraries,
        }))
        .expect("document")
    }

    #[test]
    fn only_mentioned_library_entries_join_and_related_links_to_the_rest_are_dropped() {
        let lib = library(vec![entry("quad", "Quad", &["aukus", "india"]), entry("aukus", "AUKUS", &["quad"]), entry("india", "India", &[])]);
        let mut doc = article("The Quad met India.", &["../glossaries/lib.json"]);
        doc.in_article.insert("quad".into(), Citation { summary: "Named.".into(), quote: "The Quad".into() });
        let resolved = resolve(doc, &[lib]).expect("resolves");
        let ids: Vec<&str> = resolved.doc.glossary.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["quad", "india"]);
        assert_eq!(resolved.doc.glossary[0].related, ["india"]);
        assert_eq!(resolved.doc.glossary[0].in_article.as_ref().map(|c| c.quote.as_str()), Some("The Quad"));
        assert_eq!(resolved.doc.glossary[1].in_article, None);
        assert!(resolved.doc.libraries.is_empty() && resolved.doc.in_article.is_empty());
        assert_eq!(resolved.origins, [Origin::Library { library: 0, entry: 0 }, Origin::Library { library: 0, entry: 2 }]);
    }

    #[test]
    fn the_articles_own_entry_wins_with_a_notice() {
        let lib = library(vec![entry("quad", "Quad", &[]), entry("india", "India", &["quad"])]);
        let mut doc = article("The Quad met India.", &["lib.json"]);
        doc.glossary.push(entry("quad", "Quad", &[]));
        doc.glossary[0].definition = "Our own words.".into();
        let resolved = resolve(doc, &[lib]).expect("resolves");
        assert_eq!(resolved.doc.glossary.len(), 2);
        assert_eq!(resolved.doc.glossary[0].definition, "Our own words.");
        // India's link to the replaced Quad still leads somewhere: the article's own entry.
        assert_eq!(resolved.doc.glossary[1].related, ["quad"]);
        assert_eq!(resolved.notices, ["glossary[0] (`quad`) is the article's own entry: it replaces the one in lib.json"]);
    }

    #[test]
    fn notes_for_nothing_ids_in_two_libraries_and_bad_paths_are_problems() {
        let mut doc = article("The Quad met India.", &["a.json", "https://example.com/b.json"]);
        doc.in_article.insert("nato".into(), Citation { summary: "s".into(), quote: "q".into() });
        let problems = resolve(doc, &[library(vec![entry("quad", "Quad", &[])]), library(vec![entry("quad", "Quad", &[])])]).expect_err("problems");
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(shown[0].starts_with("libraries[1]: `https://example.com/b.json` is not a library path"), "{shown:?}");
        assert!(shown[1].starts_with("libraries[1]: https://example.com/b.json has an entry `quad` and so has a.json"), "{shown:?}");
        assert_eq!(shown[2], "in_article.nato: no entry `nato` in the article's glossary or its libraries");
    }

    #[test]
    fn a_library_by_itself_keeps_to_its_rules() {
        let mut lib = library(vec![entry("quad", "Quad", &["nato"]), entry("quad-2", "Quad", &[])]);
        lib.entries[0].in_article = Some(Citation { summary: "s".into(), quote: "q".into() });
        let shown: Vec<String> = validate_library(&lib).iter().map(ToString::to_string).collect();
        assert_eq!(shown, [
            "entries[0].related[0] (quad, “Quad”): unknown glossary entry `nato`",
            "entries[1].term (quad-2, “Quad”): `Quad` is already a form of entries[0] (`quad`)",
            "entries[0].in_article (quad, “Quad”): a library entry has no role in one article: give it in the article's own `in_article`, by this entry's id",
        ]);
    }

    #[test]
    fn library_paths() {
        for good in ["../glossaries/indo-pacific.json", "glossaries/a.json", "a.json"] {
            assert!(is_library_path(good), "{good}");
        }
        for bad in ["/glossaries/a.json", "https://x.org/a.json", "a.yaml", "a b.json", "a.json?v=1", ""] {
            assert!(!is_library_path(bad), "{bad}");
        }
    }
}
