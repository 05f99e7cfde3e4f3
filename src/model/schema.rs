//! The JSON Schemas of the content format and of a glossary library, generated from the types
//! in [`crate::model::content`] and [`crate::model::library`].
//!
//! `docs/content-format.schema.json` and `docs/glossary-library.schema.json` are these
//! functions' output (`lens schema`, `lens schema --library`); a test fails when a committed
//! file and the types drift apart.

use crate::model::content::Document;
use crate::model::library::Library;

/// The content document's schema as pretty-printed JSON text, ending with a newline.
pub fn json_schema() -> String {
    pretty(schemars::schema_for!(Document))
}

/// The glossary library's schema, as [`json_schema`].
pub fn library_schema() -> String {
    pretty(schemars::schema_for!(Library))
}

fn pretty(schema: schemars::Schema) -> String {
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
