//! The glossary of the seed document: enough entries, each found in the text, with the tricky
//! cases of matching (possessives, overlaps, case, words inside words) right.

use article_lens::model::content::{Document, EntryKind};
use article_lens::text::glossary::{MarkMode, Mentions};

/// The seed document, its glossary resolved from its library, read and checked.
fn doc() -> Document {
    article_lens::model::files::load(std::path::Path::new("content/asian-nato.json")).expect("the seed document is valid").doc
}

/// Every (matched text, entry id) in block `block_id`, in order.
fn mentions_in(doc: &Document, block_id: &str) -> Vec<(String, String)> {
    let mentions = Mentions::find(doc);
    let b = doc.article.blocks.iter().position(|b| b.id == block_id).expect("block exists");
    let text = &doc.article.blocks[b].text;
    mentions.per_block[b]
        .iter()
        .map(|m| (text[m.start..m.end].to_owned(), doc.glossary[m.target].id.clone()))
        .collect()
}

fn has(list: &[(String, String)], text: &str, id: &str) -> bool {
    list.iter().any(|(t, i)| t == text && i == id)
}

#[test]
fn at_least_forty_entries_of_every_kind_each_mentioned() {
    let doc = doc();
    assert!(doc.glossary.len() >= 40, "{} entries", doc.glossary.len());
    for kind in EntryKind::ALL {
        assert!(doc.glossary.iter().any(|e| e.kind == kind), "no {kind:?} entry");
    }
    let counts = Mentions::find(&doc).counts(doc.glossary.len());
    for (entry, count) in doc.glossary.iter().zip(&counts) {
        assert!(*count >= 1, "{} is never matched", entry.id);
    }
}

#[test]
fn definitions_are_short_and_quotes_verbatim() {
    let doc = doc();
    for e in &doc.glossary {
        let words = e.definition.split_whitespace().count();
        assert!(words <= 60, "{}: {words} words", e.id);
        assert!(e.in_article.as_ref().and_then(|c| doc.block_quoting(&c.quote)).is_some(), "{}: quote not in the body", e.id);
    }
}

#[test]
fn japanese_people_carry_the_name_order_note() {
    let doc = doc();
    for id in ["ishiba-shigeru", "iwaya-takeshi", "kishida-fumio", "abe-shinzo", "takaichi-sanae", "tanaka-kakuei"] {
        let e = doc.glossary.iter().find(|e| e.id == id).unwrap_or_else(|| panic!("{id} missing"));
        let note = e.note.as_deref().unwrap_or_default();
        assert!(note.contains("family name first"), "{id}: {note:?}");
    }
}

#[test]
fn possessives_overlaps_and_case_on_the_seed() {
    let doc = doc();
    // p1: "Is an “Asian NATO” Tokyo’s next big move? Japan’s newly appointed Prime Minister Ishiba Shigeru"
    let p1 = mentions_in(&doc, "p1");
    assert!(has(&p1, "Asian NATO", "asian-nato"), "{p1:?}");
    assert!(has(&p1, "Ishiba Shigeru", "ishiba-shigeru"), "{p1:?}");
    assert!(!p1.iter().any(|(_, id)| id == "nato"), "NATO inside Asian NATO: {p1:?}");
    // p3: the Indo-Pacific 4 before the Indo-Pacific; Ishiba’s (curly possessive).
    let p3 = mentions_in(&doc, "p3");
    assert!(has(&p3, "Indo-Pacific 4", "indo-pacific-4"), "{p3:?}");
    assert!(has(&p3, "Indo-Pacific", "indo-pacific"), "{p3:?}");
    assert!(has(&p3, "Ishiba", "ishiba-shigeru"), "{p3:?}");
    assert!(has(&p3, "NATO", "nato"), "{p3:?}");
    // The Diet, the LDP’s, Kishida’s.
    let all: Vec<(String, String)> = doc.article.blocks.iter().flat_map(|b| mentions_in(&doc, &b.id)).collect();
    assert!(has(&all, "Japanese Diet", "diet"));
    assert!(has(&all, "LDP", "ldp"));
    assert!(has(&all, "Kishida", "kishida-fumio"));
    assert!(has(&all, "Abe-Aso power base", "abe-aso-power-base"));
    assert!(has(&all, "5-4-3-2", "five-four-three-two"));
    // "Beijing" stands for the Chinese government.
    assert!(has(&all, "Beijing", "china"));
}

#[test]
fn first_per_paragraph_marks_each_entry_once_per_block() {
    let doc = doc();
    let mentions = Mentions::find(&doc);
    for b in 0..doc.article.blocks.len() {
        let marked = mentions.marked(b, MarkMode::FirstPerParagraph);
        let mut targets: Vec<usize> = marked.iter().map(|m| m.target).collect();
        let n = targets.len();
        targets.sort_unstable();
        targets.dedup();
        assert_eq!(targets.len(), n, "block {b} marks an entry twice");
        assert!(mentions.marked(b, MarkMode::None).is_empty());
        assert_eq!(mentions.marked(b, MarkMode::All).len(), mentions.per_block[b].len());
    }
}

#[test]
fn matching_is_whole_word_on_invented_text() {
    let mut doc = doc();
    doc.article.blocks[0].text = "A quadruple Quadrilateral plan; the Quad met. A diet of NATOs.".to_owned();
    let found = mentions_in(&doc, &doc.article.blocks[0].id.clone());
    assert_eq!(found, [("Quad".to_owned(), "quad".to_owned())]);
}
