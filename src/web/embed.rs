//! The widget as hosts use it: mount into an element with options, get a handle that destroys
//! it, hear what happens through `CustomEvent`s. The custom element `<article-lens>`
//! (`js/article-lens.js`) is built on this; hosts that build pages in code call it directly.

use std::any::Any;

use js_sys::Reflect;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::article_lens::{ArticleLens, Source};
use crate::text::glossary::MarkMode;
use crate::model::load_error::LoadError;

/// The reader-facing settings a host may choose.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Settings {
    pub theme: Theme,
    /// The marking mode to start with when the reader has not chosen one.
    pub marks: Option<MarkMode>,
    /// Start the stance map as a table.
    pub table_view: bool,
}

/// Light, dark, or following the reader's system.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn from_key(key: &str) -> Theme {
        match key.trim() {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::Auto,
        }
    }

    /// The class on the widget root.
    pub fn class(self) -> &'static str {
        match self {
            Theme::Auto => "al-root al-theme-auto",
            Theme::Light => "al-root al-theme-light",
            Theme::Dark => "al-root al-theme-dark",
        }
    }
}

/// Sends the widget's events to the host: `CustomEvent`s that bubble and cross shadow roots.
#[derive(Clone)]
pub struct Emitter(SendWrapper<Option<web_sys::EventTarget>>);

impl Emitter {
    pub fn new(target: Option<web_sys::EventTarget>) -> Self {
        Emitter(SendWrapper::new(target))
    }

    /// Dispatches `name` with `detail` (pairs of key and value) on the host element.
    pub fn emit(&self, name: &str, detail: &[(&str, JsValue)]) {
        let Some(target) = self.0.as_ref() else { return };
        let object = js_sys::Object::new();
        for (key, value) in detail {
            let _ = Reflect::set(&object, &JsValue::from_str(key), value);
        }
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&object);
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
            let _ = target.dispatch_event(&event);
        }
    }
}

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

/// Mounts Article Lens into `target`.
///
/// `options` (a plain object): `documentText` (a document's JSON text, named by `src` in
/// messages when both are given), or `document` (a document object), or why there is none:
/// `fetchStatus` and `fetchStatusText` (the server's answer to `src`), `fetchError` (no answer
/// for `src`), `documentError` (an inline document the host could not parse); `theme` (`light`,
/// `dark`, `auto`); `marks` (`all`, `first`, `none`); `view` (`chart`, `table`); `events` (the
/// element that receives the widget's events; default `target`). The embed script
/// (`js/article-lens.js`) fetches `src` and fills these in.
pub fn mount(target: web_sys::HtmlElement, options: JsValue) -> LensHandle {
    let document = Reflect::get(&options, &JsValue::from_str("document")).ok().filter(JsValue::is_object);
    let status = Reflect::get(&options, &JsValue::from_str("fetchStatus")).ok().and_then(|s| s.as_f64());
    let name = option(&options, "src");
    let failed = |error| Source::Failed { name: name.clone(), error };
    let source = if let Some(reason) = option(&options, "documentError") {
        Source::Failed { name: None, error: LoadError::NotJson(reason) }
    } else if let Some(text) = option(&options, "documentText") {
        Source::Text { name: name.clone(), text }
    } else if let Some(value) = document {
        Source::Value { value }
    } else if let Some(status) = status {
        failed(LoadError::Http { status: status as u16, status_text: option(&options, "fetchStatusText").unwrap_or_default() })
    } else if let Some(reason) = option(&options, "fetchError") {
        failed(LoadError::Network(reason))
    } else {
        failed(LoadError::NoSource)
    };
    let settings = Settings {
        theme: option(&options, "theme").map(|t| Theme::from_key(&t)).unwrap_or_default(),
        marks: option(&options, "marks").and_then(|m| MarkMode::from_key(&m)),
        table_view: option(&options, "view").is_some_and(|v| v == "table"),
    };
    let events = Reflect::get(&options, &JsValue::from_str("events"))
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::EventTarget>().ok())
        .or_else(|| Some(target.clone().into()));
    let emitter = Emitter::new(events);
    target.set_text_content(None);
    let instance = super::next_instance();
    let handle = leptos::mount::mount_to(target, move || {
        provide_context(emitter);
        view! { <ArticleLens source=source settings=settings instance=instance/> }
    });
    LensHandle { mounted: Some(Box::new(handle)) }
}
