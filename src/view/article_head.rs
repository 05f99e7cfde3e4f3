//! The article's head: its header (kicker, headline, dek, byline, topics) and its lead figure's
//! caption, verbatim.

use leptos::prelude::*;

use super::lens_state::lens_context;

/// The header: kicker, headline, dek, byline and topics, each only when the document has it.
#[component]
pub fn ArticleHeader() -> impl IntoView {
    let (_, data) = lens_context();
    let a = &data.doc.article;
    let topics = (!a.topics.is_empty()).then(|| {
        view! {
            <ul class="al-topics" aria-label="Topics">
                {a.topics.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}
            </ul>
        }
    });
    view! {
        <header class="al-header">
            {a.kicker.clone().map(|k| view! { <p class="al-kicker">{k}</p> })}
            <h1 class="al-headline">{a.headline.clone()}</h1>
            {a.dek.clone().map(|d| view! { <p class="al-dek">{d}</p> })}
            {a.byline.clone().map(|b| view! { <p class="al-byline">{b}</p> })}
            {topics}
        </header>
    }
}

/// The lead figure's caption and credit. The photo itself is not part of the document: the
/// figure says so, or the caption would read as if an image had failed to load.
#[component]
pub fn LeadFigure() -> impl IntoView {
    let (_, data) = lens_context();
    data.doc.article.figure.clone().map(|f| {
        view! {
            <figure class="al-figure">
                <figcaption>
                    <span class="al-figure-label">"The article’s photo, not shown here"</span>
                    <span class="al-caption">{f.caption}</span>
                    {f.credit.map(|c| view! { " " <span class="al-credit">{format!("Credit: {c}")}</span> })}
                </figcaption>
            </figure>
        }
    })
}
