//! Where a problem's path (`glossary[3].definition`) is in a document's JSON text: the byte
//! range of the value it names, or of the nearest enclosing value there is (a field left out),
//! so that an editor can put the cursor on what to fix. A scanner of JSON's structure only:
//! the text has been read by serde already, or it has a syntax error with its own line and
//! column.

use std::ops::Range;

/// One step of a path: a field's name or an array's index.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step<'a> {
    Field(&'a str),
    Index(usize),
}

/// The steps of `path` (`article.blocks[3].text`); `None` when it is not a path.
fn steps(path: &str) -> Option<Vec<Step<'_>>> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (name, mut rest) = part.split_once('[').map_or((part, ""), |(n, r)| (n, r));
        if !name.is_empty() {
            out.push(Step::Field(name));
        }
        while !rest.is_empty() {
            let (index, after) = rest.split_once(']')?;
            out.push(Step::Index(index.parse().ok()?));
            rest = after.strip_prefix('[').unwrap_or(after);
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Where `path` is in `json`: the range of its value, or of the deepest value on the way to it
/// that the text has, and whether that is the path's own. `None` when the text's structure is
/// broken before the path is reached, or the path is not a path.
pub fn locate(json: &str, path: &str) -> Option<(Range<usize>, bool)> {
    let steps = steps(path)?;
    let bytes = json.as_bytes();
    let mut at = skip_space(bytes, 0);
    let mut found = at..end_of_value(bytes, at)?;
    for step in &steps {
        match (step, bytes.get(at)) {
            (Step::Field(name), Some(b'{')) => {
                let Some(value) = field(json, at, name) else { return Some((found, false)) };
                at = value;
            }
            (Step::Index(n), Some(b'[')) => {
                let Some(value) = element(bytes, at, *n) else { return Some((found, false)) };
                at = value;
            }
            _ => return Some((found, false)),
        }
        found = at..end_of_value(bytes, at)?;
    }
    Some((found, true))
}

fn skip_space(bytes: &[u8], mut at: usize) -> usize {
    while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
        at += 1;
    }
    at
}

/// The end of the string starting at `at` (its opening quote), after its closing quote.
fn end_of_string(bytes: &[u8], at: usize) -> Option<usize> {
    let mut i = at + 1;
    loop {
        match bytes.get(i)? {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
}

/// The end of the value starting at `at`.
fn end_of_value(bytes: &[u8], at: usize) -> Option<usize> {
    match bytes.get(at)? {
        b'"' => end_of_string(bytes, at),
        open @ (b'{' | b'[') => {
            let close = if *open == b'{' { b'}' } else { b']' };
            let mut i = skip_space(bytes, at + 1);
            if bytes.get(i) == Some(&close) {
                return Some(i + 1);
            }
            loop {
                if *open == b'{' {
                    i = skip_space(bytes, end_of_string(bytes, i)?);
                    if bytes.get(i) != Some(&b':') {
                        return None;
                    }
                    i = skip_space(bytes, i + 1);
                }
                i = skip_space(bytes, end_of_value(bytes, i)?);
                match bytes.get(i)? {
                    b',' => i = skip_space(bytes, i + 1),
                    c if *c == close => return Some(i + 1),
                    _ => return None,
                }
            }
        }
        _ => {
            let mut i = at;
            while bytes.get(i).is_some_and(|c| !matches!(c, b',' | b'}' | b']') && !c.is_ascii_whitespace()) {
                i += 1;
            }
            (i > at).then_some(i)
        }
    }
}

/// The start of field `name`'s value in the object starting at `at`.
fn field(json: &str, at: usize, name: &str) -> Option<usize> {
    let bytes = json.as_bytes();
    let mut i = skip_space(bytes, at + 1);
    while bytes.get(i) == Some(&b'"') {
        let key_end = end_of_string(bytes, i)?;
        let key = &json[i + 1..key_end - 1];
        i = skip_space(bytes, key_end);
        if bytes.get(i) != Some(&b':') {
            return None;
        }
        let value = skip_space(bytes, i + 1);
        // Keys are compared as written: the format's names and ids have no escapes.
        if key == name {
            return Some(value);
        }
        i = skip_space(bytes, end_of_value(bytes, value)?);
        if bytes.get(i) == Some(&b',') {
            i = skip_space(bytes, i + 1);
        }
    }
    None
}

/// The start of element `n` of the array starting at `at`.
fn element(bytes: &[u8], at: usize, n: usize) -> Option<usize> {
    let mut i = skip_space(bytes, at + 1);
    for _ in 0..n {
        if bytes.get(i) == Some(&b']') {
            return None;
        }
        i = skip_space(bytes, end_of_value(bytes, i)?);
        if bytes.get(i) != Some(&b',') {
            return None;
        }
        i = skip_space(bytes, i + 1);
    }
    (bytes.get(i) != Some(&b']')).then_some(i)
}

/// The byte offset of `line` and `column` (both from 1, the column in characters), as serde's
/// syntax errors give them.
pub fn offset_of(text: &str, line: usize, column: usize) -> Option<usize> {
    let start = if line <= 1 { 0 } else { text.match_indices('\n').nth(line - 2)?.0 + 1 };
    let rest = &text[start..];
    let within = rest.char_indices().nth(column.saturating_sub(1)).map_or(rest.len(), |(i, _)| i);
    Some(start + within)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"{
  "version": 2,
  "article": { "headline": "A \"quoted\" headline", "blocks": [ { "id": "p1", "text": "one" }, { "id": "p2", "text": "two, [three]" } ] },
  "glossary": [],
  "in_article": { "quad": { "summary": "s", "quote": "q" } }
}"#;

    fn at(path: &str) -> Option<(&'static str, bool)> {
        locate(DOC, path).map(|(r, exact)| (&DOC[r], exact))
    }

    #[test]
    fn paths_find_their_values() {
        assert_eq!(at("version"), Some(("2", true)));
        assert_eq!(at("article.headline"), Some((r#""A \"quoted\" headline""#, true)));
        assert_eq!(at("article.blocks[1].text"), Some((r#""two, [three]""#, true)));
        assert_eq!(at("article.blocks[1]"), Some((r#"{ "id": "p2", "text": "two, [three]" }"#, true)));
        assert_eq!(at("in_article.quad.quote"), Some((r#""q""#, true)));
        assert_eq!(at("glossary"), Some(("[]", true)));
    }

    #[test]
    fn a_missing_field_or_item_finds_the_nearest_value_there_is() {
        assert_eq!(at("article.blocks[1].level"), Some((r#"{ "id": "p2", "text": "two, [three]" }"#, false)));
        assert_eq!(at("glossary[0].term"), Some(("[]", false)));
        assert_eq!(at("article.blocks[5]").map(|(_, exact)| exact), Some(false));
        assert_eq!(at("not a path[x]"), None);
        assert_eq!(locate("{\"a\": [1, 2", "a[1]"), None);
    }

    /// Every problem the validator finds in a broken document is found in its text, at the
    /// value that is wrong.
    #[test]
    fn the_validators_problems_are_found_in_the_documents_text() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/v1/asian-nato.json");
        let text = std::fs::read_to_string(path).expect("the v1 seed");
        let doc: crate::model::content::Document = serde_json::from_str(&text).expect("a document");
        let (headline, definition) = (doc.article.headline.clone(), doc.glossary[1].definition.clone());
        let broken = text.replacen(&format!("\"{headline}\""), "\" \"", 1).replacen(&format!("\"{definition}\""), "\"\"", 1);
        let problems = crate::model::read::check_json(&broken).expect_err("two problems");
        assert!(problems.len() >= 2, "{problems:?}");
        for problem in &problems {
            let path = problem.path.as_deref().expect("a path");
            let (range, exact) = locate(&broken, path).unwrap_or_else(|| panic!("{path} not found"));
            assert!(exact, "{path}");
            assert!(matches!(&broken[range.clone()], "\" \"" | "\"\""), "{path}: {}", &broken[range.clone()]);
        }
    }

    #[test]
    fn lines_and_columns_are_offsets() {
        let text = "ab\ncdé\nf";
        assert_eq!(offset_of(text, 1, 1), Some(0));
        assert_eq!(offset_of(text, 2, 3), Some(5));
        assert_eq!(offset_of(text, 3, 1), Some(text.len() - 1));
        assert_eq!(offset_of(text, 9, 1), None);
    }
}
