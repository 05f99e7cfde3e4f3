//! Fetching a content document and turning it into a checked [`Document`].

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::content::Document;
use crate::glossary::Mentions;
use crate::load_error::LoadError;

/// Fetches `src` (relative to the page), then reads and checks it.
pub async fn fetch_document(src: &str) -> Result<(Document, Mentions), LoadError> {
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
    document_from_text(&text)
}

/// Reads and checks a document's JSON text (fetched, or given inline by the page). Broken JSON
/// is reported by line and column; the same words as `lens check` gives.
pub fn document_from_text(text: &str) -> Result<(Document, Mentions), LoadError> {
    crate::read_checked(text).map_err(|rejected| match rejected {
        crate::Rejected::NotJson(syntax) => LoadError::NotJson(syntax.to_string()),
        crate::Rejected::Invalid(problems) => LoadError::Invalid(problems),
    })
}

/// The message of a thrown JavaScript value, whatever it is.
fn js_message(value: &JsValue) -> String {
    if let Some(error) = value.dyn_ref::<js_sys::Error>() {
        return String::from(error.message());
    }
    value.as_string().unwrap_or_else(|| "unknown error".to_owned())
}
