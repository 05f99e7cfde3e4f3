//! Text reaches the page only through Leptos's `view!`, which escapes it: no component sets
//! HTML from a string, and no markup is built or escaped by hand in `src/`.

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// What in `text` (the file `name`) sets HTML from a string or builds markup by hand.
fn offences(name: &str, text: &str) -> Vec<String> {
    let mut found = Vec::new();
    // A module's tests (at its end) may write the markup they expect.
    let code_lines = text.lines().take_while(|l| !(l.starts_with("#[cfg(test)]") || l.starts_with("#[cfg(all(test")));
    for (n, line) in code_lines.enumerate() {
        let code = line.split("//").next().unwrap_or_default().replace("fn escape(self", "");
        let mut bad: Vec<&str> = ["inner_html", "insert_adjacent_html", "outer_html", "fn escape(", "\"&amp;\"", "\"&lt;\""]
            .into_iter()
            .filter(|p| code.contains(p))
            .collect();
        // Markup written as a string: only the element wrapper `lens render` writes around the
        // rendered components (a declarative shadow root and the raw JSON of the document,
        // which no view can write unescaped) may.
        if (code.contains("format!(\"<") || code.contains("push_str(\"<")) && !name.ends_with("static_page.rs") {
            bad.push("markup built as a string");
        }
        for b in bad {
            found.push(format!("{name}:{}: {b}", n + 1));
        }
    }
    found
}

#[test]
fn no_component_sets_html_from_a_string() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    assert!(files.len() > 20, "found {} files", files.len());
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("readable");
        let name = file.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap_or(file).display().to_string();
        // The tests' helper decodes entities in rendered HTML (to compare text); it makes none.
        if name.ends_with("test_support.rs") {
            continue;
        }
        found.extend(offences(&name, &text));
    }
    assert!(found.is_empty(), "markup from strings:\n{}", found.join("\n"));
}

#[test]
fn the_check_finds_html_set_from_strings_and_markup_built_by_hand() {
    let code = "let a = 1;\nview! { <div inner_html=markup></div> }\nout.push_str(\"<p>\");\n// el.set_inner_html(x) in a comment";
    assert_eq!(offences("src/view/x.rs", code), ["src/view/x.rs:2: inner_html", "src/view/x.rs:3: markup built as a string"]);
    assert!(offences("src/view/static_page.rs", "format!(\"<template>\")").is_empty());
}
