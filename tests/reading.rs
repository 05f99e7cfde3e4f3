//! Reading documents with serde: the version is probed first, every error names its path in a
//! content editor's words, and good documents read the same as serde's own reading of the text.

use article_lens::model::content::Document;
use article_lens::model::read::check_json;

const SEED: &str = include_str!("fixtures/v1/asian-nato.json");
const SMALL: &str = include_str!("fixtures/good-small.json");

/// The one problem `text` has.
fn problem(text: &str) -> String {
    match check_json(text) {
        Ok(_) => panic!("accepted: {text}"),
        Err(problems) => {
            assert_eq!(problems.len(), 1, "{problems:?}");
            problems[0].to_string()
        }
    }
}

/// The small document with one edit.
fn small(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value = serde_json::from_str(SMALL).expect("json");
    edit(&mut v);
    v.to_string()
}

#[test]
fn good_documents_read_as_serde_reads_their_text() {
    for text in [SEED, SMALL] {
        let direct: Document = serde_json::from_str(text).expect("serde reads it");
        assert_eq!(check_json(text).expect("valid"), direct);
    }
}

#[test]
fn the_version_is_read_first() {
    assert_eq!(problem(r#"{"version": 3, "shiny_new_field": true}"#), "version: unsupported version 3: this Article Lens reads versions 1 to 2");
    assert_eq!(problem(r#"{"id": "x"}"#), "version: missing: a content document starts with \"version\": 2");
    assert_eq!(problem(r#"{"version": "1"}"#), "version: expected a whole number, found string \"1\"");
    assert_eq!(problem(r#"{"version": 1.5}"#), "version: expected a whole number, found number 1.5");
    assert_eq!(problem("[1]"), "at the top level: expected a JSON object, found an array");
    assert_eq!(problem("null"), "at the top level: expected a JSON object, found null");
}

#[test]
fn errors_name_the_path_deep_in_the_document() {
    let text = small(|v| v["stances"][0]["evidence"][0] = serde_json::json!(7));
    assert_eq!(problem(&text), "stances[0].evidence[0]: expected a string, found number 7");
    let text = small(|v| v["stances"][0]["value"] = serde_json::json!("high"));
    assert_eq!(problem(&text), "stances[0].value: expected a number, found string \"high\"");
    let text = small(|v| {
        v["glossary"][0].as_object_mut().expect("entry").remove("in_article");
    });
    assert_eq!(problem(&text), "glossary[0].in_article (quad, “Quad”): missing (this field is required in version 1; version 2 may leave it out)");
    let text = small(|v| v["glossary"][0]["kind"] = serde_json::json!("country"));
    assert!(problem(&text).starts_with("glossary[0].kind: unknown variant `country`, expected one of `organisation`, "));
    let text = small(|v| v["article"]["blocks"][1]["colour"] = serde_json::json!("red"));
    assert!(problem(&text).starts_with("article.blocks[1].colour: unknown field `colour`, expected one of `id`, "));
    let long = "x".repeat(100);
    let text = small(|v| v["version"] = serde_json::json!(long));
    assert_eq!(problem(&text), format!("version: expected a whole number, found string \"{}…\"", "x".repeat(40)));
}

#[test]
fn nulls_and_left_out_fields_take_their_defaults() {
    let text = small(|v| {
        let doc = v.as_object_mut().expect("object");
        doc.remove("language");
        doc["article"]["dek"] = serde_json::Value::Null;
    });
    let doc = check_json(&text).expect("valid");
    assert_eq!((doc.language.as_str(), doc.article.dek), ("en", None));
}

#[test]
fn broken_json_names_line_and_column() {
    assert_eq!(problem("{\n  \"version\": 1\n  \"id\": \"x\"\n}"), "not valid JSON: expected `,` or `}` at line 3, column 3");
    assert_eq!(
        problem("{\"q\": “Asian NATO”}"),
        "not valid JSON: expected value at line 1, column 7. A typographic quote (“ or ”) stands where JSON needs a straight one (\"): write names and texts between straight double quotes; typographic quotes belong inside a text"
    );
    // A name between typographic quotes: serde_json says only "key must be a string".
    assert!(problem("{\n  “version”: 1\n}").starts_with("not valid JSON: key must be a string at line 2, column 3. A typographic quote"));
    // A straight quote inside a text ends it early.
    let text = SMALL.replacen("Ministers meet in Vientiane", "Ministers say \"no\" in Vientiane", 1);
    assert!(problem(&text).ends_with("A straight quote (\") inside a text ends the text early: write it as \\\" or use typographic quotes (“ ”) in the text"), "{}", problem(&text));
}
