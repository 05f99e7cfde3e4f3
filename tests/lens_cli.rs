//! The `lens` command as an editor runs it.

use std::process::Command;

fn lens(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_lens"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("lens runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn check_accepts_the_seed_document() {
    let (code, stdout, _) = lens(&["check", "content/asian-nato.json"]);
    assert_eq!(code, 0);
    let library: serde_json::Value = serde_json::from_str(&std::fs::read_to_string("glossaries/indo-pacific.json").expect("library")).expect("JSON");
    let entries = library["entries"].as_array().map_or(0, Vec::len);
    assert_eq!(stdout, format!("content/asian-nato.json: ok (19 blocks, {entries} glossary entries, {entries} from ../glossaries/indo-pacific.json)\n"));
    // A library is checked by itself too.
    let (code, stdout, _) = lens(&["check", "glossaries/indo-pacific.json"]);
    assert_eq!((code, stdout), (0, format!("glossaries/indo-pacific.json: ok (glossary library `indo-pacific`, {entries} entries)\n")));
}

#[test]
fn check_reports_each_problem_with_file_and_path_and_fails() {
    let (code, _, stderr) = lens(&["check", "tests/fixtures/invalid-document.json"]);
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        "tests/fixtures/invalid-document.json: article.headline: must not be empty\n\
         tests/fixtures/invalid-document.json: article.blocks[1].id: duplicate id `p1`, already used by article.blocks[0]\n"
    );
}

#[test]
fn check_reports_unreadable_files_and_bad_usage() {
    let (code, _, stderr) = lens(&["check", "no/such/file.json"]);
    assert_eq!(code, 1);
    assert!(stderr.starts_with("no/such/file.json: cannot read:"), "{stderr}");
    let (code, _, stderr) = lens(&[]);
    assert_eq!(code, 2);
    assert!(stderr.contains("usage:"));
}

#[test]
fn mentions_reports_the_seed_in_plain_text_and_as_json() {
    let (code, stdout, stderr) = lens(&["mentions", "content/asian-nato.json"]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    for section in ["Where each entry's forms are found", "Aliases that find nothing: ", "Near misses, not marked", "Mentions inside a longer name", "Names and acronyms seen twice or more"] {
        assert!(stdout.contains(section), "{section} in:\n{stdout}");
    }
    assert!(stdout.contains("  quad: Quadrilateral Security Dialogue\n"), "{stdout}");
    let (code, stdout, _) = lens(&["mentions", "content/asian-nato.json", "--json"]);
    assert_eq!(code, 0);
    let report: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    let library: serde_json::Value = serde_json::from_str(&std::fs::read_to_string("glossaries/indo-pacific.json").expect("library")).expect("JSON");
    // Every entry of the library: the seed mentions each.
    assert_eq!(report["entries"].as_array().map(Vec::len), library["entries"].as_array().map(Vec::len));
    assert_eq!(report["entries"][0]["forms"][0]["hits"][0], serde_json::json!({ "paragraph": 1, "count": 1 }));
}

#[test]
fn mentions_reads_a_document_check_rejects_and_says_so_but_not_broken_json() {
    // A document with problems beyond its types: the report, and a pointer to `lens check`.
    let (code, stdout, stderr) = lens(&["mentions", "tests/fixtures/invalid-document.json", "--json"]);
    assert_eq!((code, stdout.is_empty()), (0, false), "{stderr}");
    assert!(stderr.ends_with("problem(s) besides; `lens check tests/fixtures/invalid-document.json` lists them\n"), "{stderr}");
    // Broken JSON and a missing file: the reason, and failure.
    let (code, stdout, stderr) = lens(&["mentions", "tests/fixtures/not-json.json"]);
    assert_eq!((code, stdout.as_str()), (1, ""));
    assert!(stderr.starts_with("tests/fixtures/not-json.json: not valid JSON: "), "{stderr}");
    let (code, _, stderr) = lens(&["mentions", "no/such/file.json"]);
    assert_eq!(code, 1);
    assert!(stderr.starts_with("no/such/file.json: cannot read: "), "{stderr}");
    let (code, _, _) = lens(&["mentions", "content/asian-nato.json", "--yaml"]);
    assert_eq!(code, 2);
}

#[test]
fn build_writes_a_site_of_every_document_and_refuses_a_bad_one() {
    let dir = std::env::temp_dir().join(format!("lens-build-{}", std::process::id()));
    let (assets, docs, site) = (dir.join("assets"), dir.join("content"), dir.join("site"));
    for d in [&assets, &docs] {
        std::fs::create_dir_all(d).expect("dir");
    }
    // The widget's files, as the release build writes them (their content does not matter here).
    for asset in ["article-lens.js", "article-lens-core.js", "article-lens-core_bg.wasm", "article-lens.css", "page.css", "icon.svg", "embed.html", "embed-frame.js", "embed.css", "article-lens-frame.js", "manifest.webmanifest"] {
        std::fs::write(assets.join(asset), asset).expect("asset");
    }
    // The seed (which names its library beside it) and the version 2 fixture.
    std::fs::create_dir_all(dir.join("glossaries")).expect("dir");
    std::fs::copy("glossaries/indo-pacific.json", dir.join("glossaries/indo-pacific.json")).expect("library");
    std::fs::copy("content/asian-nato.json", docs.join("asian-nato.json")).expect("seed");
    std::fs::copy("tests/fixtures/v2-article.json", docs.join("harbour-talks.json")).expect("v2");
    let path = |p: &std::path::Path| p.to_str().expect("utf-8").to_owned();
    let args = ["build".to_owned(), path(&docs), "--out".into(), path(&site), "--assets".into(), path(&assets), "--base-url".into(), "https://example.org/lens".into()];
    let (code, stdout, stderr) = lens(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains(": 2 articles, an index, a sitemap, 1 glossary libraries and the widget's assets; "), "{stdout}");
    let read = |p: &str| std::fs::read_to_string(site.join(p)).unwrap_or_else(|e| panic!("{p}: {e}"));
    let page = read("harbour-talks.html");
    assert!(page.starts_with("<!doctype html>\n<html lang=\"en\"><head>"), "{}", &page[..100]);
    assert!(page.contains("<article-lens src=\"content/harbour-talks.json\"><template shadowrootmode=\"open\">"));
    assert!(page.contains("<script type=\"application/ld+json\">") && page.contains("<title>Harbour Talks Test an Old Coast Guard Pact</title>"));
    assert!(page.contains("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"harbour-talks.oembed.json\""));
    let oembed: serde_json::Value = serde_json::from_str(&read("harbour-talks.oembed.json")).expect("JSON");
    assert_eq!(oembed["html"], "<iframe src=\"https://example.org/lens/embed.html?doc=content/harbour-talks.json&amp;id=harbour-talks\" title=\"Harbour Talks Test an Old Coast Guard Pact\" width=\"100%\" height=\"900\"></iframe>");
    // The documents self-contained (their glossaries resolved), the library copied for others.
    let seed: serde_json::Value = serde_json::from_str(&read("content/asian-nato.json")).expect("JSON");
    assert!(seed.get("libraries").is_none() && seed["glossary"].as_array().is_some_and(|g| g.len() == 62));
    assert!(site.join("glossaries/indo-pacific.json").exists() && site.join("article-lens-core_bg.wasm").exists());
    let index = read("index.html");
    assert!(index.contains("<a href=\"asian-nato.html\">Ishiba’s Push") && index.contains("<a href=\"harbour-talks.html\">Harbour Talks") && !index.contains("<!>"));
    assert!(index.contains("<time datetime=\"2025-03-14\">14 March 2025</time>"));
    assert_eq!(read("sitemap.xml").matches("<loc>https://example.org/lens/").count(), 3);

    // One bad document: nothing is written, and the problem is named.
    std::fs::write(docs.join("bad.json"), r#"{"version": 2, "id": "bad", "article": {"headline": "", "blocks": []}}"#).expect("bad");
    let out2 = path(&dir.join("site2"));
    let (code, _, stderr) = lens(&["build", &path(&docs), "--out", &out2, "--assets", &path(&assets)]);
    assert_eq!(code, 1);
    assert!(stderr.contains("bad.json: article.headline: must not be empty"), "{stderr}");
    assert!(!dir.join("site2").exists());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn render_and_build_write_the_widgets_words_in_the_language_asked_for() {
    // By default, the article's language (English): the same as without the option.
    let (code, english, _) = lens(&["render", "content/asian-nato.json"]);
    assert_eq!(code, 0);
    assert!(english.contains("<div lang=\"en\" dir=\"ltr\" class=\"al-root") && english.contains("Skip to the glossary"));
    let (code, japanese, _) = lens(&["render", "content/asian-nato.json", "--lang", "ja-JP"]);
    assert_eq!(code, 0);
    assert!(japanese.contains("<div lang=\"ja\" dir=\"ltr\" class=\"al-root") && japanese.contains("用語集へ移動"));
    assert!(japanese.contains("<article lang=\"en\" dir=\"ltr\""), "the article keeps its language");
    assert!(!japanese.contains("Skip to the glossary"));
    // A site's pages give the element the language, so the widget hydrates what was rendered.
    let dir = std::env::temp_dir().join(format!("lens-build-lang-{}", std::process::id()));
    let (assets, site) = (dir.join("assets"), dir.join("site"));
    std::fs::create_dir_all(&assets).expect("dir");
    for asset in ["article-lens.js", "article-lens-core.js", "article-lens-core_bg.wasm", "article-lens.css", "page.css", "icon.svg", "embed.html", "embed-frame.js", "embed.css", "article-lens-frame.js", "manifest.webmanifest"] {
        std::fs::write(assets.join(asset), asset).expect("asset");
    }
    let (code, _, stderr) = lens(&["build", "content", "--out", site.to_str().expect("a path"), "--assets", assets.to_str().expect("a path"), "--lang", "ja"]);
    assert_eq!(code, 0, "{stderr}");
    let page = std::fs::read_to_string(site.join("asian-nato.html")).expect("the page");
    assert!(page.contains("<article-lens src=\"content/asian-nato.json\" lang=\"ja\">") && page.contains("用語集へ移動"), "{}", &page[..600]);
    let _ = std::fs::remove_dir_all(dir);
}
