//! `lens render`: the widget's own components rendered to HTML natively (Leptos's `ssr`), as the
//! content of an `<article-lens>` element. A declarative shadow root holds the stylesheet and the
//! rendered article, so the page shows the article before any script runs (and without
//! JavaScript at all), isolated from the host's CSS from its first paint, and indexable; the
//! document follows as inline JSON, for the widget to read when it hydrates that markup in place.

use leptos::prelude::*;

use super::article_lens::ArticleLens;
use super::settings::Settings;
use crate::locale::Locale;
use crate::model::content::Document;
use crate::text::glossary::Mentions;

/// The marker a page template holds, inside its `<article-lens>`, where `lens render --into`
/// puts the article.
pub const MARKER: &str = "<!-- lens:static -->";

/// The article as the widget renders it before the reader changes anything (the default theme,
/// marking mode and map view), with Leptos's hydration markers: the markup `web::embed::hydrate`
/// takes over. The maps, index and endnotes are built in the browser, after the article. The
/// widget's words are in `ui_lang` (`lens render --lang`), else in the article's language where
/// the widget has it (see [`crate::locale::Locale::for_tag`]): the language the page should
/// give the element, or the widget renders again in the page's once it starts.
pub fn article_html(doc: Document, mentions: Mentions, ui_lang: Option<&str>) -> String {
    let settings = Settings { locale: Locale::for_tag(ui_lang.unwrap_or(&doc.language)), ..Settings::default() };
    render_once(move || {
        view! { <ArticleLens loaded=Ok((doc, mentions)) name=String::new() settings=settings instance=0 from_server=true/> }
    })
}

/// The HTML of the view `f` builds, rendered as a server does.
pub(crate) fn render_once<V: IntoView + 'static>(f: impl FnOnce() -> V) -> String {
    // Reactive values run their first computation at once and leave later ones to an executor:
    // a page rendered once has no later, so the executor drops them. (Set once per process;
    // a second call finds it set.)
    let _ = any_spawner::Executor::init_custom_executor(RenderOnce);
    // A server's shared context: Leptos then knows it is not in a browser (no window listeners).
    let owner = Owner::new_root(Some(std::sync::Arc::new(hydration_context::SsrSharedContext::new())));
    owner.with(|| f().to_html())
}

/// The HTML of a part of the widget for `doc` (ids prefixed `al0`, the default marking mode),
/// with the widget's data and state around it, as a server renders it, without its hydration
/// markers: for native tests of the components.
#[cfg(test)]
pub(crate) fn render_part<V: IntoView + 'static>(doc: &Document, part: impl FnOnce(super::lens_state::LensState) -> V) -> String {
    render_part_in(doc, Settings::default(), part)
}

/// [`render_part`] with the host's `settings` (its locale among them).
#[cfg(test)]
pub(crate) fn render_part_in<V: IntoView + 'static>(
    doc: &Document,
    settings: Settings,
    part: impl FnOnce(super::lens_state::LensState) -> V,
) -> String {
    use super::lens_state::{LensData, LensState};
    let doc = std::sync::Arc::new(doc.clone());
    let mentions = Mentions::find(&doc);
    let html = render_once(move || {
        let state = LensState::new(crate::text::glossary::MarkMode::default());
        provide_context(settings);
        provide_context(std::sync::Arc::new(LensData::new(doc, mentions, "al0".to_owned())));
        provide_context(state);
        part(state)
    });
    crate::test_support::without_markers(&html)
}

/// An executor for rendering once: what would run later never runs.
struct RenderOnce;

impl any_spawner::CustomExecutor for RenderOnce {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// JSON as the text of a script element: only `</script` and `<!--` could end or change it,
/// and JSON has `<` only inside strings, where `\u003c` means the same.
fn script_json(json: &str) -> String {
    json.replace('<', "\\u003c")
}

/// The content of an `<article-lens>` element for `doc` (`json`: its text as JSON): a
/// declarative shadow root with the stylesheet at `stylesheet` and the rendered article in the
/// mount element, then the document as `<script type="application/json">`, then its structured
/// data for search engines as `<script type="application/ld+json">` (schema.org, see
/// [`crate::model::structured_data`]). The widget's words in `ui_lang`, as for [`article_html`].
pub fn element_content(doc: Document, mentions: Mentions, json: &str, stylesheet: &str, ui_lang: Option<&str>) -> String {
    let json = script_json(json);
    let ld = script_json(&crate::model::structured_data::json_ld(&doc).to_string());
    let link = view! { <link rel="stylesheet" href=stylesheet.to_owned()/> }.to_html();
    format!(
        "<template shadowrootmode=\"open\">{link}<div class=\"al-mount\">{}</div></template><script type=\"application/json\">{json}</script><script type=\"application/ld+json\">{ld}</script>",
        article_html(doc, mentions, ui_lang)
    )
}

/// One article's page of a static site (`lens build`): the article rendered by the widget's
/// components inside `<article-lens src="content/ID.json">` (hydrated by the embed script), in a
/// page with its title, description and oEmbed discovery link, the shared assets beside it. The
/// widget's words in `ui_lang` (`lens build --lang`, then the element's `lang`), else in the
/// article's language.
pub fn article_page(doc: Document, mentions: Mentions, json: &str, ui_lang: Option<&str>) -> String {
    let id = doc.id.clone();
    let lang = doc.language.clone();
    let head = render_once({
        let (headline, dek) = (doc.article.headline.clone(), doc.article.dek.clone());
        let oembed = format!("{id}.oembed.json");
        move || {
            view! {
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light dark"/>
                <title>{headline.clone()}</title>
                {dek.map(|dek| view! { <meta name="description" content=dek/> })}
                <link rel="alternate" type="application/json+oembed" href=oembed title=headline/>
                <link rel="icon" href="icon.svg"/>
                <link rel="stylesheet" href="page.css"/>
                <link rel="modulepreload" href="article-lens-core.js"/>
                <script type="module" src="article-lens.js"></script>
            }
        }
    });
    let lang_attribute = ui_lang.map(str::to_owned);
    let open = render_once(move || view! { <article-lens src=format!("content/{id}.json") lang=lang_attribute></article-lens> });
    let (open, close) = open.split_at(open.rfind("</article-lens>").unwrap_or(open.len()));
    let lang = render_once(move || view! { <html lang=lang></html> });
    let html_open = lang.strip_suffix("</html>").unwrap_or(&lang);
    format!(
        "<!doctype html>\n{html_open}<head>{head}</head><body><main>{open}{}{close}</main></body></html>\n",
        element_content(doc, mentions, json, "article-lens.css", ui_lang)
    )
}

/// One article as `lens build`'s index lists it.
pub struct Listed {
    /// The document's id: its page is `ID.html`.
    pub id: String,
    pub kicker: Option<String>,
    pub headline: String,
    pub dek: Option<String>,
    /// When it was published, as the format writes it.
    pub published: Option<String>,
}

/// The static site's index page: every article, linked, with its kicker, dek and date.
pub fn index_page(title: &str, articles: Vec<Listed>) -> String {
    let title = title.to_owned();
    let body = render_once(move || {
        let items = articles
            .into_iter()
            .map(|a| {
                let date = a.published.as_deref().and_then(crate::model::date::Date::parse).map(|d| (d, a.published.clone().unwrap_or_default()));
                view! {
                    <li>
                        {a.kicker.map(|k| view! { <p class="site-kicker">{k}</p> })}
                        <h2><a href=format!("{}.html", a.id)>{a.headline}</a></h2>
                        {a.dek.map(|d| view! { <p>{d}</p> })}
                        {date.map(|(d, iso)| view! { <p><time datetime=iso>{d.long()}</time></p> })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light dark"/>
                <title>{title.clone()}</title>
                <link rel="icon" href="icon.svg"/>
                <link rel="stylesheet" href="page.css"/>
            </head>
            <body><main class="site-index"><h1>{title}</h1><ul>{items}</ul></main></body>
        }
    });
    // A page nothing hydrates: without Leptos's markers.
    format!("<!doctype html>\n<html lang=\"en\">{}</html>\n", body.replace("<!>", ""))
}

/// The iframe embed of article `id` (for its oEmbed `html`), at `base` (the site's address,
/// ending in `/`).
pub fn embed_iframe(base: &str, id: &str, title: &str) -> String {
    let src = format!("{base}embed.html?doc=content/{id}.json&id={id}");
    let title = title.to_owned();
    render_once(move || view! { <iframe src=src title=title width="100%" height="900"></iframe> })
}

/// A sitemap (sitemaps.org) of `urls`: absolute http(s) addresses, which `lens build` checks hold
/// no character XML would need escaped.
pub fn sitemap(urls: &[String]) -> String {
    let entries: String = urls.iter().map(|u| format!("<url><loc>{u}</loc></url>")).collect();
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">{entries}</urlset>\n")
}

/// `template` with the element content for `doc` in place of [`MARKER`]; `None` without one.
pub fn fill(template: &str, doc: Document, mentions: Mentions, json: &str, stylesheet: &str, ui_lang: Option<&str>) -> Option<String> {
    template.contains(MARKER).then(|| template.replacen(MARKER, &element_content(doc, mentions, json, stylesheet, ui_lang), 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{seed, text_of};

    #[test]
    fn the_element_holds_a_shadow_root_with_the_article_then_the_document() {
        let mut doc = seed();
        doc.article.blocks[0].text.push_str(" </script><!-- a");
        doc.article.headline.push_str(" </script><!-- h");
        let mentions = Mentions::find(&doc);
        let json = r#"{"x":"</script><!--"}"#;
        let html = element_content(doc.clone(), mentions, json, "a\"b.css", None);
        assert!(html.starts_with(r#"<template shadowrootmode="open"><link rel="stylesheet" href="a&quot;b.css"><div class="al-mount"><div lang="en" dir="ltr" class="al-root al-theme-auto">"#), "{}", &html[..200]);
        let (article, script) = html.split_once("</template>").expect("the template closes");
        let (script, ld) = script.split_once("</script>").expect("the document's script closes");
        assert_eq!(script, r#"<script type="application/json">{"x":"\u003c/script>\u003c!--"}"#);
        assert!(ld.starts_with(r#"<script type="application/ld+json">{"@context":"https://schema.org""#) && ld.ends_with("</script>"), "{ld}");
        assert!(!ld.contains("</script><!--") && ld.contains(r#"\u003c/script>\u003c!-- h"#), "the headline is escaped in the structured data too");
        // Every passage of the article, verbatim, as text of the rendered article.
        let text = text_of(article);
        assert_eq!(doc.passages().count(), 22);
        for passage in doc.passages() {
            assert!(text.contains(passage), "{passage}");
        }
        assert!(article.contains("&lt;/script&gt;&lt;!-- a"));
    }

    #[test]
    fn a_page_gets_the_element_content_at_its_marker() {
        let doc = seed();
        let mentions = Mentions::find(&doc);
        let page = format!("<article-lens src=\"a.json\">{MARKER}</article-lens>");
        let filled = fill(&page, doc.clone(), mentions.clone(), "{}", "x.css", None).expect("a marker");
        assert!(filled.starts_with("<article-lens src=\"a.json\"><template shadowrootmode=\"open\">") && filled.ends_with("</script></article-lens>"));
        assert!(fill("<p>no marker</p>", doc, mentions, "{}", "x.css", None).is_none());
    }
}
