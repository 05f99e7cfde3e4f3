//! What the host chooses for a widget (theme, first marking mode, first map view) and how the
//! widget tells the host what happens (`CustomEvent`s).

use js_sys::Reflect;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsValue;

use crate::locale::{Locale, EN};
use crate::text::glossary::MarkMode;

/// The reader-facing settings a host may choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    pub theme: Theme,
    /// The marking mode to start with when the reader has not chosen one.
    pub marks: Option<MarkMode>,
    /// Start the stance map as a table.
    pub table_view: bool,
    /// The language of the widget's own words (the article keeps its own).
    pub locale: &'static Locale,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { theme: Theme::default(), marks: None, table_view: false, locale: &EN }
    }
}

/// The locale of the widget the calling view is in ([`Settings::locale`]; English outside one).
pub fn use_locale() -> &'static Locale {
    leptos::prelude::use_context::<Settings>().map_or(&EN, |s| s.locale)
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
/// Without a target (natively, in `lens render`) it sends nothing.
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
