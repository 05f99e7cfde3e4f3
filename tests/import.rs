//! `lens import`: an article in Markdown or plain text (written for these tests, not the seed)
//! becomes a version 2 document that passes `lens check` and renders, its text kept character
//! for character.

use article_lens::model::content::BlockKind;
use article_lens::model::import::{from_markdown, from_plain_text};
use article_lens::model::read::{check_json, read_checked};
use std::process::Command;

const MARKDOWN: &str = include_str!("fixtures/import/harbour-talks.md");
const PLAIN: &str = include_str!("fixtures/import/ferry-timetables.txt");

#[test]
fn markdown_maps_onto_the_format_and_keeps_every_character() {
    let imported = from_markdown(MARKDOWN, "harbour-talks").unwrap_or_else(|e| panic!("{e}"));
    let doc = &imported.doc;
    let a = &doc.article;
    assert_eq!((doc.version, doc.id.as_str()), (2, "harbour-talks"));
    assert_eq!(a.headline, "Harbour Talks Test an Old Coast Guard Pact");
    assert_eq!(a.authors.iter().map(|x| (x.name.as_str(), x.role.as_deref())).collect::<Vec<_>>(), [("Mara Oyelaran", Some("Correspondent")), ("Ilse Varga", None)]);
    assert_eq!((a.published.as_deref(), a.series.as_deref()), (Some("2025-03-14"), Some("Straits and Ports")));
    let shape: Vec<(&str, BlockKind, Option<u8>)> = a.blocks.iter().map(|b| (b.id.as_str(), b.kind, b.level)).collect();
    assert_eq!(
        shape,
        [
            ("p1", BlockKind::Paragraph, None),
            ("h1", BlockKind::Heading, Some(2)),
            ("p2", BlockKind::Paragraph, None),
            ("l1", BlockKind::List, None),
            ("h2", BlockKind::Heading, Some(3)),
            ("q1", BlockKind::Quote, None),
            ("l2", BlockKind::List, None),
            ("p3", BlockKind::Paragraph, None),
        ]
    );
    // Line breaks inside a paragraph are spaces; curly quotes, the en dash and the no-break
    // space are the author's; emphasis markers go, their words stay.
    assert_eq!(a.blocks[0].text, "Officials from both ports met on Friday to review the Coast Guard Pact, a treaty that has governed patrols in the strait for “thirty years” – longer than either harbour master has served.");
    assert!(a.blocks[2].text.starts_with("The pact divides the strait into two patrol zones and"));
    assert_eq!(a.blocks[7].text, "Neither side proposed leaving the pact; 10\u{a0}km of water still separate them.");
    assert_eq!((a.blocks[0].links[0].text.as_str(), a.blocks[0].links[0].href.as_str()), ("Coast Guard Pact", "https://example.org/maritime/pact-text"));
    assert!(a.blocks[3].ordered && !a.blocks[6].ordered);
    assert_eq!(a.blocks[6].items, ["A review of both zones before winter.", "Shared radar data every hour, not every day."]);
    assert_eq!((a.blocks[5].text.as_str(), a.blocks[5].attribution.as_deref()), ("We share what we see, not what we guess.", Some("A harbour master, quoted at the talks")));
    // What the format cannot hold is named, with where.
    assert_eq!(
        imported.notes,
        [
            "the link “on the old site” to http://example.org/old is kept as plain text: links must be https:// (after block `h1`)",
            "the image https://example.org/strait.jpg is left out: the format holds no images (after block `q1`)",
        ]
    );
}

#[test]
fn the_imported_documents_pass_check_and_render() {
    for imported in [from_markdown(MARKDOWN, "harbour-talks"), from_plain_text(PLAIN, "ferry-timetables")] {
        let doc = imported.unwrap_or_else(|e| panic!("{e}")).doc;
        let json = serde_json::to_string_pretty(&doc).expect("json");
        check_json(&json).unwrap_or_else(|p| panic!("{p:?}"));
        let (doc, mentions) = read_checked(&json).unwrap_or_else(|_| panic!("valid"));
        let headline = doc.article.headline.clone();
        let html = article_lens::view::static_page::element_content(doc, mentions, &json, "article-lens.css", None);
        assert!(html.contains(&format!("<h1 class=\"al-headline\">{headline}</h1>")), "{html}");
    }
}

#[test]
fn plain_text_is_a_headline_then_paragraphs() {
    let doc = from_plain_text(PLAIN, "ferry-timetables").unwrap_or_else(|e| panic!("{e}")).doc;
    assert_eq!(doc.article.headline, "Ferry Timetables Change in the Islands");
    let texts: Vec<&str> = doc.article.blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "From Monday the morning ferry leaves at 7:40, not 7:15, the operator said on Thursday.",
            "Passengers with season tickets keep their seats — “nothing changes for them”, a spokeswoman said.",
            "The evening crossing is unchanged.",
        ]
    );
}

#[test]
fn what_cannot_be_imported_says_why() {
    assert_eq!(from_markdown("Just a paragraph.", "x").map(|_| ()), Err("no headline: give `headline:` in the front matter, or start the text with a `# ` heading".to_owned()));
    assert_eq!(from_markdown("# Only a headline\n", "x").map(|_| ()), Err("no body: the article needs at least one paragraph after its headline".to_owned()));
    let unknown = from_markdown("---\nheadlin: Typo\n---\n# H\n\nText.\n", "x").map(|_| ());
    assert!(unknown.as_ref().is_err_and(|e| e.starts_with("the front matter: ") && e.contains("headlin")), "{unknown:?}");
    assert_eq!(from_plain_text("\n\n", "x").map(|_| ()), Err("the file is empty: its first line should be the headline".to_owned()));
    // A level-1 heading after the headline, and a level 4, are moved into the format's levels.
    let doc = from_markdown("# Headline\n\nText.\n\n# Another\n\n#### Deep\n", "x").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(doc.doc.article.blocks.iter().filter_map(|b| b.level).collect::<Vec<_>>(), [2, 3]);
    assert_eq!(doc.notes, ["the heading “Another” became level 2", "the heading “Deep” became level 3"]);
    // A `# ` heading that repeats the front matter's headline is not a second heading.
    let doc = from_markdown("---\nheadline: Harbour Talks\n---\n# Harbour Talks\n\nText.\n", "x").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(doc.doc.article.headline, "Harbour Talks");
    assert_eq!(doc.doc.article.blocks.iter().map(|b| b.kind).collect::<Vec<_>>(), [BlockKind::Paragraph]);
    assert_eq!(doc.notes, ["the level-1 heading repeats the headline and is left out"]);
}

fn lens(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_lens")).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().expect("lens runs");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn lens_import_then_check_then_render() {
    let dir = std::env::temp_dir().join(format!("lens-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let out = dir.join("harbour-talks.json");
    let out = out.to_str().expect("utf-8 path");
    let (code, stdout, stderr) = lens(&["import", "tests/fixtures/import/harbour-talks.md", "--out", out]);
    assert_eq!((code, stdout.as_str()), (0, ""), "{stderr}");
    assert_eq!(stderr.lines().filter(|l| l.contains(": note: ")).count(), 2, "{stderr}");
    let (code, stdout, _) = lens(&["check", out]);
    assert_eq!(code, 0);
    assert!(stdout.ends_with(": ok (8 blocks, 0 glossary entries)\n"), "{stdout}");
    let (code, html, stderr) = lens(&["render", out]);
    assert_eq!(code, 0, "{stderr}");
    assert!(html.contains("<template shadowrootmode=\"open\">") && html.contains("Harbour Talks Test an Old Coast Guard Pact"));
    // To stdout, and plain text by its extension.
    let (code, stdout, _) = lens(&["import", "tests/fixtures/import/ferry-timetables.txt"]);
    assert_eq!(code, 0);
    let doc: serde_json::Value = serde_json::from_str(&stdout).expect("JSON on stdout");
    assert_eq!(doc["id"], "ferry-timetables");
    let (code, _, stderr) = lens(&["import", "tests/fixtures/import/missing.md"]);
    assert_eq!(code, 1);
    assert!(stderr.starts_with("tests/fixtures/import/missing.md: cannot read: "), "{stderr}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn lens_import_with_a_library_uses_the_entries_the_text_mentions_and_renders_their_cards() {
    let dir = std::env::temp_dir().join(format!("lens-import-library-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let library = "tests/fixtures/import/maritime-glossary.json";
    // The library beside the document, as a newsroom keeps them (`glossaries/`, `content/`).
    std::fs::create_dir_all(dir.join("glossaries")).expect("dir");
    std::fs::copy(library, dir.join("glossaries/maritime.json")).expect("copy");
    std::fs::create_dir_all(dir.join("content")).expect("dir");
    let out = dir.join("content/harbour-talks.json");
    let out = out.to_str().expect("utf-8 path");
    let lib = dir.join("glossaries/maritime.json");
    let (code, _, stderr) = lens(&["import", "tests/fixtures/import/harbour-talks.md", "--out", out, "--library", lib.to_str().expect("utf-8")]);
    assert_eq!(code, 0, "{stderr}");
    // Named by its path from the document; the entries found said; the unmentioned one left out.
    let doc: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(out).expect("written")).expect("JSON");
    assert_eq!(doc["libraries"], serde_json::json!(["../glossaries/maritime.json"]));
    assert!(stderr.contains(": uses 2 of the 3 entries of ../glossaries/maritime.json: coast-guard-pact, radar-data\n"), "{stderr}");
    let (code, stdout, _) = lens(&["check", out]);
    assert_eq!((code, stdout.ends_with(": ok (8 blocks, 2 glossary entries, 2 from ../glossaries/maritime.json)\n")), (0, true), "{stdout}");
    // Rendered: the library's definitions on the cards, the related link to the unmentioned
    // entry dropped, and the inline document self-contained.
    let (code, html, stderr) = lens(&["render", out]);
    assert_eq!(code, 0, "{stderr}");
    assert!(html.contains("that shore radar stations record"), "the radar data entry is in the page");
    assert!(!html.contains("Lighthouse Board"), "the unmentioned entry is not");
    assert!(!html.contains("\"libraries\"") && !html.contains("maritime.json"), "nothing left to load");
    // `lens resolve`: the same document as one file.
    let (code, resolved, _) = lens(&["resolve", out]);
    assert_eq!(code, 0);
    let resolved: serde_json::Value = serde_json::from_str(&resolved).expect("JSON");
    assert_eq!(resolved["glossary"][0]["related"], serde_json::json!(["radar-data"]));
    assert_eq!(resolved.get("libraries"), None);
    std::fs::remove_dir_all(&dir).ok();
}
