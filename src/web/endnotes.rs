//! On paper there is no hover: marked terms carry superscript numbers and the article ends with
//! the glossary as numbered endnotes. Shown only by the print stylesheet.

use leptos::prelude::*;

use super::lens_state::lens_context;
use crate::markup::index::endnotes_markup;

/// The glossary as numbered endnotes, in alphabetical order (the numbers the terms carry).
#[component]
pub fn Endnotes() -> impl IntoView {
    let (_, data) = lens_context();
    view! { <section class="al-endnotes" inner_html=endnotes_markup(&data.doc, &data.alphabetical)></section> }
}
