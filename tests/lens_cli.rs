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
    let doc = article_lens::model::read::check_json(&std::fs::read_to_string("content/asian-nato.json").expect("readable"))
        .expect("valid");
    assert_eq!(stdout, format!("content/asian-nato.json: ok (19 blocks, {} glossary entries)\n", doc.glossary.len()));
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
