//! The widget as hosts use it: mount into an element with options, get a handle that destroys
//! it, hear what happens through `CustomEvent`s. The custom element `<article-lens>`
//! (`js/article-lens.js`) is built on this; hosts that build pages in code call it directly.

use std::any::Any;

use js_sys::Reflect;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::locale::Locale;
use crate::model::content::Document;
use crate::model::load_error::LoadError;
use crate::text::glossary::MarkMode;
use crate::view::article_lens::{ArticleLens, Loaded};
use crate::view::settings::{Emitter, Settings, Theme};

/// A mounted widget. `destroy()` removes its DOM and listeners and frees its memory.
#[wasm_bindgen]
pub struct LensHandle {
    mounted: Option<Box<dyn Any>>,
}

#[wasm_bindgen]
impl LensHandle {
    /// Unmounts the widget: its DOM, its event listeners, its reactive state.
    pub fn destroy(&mut self) {
        self.mounted.take();
    }
}

/// Reads a string option.
fn option(options: &JsValue, key: &str) -> Option<String> {
    Reflect::get(options, &JsValue::from_str(key)).ok()?.as_string().filter(|s| !s.trim().is_empty())
}

/// A document as far as it has been read: decoded into its types with the rules still to run
/// (they run apart, in a task of their own, when the embed script hydrates), or read to the
/// end.
enum Reading {
    /// Decoded, with what the embed script fetched for the libraries it names.
    Decoded(Document, JsValue),
    /// Checked, or refused.
    Read(Loaded),
}

impl Reading {
    /// The document checked by the product's rules, or why it cannot be read.
    fn finish(self) -> Loaded {
        match self {
            Reading::Decoded(doc, libraries) => super::read::check(doc, &libraries),
            Reading::Read(loaded) => loaded,
        }
    }
}

/// The widget's inputs from the host's `options` (see [`mount`]): the document decoded (or why
/// it cannot be), how messages name it, the settings, and who hears the events.
fn inputs(target: &web_sys::HtmlElement, options: &JsValue) -> (Reading, String, Settings, Emitter) {
    let document = Reflect::get(options, &JsValue::from_str("document")).ok().filter(JsValue::is_object);
    let status = Reflect::get(options, &JsValue::from_str("fetchStatus")).ok().and_then(|s| s.as_f64());
    let src = option(options, "src");
    let libraries = Reflect::get(options, &JsValue::from_str("libraries")).unwrap_or(JsValue::UNDEFINED);
    // An inline document the host could not parse, or a document object, is not named by `src`.
    let named = option(options, "documentError").is_none() && (option(options, "documentText").is_some() || document.is_none());
    let decoded = |doc: Result<Document, LoadError>| doc.map_or_else(|e| Reading::Read(Err(e)), |doc| Reading::Decoded(doc, libraries.clone()));
    let reading = if let Some(reason) = option(options, "documentError") {
        Reading::Read(Err(LoadError::NotJson(reason)))
    } else if let Some(text) = option(options, "documentText") {
        decoded(super::read::decode_text(&text))
    } else if let Some(value) = document {
        decoded(super::read::decode_value(&value))
    } else if let Some(status) = status {
        Reading::Read(Err(LoadError::Http { status: status as u16, status_text: option(options, "fetchStatusText").unwrap_or_default() }))
    } else if let Some(reason) = option(options, "fetchError") {
        Reading::Read(Err(LoadError::Network(reason)))
    } else {
        Reading::Read(Err(LoadError::NoSource))
    };
    // Empty for a document given inline: the widget names it in the reader's language.
    let name = src.filter(|_| named).unwrap_or_default();
    let settings = Settings {
        locale: Locale::for_tag(&option(options, "lang").unwrap_or_default()),
        theme: option(options, "theme").map(|t| Theme::from_key(&t)).unwrap_or_default(),
        marks: option(options, "marks").and_then(|m| MarkMode::from_key(&m)),
        table_view: option(options, "view").is_some_and(|v| v == "table"),
    };
    let events = Reflect::get(options, &JsValue::from_str("events"))
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::EventTarget>().ok())
        .or_else(|| Some(target.clone().into()));
    (reading, name, settings, Emitter::new(events))
}

/// Mounts Article Lens into `target`, replacing whatever it holds.
///
/// `options` (a plain object): `documentText` (a document's JSON text, named by `src` in
/// messages when both are given), or `document` (a document object), or why there is none:
/// `fetchStatus` and `fetchStatusText` (the server's answer to `src`), `fetchError` (no answer
/// for `src`), `documentError` (an inline document the host could not parse); `theme` (`light`,
/// `dark`, `auto`); `lang` (the reader's language, a BCP 47 tag: the page's `lang` where the
/// widget is; English where the widget has no such locale); `libraries` (the glossary libraries the document names, fetched: an array
/// of `{ src, text }` or why not, see [`super::read::check`]); `marks` (`all`, `first`, `none`); `view` (`chart`, `table`); `events` (the
/// element that receives the widget's events; default `target`). The embed script
/// (`js/article-lens.js`) fetches `src` and fills these in.
pub fn mount(target: web_sys::HtmlElement, options: JsValue) -> LensHandle {
    let (reading, name, settings, emitter) = inputs(&target, &options);
    let loaded = reading.finish();
    target.set_text_content(None);
    let instance = super::next_instance();
    let handle = leptos::mount::mount_to(target, move || {
        provide_context(emitter);
        view! { <ArticleLens loaded=loaded name=name settings=settings instance=instance from_server=false/> }
    });
    LensHandle { mounted: Some(Box::new(handle)) }
}

/// Takes over the article `lens render` put in `target` (the same document, given in `options`
/// as for [`mount`]): the same components attach to the nodes already on the page instead of
/// building them again. [`prepare`], [`Prepared::check`] and [`hydrate_prepared`], in one call.
pub fn hydrate(target: web_sys::HtmlElement, options: JsValue) -> LensHandle {
    hydrate_prepared(&mut prepare(target, options))
}

/// A document read (and, once [`Prepared::check`] has run, checked), with the widget's
/// settings, ready to hydrate `target`. Decoding, checking and hydrating are each a long task
/// on a first run (the engine compiles the code each runs as it first runs it); the embed
/// script runs them as three, with a turn of the event loop between, so the page answers input
/// between them (Lighthouse counts each task's time over 50 ms as blocking).
#[wasm_bindgen]
pub struct Prepared {
    target: web_sys::HtmlElement,
    inputs: Option<(Reading, String, Settings, Emitter)>,
}

#[wasm_bindgen]
impl Prepared {
    /// Whether the rendered article is in the reader's language (its root's `lang` is the
    /// locale's tag): if not, the embed script mounts the widget afresh rather than hydrate
    /// words the reader would not get (hydration keeps the text it finds).
    pub fn fits(&self) -> bool {
        let rendered = self.target.first_element_child().and_then(|root| root.get_attribute("lang"));
        match (&self.inputs, rendered) {
            (Some((_, _, settings, _)), Some(tag)) => tag == settings.locale.tag,
            _ => true,
        }
    }

    /// Checks the decoded document by the product's rules (the second of the three tasks;
    /// [`hydrate_prepared`] does it where it has not been done).
    pub fn check(&mut self) {
        if let Some((reading, ..)) = self.inputs.as_mut() {
            if let Reading::Decoded(..) = reading {
                let decoded = std::mem::replace(reading, Reading::Read(Err(LoadError::NoSource)));
                *reading = Reading::Read(decoded.finish());
            }
        }
    }
}

/// The first of [`hydrate`]'s steps: decodes the document in `options` (as for [`mount`]).
pub fn prepare(target: web_sys::HtmlElement, options: JsValue) -> Prepared {
    let inputs = inputs(&target, &options);
    Prepared { target, inputs: Some(inputs) }
}

/// The last of [`hydrate`]'s steps: attaches the components to the rendered nodes. A second
/// call on the same `prepared` does nothing.
pub fn hydrate_prepared(prepared: &mut Prepared) -> LensHandle {
    let Some((reading, name, settings, emitter)) = prepared.inputs.take() else {
        return LensHandle { mounted: None };
    };
    let loaded = reading.finish();
    let handle = leptos::mount::hydrate_from(prepared.target.clone(), move || {
        provide_context(emitter);
        view! { <ArticleLens loaded=loaded name=name settings=settings instance=0 from_server=true/> }
    });
    LensHandle { mounted: Some(Box::new(handle)) }
}
