//! The message shown in place of the article when its document cannot be shown.

use leptos::prelude::*;

use crate::load_error::LoadError;

/// A readable failure: which document, what went wrong, and every problem found in it.
#[component]
pub fn ErrorNotice(
    /// The document's address as the page gave it.
    src: String,
    /// What went wrong.
    error: LoadError,
) -> impl IntoView {
    let summary = error.summary(&src);
    let problems = error
        .problems()
        .iter()
        .map(|problem| view! { <li><code>{problem.to_string()}</code></li> })
        .collect_view();
    view! {
        <div class="al-error" role="alert">
            <p class="al-error-title">"This article could not be shown"</p>
            <p>{summary}</p>
            <ul class="al-error-list">{problems}</ul>
        </div>
    }
}
