//! Article Lens: a news article with glossary cards and a stance map, rendered in the browser.
//!
//! The domain is plain Rust, with no `web-sys`, tested natively:
//! - [`content`]: the content document's types (format version 1);
//! - [`json`]: JSON text to values, with syntax errors by line and column;
//! - [`decode`]: reading a document from those values, with errors that name a path;
//! - [`validate`]: the rules a document must follow beyond its types;
//! - [`problem`]: what a problem report looks like.
//!
//! The `web` module (wasm32 only) holds the Leptos views, thin over that model.

pub mod case_fold;
pub mod content;
pub mod decode;
pub mod glossary;
pub mod json;
pub mod label_layout;
pub mod load_error;
pub mod map_svg;
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

/// Reads and validates JSON text in one step: the document, or every problem found in it.
pub fn check_json(text: &str) -> Result<Document, Vec<Problem>> {
    validated(decode::from_json_str(text).map_err(|p| vec![p])?)
}

pub(crate) fn validated(doc: Document) -> Result<Document, Vec<Problem>> {
    let problems = validate::validate(&doc);
    if problems.is_empty() {
        Ok(doc)
    } else {
        Err(problems)
    }
}
