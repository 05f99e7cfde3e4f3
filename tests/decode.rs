//! The hand-written reader (`decode`, used by the tool and the widget) against the `serde`
//! reading of the same types, from whose attributes the JSON Schema is generated: on every good
//! document they must build the same value, and they must agree on which texts are JSON.

use article_lens::content::Document;
use proptest::prelude::*;

const SEED: &str = include_str!("../content/asian-nato.json");
const SMALL: &str = include_str!("fixtures/good-small.json");

fn both(text: &str) -> (Document, Document) {
    let value = article_lens::json::parse(text).expect("JSON");
    let ours = article_lens::decode::document(&value).expect("our reader accepts it");
    let serde: Document = serde_json::from_str(text).expect("serde accepts it");
    (ours, serde)
}

#[test]
fn the_seed_and_the_small_document_read_the_same_both_ways() {
    for text in [SEED, SMALL] {
        let (ours, serde) = both(text);
        assert_eq!(ours, serde);
    }
}

#[test]
fn defaults_and_nulls_read_the_same_both_ways() {
    let mut v: serde_json::Value = serde_json::from_str(SMALL).expect("json");
    let doc = v.as_object_mut().expect("object");
    doc.remove("language");
    doc.remove("players");
    doc["article"]["dek"] = serde_json::Value::Null;
    if let Some(entry) = doc["glossary"].get_mut(0) {
        entry.as_object_mut().expect("entry").remove("match_case");
        entry["further_reading"] = serde_json::Value::Null;
    }
    let (ours, serde) = both(&v.to_string());
    assert_eq!(ours, serde);
    assert_eq!(ours.language, "en");
}

#[test]
fn numbers_read_the_same_both_ways() {
    // The first stance's value, written as each of these texts.
    let at = SEED.find("\"value\": ").expect("a stance value") + "\"value\": ".len();
    let end = at + SEED[at..].find(',').expect("a comma after it");
    for value in ["0", "-1", "1", "0.5", "-0.7", "0.25", "-0.333", "1e0", "-2.5e-1", "0.1", "0.3", "-0.0"] {
        let text = format!("{}{value}{}", &SEED[..at], &SEED[end..]);
        let (ours, serde) = both(&text);
        assert_eq!(ours.stances[0].value, serde.stances[0].value, "{value}");
    }
}

proptest! {
    #[test]
    fn our_parser_and_serde_json_agree_on_what_is_json(text in "[\\[\\]{}\",:0-9a-z. \\-\\\\eEtrufalsn]{0,24}") {
        let ours = article_lens::json::parse(&text).is_ok();
        let serde = serde_json::from_str::<serde_json::Value>(&text).is_ok();
        prop_assert_eq!(ours, serde, "{}", text);
    }
}
