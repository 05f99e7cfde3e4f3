//! The glossary libraries in the editor: those the site offers and those opened, as the embed
//! script's answers (by path, or by file name for an opened file); the ones the editor changed,
//! kept in the browser's storage and read in place of the originals; and what the tools offer
//! from them.

use wasm_bindgen::JsValue;

use super::pretty;
use crate::model::content::{Document, Entry};
use crate::model::library::Library;
use crate::model::work::ChangedLibrary;
use crate::view::dom::{store, stored, unstore};
use crate::web::read::read_library;

/// Where the editor keeps the libraries it changed between visits (this browser, this site).
pub const STORAGE_KEY: &str = "article-lens-editor:libraries";

/// A library's file name: the last part of its path.
pub fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// An answer as the embed script gives one: `{ src, text }` (an opened library file's, by its
/// file name, too).
pub fn answer(src: &str, text: &str) -> JsValue {
    let answer = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&answer, &JsValue::from_str("src"), &JsValue::from_str(src));
    let _ = js_sys::Reflect::set(&answer, &JsValue::from_str("text"), &JsValue::from_str(text));
    answer.into()
}

/// The answer for the library the document names `name`: fetched by that path, or opened as a
/// file of the same name.
fn known_answer<'a>(name: &str, known: &'a [(String, JsValue)]) -> Option<&'a JsValue> {
    let found = known.iter().find(|(src, _)| src == name).or_else(|| known.iter().find(|(src, _)| file_name(src) == file_name(name)));
    found.map(|(_, answer)| answer)
}

/// The answers for the libraries `names` (a document's `libraries`), in its order: as fetched
/// or opened, else why there is none. (Those the editor changed are given to the checks as they
/// are, see `read` in the editor.)
pub fn answers(names: &[String], known: &[(String, JsValue)]) -> JsValue {
    let list = js_sys::Array::new();
    for name in names {
        let answer = known_answer(name, known).cloned().unwrap_or_else(|| {
            let missing = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&missing, &JsValue::from_str("src"), &JsValue::from_str(name));
            let _ = js_sys::Reflect::set(&missing, &JsValue::from_str("error"), &JsValue::from_str("open the library’s file in the editor"));
            missing.into()
        });
        list.push(&answer);
    }
    list.into()
}

/// The libraries `doc` uses, by the path it gives, as fetched or opened (those the editor
/// changed are in its work): what an edit of a library's entry starts from.
pub fn used(doc: &Document, known: &[(String, JsValue)]) -> Vec<(String, Library)> {
    doc.libraries.iter().filter_map(|name| Some((name.clone(), read_library(known_answer(name, known)?)?))).collect()
}

/// The entries of the libraries `doc` uses, as the editor has them (changed or not), with the
/// library's file name: what the alias and definition tools offer besides the document's own.
pub fn shared_entries(doc: &Document, known: &[(String, JsValue)], changed: &[ChangedLibrary]) -> Vec<(Entry, String)> {
    let mut libraries = used(doc, known);
    for (path, library) in &mut libraries {
        if let Some(c) = changed.iter().find(|c| &c.path == path) {
            *library = (*c.library).clone();
        }
    }
    libraries.into_iter().flat_map(|(path, library)| library.entries.into_iter().map(move |e| (e, file_name(&path).to_owned()))).collect()
}

/// A glossary library the editor can use: where it is (as a document in content/ names it, or
/// an opened file's name), its title and how many entries it has.
#[derive(Clone, PartialEq)]
pub struct Offered {
    pub src: String,
    pub title: String,
    pub entries: usize,
}

/// The libraries among the editor's answers that read as libraries.
pub fn offer(known: &[(String, JsValue)]) -> Vec<Offered> {
    known
        .iter()
        .filter_map(|(src, answer)| {
            let library = read_library(answer)?;
            Some(Offered { src: src.clone(), title: library.title.unwrap_or(library.id), entries: library.entries.len() })
        })
        .collect()
}

/// How `doc` names the library at `src` (the same path, or a path to a file of the same name).
pub fn named_as(doc: &Document, src: &str) -> Option<String> {
    doc.libraries.iter().find(|p| *p == src || file_name(p) == file_name(src)).cloned()
}

/// Whether `text` is a glossary library (JSON with `entries` and no `article`) rather than a document.
pub fn is_library(text: &str) -> bool {
    let Ok(value) = js_sys::JSON::parse(text) else { return false };
    let has = |key: &str| js_sys::Reflect::has(&value, &JsValue::from_str(key)).unwrap_or(false);
    value.is_object() && has("entries") && !has("article")
}

/// The libraries the editor changed on an earlier visit, from the browser's storage.
pub fn kept() -> Vec<ChangedLibrary> {
    stored(STORAGE_KEY).and_then(|t| js_sys::JSON::parse(&t).ok()).and_then(|v| serde_wasm_bindgen::from_value(v).ok()).unwrap_or_default()
}

/// Stores the libraries the editor has changed for the next visit, where the page may.
pub fn keep(changed: &[ChangedLibrary]) {
    if changed.is_empty() {
        unstore(STORAGE_KEY);
    } else {
        store(STORAGE_KEY, &pretty(&changed));
    }
}
