//! The content document and what makes one valid: its types, reading it from JSON, the
//! product's rules, how a problem is worded, and the JSON Schema generated from the types.

pub mod content;
pub mod date;
pub mod edit;
#[cfg(not(target_arch = "wasm32"))]
pub mod files;
pub mod import;
pub mod library;
pub mod load_error;
pub mod locate;
pub mod problem;
pub mod read;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod strict;
#[cfg(not(target_arch = "wasm32"))]
pub mod structured_data;
pub mod validate;
pub mod work;
