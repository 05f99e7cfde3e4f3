//! On paper there is no hover: marked terms carry superscript numbers and the article ends with
//! the glossary as numbered endnotes. Shown only by the print stylesheet.

use leptos::prelude::*;

use super::lens_state::lens_context;

/// The glossary as numbered endnotes, in alphabetical order (the numbers the terms carry): each
/// entry's term, kind and definition.
#[component]
pub fn Endnotes() -> impl IntoView {
    let (_, data) = lens_context();
    let locale = super::settings::use_locale();
    let (lang, dir) = data.doc_text(locale);
    let notes = data
        .alphabetical
        .iter()
        .filter_map(|&i| data.doc.glossary.get(i))
        .map(|e| {
            let (before, after) = crate::locale::around(locale.ui.endnote, "definition");
            let before = locale.fill(before, &[("kind", locale.entry_kind(e.kind))]);
            view! {
                <li>
                    <strong lang=lang.clone() dir=dir>{e.term.clone()}</strong>
                    {before}
                    <span lang=lang.clone() dir=dir>{e.definition.clone()}</span>
                    {after}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="al-endnotes">
            <h2>{locale.ui.glossary_heading}</h2>
            <ol>{notes}</ol>
        </section>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use leptos::prelude::*;

    use super::Endnotes;
    use crate::test_support::{seed, text_of};
    use crate::view::static_page::render_part;

    #[test]
    fn endnotes_number_every_entry_in_alphabetical_order() {
        let doc = seed();
        let html = render_part(&doc, |_| view! { <Endnotes/> });
        assert_eq!(html.matches("<li>").count(), doc.glossary.len());
        let text = text_of(&html);
        let at: Vec<usize> = crate::text::glossary::alphabetical(&doc.glossary)
            .into_iter()
            .map(|i| text.find(&format!("{} ({}). {}", doc.glossary[i].term, crate::locale::EN.entry_kind(doc.glossary[i].kind), doc.glossary[i].definition)).expect("listed"))
            .collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]));
    }
}
