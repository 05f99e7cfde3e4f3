//! Each kind of document error, with the message and path an editor sees.

use article_lens::model::read::check_json;

const DOC: &str = include_str!("fixtures/v1/asian-nato.json");

/// The messages for `text`, one per problem.
fn problems(text: &str) -> Vec<String> {
    match check_json(text) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

/// The seed document's article alone (so that edits to the article do not also break the
/// glossary's and stances' citations), with `f` applied to its JSON value.
fn edited(f: impl FnOnce(&mut serde_json::Value)) -> String {
    with_glossary_edited(|v| {
        if let Some(o) = v.as_object_mut() {
            for section in ["glossary", "players", "groupings", "axes", "maps", "stances"] {
                o.remove(section);
            }
        }
        f(v)
    })
}

/// The whole seed document with `f` applied to its JSON value.
fn with_glossary_edited(f: impl FnOnce(&mut serde_json::Value)) -> String {
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
        ["article.blocks[2].kind: unknown variant `table`, expected one of `paragraph`, `quote`, `heading`, `list`"]
    );
}

#[test]
fn an_unsupported_or_missing_version_is_an_error() {
    assert_eq!(
        problems(&edited(|v| v["version"] = 3.into())),
        ["version: unsupported version 3: this Article Lens reads versions 1 to 2"]
    );
    // A newer version's unknown fields do not hide the version problem.
    assert_eq!(
        problems(&edited(|v| {
            v["version"] = 4.into();
            v["players"] = serde_json::json!([]);
        })),
        ["version: unsupported version 4: this Article Lens reads versions 1 to 2"]
    );
    assert_eq!(
        problems(&edited(|v| {
            v.as_object_mut().map(|o| o.remove("version"));
        })),
        ["version: missing: a content document starts with \"version\": 2"]
    );
    assert_eq!(
        problems(&edited(|v| v["version"] = "1".into())),
        ["version: expected a whole number, found string \"1\""]
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
    assert_eq!(problems("[1, 2]"), ["at the top level: expected a JSON object, found an array"]);
}

/// Problems of the seed document with its glossary edited by `f`.
fn glossary_edited(f: impl FnOnce(&mut serde_json::Value)) -> Vec<String> {
    problems(&with_glossary_edited(|v| f(&mut v["glossary"])))
}

#[test]
fn glossary_ids_and_forms_are_unique() {
    let found = glossary_edited(|g| g[2]["id"] = "aukus".into());
    assert!(found.contains(&"glossary[3].id (aukus, “AUKUS”): duplicate id `aukus`, already used by glossary[2]".to_owned()), "{found:?}");
    let found = glossary_edited(|g| g[2]["aliases"] = serde_json::json!(["Beijing"]));
    assert!(
        found.iter().any(|p| p.ends_with(": `Beijing` is already a form of glossary[2] (`quad`)")),
        "{found:?}"
    );
}

#[test]
fn glossary_related_entries_must_exist() {
    assert_eq!(
        glossary_edited(|g| g[0]["related"] = serde_json::json!(["nope"])),
        ["glossary[0].related[0] (asian-nato, “Asian NATO”): unknown glossary entry `nope`"]
    );
    assert_eq!(
        glossary_edited(|g| g[0]["related"] = serde_json::json!(["asian-nato"])),
        ["glossary[0].related[0] (asian-nato, “Asian NATO”): an entry cannot be related to itself"]
    );
}

#[test]
fn in_article_quotes_must_be_verbatim() {
    assert_eq!(
        glossary_edited(|g| g[0]["in_article"]["quote"] = "an Asian NATO is a great idea".into()),
        ["glossary[0].in_article.quote (asian-nato, “Asian NATO”): not found verbatim in the article: “an Asian NATO is a great idea”. Nearest: article.blocks[5] (`p6`), the same for 18 characters (“…an Asian NATO is a”); then the quote has “ great idea” (U+0020) where the article has “n idea that should be co” (U+006E)"]
    );
    // Straight quotes where the article has curly ones are not verbatim.
    assert_eq!(
        glossary_edited(|g| g[0]["in_article"]["quote"] = "Is an \"Asian NATO\" Tokyo's next big move?".into()),
        ["glossary[0].in_article.quote (asian-nato, “Asian NATO”): not found verbatim in the article: “Is an \"Asian NATO\" Tokyo's next big move?”. Nearest: article.blocks[0] (`p1`), the same for 6 characters (“…Is an ”); then the quote has “\"Asian NATO\" Tokyo's nex” (U+0022) where the article has ““Asian NATO” Tokyo’s nex” (U+201C)"]
    );
}

#[test]
fn every_entry_must_be_mentioned() {
    assert_eq!(
        glossary_edited(|g| g[3]["term"] = "AUKUS pact".into()),
        ["glossary[3] (aukus, “AUKUS pact”): `AUKUS pact` is never mentioned in the article (check its term and aliases)"]
    );
}

#[test]
fn links_definitions_and_kinds_are_checked() {
    assert_eq!(
        glossary_edited(|g| g[1]["further_reading"]["url"] = "javascript:alert(1)".into()),
        ["glossary[1].further_reading.url (nato, “NATO”): must be an https:// address without spaces"]
    );
    assert_eq!(
        glossary_edited(|g| g[0]["definition"] = "word ".repeat(80).into()),
        ["glossary[0].definition (asian-nato, “Asian NATO”): 80 words: a definition has at most 70 (aim for 60)"]
    );
    assert_eq!(
        glossary_edited(|g| g[0]["kind"] = "animal".into()),
        ["glossary[0].kind: unknown variant `animal`, expected one of `organisation`, `agreement`, `person`, `place`, `policy`, `concept`"]
    );
}

/// Problems of the seed document with `f` applied to it whole.
fn whole_edited(f: impl FnOnce(&mut serde_json::Value)) -> Vec<String> {
    problems(&with_glossary_edited(f))
}

#[test]
fn stances_must_reference_known_players_and_axes() {
    assert_eq!(
        whole_edited(|v| v["stances"][0]["player"] = "atlantis".into()),
        ["stances[0].player (atlantis on asian-nato): unknown player `atlantis`"]
    );
    assert_eq!(
        whole_edited(|v| v["stances"][0]["axis"] = "happiness".into()),
        ["stances[0].axis (ishiba on happiness): unknown axis `happiness`"]
    );
    assert_eq!(
        whole_edited(|v| v["maps"][0]["players"][0] = "atlantis".into()),
        ["maps[0].players[0] (regional, “The ‘Asian NATO’ debate in the region”): unknown player `atlantis`"]
    );
    assert_eq!(
        whole_edited(|v| v["groupings"][0]["members"][0] = "atlantis".into()),
        ["groupings[0].members[0] (quad, “Quad”): unknown player `atlantis`"]
    );
}

#[test]
fn stance_values_must_be_on_the_axis_and_quotes_verbatim() {
    assert_eq!(
        whole_edited(|v| v["stances"][0]["value"] = 1.5.into()),
        ["stances[0].value (ishiba on asian-nato): 1.5 is off the axis: values run from -1 to 1"]
    );
    assert_eq!(
        whole_edited(|v| v["stances"][0]["evidence"][0] = "Ishiba is a pacifist".into()),
        ["stances[0].evidence[0] (ishiba on asian-nato): not found verbatim in the article: “Ishiba is a pacifist”. Nearest: article.blocks[15] (`p15`), the same for 10 characters (“…Ishiba is ”); then the quote has “a pacifist” (U+0061) where the article has “the antithesis of the Ab” (U+0074)"]
    );
    assert_eq!(
        whole_edited(|v| v["stances"][0]["evidence"] = serde_json::json!([])),
        ["stances[0].evidence (ishiba on asian-nato): a placement needs at least one quote from the article"]
    );
    let first = serde_json::from_str::<serde_json::Value>(DOC).expect("json")["stances"][0].clone();
    let found = whole_edited(move |v| v["stances"].as_array_mut().expect("array").push(first));
    assert_eq!(found.len(), 1);
    assert!(found[0].ends_with("is already placed on `asian-nato` by stances[0]"), "{found:?}");
}

#[test]
fn player_labels_and_entries_are_checked() {
    assert_eq!(
        whole_edited(|v| v["players"][0]["label"] = "A very long player label".into()),
        ["players[0].label (ishiba, “Japan under Prime Minister Ishiba Shigeru”): 24 characters: a map label has at most 14"]
    );
    assert_eq!(
        whole_edited(|v| v["players"][1]["entries"] = serde_json::json!(["ishiba-shigeru"])),
        ["players[1].entries[0] (iwaya, “Foreign Minister Iwaya Takeshi”): glossary entry `ishiba-shigeru` already belongs to players[0]"]
    );
}

#[test]
fn static_html_never_lets_markup_through() {
    let payloads: Vec<String> =
        serde_json::from_str(include_str!("fixtures/hostile-payloads.json")).expect("payload list");
    assert!(payloads.len() >= 30);
    let text = edited(|v| {
        v["article"]["headline"] = payloads[0].clone().into();
        for (i, p) in payloads.iter().enumerate().take(18) {
            v["article"]["blocks"][i]["text"] = p.clone().into();
        }
    });
    let Ok((doc, mentions)) = article_lens::model::read::read_checked(&text) else { panic!("payloads are just text") };
    // The article as `lens render` renders it (the document's own JSON script left out).
    let html = article_lens::view::static_page::article_html(doc, mentions, None);
    // Attribute-like text ("onerror=") may appear, as text: no tag can open around it.
    for bad in ["<script", "<img", "<svg", "<iframe", "<style", "<a href", "<p onclick"] {
        assert!(!html.contains(bad), "{bad} got through");
    }
}

#[test]
fn problems_name_the_entry_player_or_stance_by_id_and_name() {
    // The path alone (`glossary[14]`) does not say which entry to open; its id and term do.
    let found = glossary_edited(|g| g[14]["definition"] = "".into());
    let (id, term) = {
        let seed: serde_json::Value = serde_json::from_str(DOC).expect("json");
        (seed["glossary"][14]["id"].as_str().expect("id").to_owned(), seed["glossary"][14]["term"].as_str().expect("term").to_owned())
    };
    assert_eq!(found, [format!("glossary[14].definition ({id}, “{term}”): must not be empty")]);
    // Paths into the article name themselves, and an item without an id is not named.
    assert_eq!(
        problems(&edited(|v| v["article"]["headline"] = "".into())),
        ["article.headline: must not be empty"]
    );
    assert_eq!(glossary_edited(|g| g[2]["id"] = "".into()).iter().filter(|p| p.starts_with("glossary[2].id (")).count(), 0);
}

#[test]
fn a_quote_not_in_the_article_shows_where_it_departs_from_the_nearest_passage() {
    // A word changed: the passage that shares the longest start, how far, and what follows.
    let found = glossary_edited(|g| g[0]["in_article"]["quote"] = "Prime Minister Ishiba Shigeru has long supported such a security alliance".into());
    assert_eq!(found.len(), 1);
    assert!(
        found[0].ends_with("Nearest: article.blocks[0] (`p1`), the same for 65 characters (“…pported such a security ”); then the quote has “alliance” (U+0061) where the article has “grouping – but he appear” (U+0067)"),
        "{found:?}"
    );
    // Longer than the passage: it says where the passage ends.
    let headline = serde_json::from_str::<serde_json::Value>(DOC).expect("json")["article"]["headline"].as_str().expect("headline").to_owned();
    let found = glossary_edited(|g| g[0]["in_article"]["quote"] = format!("{headline} Indeed").into());
    assert!(found[0].contains("Nearest: the headline, the same for"), "{found:?}");
    assert!(found[0].ends_with("then the passage ends there and the quote goes on: “ Indeed”"), "{found:?}");
    // Nothing in common worth pointing at: no nearest passage.
    let found = glossary_edited(|g| g[0]["in_article"]["quote"] = "Zebras".into());
    assert!(found[0].ends_with("not found verbatim in the article: “Zebras”"), "{found:?}");
}
