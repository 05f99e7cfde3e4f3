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
