//! Article Lens: a news article with glossary cards and a stance map, rendered in the browser.
//!
//! The domain is plain Rust, with no `web-sys`, tested natively:
//! - [`model`]: the content document's types, reading them with serde, the validator;
//! - [`text`]: the term matcher, glossary mentions and marking modes, card placement;
//! - [`map`]: stance-map data and label layout;
//! - [`locale`]: the widget's words in the reader's language, its numbers and dates;
//!
//! [`view`] holds the Leptos components, thin over that model, on both targets: rendered to HTML
//! natively (`lens render`) and hydrated or mounted in the browser by the `web` module (wasm32
//! only), the JavaScript API.

#![recursion_limit = "256"]

pub mod locale;
pub mod map;
pub mod model;
pub mod text;
#[cfg(test)]
mod test_support;
pub mod view;

#[cfg(target_arch = "wasm32")]
pub mod web;

#[cfg(target_arch = "wasm32")]
pub mod editor;

/// Sorts `indexes` by `cmp` (stable), with the standard library's sort. Every list the widget
/// orders is sorted through here, as indexes with the comparison behind a `dyn`, so the wasm
/// holds one copy of the sort instead of one per element type and comparison: five copies cost
/// 3.6 KB gzip more (171,573 -> 168,002 bytes of wasm, zlib level 9, release build with
/// trunk's wasm-opt flags).
pub fn sort_indexes(indexes: &mut [usize], cmp: &dyn Fn(usize, usize) -> std::cmp::Ordering) {
    indexes.sort_by(|&a, &b| cmp(a, b));
}

#[cfg(test)]
mod tests {
    #[test]
    fn indexes_sort_stably_by_the_comparison() {
        let keys = [3, 1, 3, 0, 1];
        let mut order: Vec<usize> = (0..keys.len()).collect();
        super::sort_indexes(&mut order, &|a, b| keys[a].cmp(&keys[b]));
        assert_eq!(order, vec![3, 1, 4, 0, 2]);
    }
}
