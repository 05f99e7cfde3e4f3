//! The catalogue of bad documents: each gives exactly the problems `tests/fixtures/bad/expected.json`
//! records, and the good one passes.

use std::fs;

#[test]
fn every_bad_document_gives_its_catalogued_problems() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/bad");
    let expected: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(format!("{dir}/expected.json")).expect("catalogue")).expect("json");
    let mut checked = 0;
    for (name, case) in expected.as_object().expect("an object") {
        let Some(native) = case["native"].as_array() else { continue };
        let text = fs::read_to_string(format!("{dir}/{name}.json")).expect("fixture exists");
        let problems: Vec<String> = match article_lens::model::read::check_json(&text) {
            Ok(_) => panic!("{name} should be rejected"),
            Err(problems) => problems.iter().map(ToString::to_string).collect(),
        };
        let native: Vec<&str> = native.iter().filter_map(|v| v.as_str()).collect();
        assert_eq!(problems, native, "{name}");
        checked += 1;
    }
    assert!(checked >= 9, "only {checked} fixtures checked");
}

#[test]
fn the_good_small_document_passes() {
    let text = fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/good-small.json")).expect("fixture");
    assert!(article_lens::model::read::check_json(&text).is_ok());
}
