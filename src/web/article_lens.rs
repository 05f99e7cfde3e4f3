//! The widget's root: loads the document, then shows the article or says why it cannot.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use wasm_bindgen::JsValue;

use super::article_view::ArticleView;
use super::embed::{Emitter, Settings};
use super::error_notice::ErrorNotice;
use super::fetch::{document_from_text, fetch_document};
use crate::content::Document;
use crate::glossary::Mentions;
use crate::load_error::LoadError;

/// Where the document comes from.
#[derive(Clone)]
pub enum Source {
    /// A URL, relative to the page.
    Url(String),
    /// A document's JSON text the host already has: fetched from `name` (by the embed script),
    /// an inline `<script type="application/json">`, or a document object built in code
    /// (serialised with `JSON.stringify`).
    Inline { name: Option<String>, text: String },
    /// An inline document the host could not parse: why.
    Broken(String),
}

impl Source {
    /// How error messages name the document.
    fn name(&self) -> String {
        match self {
            Source::Url(url) => url.clone(),
            Source::Inline { name: Some(name), .. } => name.clone(),
            Source::Inline { name: None, .. } | Source::Broken(_) => "inline document".to_owned(),
        }
    }
}

/// Where loading a document stands.
#[derive(Clone)]
enum Load {
    Pending,
    Ready(Arc<Document>, Mentions),
    Failed(LoadError),
}

/// Article Lens for a content document.
#[component]
pub fn ArticleLens(
    /// Where the document comes from.
    source: Source,
    /// The host's choices: theme, initial marking mode, initial map view.
    settings: Settings,
    /// A number unique on the page; prefixes every DOM id the widget makes.
    instance: usize,
) -> impl IntoView {
    let emitter = use_context::<Emitter>().unwrap_or_else(|| Emitter::new(None));
    let load = RwSignal::new(Load::Pending);
    let src = source.name();
    let name = src.clone();
    let report = move |result: Result<(Document, Mentions), LoadError>| {
        load.set(match result {
            Ok((doc, mentions)) => Load::Ready(Arc::new(doc), mentions),
            Err(err) => Load::Failed(err),
        });
    };
    // The host hears the outcome once it is on screen: effects run after the view is built.
    Effect::new(move |_| match &*load.read() {
        Load::Pending => {}
        Load::Ready(doc, _) => emitter.emit(
            "lens-ready",
            &[
                ("id", JsValue::from_str(&doc.id)),
                ("terms", JsValue::from(doc.glossary.len() as u32)),
                ("players", JsValue::from(doc.players.len() as u32)),
            ],
        ),
        Load::Failed(err) => {
            let problems = js_sys::Array::new();
            for p in err.problems() {
                problems.push(&JsValue::from_str(&p.to_string()));
            }
            emitter.emit(
                "lens-error",
                &[("source", JsValue::from_str(&name)), ("message", JsValue::from_str(&err.summary(&name))), ("problems", problems.into())],
            );
        }
    });
    match source {
        Source::Inline { text, .. } => report(document_from_text(&text)),
        Source::Broken(reason) => report(Err(LoadError::NotJson(reason))),
        Source::Url(url) => spawn_local(async move { report(fetch_document(&url).await) }),
    }
    let id_prefix = format!("al{instance}");

    view! {
        <div class=settings.theme.class()>
            {move || match load.get() {
                Load::Pending => view! {
                    <p class="al-status" role="status">"Loading the article…"</p>
                }
                .into_any(),
                Load::Ready(doc, mentions) => {
                    view! { <ArticleView doc=doc mentions=mentions id_prefix=id_prefix.clone() settings=settings/> }.into_any()
                }
                Load::Failed(error) => view! { <ErrorNotice src=src.clone() error=error/> }.into_any(),
            }}
        </div>
    }
}
