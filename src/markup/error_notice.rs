//! The notice shown in place of the article when its document cannot be shown, as escaped
//! markup: what could not be shown, why, and each problem with its place in the document.

use crate::markup::static_page::escape;
use crate::model::load_error::LoadError;

/// The notice the widget shows instead of the article, as markup (every text escaped):
/// what could not be shown, why, and each problem with its place in the document.
pub fn notice_markup(error: &LoadError, source: &str) -> String {
    let mut out = format!(
        "<p class=\"al-error-title\">This article could not be shown</p><p>{}</p><ul class=\"al-error-list\">",
        escape(&error.summary(source))
    );
    for problem in error.problems() {
        out.push_str(&format!("<li><code>{}</code></li>", escape(&problem.to_string())));
    }
    out.push_str("</ul>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::problem::Problem;

    #[test]
    fn the_notice_lists_every_problem_as_text() {
        let err = LoadError::Invalid(vec![
            Problem::at("glossary[0].term", "`<script>` is already a form of glossary[1]"),
            Problem::at("article.headline", "must not be empty"),
        ]);
        let html = notice_markup(&err, "a<b>.json");
        assert!(html.starts_with("<p class=\"al-error-title\">This article could not be shown</p>"));
        assert!(html.contains("a&lt;b&gt;.json") && !html.contains("<script>") && !html.contains("<b>"));
        assert_eq!(html.matches("<li><code>").count(), 2);
        assert!(html.contains("<li><code>glossary[0].term: `&lt;script&gt;` is already a form of glossary[1]</code></li>"));
        let http = notice_markup(&LoadError::Http { status: 404, status_text: String::new() }, "x.json");
        assert!(html.ends_with("</ul>") && http.contains("404 Not Found") && !http.contains("<li>"));
    }
}
