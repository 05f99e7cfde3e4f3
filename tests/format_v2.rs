//! Format version 2: the article's authors, dates, source, series and editor's note, and
//! headings; version 1 documents read as before and may not use them.

use article_lens::model::read::{check_json, read_checked};
use serde_json::{json, Value};

const V2: &str = include_str!("fixtures/v2-article.json");

fn problems(doc: &Value) -> Vec<String> {
    match check_json(&doc.to_string()) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

fn v2(f: impl FnOnce(&mut Value)) -> Value {
    let mut doc: Value = serde_json::from_str(V2).expect("json");
    f(&mut doc);
    doc
}

#[test]
fn a_version_2_document_reads_with_its_new_fields() {
    let doc = check_json(V2).unwrap_or_else(|p| panic!("{p:?}"));
    let a = &doc.article;
    assert_eq!(doc.version, 2);
    assert_eq!(a.authors.iter().map(|x| (x.name.as_str(), x.role.as_deref())).collect::<Vec<_>>(), [("Mara Oyelaran", Some("Correspondent")), ("Ilse Varga", None)]);
    assert_eq!((a.published.as_deref(), a.updated.as_deref()), (Some("2025-03-14"), Some("2025-03-16")));
    assert_eq!(a.series.as_deref(), Some("Straits and Ports"));
    assert!(a.note.as_deref().is_some_and(|n| n.starts_with("Based on a public lecture")));
    assert_eq!(a.blocks.iter().filter_map(|b| b.level).collect::<Vec<_>>(), [2, 3]);
    let lists: Vec<(bool, usize)> = a.blocks.iter().filter(|b| !b.items.is_empty()).map(|b| (b.ordered, b.items.len())).collect();
    assert_eq!(lists, [(true, 2), (false, 2)]);
}

#[test]
fn terms_in_headings_are_mentions() {
    let (doc, mentions) = read_checked(V2).unwrap_or_else(|_| panic!("valid"));
    let heading = doc.article.blocks.iter().position(|b| b.id == "h1").expect("h1");
    let found = &mentions.per_block[heading];
    assert_eq!(found.len(), 1);
    assert_eq!(&doc.article.blocks[heading].text[found[0].start..found[0].end], "Coast Guard Pact");
    // "Radar data" starts a heading: the entry is case-insensitive.
    let sub = doc.article.blocks.iter().position(|b| b.id == "h2").expect("h2");
    assert_eq!(mentions.per_block[sub].len(), 1);
}

#[test]
fn version_1_documents_may_not_use_what_version_2_adds() {
    let doc = v2(|d| d["version"] = 1.into());
    assert_eq!(
        problems(&doc),
        [
            "article.authors: authors are format version 2: declare \"version\": 2",
            "article.published: publication dates are format version 2: declare \"version\": 2",
            "article.updated: update dates are format version 2: declare \"version\": 2",
            "article.source_url: source addresses are format version 2: declare \"version\": 2",
            "article.series: series are format version 2: declare \"version\": 2",
            "article.note: editor's notes are format version 2: declare \"version\": 2",
            "article.blocks[0].links: links are format version 2: declare \"version\": 2",
            "article.blocks[1].kind: headings are format version 2: declare \"version\": 2",
            "article.blocks[2].links: links are format version 2: declare \"version\": 2",
            "article.blocks[3].kind: lists are format version 2: declare \"version\": 2",
            "article.blocks[4].kind: headings are format version 2: declare \"version\": 2",
            "article.blocks[7].links: links are format version 2: declare \"version\": 2",
            "article.blocks[7].kind: lists are format version 2: declare \"version\": 2",
            "glossary[0].as_of (coast-guard-pact, “Coast Guard Pact”): definition dates are format version 2: declare \"version\": 2",
        ]
    );
}

#[test]
fn dates_must_be_real_days_in_order() {
    assert_eq!(
        problems(&v2(|d| d["article"]["published"] = "14/03/2025".into())),
        ["article.published: `14/03/2025` is not a date: write it as year-month-day, such as 2024-10-08"]
    );
    assert_eq!(
        problems(&v2(|d| d["article"]["updated"] = "2025-02-29".into())),
        ["article.updated: `2025-02-29` is not a date: write it as year-month-day, such as 2024-10-08"]
    );
    assert_eq!(
        problems(&v2(|d| d["article"]["updated"] = "2025-03-01".into())),
        ["article.updated: 1 March 2025 is before the publication date, 14 March 2025"]
    );
}

#[test]
fn authors_source_and_note_are_checked() {
    let doc = v2(|d| {
        d["article"]["authors"] = json!([{ "name": " " }, { "name": "A", "role": "" }]);
        d["article"]["source_url"] = "http://example.org/x".into();
        d["article"]["note"] = "".into();
    });
    assert_eq!(
        problems(&doc),
        [
            "article.authors[0].name: must not be empty",
            "article.authors[1].role: must not be empty",
            "article.source_url: must be an https:// address without spaces",
            "article.note: must not be empty",
        ]
    );
    assert_eq!(
        problems(&v2(|d| d["article"]["authors"][0]["email"] = "x@example.org".into())),
        ["article.authors[0].email: unknown field `email`, expected `name` or `role`"]
    );
}

#[test]
fn a_heading_has_a_level_of_2_or_3_and_nothing_else_has_one() {
    assert_eq!(
        problems(&v2(|d| d["article"]["blocks"][1].as_object_mut().map(|o| o.remove("level")).map(drop).unwrap_or_default())),
        ["article.blocks[1].level: missing: a heading needs a level, 2 for a section or 3 for a subsection"]
    );
    assert_eq!(
        problems(&v2(|d| d["article"]["blocks"][1]["level"] = 4.into())),
        ["article.blocks[1].level: 4 is not a heading level here: 2 for a section, 3 for a subsection (the headline is 1)"]
    );
    assert_eq!(
        problems(&v2(|d| d["article"]["blocks"][0]["level"] = 2.into())),
        ["article.blocks[0].level: only a heading has a level (this block is a paragraph)"]
    );
    assert_eq!(
        problems(&v2(|d| d["article"]["blocks"][1]["attribution"] = "Someone".into())),
        ["article.blocks[1].attribution: only a quote has an attribution (this block is a heading)"]
    );
}

#[test]
fn a_list_has_items_and_no_text_and_only_a_list_has_items() {
    assert_eq!(
        problems(&v2(|d| {
            d["article"]["blocks"][3]["text"] = "Zones".into();
            d["article"]["blocks"][3]["items"][1] = " ".into();
        })),
        ["article.blocks[3].text: a list has no text of its own: its words are its `items`", "article.blocks[3].items[1]: must not be empty"]
    );
    assert_eq!(
        problems(&v2(|d| d["article"]["blocks"][3]["items"] = json!([]))),
        ["article.blocks[3].items: missing: a list needs at least one item"]
    );
    assert_eq!(
        problems(&v2(|d| {
            d["article"]["blocks"][0]["items"] = json!(["x"]);
            d["article"]["blocks"][0]["ordered"] = true.into();
        })),
        [
            "article.blocks[0].items: only a list has items (this block is a paragraph)",
            "article.blocks[0].ordered: only a list is ordered or not (this block is a paragraph)"
        ]
    );
}

#[test]
fn a_term_inside_a_link_is_not_a_mention() {
    let (doc, mentions) = read_checked(V2).unwrap_or_else(|_| panic!("valid"));
    assert_eq!(doc.article.blocks[0].links.len(), 1);
    // "the Coast Guard Pact" is linked in the first paragraph: no mention there.
    assert_eq!(mentions.per_block[0], []);
    let without: Value = v2(|d| d["article"]["blocks"][0].as_object_mut().map(|o| o.remove("links")).map(drop).unwrap_or_default());
    let (_, mentions) = read_checked(&without.to_string()).unwrap_or_else(|_| panic!("valid"));
    assert_eq!(mentions.per_block[0].len(), 1);
}

#[test]
fn a_link_is_over_words_of_its_block_to_an_https_address_and_links_do_not_overlap() {
    assert_eq!(
        problems(&v2(|d| {
            d["article"]["blocks"][2]["links"] = json!([
                { "text": "two patrol zones", "href": "http://example.org/zones" },
                { "text": "patrol zones and", "href": "https://example.org/b" },
                { "text": "three patrol zones", "href": "https://example.org/c" },
                { "text": "", "href": "https://example.org/d" },
            ]);
        })),
        [
            "article.blocks[2].links[0].href: must be an https:// address without spaces",
            "article.blocks[2].links[1].text: overlaps links[0]: links may not overlap",
            "article.blocks[2].links[2].text: “three patrol zones” is not in this block's text: a link is over words of the text, verbatim",
            "article.blocks[2].links[3].text: must not be empty",
        ]
    );
    // In a list, a link is over words of one item.
    assert_eq!(
        problems(&v2(|d| d["article"]["blocks"][7]["links"][0]["text"] = "winter. Shared".into())),
        ["article.blocks[7].links[0].text: “winter. Shared” is not in this block's text: a link is over words of the text, verbatim"]
    );
}

#[test]
fn terms_are_found_in_list_items_but_never_across_two() {
    let (doc, mentions) = read_checked(V2).unwrap_or_else(|_| panic!("valid"));
    let list = doc.article.blocks.iter().position(|b| b.id == "l1").expect("l1");
    let text = doc.article.blocks[list].matched_text();
    let found: Vec<&str> = mentions.per_block[list].iter().map(|m| &text[m.start..m.end]).collect();
    assert_eq!(found, ["radar data"]);
    // "... Coast Guard" ending one item and "Pact ..." starting the next is not the pact.
    let doc = v2(|d| {
        d["article"]["blocks"][3]["items"] = json!(["Talks on the Coast Guard", "Pact renewal", "Coast Guard Pact"]);
    });
    let (doc, mentions) = read_checked(&doc.to_string()).unwrap_or_else(|_| panic!("valid"));
    let text = doc.article.blocks[3].matched_text();
    let found: Vec<&str> = mentions.per_block[3].iter().map(|m| &text[m.start..m.end]).collect();
    assert_eq!(found, ["Coast Guard Pact"]);
    assert_eq!(doc.article.blocks[3].item_ranges().iter().map(|r| &text[r.clone()]).collect::<Vec<_>>(), ["Talks on the Coast Guard", "Pact renewal", "Coast Guard Pact"]);
}

#[test]
fn the_components_render_headings_authors_dates_source_and_note_semantically() {
    let (doc, mentions) = read_checked(V2).unwrap_or_else(|_| panic!("valid"));
    // Without Leptos's hydration markers (`<!>`).
    let html = article_lens::view::static_page::element_content(doc, mentions, "{}", "article-lens.css", None).replace("<!>", "");
    for want in [
        "<h2 id=\"al0-h1\" tabindex=\"-1\" class=\"al-h al-h2\">What the ",
        "<h3 id=\"al0-h2\" tabindex=\"-1\" class=\"al-h al-h3\">",
        "<time datetime=\"2025-03-14\">14 March 2025</time>",
        "<time datetime=\"2025-03-16\">16 March 2025</time>",
        "By <span class=\"al-author\">Mara Oyelaran</span><span class=\"al-role\"> (Correspondent)</span> and <span class=\"al-author\">Ilse Varga</span>",
        "href=\"https://example.org/maritime/harbour-talks\"",
        "The original, at example.org",
        "Series: Straits and Ports",
        "<strong>Editor’s note:</strong>",
        "<ol id=\"al0-l1\" tabindex=\"-1\" class=\"al-list\"><li>Zone north: patrolled from the upper port.</li><li>",
        "<ul id=\"al0-l2\" tabindex=\"-1\" class=\"al-list\"><li>A review of both zones before winter.</li>",
        "to review <a href=\"https://example.org/maritime/pact-text\" class=\"al-link\">the Coast Guard Pact</a>, a treaty",
        "into <a href=\"https://example.org/maritime/zones\" class=\"al-link\">two patrol zones</a> and",
        " <a href=\"https://example.org/maritime/radar\" class=\"al-link\">every hour</a>, not every day.</li>",
    ] {
        assert!(html.contains(want), "{want} in {html}");
    }
    // A term in a heading is marked like one in a paragraph.
    let h2 = &html[html.find("<h2").expect("h2")..html.find("</h2>").expect("</h2>")];
    assert!(h2.contains("al-term"), "{h2}");
    // And in a list item; the mention keeps its number in the block (the second item's first).
    let ol = &html[html.find("<ol").expect("ol")..html.find("</ol>").expect("</ol>")];
    assert!(ol.contains("id=\"al0-m3-0\"") && ol.contains(">radar data</span>"), "{ol}");
}

#[test]
fn an_entry_mentioned_only_in_the_headline_or_dek_is_the_articles() {
    // "Harbour Talks" is in the headline only.
    let (doc, mentions) = read_checked(V2).unwrap_or_else(|_| panic!("valid"));
    let talks = doc.glossary.iter().position(|e| e.id == "harbour-talks").expect("entry");
    assert_eq!(mentions.counts(doc.glossary.len())[talks], 0);
    assert!(mentions.in_headline.contains(&talks) && mentions.in_head(talks));
    // In the dek instead: still valid.
    let in_dek = v2(|d| {
        d["article"]["headline"] = "Ports Test an Old Coast Guard Pact".into();
        d["article"]["dek"] = "The Harbour Talks, and a dispute about who patrols the strait.".into();
        d["glossary"][2]["in_article"]["quote"] = "The Harbour Talks".into();
    });
    assert_eq!(problems(&in_dek), Vec::<String>::new());
    // In neither: never mentioned.
    let nowhere = v2(|d| {
        d["article"]["headline"] = "Ports Test an Old Coast Guard Pact".into();
        d["glossary"][2]["in_article"]["quote"] = "Ports Test".into();
    });
    assert_eq!(
        problems(&nowhere),
        ["glossary[2] (harbour-talks, “Harbour Talks”): `Harbour Talks` is never mentioned in the article (check its term and aliases)"]
    );
}

#[test]
fn a_definition_may_say_the_day_it_was_true_of() {
    let doc = check_json(V2).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(doc.glossary[0].as_of.as_deref(), Some("2025-03-01"));
    assert_eq!(
        problems(&v2(|d| d["glossary"][0]["as_of"] = "March 2025".into())),
        ["glossary[0].as_of (coast-guard-pact, “Coast Guard Pact”): `March 2025` is not a date: write it as year-month-day, such as 2024-10-01"]
    );
}
