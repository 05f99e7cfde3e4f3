//! Every string the widget writes comes from its locale: the whole widget rendered in Japanese,
//! with the document's own text taken away, has no English word left.

use leptos::prelude::*;

use super::article_lens::ArticleLens;
use super::card::Card;
use super::endnotes::Endnotes;
use super::error_notice::ErrorNotice;
use super::glossary_index::{GlossaryIndex, IndexGroup};
use super::lens_state::MentionId;
use super::map_panels::EvidencePanel;
use super::settings::Settings;
use super::stance_maps::StanceMaps;
use super::static_page::{render_once, render_part_in};
use crate::locale::{Locale, JA};
use crate::model::content::{Document, EntryKind};
use crate::model::load_error::LoadError;
use crate::model::problem::Problem;
use crate::test_support::{seed, text_of};
use crate::text::glossary::Mentions;

/// What a reader or a screen reader gets of `html`: its text and its accessible names and labels.
fn readable(html: &str) -> String {
    let mut out = text_of(html);
    for attribute in ["aria-label=\"", "data-label=\"", "title=\""] {
        for piece in html.split(attribute).skip(1) {
            out.push('\n');
            out.push_str(&text_of(piece.split('"').next().unwrap_or_default()));
        }
    }
    out
}

/// Every string of `doc` (its text, names, quotes, questions, and the questions without their
/// question mark, as sentences quote them), longest first; not ids and codes (shorter than four
/// characters, unless a capitalised three like "LDP"), which would cut words of the widget's own.
fn document_strings(doc: &Document) -> Vec<String> {
    fn walk(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::String(s) => {
                out.push(s.clone());
                out.push(s.trim_end_matches('?').to_owned());
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            serde_json::Value::Object(map) => map.values().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&serde_json::to_value(doc).expect("a document is JSON"), &mut out);
    out.retain(|s| s.chars().count() >= 4 || (s.chars().count() == 3 && s.chars().any(|c| !c.is_ascii_lowercase())));
    out.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    out
}

/// The whole widget for the seed in `locale`, as readable text: the rendered article, every
/// card, the maps as chart and as table with every player's evidence, the glossary index
/// opened, the endnotes, and each kind of error notice. Then the same without the document's
/// strings: the widget's own words.
fn everything_in(locale: &'static Locale) -> (String, String) {
    let doc = seed();
    let settings = Settings { locale, ..Settings::default() };
    let mut html = String::new();
    let (d, mentions) = (doc.clone(), Mentions::find(&doc));
    html += &render_once(move || view! { <ArticleLens loaded=Ok((d, mentions)) name=String::new() settings=settings instance=0 from_server=true/> });
    for entry in 0..doc.glossary.len() {
        html += &render_part_in(&doc, settings, move |_| view! { <Card mention=MentionId { block: 1, index: 0 } entry=entry/> });
    }
    for table_view in [false, true] {
        let settings = Settings { table_view, ..settings };
        for map in 0..doc.maps.len() {
            html += &render_part_in(&doc, settings, move |state| {
                state.content_width.set(640);
                state.map.set(map);
                view! { <StanceMaps/> }
            });
        }
    }
    for player in 0..doc.players.len() {
        for map in 0..doc.maps.len() {
            html += &render_part_in(&doc, settings, move |state| {
                state.map.set(map);
                state.selected_player.set(Some(player));
                view! { <EvidencePanel/> }
            });
        }
    }
    html += &render_part_in(&doc, settings, |_| {
        let filter = RwSignal::new(String::new());
        view! {
            <GlossaryIndex/>
            {EntryKind::ALL.into_iter().map(|kind| view! { <IndexGroup kind=kind filter=filter/> }).collect_view()}
            <Endnotes/>
        }
    });
    let errors = [
        LoadError::Invalid(vec![Problem::at("article.headline", "must not be empty")]),
        LoadError::NotJson("1:2".to_owned()),
        LoadError::Network("0".to_owned()),
        LoadError::NoSource,
    ];
    for error in errors {
        html += &render_once(move || {
            provide_context(settings);
            view! { <ErrorNotice src="content/x.json".to_owned() error=error/> }
        });
    }
    // The problems list names places in the document in English, for the site's editors.
    let problems = html.split("class=\"al-error-list\"").enumerate().map(|(i, part)| match part.split_once("</ul>") {
        Some((_, after)) if i > 0 => after,
        _ => part,
    });
    let html: String = problems.collect();
    let all = readable(&html);
    let mut own = all.clone();
    for s in document_strings(&doc) {
        own = own.replace(&s, "");
    }
    (all, own)
}

#[test]
fn the_japanese_widget_has_no_english_words_of_its_own() {
    let (_, text) = everything_in(&JA);
    // File formats, and the address the notices name, are the same in every language.
    let allowed = ["CSV", "JSON", "Esc", "content", "json", "src"];
    let english: Vec<&str> = text
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2 && !allowed.contains(w))
        .collect();
    assert!(english.is_empty(), "English left in the Japanese widget: {english:?}");
    for words in ["用語集", "スタンスマップへ移動", "背景知識", "この記事では", "凡例", "2024年10月"] {
        assert!(text.contains(words), "{words}");
    }
}

#[test]
fn the_english_widget_says_the_same_in_english() {
    let (text, own) = everything_in(&crate::locale::EN);
    for words in ["Skip to the glossary", "Background, as of 15 October 2024", "In this article", "Legend", "Who stands where"] {
        assert!(text.contains(words), "{words}");
    }
    assert!(!own.chars().any(|c| ('\u{3040}'..='\u{30FF}').contains(&c)), "no Japanese in the English widget");
}

#[test]
fn the_root_says_the_widgets_language_and_direction_and_the_article_keeps_its_own() {
    let doc = seed();
    let settings = Settings { locale: &crate::locale::AR_XB, ..Settings::default() };
    let mentions = Mentions::find(&doc);
    let html = render_once(move || view! { <ArticleLens loaded=Ok((doc, mentions)) name=String::new() settings=settings instance=0 from_server=true/> });
    assert!(html.contains("<div lang=\"ar-XB\" dir=\"rtl\" class=\"al-root"), "{}", &html[..200]);
    assert!(html.contains("<article lang=\"en\" dir=\"ltr\" class=\"al-article\""), "the English article runs left to right");
    assert!(html.contains("انتقل إلى المسرد"));
    // A card is the widget's, inside the English article: its words in the reader's language,
    // the entry's text marked English (WCAG 3.1.2, language of parts).
    let doc = seed();
    let card = render_part_in(&doc, settings, |_| view! { <Card mention=MentionId { block: 1, index: 0 } entry=0/> });
    assert!(card.contains("role=\"dialog\"") && card.contains("lang=\"ar-XB\" dir=\"rtl\""), "{card}");
    assert!(card.contains(&format!("lang=\"en\" dir=\"ltr\" class=\"al-card-title\">{}</span>", doc.glossary[0].term)), "{card}");
    // In English among English, no marking at all.
    let plain = render_part_in(&doc, Settings::default(), |_| view! { <Card mention=MentionId { block: 1, index: 0 } entry=0/> });
    assert!(!plain.contains("lang="), "{plain}");
}
