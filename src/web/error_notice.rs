//! The message shown in place of the article when its document cannot be shown.

use leptos::prelude::*;

use crate::model::load_error::LoadError;

/// A readable failure: which document, what went wrong, and every problem found in it (the
/// markup of [`crate::markup::error_notice::notice_markup`]).
#[component]
pub fn ErrorNotice(
    /// The document's address as the page gave it.
    src: String,
    /// What went wrong.
    error: LoadError,
) -> impl IntoView {
    view! { <div class="al-error" role="alert" inner_html=crate::markup::error_notice::notice_markup(&error, &src)></div> }
}
