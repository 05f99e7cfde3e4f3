//! The widget's entry point in the browser: the JavaScript API that `js/article-lens.js` (the
//! `<article-lens>` custom element) and hosts call. Built for wasm32 by trunk; natively it only
//! points to `lens`.

#[cfg(target_arch = "wasm32")]
mod api {
    use article_lens::web::embed::{self, LensHandle, Prepared};
    use wasm_bindgen::prelude::*;

    /// Mounts Article Lens into `target`. See `embed::mount` for the options.
    #[wasm_bindgen]
    pub fn mount(target: web_sys::HtmlElement, options: JsValue) -> LensHandle {
        embed::mount(target, options)
    }

    /// Hydrates the article `lens render` put in `target`. See `embed::hydrate`.
    #[wasm_bindgen]
    pub fn hydrate(target: web_sys::HtmlElement, options: JsValue) -> LensHandle {
        embed::hydrate(target, options)
    }

    /// Reads and checks the document for hydrating `target`: `hydrate`'s first half.
    #[wasm_bindgen]
    pub fn prepare(target: web_sys::HtmlElement, options: JsValue) -> Prepared {
        embed::prepare(target, options)
    }

    /// Hydrates what `prepare` read: `hydrate`'s second half.
    #[wasm_bindgen(js_name = hydratePrepared)]
    pub fn hydrate_prepared(prepared: &mut Prepared) -> LensHandle {
        embed::hydrate_prepared(prepared)
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("article-lens is the browser widget: build it with `trunk build`. The native tool is `lens`.");
    std::process::exit(2);
}
