//! The widget's root: the article, or why it cannot be shown.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::article_view::ArticleView;
use super::error_notice::ErrorNotice;
use super::settings::{Emitter, Settings, Theme};
use crate::model::content::Document;
use crate::model::load_error::LoadError;
use crate::text::glossary::Mentions;

/// A document read and checked (with its glossary mentions), or why it could not be.
pub type Loaded = Result<(Document, Mentions), LoadError>;

/// Article Lens for a content document. The host hears the outcome (`lens-ready` or
/// `lens-error`) once it is on the page.
#[component]
pub fn ArticleLens(
    /// The document, or why there is none.
    loaded: Loaded,
    /// How messages name the document: its address, or empty for a document given inline.
    name: String,
    /// The host's choices: theme, initial marking mode, initial map view.
    settings: Settings,
    /// A number unique on the page; prefixes every DOM id the widget makes.
    instance: usize,
    /// Rendered by `lens render`, or hydrating what it rendered (see [`ArticleView`]).
    from_server: bool,
) -> impl IntoView {
    let emitter = use_context::<Emitter>().unwrap_or_else(|| Emitter::new(None));
    // Every view inside has the host's settings, the reader's language among them.
    provide_context(settings);
    let locale = settings.locale;
    // The host hears of a document given inline in English, as of every failure.
    let source = if name.is_empty() { "inline document".to_owned() } else { name.clone() };
    let shown_name = if name.is_empty() { locale.ui.inline_document.to_owned() } else { name };
    // What the host will hear, as plain values: the JavaScript ones are made in the browser.
    let outcome = match &loaded {
        Ok((doc, _)) => Ok((doc.id.clone(), doc.glossary.len() as u32, doc.players.len() as u32)),
        Err(err) => Err((err.summary(&source), err.problems().iter().map(ToString::to_string).collect::<Vec<_>>())),
    };
    // The server renders the automatic theme; the host's applies once live.
    let theme = RwSignal::new(if from_server { Theme::Auto } else { settings.theme });
    Effect::new(move |_| {
        if theme.get_untracked() != settings.theme {
            theme.set(settings.theme);
        }
        match &outcome {
            Ok((id, terms, players)) => emitter.emit(
                "lens-ready",
                &[("id", JsValue::from_str(id)), ("terms", JsValue::from(*terms)), ("players", JsValue::from(*players))],
            ),
            Err((message, problems)) => {
                let list = js_sys::Array::new();
                for p in problems {
                    list.push(&JsValue::from_str(p));
                }
                emitter.emit(
                    "lens-error",
                    &[("source", JsValue::from_str(&source)), ("message", JsValue::from_str(message)), ("problems", list.into())],
                );
            }
        }
    });

    view! {
        <div class=move || theme.get().class() lang=locale.tag dir=locale.direction.key()>
            {match loaded {
                Ok((doc, mentions)) => Either::Left(view! {
                    <ArticleView doc=Arc::new(doc) mentions=mentions id_prefix=format!("al{instance}") settings=settings from_server=from_server/>
                }),
                Err(error) => Either::Right(view! { <ErrorNotice src=shown_name error=error/> }),
            }}
        </div>
    }
}
