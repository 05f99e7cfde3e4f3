//! The article's head: its header (series, kicker, headline, dek, byline or authors, dates,
//! topics, the original's address, the editor's note) and its lead figure's caption, verbatim.

use leptos::either::Either;
use leptos::prelude::*;

use super::lens_state::lens_context;
use crate::model::date::Date;

/// The header: series, kicker, headline, dek, byline (or authors), dates, topics, the link to
/// the original and the editor's note, each only when the document has it.
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
    // The byline as published wins; otherwise the authors, by name.
    let byline = match &a.byline {
        Some(b) => Some(Either::Left(view! { <p class="al-byline">{b.clone()}</p> })),
        None => (!a.authors.is_empty()).then(|| Either::Right(view! { <Authors/> })),
    };
    view! {
        <header class="al-header">
            {a.series.clone().map(|s| view! { <p class="al-series">"Series: "{s}</p> })}
            {a.kicker.clone().map(|k| view! { <p class="al-kicker">{k}</p> })}
            <h1 class="al-headline">{a.headline.clone()}</h1>
            {a.dek.clone().map(|d| view! { <p class="al-dek">{d}</p> })}
            {byline}
            <Dates/>
            {topics}
            {a.source_url.clone().map(|url| {
                let host = url.trim_start_matches("https://").split(['/', '?', '#']).next().unwrap_or_default().to_owned();
                view! {
                    <p class="al-source">
                        <a class="al-link" href=url>{format!("The original, at {host}")}</a>
                    </p>
                }
            })}
            {a.note.clone().map(|n| view! { <p class="al-note"><strong>"Editor’s note:"</strong>" "{n}</p> })}
        </header>
    }
}

/// The authors by name, with what the article says each is: "By A (role) and B".
#[component]
fn Authors() -> impl IntoView {
    let (_, data) = lens_context();
    let authors = &data.doc.article.authors;
    let last = authors.len().saturating_sub(1);
    let names = authors
        .iter()
        .enumerate()
        .map(|(i, author)| {
            let before = match i {
                0 => "By ",
                i if i == last => " and ",
                _ => ", ",
            };
            view! {
                {before}
                <span class="al-author">{author.name.clone()}</span>
                {author.role.clone().map(|r| view! { <span class="al-role">{format!(" ({r})")}</span> })}
            }
        })
        .collect_view();
    view! { <p class="al-byline">{names}</p> }
}

/// When the article was published and updated, as dates a reader reads and machines too
/// (`<time datetime>`).
#[component]
fn Dates() -> impl IntoView {
    let (_, data) = lens_context();
    let a = &data.doc.article;
    let date = |iso: &Option<String>| {
        let iso = iso.clone()?;
        let long = Date::parse(&iso)?.long();
        Some(view! { <time datetime=iso>{long}</time> })
    };
    let (published, updated) = (date(&a.published), date(&a.updated));
    (published.is_some() || updated.is_some()).then(|| {
        view! {
            <p class="al-dates">
                {published.map(|p| view! { "Published "{p} })}
                {updated.map(|u| view! { <span class="al-updated">" · Updated "{u}</span> })}
            </p>
        }
    })
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
