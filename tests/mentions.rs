//! `lens mentions`: what the glossary finds in an article, what it nearly finds, and what it
//! lacks, on a document written for these tests (not the seed), one case per kind.

use article_lens::model::content::Document;
use article_lens::text::mention_report::{report, MentionReport, NearMiss, NearMissKind, SuggestionKind};
use serde_json::{json, Value};

/// A glossary entry: `(id, term, kind, aliases, match_case)`.
fn entry(id: &str, term: &str, kind: &str, aliases: &[&str], case: &str) -> Value {
    json!({
        "id": id, "term": term, "kind": kind, "aliases": aliases, "match_case": case,
        "definition": "A definition.",
        "in_article": { "summary": "The article mentions it.", "quote": term },
    })
}

/// The seed's frame (version, players, maps...) with these paragraphs and this glossary.
fn document(paragraphs: &[&str], glossary: Vec<Value>) -> Document {
    let mut doc: Value = serde_json::from_str(&std::fs::read_to_string("tests/fixtures/v1/asian-nato.json").expect("seed")).expect("json");
    doc["article"]["blocks"] =
        paragraphs.iter().enumerate().map(|(i, t)| json!({ "id": format!("p{}", i + 1), "kind": "paragraph", "text": t })).collect();
    doc["glossary"] = Value::Array(glossary);
    article_lens::model::read::read_unchecked(&doc.to_string()).unwrap_or_else(|_| panic!("the test document reads"))
}

const PARAGRAPHS: [&str; 6] = [
    "Critics say formal alliances are out of fashion; the QUAD met anyway, and the Quad will meet again.",
    "The China–Russia partnership, written here with an en dash, is matched; the China—Russia partnership with an em dash is not.",
    "Tokyo speaks of self defense and of the Indo- Pacific, and of deter- rence, as a printed page breaks them.",
    "Analysts at the Brussels School of Governance Japan Program disagree. Japan itself is silent. Prime Minister Ishiba is not.",
    "The LDP lost seats. Critics inside the Nakamura Institute blamed the LDP and one sanction.",
    "The Nakamura Institute says sanctions work. Japan waits.",
];

fn sample() -> MentionReport {
    report(&document(
        &PARAGRAPHS,
        vec![
            entry("formal-alliance", "formal alliance", "concept", &[], "insensitive"),
            entry("quad", "Quad", "organisation", &["Quadrilateral Security Dialogue"], "exact"),
            entry("china-russia", "China-Russia partnership", "concept", &[], "exact"),
            entry("self-defense", "self-defense", "concept", &[], "insensitive"),
            entry("indo-pacific", "Indo-Pacific", "place", &[], "exact"),
            entry("deterrence", "deterrence", "concept", &[], "insensitive"),
            entry("japan", "Japan", "place", &[], "exact"),
            entry("ishiba", "Ishiba", "person", &[], "exact"),
            entry("sanctions", "sanctions", "policy", &[], "insensitive"),
        ],
    ))
}

fn miss(report: &MentionReport, found: &str) -> Option<NearMiss> {
    report.near_misses.iter().find(|m| m.found == found).cloned()
}

#[test]
fn each_form_is_listed_with_its_paragraphs_and_aliases_that_find_nothing_say_so() {
    let r = sample();
    let quad = r.entries.iter().find(|e| e.id == "quad").expect("quad");
    assert_eq!(quad.forms.len(), 2);
    assert_eq!((quad.forms[0].hits[0].paragraph, quad.forms[0].hits[0].count), (1, 1), "\"Quad\" once in ¶1 (\"QUAD\" is not it)");
    assert!(quad.forms[1].alias && quad.forms[1].hits.is_empty());
    let japan = r.entries.iter().find(|e| e.id == "japan").expect("japan");
    let paragraphs: Vec<(usize, usize)> = japan.forms[0].hits.iter().map(|h| (h.paragraph, h.count)).collect();
    assert_eq!(paragraphs, [(4, 2), (6, 1)]);
    assert!(r.plain().contains("Aliases that find nothing: 1\n  quad: Quadrilateral Security Dialogue\n"));
}

#[test]
fn an_en_dash_between_words_matches_a_hyphen_and_an_em_dash_is_a_near_miss() {
    let r = sample();
    let hits = &r.entries.iter().find(|e| e.id == "china-russia").expect("entry").forms[0].hits;
    assert_eq!(hits.iter().map(|h| (h.paragraph, h.count)).collect::<Vec<_>>(), [(2, 1)]);
    let em = miss(&r, "China—Russia partnership").expect("em dash reported");
    assert_eq!((em.kind, em.paragraph, em.entry.as_str()), (NearMissKind::Dash, 2, "china-russia"));
}

#[test]
fn every_kind_of_near_miss_is_reported_with_its_paragraph_and_entry() {
    let r = sample();
    let expect = [
        ("formal alliances", NearMissKind::Plural, 1, "formal-alliance"),
        ("QUAD", NearMissKind::Case, 1, "quad"),
        ("self defense", NearMissKind::Dash, 3, "self-defense"),
        ("Indo- Pacific", NearMissKind::LineBreak, 3, "indo-pacific"),
        ("deter- rence", NearMissKind::LineBreak, 3, "deterrence"),
        ("sanction", NearMissKind::Singular, 5, "sanctions"),
    ];
    for (found, kind, paragraph, entry) in expect {
        let m = miss(&r, found).unwrap_or_else(|| panic!("{found:?} reported; got {:?}", r.near_misses));
        assert_eq!((m.kind, m.paragraph, m.entry.as_str()), (kind, paragraph, entry), "{found}");
    }
    // Only those and the em dash (the test above): real mentions are never near misses of
    // themselves, nor is the en dash the matcher takes.
    assert_eq!(r.near_misses.len(), expect.len() + 1, "{:?}", r.near_misses);
    assert!(r.plain().contains("¶1   formal alliances  plural of “formal alliance” (formal-alliance)"), "{}", r.plain());
}

#[test]
fn a_form_inside_a_longer_capitalised_name_is_flagged_but_a_title_before_a_person_is_not() {
    let r = sample();
    let names: Vec<(usize, &str, &str)> = r.inside_names.iter().map(|n| (n.paragraph, n.found.as_str(), n.name.as_str())).collect();
    assert_eq!(names, [(4, "Japan", "Brussels School of Governance Japan Program")]);
}

#[test]
fn names_and_acronyms_seen_twice_that_no_entry_covers_are_suggested() {
    let r = sample();
    let found: Vec<(&str, SuggestionKind, usize)> = r.suggestions.iter().map(|s| (s.text.as_str(), s.kind, s.count)).collect();
    assert!(found.contains(&("LDP", SuggestionKind::Acronym, 2)), "{found:?}");
    assert!(found.contains(&("Nakamura Institute", SuggestionKind::Name, 2)), "{found:?}");
    // "Critics" starts two sentences and is an ordinary word; "Tokyo" is seen once; "Japan" has
    // an entry.
    for not in ["Critics", "Tokyo", "Japan", "The"] {
        assert!(!found.iter().any(|(t, ..)| *t == not), "{not} suggested: {found:?}");
    }
    let ldp = r.suggestions.iter().find(|s| s.text == "LDP").expect("LDP");
    assert_eq!(ldp.paragraphs, [5]);
}

#[test]
fn the_seed_glossary_has_no_near_misses_and_its_report_names_every_entry() {
    let seed = article_lens::model::files::load(std::path::Path::new("content/asian-nato.json"))
        .unwrap_or_else(|_| panic!("the seed is valid"))
        .doc;
    let r = report(&seed);
    assert_eq!(r.entries.len(), seed.glossary.len());
    assert_eq!(r.near_misses, []);
    // Every entry is found somewhere (validation requires it), through one of its forms.
    for e in &r.entries {
        assert!(e.forms.iter().any(|f| !f.hits.is_empty()), "{} found nowhere", e.id);
    }
}

#[test]
fn list_items_start_sentences_and_linked_words_are_neither_mentions_nor_near_misses() {
    let v2 = article_lens::model::read::read_document(include_str!("fixtures/v2-article.json")).unwrap_or_else(|_| panic!("valid"));
    let r = report(&v2);
    // "Shared radar data every hour": "Shared" starts its item, it is not part of a name.
    assert_eq!(r.inside_names, []);
    // "the Coast Guard Pact" is linked in ¶1: not a hit there, and not a near miss either.
    let pact = r.entries.iter().find(|e| e.id == "coast-guard-pact").expect("entry");
    assert!(!pact.forms[0].hits.iter().any(|h| h.paragraph == 1), "{:?}", pact.forms[0].hits);
    assert_eq!(r.near_misses, []);
}
