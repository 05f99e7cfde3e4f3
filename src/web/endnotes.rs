//! On paper there is no hover: marked terms carry superscript numbers and the article ends with
//! the glossary as numbered endnotes. Shown only by the print stylesheet.

use std::sync::Arc;

use leptos::prelude::*;

use super::lens_state::LensData;

/// The glossary as numbered endnotes, in alphabetical order (the numbers the terms carry).
#[component]
pub fn Endnotes() -> impl IntoView {
    let data = expect_context::<Arc<LensData>>();
    let items = data
        .alphabetical
        .iter()
        .map(|&i| {
            let e = &data.doc.glossary[i];
            view! {
                <li>
                    <strong>{e.term.clone()}</strong>
                    " ("{e.kind.label()}"). "
                    {e.definition.clone()}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="al-endnotes">
            <h2>"Glossary"</h2>
            <ol>{items}</ol>
        </section>
    }
}
