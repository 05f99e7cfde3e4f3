//! The glossary index: every entry by kind, alphabetically, with its mention count and links
//! that jump to (and highlight) each mention; a filter box narrows the list.

use std::sync::Arc;

use leptos::ev;
use leptos::html;
use leptos::prelude::*;

use super::dom::{find_from_event, go_to};
use super::lens_state::{LensData, LensState};
use super::mounted::Mounted;
use crate::content::EntryKind;
use crate::glossary::filter_matches;

/// The index, folded by default so that it never stands between the reader and the article.
#[component]
pub fn GlossaryIndex() -> impl IntoView {
    let data = expect_context::<Arc<LensData>>();
    let (filter, set_filter) = signal(String::new());
    let filter_id = format!("{}-filter", data.id_prefix);
    let total = data.doc.glossary.len();

    // The entries are built when the reader first opens the index (about 500 elements that no
    // one sees while it is folded), not while the article loads.
    let parent = Owner::current();
    let entries = StoredValue::new_local(None::<Mounted>);
    let body = NodeRef::<html::Div>::new();
    let groups = {
        let data = data.clone();
        move || {
            EntryKind::ALL
                .into_iter()
                .filter_map(|kind| {
                    let members: Vec<usize> = data.alphabetical.iter().copied().filter(|&i| data.doc.glossary[i].kind == kind).collect();
                    if members.is_empty() {
                        return None;
                    }
                    let data = data.clone();
                    let heading_id = format!("{}-index-{}", data.id_prefix, kind.key());
                    let labelled_by = heading_id.clone();
                    let items = members.into_iter().map(|i| view! { <IndexEntry entry=i filter=filter/> }).collect_view();
                    Some(view! {
                        // A section whose entries the filter all hides is hidden by the stylesheet.
                        <section class="al-index-group" aria-labelledby=labelled_by>
                            <h3 id=heading_id>{kind.plural()}</h3>
                            <ul>{items}</ul>
                        </section>
                    })
                })
                .collect_view()
        }
    };

    let shown = {
        let data = data.clone();
        move || data.doc.glossary.iter().filter(|e| filter_matches(e, &filter.get())).count()
    };

    view! {
        <details
            class="al-index"
            on:toggle=move |_| {
                if let (true, Some(el)) = (entries.with_value(Option::is_none), body.get_untracked()) {
                    let view = || groups().into_any();
                    entries.set_value(Some(Mounted::new(parent.as_ref(), &el, view)));
                }
            }
        >
            <summary>{format!("Glossary: {total} terms")}</summary>
            <div class="al-index-body" node_ref=body>
                <label class="al-filter" for=filter_id.clone()>"Filter terms"</label>
                <input
                    id=filter_id
                    class="al-filter-input"
                    type="search"
                    autocomplete="off"
                    on:input=move |ev| set_filter.set(event_target_value(&ev))
                />
                <p class="al-index-count" role="status">{move || format!("{} of {total} terms", shown())}</p>
            </div>
        </details>
    }
}

/// One entry of the index: its term, how often it is mentioned, and a link to each mention.
#[component]
fn IndexEntry(entry: usize, filter: ReadSignal<String>) -> impl IntoView {
    let state = expect_context::<LensState>();
    let data = expect_context::<Arc<LensData>>();
    let e = &data.doc.glossary[entry];
    let visible = {
        let e = e.clone();
        move || filter_matches(&e, &filter.get())
    };
    let mentions = data.mentions_of(entry);
    let count = mentions.len();
    let links = mentions
        .iter()
        .enumerate()
        .map(|(n, m)| {
            let id = data.mention_id(*m);
            let href = format!("#{id}");
            let paragraph = m.block + 1;
            view! {
                <li>
                    <a
                        class="al-link"
                        href=href
                        aria-label=format!("Mention {} of {count}, block {paragraph}", n + 1)
                        on:click=move |ev: ev::MouseEvent| {
                            ev.prevent_default();
                            if let Some(target) = find_from_event(&ev, &id) {
                                state.close();
                                state.highlighted.set(vec![entry]);
                                go_to(&target, true);
                            }
                        }
                    >
                        {format!("¶{paragraph}")}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <li class="al-index-entry" class:is-hidden=move || !visible()>
            <span class="al-index-term">{e.term.clone()}</span>
            <span class="al-index-mentions">{format!(" · {count} mention{}", if count == 1 { "" } else { "s" })}</span>
            <ul class="al-index-links" aria-label=format!("Mentions of {}", e.term)>{links}</ul>
        </li>
    }
}
