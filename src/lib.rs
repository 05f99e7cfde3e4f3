//! Article Lens: a news article with glossary cards and a stance map, rendered in the browser.
//!
//! The domain is plain Rust, with no `web-sys`, tested natively:
//! - [`content`]: the content document's types (format version 1);
//! - [`decode`]: reading a document from JSON, with errors that name a path;
//! - [`validate`]: the rules a document must follow beyond its types;
//! - [`problem`]: what a problem report looks like.
//!
//! The `web` module (wasm32 only) holds the Leptos views, thin over that model.

pub mod content;
pub mod decode;
pub mod glossary;
pub mod label_layout;
pub mod load_error;
pub mod matcher;
pub mod placement;
pub mod stance_map;
pub mod static_html;
pub mod problem;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod validate;

#[cfg(target_arch = "wasm32")]
pub mod web;

use content::Document;
use problem::Problem;

/// Decodes and validates in one step: the document, or every problem found in it.
pub fn check<'a, 'b, P, F>(probe: P, full: F) -> Result<Document, Vec<Problem>>
where
    P: serde::Deserializer<'a>,
    F: serde::Deserializer<'b>,
{
    validated(decode::decode(probe, full).map_err(|p| vec![p])?)
}

/// [`check`] for JSON text, as the native tool reads it.
#[cfg(not(target_arch = "wasm32"))]
pub fn check_json(text: &str) -> Result<Document, Vec<Problem>> {
    validated(decode::from_json_str(text).map_err(|p| vec![p])?)
}

fn validated(doc: Document) -> Result<Document, Vec<Problem>> {
    let problems = validate::validate(&doc);
    if problems.is_empty() {
        Ok(doc)
    } else {
        Err(problems)
    }
}
