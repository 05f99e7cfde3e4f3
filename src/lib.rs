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

pub mod body_html;
pub mod card_html;
pub mod case_fold;
pub mod content;
pub mod decode;
pub mod glossary;
pub mod index_html;
pub mod join;
pub mod json;
pub mod label_layout;
pub mod load_error;
pub mod map_svg;
pub mod name_index;
pub mod occurs;
pub mod order;
pub mod matcher;
pub mod placement;
pub mod stance_map;
pub mod static_html;
pub mod problem;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod validate;
#[cfg(test)]
mod test_support;

#[cfg(target_arch = "wasm32")]
pub mod web;

use content::Document;
use problem::Problem;

/// Why a text is not a valid content document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejected {
    /// It is not JSON: where the syntax breaks.
    NotJson(json::SyntaxError),
    /// It is JSON but not a valid document: the problems found (reading stops at the first
    /// wrong type; validation reports every rule broken).
    Invalid(Vec<Problem>),
}

/// Reads and validates a document's JSON text: the one path of the native tool and the widget,
/// so both give the same verdict in the same words.
pub fn read_document(text: &str) -> Result<Document, Rejected> {
    read_checked(text).map(|(doc, _)| doc)
}

/// [`read_document`], keeping the glossary mentions that checking found (the widget marks
/// them, so the body is matched once).
pub fn read_checked(text: &str) -> Result<(Document, glossary::Mentions), Rejected> {
    let value = json::parse(text).map_err(Rejected::NotJson)?;
    let doc = decode::document(&value).map_err(|p| Rejected::Invalid(vec![p]))?;
    let mentions = glossary::Mentions::find(&doc);
    let problems = validate::validate_with(&doc, &mentions);
    if problems.is_empty() {
        Ok((doc, mentions))
    } else {
        Err(Rejected::Invalid(problems))
    }
}

/// [`read_document`] with broken syntax as one more problem, as the tool lists them.
pub fn check_json(text: &str) -> Result<Document, Vec<Problem>> {
    read_document(text).map_err(|rejected| match rejected {
        Rejected::NotJson(syntax) => vec![Problem::whole(format!("not valid JSON: {syntax}"))],
        Rejected::Invalid(problems) => problems,
    })
}
