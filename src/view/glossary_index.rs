//! The glossary index: every entry by kind, alphabetically, with its mention count and links
//! that jump to (and highlight) each mention; a filter box narrows the list.

use leptos::prelude::*;

use super::lens_state::lens_context;
use super::passage_link::show_mention;
use super::settings::use_locale;
use crate::model::content::EntryKind;
use crate::text::glossary::filter_matches;

/// The index, folded by default so that it never stands between the reader and the article.
/// The entries are built when the reader first opens it (about 500 elements that no one sees
/// while it is folded); once there, they stay.
#[component]
pub fn GlossaryIndex() -> impl IntoView {
    let (_, data) = lens_context();
    let locale = use_locale();
    let ui = &locale.ui;
    let total = data.doc.glossary.len();
    let filter_id = format!("{}-filter", data.id_prefix);
    let filter = RwSignal::new(String::new());
    let opened = RwSignal::new(false);
    let status = {
        let data = data.clone();
        move || {
            let count = filter.with(|f| data.doc.glossary.iter().filter(|e| filter_matches(e, f)).count());
            locale.fill(ui.filter_status, &[("count", &locale.number(count)), ("total", &locale.number(total))])
        }
    };
    let groups = move || {
        opened.get().then(|| {
            EntryKind::ALL.into_iter().map(|kind| view! { <IndexGroup kind=kind filter=filter/> }).collect_view()
        })
    };
    view! {
        <details class="al-index" on:toggle=move |_| opened.set(true)>
            <summary id=data.index_title_id()>{locale.count(ui.index_summary_one, ui.index_summary_other, total, &[])}</summary>
            <div class="al-index-body">
                <label class="al-filter" for=filter_id.clone()>{ui.filter_label}</label>
                <input
                    id=filter_id
                    class="al-filter-input"
                    type="search"
                    autocomplete="off"
                    on:input=move |ev| {
                        opened.set(true);
                        filter.set(event_target_value(&ev));
                    }
                />
                <p class="al-index-count" role="status">{status}</p>
                {groups}
            </div>
        </details>
    }
}

/// The entries of one kind, alphabetically; those the filter does not select are hidden (and a
/// section whose entries are all hidden is hidden by the stylesheet).
#[component]
pub(super) fn IndexGroup(
    /// The kind of entry listed.
    kind: EntryKind,
    /// The reader's filter.
    filter: RwSignal<String>,
) -> impl IntoView {
    let (state, data) = lens_context();
    let locale = use_locale();
    let ui = &locale.ui;
    let (lang, dir) = data.doc_text(locale);
    let members: Vec<usize> = data.alphabetical.iter().copied().filter(|&i| data.doc.glossary[i].kind == kind).collect();
    if members.is_empty() {
        return None;
    }
    let heading = format!("{}-index-{}", data.id_prefix, kind.key());
    let labelled_by = heading.clone();
    let entries = members
        .into_iter()
        .map(|i| {
            let entry = data.doc.glossary[i].clone();
            let found = data.mentions.of(i);
            let count = found.len();
            let links = found
                .iter()
                .enumerate()
                .map(|(n, &(block, index))| {
                    // Two mentions in one paragraph are told apart by a letter: ¶16a, ¶16b. The
                    // link's name begins with what it shows (WCAG 2.5.3, label in name).
                    let paragraph = locale.number(block + 1);
                    let in_block = found.iter().filter(|(b, _)| *b == block).count();
                    let before = found[..n].iter().filter(|(b, _)| *b == block).count();
                    let letter = if in_block > 1 { char::from(b'a' + (before % 26) as u8).to_string() } else { String::new() };
                    let id = data.mention_id(super::lens_state::MentionId { block, index });
                    view! {
                        <li>
                            <a
                                class="al-link"
                                href=format!("#{id}")
                                aria-label=locale.fill(
                                    ui.paragraph_name,
                                    &[("paragraph", &format!("{paragraph}{letter}")), ("n", &locale.number(n + 1)), ("count", &locale.number(count))],
                                )
                                on:click=move |ev| {
                                    ev.prevent_default();
                                    show_mention(&ev, state, i, &id);
                                }
                            >
                                {locale.fill(ui.paragraph_short, &[("paragraph", &format!("{paragraph}{letter}"))])}
                            </a>
                        </li>
                    }
                })
                .collect_view();
            let term = entry.term.clone();
            let label = locale.fill(ui.mentions_of, &[("term", &term)]);
            // Mentioned only in the headline or dek (never marked there): no card to open from a
            // paragraph, so its definition is here.
            let head_only = (count == 0 && data.mentions.in_head(i)).then(|| {
                view! {
                    <details class="al-index-definition">
                        <summary>{ui.definition}</summary>
                        <p lang=lang.clone() dir=dir>{entry.definition.clone()}</p>
                    </details>
                }
            });
            let tally = if head_only.is_some() {
                (if data.mentions.in_headline.contains(&i) { ui.only_in_headline } else { ui.only_in_dek }).to_owned()
            } else {
                locale.count(ui.mention_count_one, ui.mention_count_other, count, &[])
            };
            let hidden = move || filter.with(|f| !filter_matches(&entry, f));
            view! {
                <li class="al-index-entry" class:is-hidden=hidden>
                    <span class="al-index-term" lang=lang.clone() dir=dir>{term}</span>
                    <span class="al-index-mentions">{tally}</span>
                    {(count > 0).then(|| view! { <ul class="al-index-links" aria-label=label>{links}</ul> })}
                    {head_only}
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <section class="al-index-group" aria-labelledby=labelled_by>
            <h3 id=heading>{locale.entry_kinds(kind)}</h3>
            <ul>{entries}</ul>
        </section>
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use leptos::prelude::*;

    use super::IndexGroup;
    use crate::model::content::EntryKind;
    use crate::test_support::{seed, text_of};
    use crate::text::glossary::Mentions;
    use crate::view::static_page::render_part;

    #[test]
    fn every_entry_once_under_its_kind_with_a_distinct_link_per_mention() {
        let doc = seed();
        let mentions = Mentions::find(&doc);
        let mut links = 0;
        let mut entries = 0;
        for kind in EntryKind::ALL {
            let html = render_part(&doc, move |_| view! { <IndexGroup kind=kind filter=RwSignal::new(String::new())/> });
            let members: Vec<usize> = (0..doc.glossary.len()).filter(|&i| doc.glossary[i].kind == kind).collect();
            if members.is_empty() {
                assert!(!html.contains("<section"), "{kind:?}");
                continue;
            }
            assert!(html.contains(&format!("<h3 id=\"al0-index-{}\">{}</h3>", kind.key(), crate::locale::EN.entry_kinds(kind))));
            entries += html.matches("class=\"al-index-entry\"").count();
            links += html.matches("href=\"#al0-m").count();
            for i in members {
                let term = text_of(&format!("<x>{}</x>", doc.glossary[i].term));
                assert!(text_of(&html).contains(&term));
                for (block, index) in mentions.of(i) {
                    assert!(html.contains(&format!("href=\"#al0-m{block}-{index}\"")), "{term}");
                }
            }
            // Alphabetical within a kind.
            let positions: Vec<usize> = crate::text::glossary::alphabetical(&doc.glossary)
                .into_iter()
                .filter(|&i| doc.glossary[i].kind == kind)
                .map(|i| html.find(&format!("aria-label=\"Mentions of {}\"", doc.glossary[i].term)).expect("listed"))
                .collect();
            assert!(positions.windows(2).all(|w| w[0] < w[1]), "{kind:?}");
            if kind == doc.glossary.iter().find(|e| e.id == "ldp").map(|e| e.kind).expect("the LDP") {
                // Two mentions of the LDP in paragraph 16 are ¶16a and ¶16b.
                assert!(html.contains(">¶16a</a>") && html.contains(">¶16b</a>"));
            }
        }
        assert_eq!(entries, doc.glossary.len());
        assert_eq!(links, mentions.per_block.iter().map(Vec::len).sum::<usize>());
    }

    #[test]
    fn the_filter_hides_the_entries_it_does_not_select() {
        let doc = seed();
        let kind = doc.glossary[0].kind;
        let html = render_part(&doc, move |_| view! { <IndexGroup kind=kind filter=RwSignal::new("zzzz-nothing".to_owned())/> });
        assert_eq!(html.matches("class=\"al-index-entry is-hidden\"").count(), html.matches("class=\"al-index-entry").count());
    }
}
