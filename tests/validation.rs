//! Each kind of document error, with the message and path an editor sees.

use article_lens::check_json;

const DOC: &str = include_str!("../content/asian-nato.json");

/// The messages for `text`, one per problem.
fn problems(text: &str) -> Vec<String> {
    match check_json(text) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

/// The seed document with `f` applied to its JSON value.
fn edited(f: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut value: serde_json::Value = serde_json::from_str(DOC).expect("seed is JSON");
    f(&mut value);
    serde_json::to_string_pretty(&value).expect("serialises")
}

#[test]
fn the_seed_document_is_valid() {
    assert_eq!(problems(DOC), Vec::<String>::new());
}

#[test]
fn bad_json_reports_line_and_column() {
    let text = "{\n  \"version\": 1,\n  \"id\": \"x\"\n  \"article\": {}\n}";
    assert_eq!(
        problems(text),
        ["not valid JSON: expected `,` or `}` at line 4, column 3"]
    );
}

#[test]
fn a_wrong_type_reports_its_path() {
    let text = edited(|v| v["article"]["blocks"][3]["text"] = 3.into());
    assert_eq!(problems(&text), ["article.blocks[3].text: expected a string, found number 3"]);
}

#[test]
fn a_missing_field_reports_its_path() {
    let text = edited(|v| {
        v["article"].as_object_mut().map(|a| a.remove("headline"));
    });
    assert_eq!(problems(&text), ["article.headline: missing (this field is required)"]);
}

#[test]
fn an_unknown_field_is_an_error() {
    let text = edited(|v| v["article"]["heading"] = "typo".into());
    let found = problems(&text);
    assert_eq!(found.len(), 1);
    assert!(found[0].starts_with("article.heading: unknown field `heading`"), "{found:?}");
}

#[test]
fn an_unknown_block_kind_is_an_error() {
    let text = edited(|v| v["article"]["blocks"][2]["kind"] = "table".into());
    assert_eq!(
        problems(&text),
        ["article.blocks[2].kind: unknown variant `table`, expected `paragraph` or `quote`"]
    );
}

#[test]
fn an_unsupported_or_missing_version_is_an_error() {
    assert_eq!(
        problems(&edited(|v| v["version"] = 2.into())),
        ["version: unsupported version 2: this Article Lens reads version 1"]
    );
    // A newer version's unknown fields do not hide the version problem.
    assert_eq!(
        problems(&edited(|v| {
            v["version"] = 3.into();
            v["players"] = serde_json::json!([]);
        })),
        ["version: unsupported version 3: this Article Lens reads version 1"]
    );
    assert_eq!(
        problems(&edited(|v| {
            v.as_object_mut().map(|o| o.remove("version"));
        })),
        ["version: missing: a content document starts with \"version\": 1"]
    );
    assert_eq!(
        problems(&edited(|v| v["version"] = "1".into())),
        ["version: expected u64, found string \"1\""]
    );
}

#[test]
fn duplicate_block_ids_are_errors() {
    let text = edited(|v| v["article"]["blocks"][4]["id"] = "p2".into());
    assert_eq!(problems(&text), ["article.blocks[4].id: duplicate id `p2`, already used by article.blocks[1]"]);
}

#[test]
fn empty_text_is_an_error_everywhere() {
    let text = edited(|v| {
        v["article"]["headline"] = " ".into();
        v["article"]["blocks"][0]["text"] = "".into();
        v["article"]["figure"]["caption"] = "\u{a0}".into();
    });
    assert_eq!(
        problems(&text),
        [
            "article.headline: must not be empty",
            "article.figure.caption: must not be empty",
            "article.blocks[0].text: must not be empty",
        ]
    );
}

#[test]
fn ids_must_be_well_formed() {
    let text = edited(|v| {
        v["id"] = "asian nato".into();
        v["article"]["blocks"][1]["id"] = "".into();
    });
    assert_eq!(
        problems(&text),
        [
            "id: `asian nato` is not a valid id: use a letter, then letters, digits, `-` or `_`",
            "article.blocks[1].id: an empty id is not a valid id: use a letter, then letters, digits, `-` or `_`",
        ]
    );
}

#[test]
fn only_quotes_have_attributions_and_articles_have_blocks() {
    let text = edited(|v| v["article"]["blocks"][0]["attribution"] = "Someone".into());
    assert_eq!(
        problems(&text),
        ["article.blocks[0].attribution: only a quote has an attribution (this block is a paragraph)"]
    );
    let text = edited(|v| v["article"]["blocks"] = serde_json::json!([]));
    assert_eq!(problems(&text), ["article.blocks: an article needs at least one block"]);
}

#[test]
fn a_document_that_is_not_an_object_is_an_error() {
    assert_eq!(problems("[1, 2]"), ["at the top level: expected a JSON object, found sequence"]);
}
