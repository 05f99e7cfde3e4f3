//! The seed article, as published, against `content/asian-nato.json`: every passage verbatim,
//! no page chrome.

use article_lens::model::content::BlockKind;

const SEED: &str = include_str!("fixtures/seed/asian-nato.txt");
const DOC: &str = include_str!("../content/asian-nato.json");

/// The seed document, its glossary resolved from its library, read and checked.
fn seed() -> article_lens::model::content::Document {
    article_lens::model::files::load(std::path::Path::new("content/asian-nato.json")).expect("the seed document is valid").doc
}

/// The seed's lines with the page's trailing white space (spaces, no-break spaces) trimmed.
fn seed_line(n: usize) -> &'static str {
    SEED.lines().nth(n - 1).expect("the seed has this line").trim()
}

/// The 19 body blocks are the seed's odd lines 19 to 55; line 33 is the block quote.
const BODY_LINES: [usize; 19] = [19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43, 45, 47, 49, 51, 53, 55];
const CHROME: [&str; 4] = [
    "Recent Features",
    "Dreaming of a career in the Asia-Pacific?",
    "Try The Diplomat's jobs board.",
    "Find your Asia-Pacific job",
];

#[test]
fn every_seed_passage_is_in_the_document_verbatim() {
    let doc = seed();
    let article = &doc.article;
    assert_eq!(article.kicker.as_deref(), Some(seed_line(1)));
    assert_eq!(article.headline, seed_line(3));
    assert_eq!(article.dek.as_deref(), Some(seed_line(11)));
    let figure = article.figure.as_ref().expect("a figure");
    assert_eq!(figure.caption, seed_line(15));
    assert_eq!(format!("Credit: {}", figure.credit.as_deref().unwrap_or_default()), seed_line(17));

    assert_eq!(article.blocks.len(), 19);
    for (block, line) in article.blocks.iter().zip(BODY_LINES) {
        assert_eq!(block.text, seed_line(line), "block {} differs from seed line {line}", block.id);
        let expected = if line == 33 { BlockKind::Quote } else { BlockKind::Paragraph };
        assert_eq!(block.kind, expected, "block {}", block.id);
    }
    assert_eq!(article.blocks.iter().filter(|b| b.kind == BlockKind::Paragraph).count(), 18);
}

#[test]
fn the_authors_slips_are_kept() {
    assert!(DOC.contains("a collective security arrangement the includes China"));
}

#[test]
fn no_page_chrome_and_no_invented_author() {
    for chrome in CHROME {
        assert!(!DOC.contains(chrome), "chrome line {chrome:?} is in the document");
    }
    assert!(!DOC.contains("Tokyo Report | Security | East Asia"));
    let doc = seed();
    assert_eq!(doc.article.byline, None, "the seed names no author");
    // The headline appears once in the document, not once per repetition on the page.
    assert_eq!(DOC.matches(seed_line(3)).count(), 1);
}
