//! The message shown in place of the article when its document cannot be shown.

use leptos::prelude::*;

use super::settings::use_locale;
use crate::model::load_error::LoadError;

/// A readable failure: which document and what went wrong, in the reader's language, and every
/// problem found in it, each with its place in the document (in English, the language of the
/// `lens` tool and the format's documentation, which the site's editors fix it with).
#[component]
pub fn ErrorNotice(
    /// The document's address as the page gave it.
    src: String,
    /// What went wrong.
    error: LoadError,
) -> impl IntoView {
    let locale = use_locale();
    let problems = error.problems();
    let list = (!problems.is_empty()).then(|| {
        view! {
            <p class="al-visually-hidden">{locale.ui.error_details}</p>
            <ul class="al-error-list" lang="en" dir="ltr">
                {problems.iter().map(|p| view! { <li><code>{p.to_string()}</code></li> }).collect_view()}
            </ul>
        }
    });
    view! {
        <div class="al-error" role="alert">
            <p class="al-error-title">{locale.ui.error_title}</p>
            <p>{locale.load_error(&error, &src)}</p>
            {list}
        </div>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use leptos::prelude::*;

    use super::ErrorNotice;
use crate::model::load_error::LoadError;
    use crate::model::problem::Problem;
    use crate::test_support::without_markers;
    use crate::view::static_page::render_once;

    #[test]
    fn the_notice_lists_every_problem_as_text() {
        let error = LoadError::Invalid(vec![
            Problem::at("glossary[0].term", "`<script>` is already a form of glossary[1]"),
            Problem::at("article.headline", "must not be empty"),
        ]);
        let html = without_markers(&render_once(move || view! { <ErrorNotice src="a<b>.json".to_owned() error=error/> }));
        assert!(html.starts_with("<div role=\"alert\" class=\"al-error\"><p class=\"al-error-title\">This article could not be shown</p>"), "{html}");
        assert!(html.contains("a&lt;b&gt;.json") && !html.contains("<script>") && !html.contains("<b>"));
        assert_eq!(html.matches("<li><code>").count(), 2);
        assert!(html.contains("<li><code>glossary[0].term: `&lt;script&gt;` is already a form of glossary[1]</code></li>"));
        let http = render_once(|| view! { <ErrorNotice src="x.json".to_owned() error=LoadError::Http { status: 404, status_text: String::new() }/> });
        assert!(http.contains("404 Not Found") && !http.contains("<ul"));
    }
}
