//! Shared glossary libraries: the seed split into `glossaries/indo-pacific.json` and its article
//! gives the cards it gave as one document, and an article and its libraries are checked
//! together, each problem named where the editor fixes it.

use std::path::Path;

use article_lens::model::content::Document;
use article_lens::model::files::load;
use article_lens::text::glossary::Mentions;
use serde_json::{json, Value};

/// The seed before the split: one version 1 document with its glossary in it.
fn unsplit() -> Document {
    article_lens::model::read::check_json(include_str!("fixtures/v1/asian-nato.json")).expect("the v1 seed is valid")
}

#[test]
fn the_split_seed_gives_the_same_cards_and_mentions_as_before() {
    let before = unsplit();
    let after = load(Path::new("content/asian-nato.json")).expect("the seed and its library are valid").doc;
    assert_eq!(after.glossary.len(), before.glossary.len());
    for (old, new) in before.glossary.iter().zip(&after.glossary) {
        // The same entry, in the same order, with what the card shows; the library dates its
        // definitions, which the one document did not.
        assert_eq!(new.as_of.as_deref(), Some("2024-10-15"), "{}", new.id);
        let undated = article_lens::model::content::Entry { as_of: None, ..new.clone() };
        assert_eq!(&undated, old, "{}", old.id);
    }
    assert_eq!(Mentions::find(&after), Mentions::find(&before));
    // Everything else is the same document, moved to version 2.
    assert_eq!((after.article, after.players, after.stances, after.version), (before.article, before.players, before.stances, 2));
}

/// A scratch directory holding `glossaries/lib.json` and `content/a.json`.
struct Scratch(std::path::PathBuf);

impl Scratch {
    fn new(name: &str, library: &Value, doc: &Value) -> Scratch {
        let dir = std::env::temp_dir().join(format!("lens-library-{name}-{}", std::process::id()));
        for sub in ["glossaries", "content"] {
            std::fs::create_dir_all(dir.join(sub)).expect("dir");
        }
        std::fs::write(dir.join("glossaries/lib.json"), library.to_string()).expect("write");
        std::fs::write(dir.join("content/a.json"), doc.to_string()).expect("write");
        Scratch(dir)
    }

    fn doc(&self) -> std::path::PathBuf {
        self.0.join("content/a.json")
    }

    /// `load`'s problems, as `lens check` prints them after the file name.
    fn problems(&self) -> Vec<String> {
        match load(&self.doc()) {
            Ok(_) => Vec::new(),
            Err(problems) => problems.iter().map(ToString::to_string).collect(),
        }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.0).ok();
    }
}

fn library() -> Value {
    json!({
        "version": 1, "id": "lib",
        "entries": [
            { "id": "quad", "term": "Quad", "kind": "organisation", "definition": "A forum of four democracies.", "related": ["aukus", "asean"] },
            { "id": "aukus", "term": "AUKUS", "kind": "agreement", "definition": "A pact of three.", "related": ["quad"] },
            { "id": "asean", "term": "ASEAN", "kind": "organisation", "definition": "Ten states of Southeast Asia." },
        ]
    })
}

fn article() -> Value {
    json!({
        "version": 2, "id": "a",
        "article": { "headline": "The Quad and AUKUS", "blocks": [{ "id": "p1", "kind": "paragraph", "text": "The Quad met. AUKUS did not." }] },
        "libraries": ["../glossaries/lib.json"],
        "in_article": { "quad": { "summary": "The article says it met.", "quote": "The Quad met." } },
    })
}

#[test]
fn an_article_uses_the_library_entries_it_mentions_with_its_notes() {
    let scratch = Scratch::new("uses", &library(), &article());
    let checked = load(&scratch.doc()).expect("valid");
    let ids: Vec<&str> = checked.doc.glossary.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["quad", "aukus"]);
    assert_eq!(checked.doc.glossary[0].related, ["aukus"], "ASEAN is not in the article: its link is dropped");
    assert_eq!(checked.doc.glossary[0].in_article.as_ref().map(|c| c.summary.as_str()), Some("The article says it met."));
    assert_eq!(checked.doc.glossary[1].in_article, None);
    assert_eq!(checked.used, [("../glossaries/lib.json".to_owned(), 2)]);
    assert!(checked.notices.is_empty());
}

#[test]
fn problems_are_named_in_the_library_or_the_note_that_has_them() {
    let mut lib = library();
    lib["entries"][1]["definition"] = json!(" ");
    let mut doc = article();
    doc["in_article"]["quad"]["quote"] = json!("The Quad never met.");
    doc["in_article"]["asean"] = json!({ "summary": "s", "quote": "AUKUS did not." });
    let scratch = Scratch::new("problems", &lib, &doc);
    assert_eq!(scratch.problems(), ["../glossaries/lib.json entries[1].definition (aukus, “AUKUS”): must not be empty"]);

    let scratch = Scratch::new("notes", &library(), &doc);
    assert_eq!(
        scratch.problems(),
        [
            "in_article.quad.quote (quad, “Quad”): not found verbatim in the article: “The Quad never met.”. Nearest: the headline, the same for 9 characters (“…The Quad ”); then the quote has “never met.” (U+006E) where the article has “and AUKUS” (U+0061)",
            "in_article.asean (asean, “ASEAN”): `ASEAN` is never mentioned in the article (check its term and aliases)",
        ]
    );

    let mut missing = article();
    missing["libraries"] = json!(["../glossaries/none.json", "https://example.org/lib.json"]);
    let scratch = Scratch::new("missing", &library(), &missing);
    let problems = scratch.problems();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("libraries[0]: cannot read ") && problems[0].contains("none.json"), "{problems:?}");
    missing["libraries"] = json!(["../glossaries/lib.json", "https://example.org/lib.json"]);
    let scratch = Scratch::new("remote", &library(), &missing);
    assert_eq!(
        scratch.problems(),
        ["libraries[1]: `https://example.org/lib.json` is not a library path: write the path of a .json file relative to this document, such as ../glossaries/indo-pacific.json"]
    );
}

#[test]
fn the_articles_own_entry_replaces_the_librarys_with_a_notice() {
    let mut doc = article();
    doc["glossary"] = json!([{
        "id": "aukus", "term": "AUKUS", "kind": "agreement", "definition": "Our own words for this article.",
        "in_article": { "summary": "The article says it did not.", "quote": "AUKUS did not." }
    }]);
    let scratch = Scratch::new("own", &library(), &doc);
    let checked = load(&scratch.doc()).expect("valid");
    let ids: Vec<&str> = checked.doc.glossary.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["aukus", "quad"]);
    assert_eq!(checked.doc.glossary[0].definition, "Our own words for this article.");
    assert_eq!(checked.doc.glossary[1].related, ["aukus"], "the link leads to the article's own entry");
    assert_eq!(checked.notices, ["glossary[0] (`aukus`) is the article's own entry: it replaces the one in ../glossaries/lib.json"]);
    assert_eq!(checked.used, [("../glossaries/lib.json".to_owned(), 1)]);
}

#[test]
fn a_version_1_document_cannot_name_libraries() {
    let mut doc = article();
    doc["version"] = json!(1);
    let scratch = Scratch::new("v1", &library(), &doc);
    let problems = scratch.problems();
    assert!(problems.iter().any(|p| p.starts_with("libraries: glossary libraries are format version 2")), "{problems:?}");
}
