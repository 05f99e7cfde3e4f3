//! The widget's root: loads the document, then shows the article or says why it cannot.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::article_view::ArticleView;
use super::error_notice::ErrorNotice;
use super::fetch::fetch_document;
use crate::content::Document;
use crate::load_error::LoadError;

/// Where loading a document stands.
#[derive(Clone)]
enum Load {
    Pending,
    Ready(Arc<Document>),
    Failed(LoadError),
}

/// Article Lens for the content document at `src`.
#[component]
pub fn ArticleLens(
    /// Address of the content document, relative to the page.
    src: String,
    /// A number unique on the page; prefixes every DOM id the widget makes.
    instance: usize,
) -> impl IntoView {
    let (load, set_load) = signal(Load::Pending);
    let fetch_src = src.clone();
    spawn_local(async move {
        set_load.set(match fetch_document(&fetch_src).await {
            Ok(doc) => Load::Ready(Arc::new(doc)),
            Err(err) => Load::Failed(err),
        });
    });
    let id_prefix = format!("al{instance}");

    view! {
        <div class="al-root">
            {move || match load.get() {
                Load::Pending => view! {
                    <p class="al-status" role="status">"Loading the article…"</p>
                }
                .into_any(),
                Load::Ready(doc) => view! { <ArticleView doc=doc id_prefix=id_prefix.clone()/> }.into_any(),
                Load::Failed(error) => view! { <ErrorNotice src=src.clone() error=error/> }.into_any(),
            }}
        </div>
    }
}
