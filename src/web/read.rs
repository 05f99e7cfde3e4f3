//! Reading a document in the browser: the engine's `JSON.parse`, then serde from the
//! JavaScript value (`serde-wasm-bindgen`), through the same [`decode`] and rules as `lens check`,
//! with the glossary libraries it names (the embed script fetches them beside it).

use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};

use crate::model::content::Document;
use crate::model::library::{in_library, validate_library, Library};
use crate::model::load_error::LoadError;
use crate::model::problem::Problem;
use crate::model::read::{checked_with, decode, decode_library, SyntaxError};
use crate::text::glossary::Mentions;

/// `JSON.parse`, with the engine's message for broken JSON.
fn parse(text: &str) -> Result<JsValue, SyntaxError> {
    js_sys::JSON::parse(text).map_err(|error| {
        let message = error
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .or_else(|| error.as_string())
            .unwrap_or_default();
        SyntaxError::from_engine(text, &message)
    })
}

/// A document's JSON text read as a document (its structure), not yet checked (broken JSON is
/// reported by line and column): what an editor edits while the rules still find problems in
/// it, and what the widget checks next.
pub fn decode_text(text: &str) -> Result<Document, LoadError> {
    let value = parse(text).map_err(|syntax| LoadError::NotJson(syntax.to_string()))?;
    decode_value(&value)
}

/// A JavaScript value (parsed JSON, or an object a host built) read as a document (its
/// structure), with the first place it is not one.
pub fn decode_value(value: &JsValue) -> Result<Document, LoadError> {
    decode(|| serde_wasm_bindgen::Deserializer::from(value.clone())).map_err(|p| LoadError::Invalid(vec![p]))
}

/// A document checked by the product's rules, with its `libraries`: what the embed script
/// fetched for the libraries it names, an array, in the document's order, of `{ src, text }` or
/// why there is no text (`{ src, status, statusText }`, `{ src, error }`, `{ src, skipped }` for
/// a path the format does not allow).
pub fn check(doc: Document, libraries: &JsValue) -> Result<(Document, Mentions), LoadError> {
    check_with(doc, libraries, |_| None)
}

/// As [`check`], with the libraries the caller already holds read (`given`, by the path the
/// document names: the editor's changed ones) taken in place of their answers. They are held to
/// the library rules as a fetched one is, without being written out and parsed again.
pub fn check_with(doc: Document, libraries: &JsValue, given: impl Fn(&str) -> Option<Library>) -> Result<(Document, Mentions), LoadError> {
    let mut problems = Vec::new();
    let mut read = Vec::new();
    for (k, name) in doc.libraries.iter().enumerate() {
        let answer = Reflect::get_u32(libraries, k as u32).unwrap_or(JsValue::UNDEFINED);
        let outcome = match given(name) {
            Some(held) => Some(validate_library(&held)).filter(|p| !p.is_empty()).map_or(Ok(held), |p| Err(Reason::Problems(p))),
            None => library(&answer),
        };
        match outcome {
            Ok(library) => read.push(library),
            Err(Reason::Skipped) => read.push(Library::empty()),
            Err(Reason::Problems(found)) => problems.extend(found.into_iter().map(|p| in_library(name, p))),
            Err(Reason::Unloaded(why)) => {
                problems.push(Problem::at(format!("libraries[{k}]"), format!("the glossary library “{name}” {why}")))
            }
        }
    }
    if !problems.is_empty() {
        return Err(LoadError::Invalid(problems));
    }
    checked_with(doc, &read).map(|c| (c.doc, c.mentions)).map_err(LoadError::Invalid)
}

/// Why a library was not read.
enum Reason {
    /// Its path is not one the format allows, and it was not fetched (resolving says so).
    Skipped,
    /// Not fetched: the server's answer or the network's error, as words after its name.
    Unloaded(String),
    /// Read, and wrong: its problems, with paths inside it.
    Problems(Vec<Problem>),
}

/// One answer of the embed script's, read as a library, if it is a good one.
pub fn read_library(answer: &JsValue) -> Option<Library> {
    library(answer).ok()
}

/// One answer of the embed script's, read as a library.
fn library(answer: &JsValue) -> Result<Library, Reason> {
    let field = |key: &str| Reflect::get(answer, &JsValue::from_str(key)).ok().filter(|v| !v.is_undefined() && !v.is_null());
    if field("skipped").is_some() {
        return Err(Reason::Skipped);
    }
    if let Some(status) = field("status").and_then(|s| s.as_f64()) {
        let text = field("statusText").and_then(|t| t.as_string()).filter(|t| !t.is_empty());
        let error = LoadError::Http { status: status as u16, status_text: text.unwrap_or_default() };
        return Err(Reason::Unloaded(format!("could not be loaded: the server answered {}", error.status_words())));
    }
    if let Some(error) = field("error") {
        return Err(Reason::Unloaded(format!("could not be fetched ({})", error.as_string().unwrap_or_default())));
    }
    let Some(text) = field("text").and_then(|t| t.as_string()) else {
        return Err(Reason::Unloaded("was not loaded".to_owned()));
    };
    let value = parse(&text).map_err(|syntax| Reason::Problems(vec![Problem::whole(format!("not valid JSON: {syntax}"))]))?;
    decode_library(serde_wasm_bindgen::Deserializer::from(value)).map_err(Reason::Problems)
}
