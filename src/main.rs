//! The widget's entry point in the browser: mounts Article Lens into every element of the page
//! marked `data-article-lens`. Built for wasm32 by trunk; natively it only points to `lens`.

#[cfg(target_arch = "wasm32")]
fn main() {
    article_lens::web::mount_marked_elements();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("article-lens is the browser widget: build it with `trunk build`. The native tool is `lens`.");
    std::process::exit(2);
}
