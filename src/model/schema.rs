//! The JSON Schema of the content format, generated from the types in [`crate::model::content`].
//!
//! `docs/content-format.schema.json` is this function's output (`lens schema`); a test fails
//! when the committed file and the types drift apart.

use crate::model::content::Document;

/// The schema as pretty-printed JSON text, ending with a newline.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Document);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
