//! The JSON-LD `lens render` writes, against the schema.org vocabulary: every type is one
//! schema.org defines, every property is one schema.org gives that type (its own or inherited
//! from `CreativeWork` and `Thing`), the properties the types need to mean anything are there,
//! and every value is the document's own.

use std::collections::HashMap;

use article_lens::model::structured_data::json_ld;
use serde_json::Value;

/// Properties schema.org defines on `Thing`, which every type here inherits.
const THING: &[&str] = &["@type", "@id", "name", "description", "url", "alternateName"];

/// Properties schema.org defines on `CreativeWork` (and so on `Article` and `NewsArticle`).
const CREATIVE_WORK: &[&str] = &["headline", "author", "datePublished", "dateModified", "inLanguage", "isPartOf", "keywords", "about"];

/// The schema.org types the output may use, with the properties each may carry (schema.org's
/// own, as of its version 28) and those it must have here to say anything.
fn vocabulary() -> HashMap<&'static str, (Vec<&'static str>, Vec<&'static str>)> {
    let with = |own: &[&'static str], inherited: &[&[&'static str]]| {
        let mut all: Vec<&'static str> = own.to_vec();
        for list in inherited {
            all.extend_from_slice(list);
        }
        all
    };
    HashMap::from([
        // NewsArticle < Article < CreativeWork < Thing.
        ("NewsArticle", (with(&["articleSection"], &[CREATIVE_WORK, THING]), vec!["headline", "inLanguage"])),
        ("Person", (with(&["jobTitle"], &[THING]), vec!["name"])),
        ("CreativeWorkSeries", (with(&[], &[CREATIVE_WORK, THING]), vec!["name"])),
        // DefinedTermSet < CreativeWork; DefinedTerm < Intangible < Thing.
        ("DefinedTermSet", (with(&["hasDefinedTerm"], &[CREATIVE_WORK, THING]), vec!["name", "hasDefinedTerm"])),
        ("DefinedTerm", (with(&["termCode", "inDefinedTermSet"], &[THING]), vec!["name", "description", "inDefinedTermSet"])),
    ])
}

/// Checks every typed node in `value` against the vocabulary; returns the nodes by type.
fn check<'a>(value: &'a Value, found: &mut HashMap<String, Vec<&'a Value>>) {
    match value {
        Value::Object(object) => {
            if let Some(kind) = object.get("@type").and_then(Value::as_str) {
                let vocabulary = vocabulary();
                let (allowed, required) = vocabulary.get(kind).unwrap_or_else(|| panic!("`{kind}` is not a type used here"));
                for key in object.keys() {
                    assert!(allowed.contains(&key.as_str()), "`{key}` is not a property of schema.org's {kind}");
                }
                for key in required {
                    assert!(object.get(*key).is_some_and(|v| !v.is_null() && v != ""), "{kind} without `{key}`");
                }
                found.entry(kind.to_owned()).or_default().push(value);
            }
            for v in object.values() {
                check(v, found);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| check(v, found)),
        _ => {}
    }
}

#[test]
fn a_version_2_article_and_its_glossary_in_schema_org_terms() {
    let doc = article_lens::model::read::check_json(include_str!("fixtures/v2-article.json")).expect("valid");
    let ld = json_ld(&doc);
    assert_eq!(ld["@context"], "https://schema.org");
    let mut found = HashMap::new();
    check(&ld, &mut found);
    let news = found["NewsArticle"][0];
    assert_eq!(news["headline"], doc.article.headline.as_str());
    assert_eq!(news["description"], doc.article.dek.as_deref().unwrap_or_default());
    assert_eq!((news["datePublished"].as_str(), news["dateModified"].as_str()), (Some("2025-03-14"), Some("2025-03-16")));
    assert_eq!(news["url"], "https://example.org/maritime/harbour-talks");
    assert_eq!(news["isPartOf"]["name"], "Straits and Ports");
    let people: Vec<(&str, Option<&str>)> = found["Person"].iter().map(|p| (p["name"].as_str().unwrap_or_default(), p["jobTitle"].as_str())).collect();
    assert_eq!(people, [("Mara Oyelaran", Some("Correspondent")), ("Ilse Varga", None)]);
    // The glossary: one term per entry, with its definition, the set it is in, and its link.
    let set = found["DefinedTermSet"][0];
    assert_eq!(news["about"]["@id"], set["@id"]);
    let terms = &found["DefinedTerm"];
    assert_eq!(terms.len(), doc.glossary.len());
    for (term, entry) in terms.iter().zip(&doc.glossary) {
        assert_eq!((term["name"].as_str(), term["description"].as_str()), (Some(entry.term.as_str()), Some(entry.definition.as_str())));
        assert_eq!(term["inDefinedTermSet"]["@id"], set["@id"]);
        assert_eq!(term["url"].as_str(), entry.further_reading.as_ref().map(|l| l.url.as_str()));
    }
}

#[test]
fn what_a_document_does_not_give_is_left_out() {
    // The seed names no author, date or source: none is invented; its byline-free article still
    // has its headline, language and glossary.
    let doc = article_lens::model::files::load(std::path::Path::new("content/asian-nato.json")).expect("valid").doc;
    let ld = json_ld(&doc);
    let mut found = HashMap::new();
    check(&ld, &mut found);
    let news = found["NewsArticle"][0];
    for absent in ["author", "datePublished", "dateModified", "url", "isPartOf"] {
        assert!(news.get(absent).is_none(), "{absent}");
    }
    assert_eq!(news["keywords"], "Security, East Asia");
    assert_eq!(found["DefinedTerm"].len(), doc.glossary.len());
}
