//! Reading a content document: JSON to the types of [`crate::model::content`] with serde, then
//! the product's own rules ([`crate::model::validate`]).
//!
//! There is one decoder, the `Deserialize` derives on the content types, reached two ways:
//! natively the text is parsed by `serde_json` into a value; in the browser by the engine's
//! `JSON.parse`, and the JavaScript value read with `serde-wasm-bindgen` (`web::read`). Both go
//! through [`decode`], which probes the version first, locates every error by its path with
//! `serde_path_to_error`, and words serde's messages for a content editor, so a document gets
//! the same verdict in the same words in the terminal and in the browser.

use std::fmt;

use serde::de::{IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use crate::model::content::{Document, FORMAT_VERSION, FORMAT_VERSIONS};
use crate::model::library::{self, Library};
use crate::model::problem::Problem;
use crate::model::strict::Strict;
use crate::model::validate;
use crate::text::glossary::Mentions;

/// Why a text is not a valid content document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejected {
    /// It is not JSON: where the syntax breaks.
    NotJson(SyntaxError),
    /// It is JSON but not a valid document: the problems found (reading stops at the first
    /// wrong type; validation reports every rule broken).
    Invalid(Vec<Problem>),
}

/// Broken JSON: what the parser says, and where (1-based line and column, in characters) when
/// it says so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// The parser's words, without its own way of giving the place.
    pub message: String,
    /// Line and column, if the parser gave a place.
    pub place: Option<(usize, usize)>,
    /// What an editor most likely did, in words, when the text at the place shows it: the
    /// parser's "key must be a string" does not say that a typographic quote stands where JSON
    /// needs a straight one.
    pub hint: Option<&'static str>,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        if let Some((line, column)) = self.place {
            write!(f, " at line {line}, column {column}")?;
        }
        if let Some(hint) = self.hint {
            write!(f, ". {hint}")?;
        }
        Ok(())
    }
}

/// The hint for broken JSON in `text` at `place` (1-based line and column in characters), from
/// the characters there: a typographic quote where JSON needs a straight one, or a straight
/// quote inside a text that ended the text early (the parser then stops at the next word).
fn hint(text: &str, place: Option<(usize, usize)>) -> Option<&'static str> {
    let (line, column) = place?;
    let chars: Vec<char> = text.lines().nth(line.checked_sub(1)?)?.chars().collect();
    let at = column.checked_sub(1)?;
    // Parsers point at the offending character or just past it.
    let near = chars.get(at.saturating_sub(1)..(at + 1).min(chars.len())).unwrap_or_default();
    if near.iter().any(|c| matches!(c, '“' | '”' | '„' | '‟' | '″')) {
        return Some("A typographic quote (“ or ”) stands where JSON needs a straight one (\"): write names and texts between straight double quotes; typographic quotes belong inside a text");
    }
    // A text closed and a word follows at once, with no space or comma between: a straight
    // quote inside the text ended it (`"the "5-4-3-2" formulation"`). A text, a space and a word
    // is more likely a comma left out, and gets no hint.
    let closed_then_word = |i: usize| i > 0 && chars.get(i - 1) == Some(&'"') && chars.get(i).is_some_and(|c| c.is_alphanumeric());
    if closed_then_word(at) || closed_then_word(at.saturating_sub(1)) {
        return Some("A straight quote (\") inside a text ends the text early: write it as \\\" or use typographic quotes (“ ”) in the text");
    }
    None
}

impl SyntaxError {
    /// From the `SyntaxError` message of a browser's `JSON.parse` on `text`. Engines word it
    /// differently: Chromium gives "... in JSON at position 87 (line 6 column 5)" (older
    /// versions only the position), Firefox "JSON.parse: ... at line 6 column 5 of the JSON
    /// data", Safari no place at all. The line and column are taken where the message gives
    /// them, else computed from the position (counted in UTF-16 units, as JavaScript does).
    pub fn from_engine(text: &str, message: &str) -> SyntaxError {
        let place = number_after(message, "line ")
            .zip(number_after(message, " column "))
            .or_else(|| number_after(message, "position ").map(|at| line_and_column(text, at)));
        let message = message.strip_prefix("JSON.parse: ").unwrap_or(message);
        let end = [" at position ", " (line ", " at line "].iter().filter_map(|cut| message.find(cut)).min();
        SyntaxError { message: message[..end.unwrap_or(message.len())].to_owned(), place, hint: hint(text, place) }
    }

    /// From `serde_json`'s error on `text`: its message without its place, and the place with
    /// the column in characters (serde_json counts bytes).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_serde_json(text: &str, error: &serde_json::Error) -> SyntaxError {
        let (line, column) = (error.line(), error.column());
        let full = error.to_string();
        let suffix = format!(" at line {line} column {column}");
        let message = full.strip_suffix(&suffix).unwrap_or(&full).to_owned();
        let place = text.lines().nth(line.saturating_sub(1)).map(|l| {
            let bytes = column.min(l.len());
            let chars = l.char_indices().take_while(|(i, _)| *i < bytes).count();
            (line, chars.max(1))
        });
        SyntaxError { message, place, hint: hint(text, place) }
    }
}

/// The whole number written right after the first `label` in `message`.
fn number_after(message: &str, label: &str) -> Option<usize> {
    let rest = &message[message.find(label)? + label.len()..];
    let digits = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
    rest[..digits].parse().ok()
}

/// The 1-based line and column of the character at `position` (in UTF-16 units) of `text`.
fn line_and_column(text: &str, position: usize) -> (usize, usize) {
    let (mut line, mut column, mut units) = (1, 1, 0);
    for c in text.chars() {
        if units >= position {
            break;
        }
        units += c.len_utf16();
        if c == '\n' {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
    }
    (line, column)
}

/// What is read before anything else: a document from a newer format gets "unsupported
/// version" rather than complaints about fields this build does not know. Only a JSON object
/// has one (a derived struct would also take an array of its fields).
struct VersionProbe {
    version: Option<u32>,
}

impl<'de> Deserialize<'de> for VersionProbe {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Probe;
        impl<'de> Visitor<'de> for Probe {
            type Value = VersionProbe;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<VersionProbe, A::Error> {
                let mut version = None;
                while let Some(key) = map.next_key::<String>()? {
                    if key == "version" {
                        version = Some(map.next_value::<u32>()?);
                    } else {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
                Ok(VersionProbe { version })
            }
        }
        // `any`: serde-wasm-bindgen's `deserialize_map` would read an array as a list of entries.
        deserializer.deserialize_any(Probe)
    }
}

/// Reads a document from a deserializer: a parsed JSON value natively, a JavaScript value in
/// the browser. `value` gives the same value each time it is called (it is read twice: the
/// version first, then the document).
pub fn decode<'de, D>(value: impl Fn() -> D) -> Result<Document, Problem>
where
    D: Deserializer<'de>,
    D::Error: fmt::Display,
{
    let probe: VersionProbe = serde_path_to_error::deserialize(value()).map_err(located)?;
    match probe.version {
        None => Err(Problem::at(
            "version",
            format!("missing: a content document starts with \"version\": {FORMAT_VERSION}"),
        )),
        Some(version) if !FORMAT_VERSIONS.contains(&version) => Err(Problem::at(
            "version",
            format!(
                "unsupported version {version}: this Article Lens reads versions {} to {}",
                FORMAT_VERSIONS.start(),
                FORMAT_VERSIONS.end()
            ),
        )),
        // Strict: unknown fields are refused whichever deserializer reads the value.
        Some(_) => serde_path_to_error::deserialize(Strict(value())).map_err(located),
    }
}

/// A serde error as a problem at its path, in a content editor's words.
fn located<E: fmt::Display>(error: serde_path_to_error::Error<E>) -> Problem {
    let path = error.path().to_string();
    let message = error.inner().to_string();
    // serde-wasm-bindgen's errors are JavaScript `Error`s, written "Error: ...".
    let message = message.strip_prefix("Error: ").unwrap_or(&message);
    let (path, message) = match message.strip_prefix("missing field `").and_then(|m| m.strip_suffix('`')) {
        // serde places a missing field at its object; the editor wants the field's own path.
        Some(field) if path == "." => (field.to_owned(), "missing (this field is required)".to_owned()),
        Some(field) => (format!("{path}.{field}"), "missing (this field is required)".to_owned()),
        None => (path, reword(message)),
    };
    if path == "." {
        Problem::whole(format!("at the top level: {message}"))
    } else {
        Problem::at(path, message)
    }
}

/// serde's "invalid type: integer `42`, expected a string" as "expected a string, found number
/// 42"; other messages (unknown fields and variants) are already an editor's words.
fn reword(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("invalid type: ").or_else(|| message.strip_prefix("invalid value: ")) {
        if let Some((found, expected)) = rest.rsplit_once(", expected ") {
            return format!("expected {}, found {}", expected_words(expected), found_words(found));
        }
    }
    message.to_owned()
}

/// What serde says was expected, as the format's documentation names it.
fn expected_words(expected: &str) -> String {
    match expected {
        "u32" | "u64" | "usize" => "a whole number".to_owned(),
        "f64" | "f32" => "a number".to_owned(),
        "a sequence" => "an array".to_owned(),
        "a boolean" => "true or false".to_owned(),
        e if e.starts_with("struct ") => "a JSON object".to_owned(),
        e => e.to_owned(),
    }
}

/// What serde says was found, the same natively (serde_json's value kinds) and in the browser
/// (serde-wasm-bindgen sees every number as a float and any object as a `JsValue`).
fn found_words(found: &str) -> String {
    let quoted = |prefix: &str| found.strip_prefix(prefix).and_then(|f| f.strip_prefix('`')).and_then(|f| f.strip_suffix('`'));
    if let Some(number) = quoted("integer ").or_else(|| quoted("floating point ")) {
        // 42, not 42.0: the same text whatever the parser made of it (serde_json gives an
        // integer, serde-wasm-bindgen a float). Trimmed as text: parsing it as an `f64` would
        // bring the float parser's tables into the wasm (15.4 KB gzip: 175,881 -> 160,510 bytes).
        return format!("number {}", number.strip_suffix(".0").unwrap_or(number));
    }
    match found {
        "unit value" | "null" => "null".to_owned(),
        "map" => "a JSON object".to_owned(),
        "sequence" => "an array".to_owned(),
        f if f.starts_with("JsValue([") => "an array".to_owned(),
        f if f.starts_with("JsValue(") => "a JSON object".to_owned(),
        f if f.starts_with("string ") => {
            const MAX: usize = 48;
            match f.char_indices().nth(MAX) {
                Some((at, _)) => format!("{}…\"", &f[..at]),
                None => f.to_owned(),
            }
        }
        f => f.to_owned(),
    }
}

/// A decoded document checked against the product's rules, with the glossary mentions that
/// checking found (the widget marks them, so the body is matched once). A document that names
/// glossary libraries needs them: see [`checked_with`].
pub fn checked(doc: Document) -> Result<(Document, Mentions), Vec<Problem>> {
    checked_with(doc, &[]).map(|c| (c.doc, c.mentions))
}

/// A document that passed every check, its glossary resolved from its libraries.
#[derive(Debug, Clone)]
pub struct Checked {
    /// The document as the widget shows it (see [`library::Resolved::doc`]).
    pub doc: Document,
    /// Where its glossary is mentioned.
    pub mentions: Mentions,
    /// What is not wrong but an editor should know (see [`library::Resolved::notices`]).
    pub notices: Vec<String>,
    /// Each library the document names, with how many of its entries the article uses.
    pub used: Vec<(String, usize)>,
}

/// [`checked`] for a document and the libraries it names (each read and checked by itself, in
/// the order the document names them): its glossary resolved, then every rule checked, each
/// problem located where the editor fixes it (a library entry's in its library).
pub fn checked_with(doc: Document, libraries: &[Library]) -> Result<Checked, Vec<Problem>> {
    if doc.libraries.len() != libraries.len() {
        return Err(vec![Problem::at(
            "libraries",
            format!("the document names {} libraries, {} were loaded", doc.libraries.len(), libraries.len()),
        )]);
    }
    let resolved = library::resolve(doc, libraries)?;
    let mentions = Mentions::find(&resolved.doc);
    let problems = validate::validate_with(&resolved.doc, &mentions);
    if problems.is_empty() {
        let used = (0..resolved.libraries.len())
            .map(|k| {
                let count = resolved.origins.iter().filter(|o| matches!(o, library::Origin::Library { library, .. } if *library == k)).count();
                (resolved.libraries[k].clone(), count)
            })
            .collect();
        let library::Resolved { doc, notices, .. } = resolved;
        Ok(Checked { doc, mentions, notices, used })
    } else {
        Err(problems.into_iter().map(|p| resolved.locate(p)).collect())
    }
}

/// Reads a glossary library from a deserializer (as [`decode`] reads a document) and checks it
/// by itself.
pub fn decode_library<'de, D>(value: D) -> Result<Library, Vec<Problem>>
where
    D: Deserializer<'de>,
    D::Error: fmt::Display,
{
    let library: Library = serde_path_to_error::deserialize(Strict(value)).map_err(|e| vec![located(e)])?;
    let problems = library::validate_library(&library);
    if problems.is_empty() {
        Ok(library)
    } else {
        Err(problems)
    }
}

/// Reads a document's JSON text into its types (natively: `serde_json`), without the rules
/// beyond them: for tools that help while a document is still being written (`lens mentions`).
#[cfg(not(target_arch = "wasm32"))]
pub fn read_unchecked(text: &str) -> Result<Document, Rejected> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| Rejected::NotJson(SyntaxError::from_serde_json(text, &e)))?;
    decode(|| &value).map_err(|p| Rejected::Invalid(vec![p]))
}

/// Reads and checks a document's JSON text, keeping the mentions. A document that names
/// libraries needs them loaded from beside it: see [`crate::model::files`].
#[cfg(not(target_arch = "wasm32"))]
pub fn read_checked(text: &str) -> Result<(Document, Mentions), Rejected> {
    checked(read_unchecked(text)?).map_err(Rejected::Invalid)
}

/// Reads and checks a document's JSON text: the verdict `lens check` gives a document without
/// libraries.
#[cfg(not(target_arch = "wasm32"))]
pub fn read_document(text: &str) -> Result<Document, Rejected> {
    read_checked(text).map(|(doc, _)| doc)
}

/// [`read_document`] with broken syntax as one more problem, as the tool lists them.
#[cfg(not(target_arch = "wasm32"))]
pub fn check_json(text: &str) -> Result<Document, Vec<Problem>> {
    read_document(text).map_err(Rejected::into_problems)
}

/// A library's JSON text read and checked by itself.
#[cfg(not(target_arch = "wasm32"))]
pub fn read_library(text: &str) -> Result<Library, Vec<Problem>> {
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| vec![Problem::whole(format!("not valid JSON: {}", SyntaxError::from_serde_json(text, &e)))])?;
    decode_library(&value)
}

impl Rejected {
    /// The problems to list, broken syntax as one more.
    pub fn into_problems(self) -> Vec<Problem> {
        match self {
            Rejected::NotJson(syntax) => vec![Problem::whole(format!("not valid JSON: {syntax}"))],
            Rejected::Invalid(problems) => problems,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn engine_messages_give_line_and_column() {
        let text = "{\n  \"a\": 1\n  \"b\": 2\n}";
        // Chromium 156: the position and the place.
        let v8 = SyntaxError::from_engine(text, "Expected ',' or '}' after property value in JSON at position 13 (line 3 column 3)");
        assert_eq!(v8.to_string(), "Expected ',' or '}' after property value in JSON at line 3, column 3");
        // Older V8: the position only; computed.
        let old = SyntaxError::from_engine(text, "Unexpected string in JSON at position 13");
        assert_eq!(old.to_string(), "Unexpected string in JSON at line 3, column 3");
        // Firefox.
        let gecko = SyntaxError::from_engine(
            text,
            "JSON.parse: expected ',' or '}' after property value in object at line 3 column 3 of the JSON data",
        );
        assert_eq!(gecko.to_string(), "expected ',' or '}' after property value in object at line 3, column 3");
        // Safari: no place.
        let webkit = SyntaxError::from_engine(text, "JSON Parse error: Expected '}'");
        assert_eq!((webkit.to_string().as_str(), webkit.place), ("JSON Parse error: Expected '}'", None));
    }

    #[test]
    fn typographic_quotes_and_straight_quotes_inside_a_text_are_named() {
        // A straight quote inside a text: the text ends at it, the parser stops at the next word.
        let text = r#"{"headline": "He said "no" twice"}"#;
        let v8 = SyntaxError::from_engine(text, "Expected ',' or '}' after property value in JSON at position 23 (line 1 column 24)");
        assert_eq!(v8.place, Some((1, 24)));
        assert!(v8.to_string().ends_with(r#"at line 1, column 24. A straight quote (") inside a text ends the text early: write it as \" or use typographic quotes (“ ”) in the text"#), "{v8}");
        // Typographic quotes around a name.
        let text = "{\n  “version”: 1\n}";
        let gecko = SyntaxError::from_engine(text, "JSON.parse: expected double-quoted property name at line 2 column 3 of the JSON data");
        assert!(gecko.to_string().contains(". A typographic quote (“ or ”) stands where JSON needs a straight one"), "{gecko}");
        // A comma left out between lines is not either.
        let text = "{\n  \"a\": \"x\"\n  \"b\": 2\n}";
        assert_eq!(SyntaxError::from_engine(text, "Unexpected string in JSON at position 14").hint, None);
    }

    #[test]
    fn positions_count_utf16_units_and_lines() {
        let text = "{\"q\": \"“𝒜”\",\n x}";
        // “ is one unit, 𝒜 two: the x is at unit 15 (after `{"q": "“𝒜”",\n `).
        assert_eq!(line_and_column(text, 0), (1, 1));
        assert_eq!(line_and_column(text, 15), (2, 2));
    }

    #[test]
    fn serde_json_places_count_characters() {
        let text = "{\"q\": \"“Asian NATO”\" x}";
        let error = serde_json::from_str::<serde_json::Value>(text).expect_err("broken");
        let syntax = SyntaxError::from_serde_json(text, &error);
        assert_eq!(syntax.to_string(), "expected `,` or `}` at line 1, column 22");
    }

    #[test]
    fn serde_messages_in_an_editors_words() {
        assert_eq!(reword("invalid type: integer `42`, expected a string"), "expected a string, found number 42");
        assert_eq!(reword("invalid type: floating point `42.0`, expected a string"), "expected a string, found number 42");
        assert_eq!(reword("invalid type: floating point `-0.5`, expected u32"), "expected a whole number, found number -0.5");
        assert_eq!(reword("invalid type: map, expected a string"), "expected a string, found a JSON object");
        assert_eq!(reword("invalid type: JsValue(Object({})), expected a string"), "expected a string, found a JSON object");
        assert_eq!(reword("invalid type: JsValue([1, 2]), expected struct Figure"), "expected a JSON object, found an array");
        assert_eq!(reword("invalid type: unit value, expected a sequence"), "expected an array, found null");
        let long = format!("invalid type: string \"{}\", expected f64", "a".repeat(80));
        assert_eq!(reword(&long), format!("expected a number, found string \"{}…\"", "a".repeat(40)));
        assert_eq!(reword("unknown variant `table`, expected one of `paragraph`, `quote`, `heading`, `list`"), "unknown variant `table`, expected one of `paragraph`, `quote`, `heading`, `list`");
    }
}
