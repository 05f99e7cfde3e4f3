//! The article's head: its header (series, kicker, headline, dek, byline or authors, dates,
//! topics, the original's address, the editor's note) and its lead figure's caption, verbatim.

use leptos::either::Either;
use leptos::prelude::*;

use super::lens_state::lens_context;
use super::settings::use_locale;
use crate::locale::around;
use crate::model::date::Date;

/// The header: series, kicker, headline, dek, byline (or authors), dates, topics, the link to
/// the original and the editor's note, each only when the document has it.
#[component]
pub fn ArticleHeader() -> impl IntoView {
    let (_, data) = lens_context();
    let locale = use_locale();
    let ui = &locale.ui;
    let a = &data.doc.article;
    let topics = (!a.topics.is_empty()).then(|| {
        view! {
            <ul class="al-topics" aria-label=ui.topics>
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
            {a.series.as_deref().map(|s| view! { <p class="al-series">{locale.fill(ui.series, &[("series", s)])}</p> })}
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
                        <a class="al-link" href=url>{locale.fill(ui.original_at, &[("host", &host)])}</a>
                    </p>
                }
            })}
            {a.note.clone().map(|n| view! { <p class="al-note"><strong>{ui.editors_note}</strong>" "{n}</p> })}
        </header>
    }
}

/// The authors by name, with what the article says each is: "By A (role) and B".
#[component]
fn Authors() -> impl IntoView {
    let (_, data) = lens_context();
    let locale = use_locale();
    let ui = &locale.ui;
    let authors = &data.doc.article.authors;
    let last = authors.len().saturating_sub(1);
    let names = authors
        .iter()
        .enumerate()
        .map(|(i, author)| {
            let before = match i {
                0 => ui.by,
                i if i == last => ui.author_last_separator,
                _ => ui.author_separator,
            };
            view! {
                {before}
                <span class="al-author">{author.name.clone()}</span>
                {author.role.as_deref().map(|r| view! { <span class="al-role">{locale.fill(ui.author_role, &[("role", r)])}</span> })}
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
    let locale = use_locale();
    let a = &data.doc.article;
    // The wording around the date, with the date in its `<time>` element where the wording puts it.
    let date = |iso: &Option<String>, wording: &'static str| {
        let iso = iso.clone()?;
        let long = locale.date(Date::parse(&iso)?);
        let (before, after) = around(wording, "date");
        Some(view! { {before}<time datetime=iso>{long}</time>{after} })
    };
    let (published, updated) = (date(&a.published, locale.ui.published), date(&a.updated, locale.ui.updated));
    (published.is_some() || updated.is_some()).then(|| {
        view! {
            <p class="al-dates">
                {published}
                {updated.map(|u| view! { <span class="al-updated">{u}</span> })}
            </p>
        }
    })
}

/// The lead figure's caption and credit. The photo itself is not part of the document: the
/// figure says so, or the caption would read as if an image had failed to load.
#[component]
pub fn LeadFigure() -> impl IntoView {
    let (_, data) = lens_context();
    let locale = use_locale();
    let ui = &locale.ui;
    data.doc.article.figure.clone().map(|f| {
        view! {
            <figure class="al-figure">
                <figcaption>
                    <span class="al-figure-label">{ui.figure_label}</span>
                    <span class="al-caption">{f.caption}</span>
                    {f.credit.map(|c| view! { " " <span class="al-credit">{locale.fill(ui.credit, &[("credit", &c)])}</span> })}
                </figcaption>
            </figure>
        }
    })
}
