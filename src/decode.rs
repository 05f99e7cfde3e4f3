//! Decoding a content document from any serde data source, with errors that name a path.
//!
//! The native tool reads JSON text with `serde_json`; the browser parses with `JSON.parse` and
//! hands the value over through `serde-wasm-bindgen`. Both go through [`decode`], so a document
//! gets the same verdict, worded the same way, in the terminal and in the widget.

use serde::{Deserialize, Deserializer};

use crate::content::{Document, FORMAT_VERSION};
use crate::problem::{reword, Problem};

/// Only the version, read first so that a document from a newer format gets a clear
/// "unsupported version" rather than complaints about fields this build does not know.
/// It also insists on a JSON object at the top level (serde would accept an array for a struct).
struct VersionProbe {
    version: Option<u64>,
}

impl<'de> Deserialize<'de> for VersionProbe {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = VersionProbe;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<VersionProbe, A::Error> {
                let mut version = None;
                while let Some(key) = map.next_key::<String>()? {
                    if key == "version" {
                        version = Some(map.next_value::<u64>()?);
                    } else {
                        map.next_value::<serde::de::IgnoredAny>()?;
                    }
                }
                Ok(VersionProbe { version })
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

/// Decodes a document. `probe` and `full` must read the same data: the first pass checks the
/// version, the second reads the whole document.
pub fn decode<'a, 'b, P, F>(probe: P, full: F) -> Result<Document, Problem>
where
    P: Deserializer<'a>,
    F: Deserializer<'b>,
{
    let probe: VersionProbe = serde_path_to_error::deserialize(probe).map_err(located)?;
    match probe.version {
        None => {
            return Err(Problem::at(
                "version",
                format!("missing: a content document starts with \"version\": {FORMAT_VERSION}"),
            ))
        }
        Some(v) if v != u64::from(FORMAT_VERSION) => {
            return Err(Problem::at(
                "version",
                format!("unsupported version {v}: this Article Lens reads version {FORMAT_VERSION}"),
            ))
        }
        Some(_) => {}
    }
    serde_path_to_error::deserialize(full).map_err(located)
}

/// A serde error with the path where it happened, reworded.
fn located<E: std::fmt::Display>(err: serde_path_to_error::Error<E>) -> Problem {
    let path = err.path().to_string();
    let inner = err.inner().to_string();
    // serde-wasm-bindgen's errors are JavaScript errors and print as "Error: ...".
    let message = strip_position(inner.strip_prefix("Error: ").unwrap_or(&inner));
    // "missing field `headline`" at `article` reads better as `article.headline: missing`.
    if let Some(field) = message.strip_prefix("missing field `").and_then(|m| m.strip_suffix('`')) {
        let full = if path == "." { field.to_owned() } else { format!("{path}.{field}") };
        return Problem::at(full, "missing (this field is required)");
    }
    let message = reword(&message);
    if path == "." {
        Problem::whole(format!("at the top level: {message}"))
    } else {
        Problem::at(path, message)
    }
}

/// serde_json appends " at line L column C" to every message; the path says where already.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) if message[i..].contains(" column ") => message[..i].to_owned(),
        _ => message.to_owned(),
    }
}

/// Reads a document from JSON text (the native tool; the browser uses `JSON.parse`).
#[cfg(not(target_arch = "wasm32"))]
pub fn from_json_str(text: &str) -> Result<Document, Problem> {
    // Syntax first, so that broken JSON is reported by line and column.
    if let Err(err) = serde_json::from_str::<serde::de::IgnoredAny>(text) {
        let message = strip_position(&err.to_string());
        return Err(Problem::whole(format!(
            "not valid JSON: {message} at line {}, column {}",
            err.line(),
            err.column()
        )));
    }
    decode(
        &mut serde_json::Deserializer::from_str(text),
        &mut serde_json::Deserializer::from_str(text),
    )
}
