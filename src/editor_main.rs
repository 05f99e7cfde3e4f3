//! The editor's entry point in the browser (`js/editor.js` calls `start`). Built for wasm32 by
//! `scripts/build-editor.sh`; natively it only points to `lens`.

#[cfg(target_arch = "wasm32")]
mod api {
    use wasm_bindgen::prelude::*;

    /// Mounts the editor into `target`, starting from the document `text` with its fetched
    /// glossary `libraries` (an array of `{ src, text }`, or why there is none, as the embed
    /// script gives them).
    #[wasm_bindgen]
    pub fn start(target: web_sys::HtmlElement, text: String, libraries: JsValue) {
        article_lens::editor::mount(target, text, libraries);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("article-lens-editor is the browser's editor: build it with `scripts/build-editor.sh`. The native tool is `lens`.");
    std::process::exit(2);
}
