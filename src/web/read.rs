//! Reading a document in the browser: the engine's `JSON.parse`, then serde from the
//! JavaScript value (`serde-wasm-bindgen`), through the same [`decode`] and rules as `lens check`.

use wasm_bindgen::{JsCast, JsValue};

use crate::model::content::Document;
use crate::model::load_error::LoadError;
use crate::model::read::{checked, decode, SyntaxError};
use crate::text::glossary::Mentions;

/// A document's JSON text, read and checked. Broken JSON is reported by line and column.
pub fn read_text(text: &str) -> Result<(Document, Mentions), LoadError> {
    match js_sys::JSON::parse(text) {
        Ok(value) => read_value(value),
        Err(error) => {
            let message = error
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .or_else(|| error.as_string())
                .unwrap_or_default();
            Err(LoadError::NotJson(SyntaxError::from_engine(text, &message).to_string()))
        }
    }
}

/// A document given as a JavaScript value (parsed JSON, or an object a host built), read and
/// checked.
pub fn read_value(value: JsValue) -> Result<(Document, Mentions), LoadError> {
    let doc = decode(|| serde_wasm_bindgen::Deserializer::from(value.clone())).map_err(|p| LoadError::Invalid(vec![p]))?;
    checked(doc).map_err(LoadError::Invalid)
}
