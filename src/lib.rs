//! Article Lens: a news article with glossary cards and a stance map, rendered in the browser.
//!
//! The domain is plain Rust, with no `web-sys`, tested natively:
//! - [`model`]: the content document's types, reading them with serde, the validator;
//! - [`text`]: the term matcher, glossary mentions and marking modes, card placement;
//! - [`map`]: stance-map data and label layout;
//! - [`markup`]: what renders, as escaped markup shared by `lens render` and the widget.
//!
//! The `web` module (wasm32 only) holds the Leptos views, thin over that model.

pub mod map;
pub mod markup;
pub mod model;
pub mod text;
#[cfg(test)]
mod test_support;

#[cfg(target_arch = "wasm32")]
pub mod web;
