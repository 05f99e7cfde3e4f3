//! Fetching a content document and turning it into a checked [`Document`].

use js_sys::JSON;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::content::Document;
use crate::load_error::LoadError;

/// Fetches `src` (relative to the page), parses it with the browser's `JSON.parse` and checks it.
pub async fn fetch_document(src: &str) -> Result<Document, LoadError> {
    if src.trim().is_empty() {
        return Err(LoadError::NoSource);
    }
    let window = web_sys::window().ok_or_else(|| LoadError::Network("no window".to_owned()))?;
    let response = JsFuture::from(window.fetch_with_str(src))
        .await
        .map_err(|e| LoadError::Network(js_message(&e)))?;
    let response: web_sys::Response =
        response.dyn_into().map_err(|e| LoadError::Network(js_message(&e)))?;
    if !response.ok() {
        return Err(LoadError::Http { status: response.status(), status_text: response.status_text() });
    }
    let body = response.text().map_err(|e| LoadError::Network(js_message(&e)))?;
    let text = JsFuture::from(body).await.map_err(|e| LoadError::Network(js_message(&e)))?;
    let text = text.as_string().unwrap_or_default();
    let value = JSON::parse(&text).map_err(|e| LoadError::NotJson(js_message(&e)))?;
    document_from_value(value)
}

/// Checks a value the browser already parsed (used for documents given inline, too).
pub fn document_from_value(value: JsValue) -> Result<Document, LoadError> {
    crate::check(
        serde_wasm_bindgen::Deserializer::from(value.clone()),
        serde_wasm_bindgen::Deserializer::from(value),
    )
    .map_err(LoadError::Invalid)
}

/// The message of a thrown JavaScript value, whatever it is.
fn js_message(value: &JsValue) -> String {
    if let Some(error) = value.dyn_ref::<js_sys::Error>() {
        return String::from(error.message());
    }
    value.as_string().unwrap_or_else(|| "unknown error".to_owned())
}
