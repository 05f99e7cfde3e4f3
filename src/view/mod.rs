//! The Leptos components that show a document, on both targets: rendered to HTML natively by
//! `lens render` (the `ssr` feature; see [`static_page`]) and, in the browser, hydrated in place
//! where that HTML is already on the page, or mounted where it is not (the `hydrate` feature;
//! see `web::embed`). Nothing here decides what a document means; components are thin views over
//! the model, and text reaches the page only through `view!` (escaped by construction).
//!
//! Code that touches the browser (`web_sys`) runs only in event handlers, effects and animation
//! frames, none of which run when rendering natively.

pub mod article_lens;
mod article_body;
mod article_head;
mod article_view;
mod card;
mod deep_link;
pub(crate) mod dom;
mod endnotes;
mod error_notice;
mod glossary_index;
mod lens_state;
mod map_chart;
mod map_panels;
mod mark_switch;
mod passage_link;
pub mod settings;
mod stance_maps;
#[cfg(not(target_arch = "wasm32"))]
pub mod static_page;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod locale_tests;
