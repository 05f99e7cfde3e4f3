//! The widget's root: reads the document, then shows the article or says why it cannot.

use std::sync::Arc;

use leptos::prelude::*;

use wasm_bindgen::JsValue;

use super::article_view::ArticleView;
use super::embed::{Emitter, Settings};
use super::error_notice::ErrorNotice;
use crate::model::load_error::LoadError;

/// The document as the host hands it over. The embed script fetches a `src` itself (while the
/// wasm compiles), so the widget gets either the text or why there is none.
#[derive(Clone)]
pub enum Source {
    /// A document's JSON text: fetched from `name` by the embed script, or an inline
    /// `<script type="application/json">`.
    Text { name: Option<String>, text: String },
    /// A document object a host built in code.
    Value { value: JsValue },
    /// No document: why (a failed fetch of `name`, an inline document the host could not
    /// parse, no source at all).
    Failed { name: Option<String>, error: LoadError },
}

impl Source {
    /// How error messages name the document.
    fn name(&self) -> String {
        match self {
            Source::Text { name: Some(name), .. } | Source::Failed { name: Some(name), .. } => name.clone(),
            Source::Text { name: None, .. } | Source::Failed { name: None, .. } | Source::Value { .. } => {
                "inline document".to_owned()
            }
        }
    }
}

/// Reads and checks the document: the same verdict, in the same words, as `lens check`.
fn read(source: Source) -> Result<(crate::model::content::Document, crate::text::glossary::Mentions), LoadError> {
    match source {
        Source::Text { text, .. } => super::read::read_text(&text),
        Source::Value { value } => super::read::read_value(value),
        Source::Failed { error, .. } => Err(error),
    }
}

/// Article Lens for a content document.
#[component]
pub fn ArticleLens(
    /// The document, or why there is none.
    source: Source,
    /// The host's choices: theme, initial marking mode, initial map view.
    settings: Settings,
    /// A number unique on the page; prefixes every DOM id the widget makes.
    instance: usize,
) -> impl IntoView {
    let emitter = use_context::<Emitter>().unwrap_or_else(|| Emitter::new(None));
    let name = source.name();
    let result = read(source);
    // The host hears the outcome once it is on screen: effects run after the view is built.
    let (event, detail): (&str, Vec<(&str, JsValue)>) = match &result {
        Ok((doc, _)) => (
            "lens-ready",
            vec![
                ("id", JsValue::from_str(&doc.id)),
                ("terms", JsValue::from(doc.glossary.len() as u32)),
                ("players", JsValue::from(doc.players.len() as u32)),
            ],
        ),
        Err(err) => {
            let problems = js_sys::Array::new();
            for p in err.problems() {
                problems.push(&JsValue::from_str(&p.to_string()));
            }
            (
                "lens-error",
                vec![("source", JsValue::from_str(&name)), ("message", JsValue::from_str(&err.summary(&name))), ("problems", problems.into())],
            )
        }
    };
    Effect::new(move |_| emitter.emit(event, &detail));

    view! {
        <div class=settings.theme.class()>
            {match result {
                Ok((doc, mentions)) => view! {
                    <ArticleView doc=Arc::new(doc) mentions=mentions id_prefix=format!("al{instance}") settings=settings/>
                }
                .into_any(),
                Err(error) => view! { <ErrorNotice src=name error=error/> }.into_any(),
            }}
        </div>
    }
}
