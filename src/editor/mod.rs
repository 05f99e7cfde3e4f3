//! The editor (`editor/index.html`, a wasm of its own that readers' pages never load): a
//! document's JSON beside the widget rendering it live, the problems `lens check` finds (each
//! taking the cursor to its field), the article's words made glossary entries, aliases, players
//! and evidence quotes by selecting them (so a quote is verbatim by construction), a player's
//! point dragged on the map, the site's shared libraries used or dropped and their entries
//! edited ([`libraries`]), undo and redo, the work kept in the browser's storage, and the
//! document (and any library changed) downloaded as files. The edits are
//! [`crate::model::work`]'s, the rules the validator's, the preview the widget's own components.

mod drag;
mod libraries;

use std::sync::Arc;
use std::time::Duration;

use leptos::either::Either;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::map::stance_map::data_url;
use crate::model::content::{Basis, Document, EntryKind, PlayerKind};
use crate::model::edit::Edit;
use crate::model::work::{ChangedLibrary, History, Work};
use crate::model::import::{from_markdown, from_plain_text};
use crate::model::load_error::LoadError;
use crate::model::locate::{locate, offset_of};
use crate::model::problem::Problem;
use crate::text::glossary::Mentions;
use crate::text::mention_report::MentionReport;
use crate::view::article_lens::ArticleLens;
use crate::view::dom::store;
use crate::view::settings::Settings;
use crate::web::read::{check_with, decode_text};

/// Where the editor keeps the document's text between visits (this browser, this site).
pub const STORAGE_KEY: &str = "article-lens-editor:document";

/// How long the text rests before it is read again: a key held down, or keys typed faster
/// than this, are read once. The preview then follows after reading and checking the document
/// (about 7 ms for the seed article) and rendering the widget again (about 15 ms), then the
/// browser's layout and paint: `bench/run.mjs` measures the whole, from a key pressed in the
/// field to the preview painted, against the 100 ms aimed at.
const SETTLE: Duration = Duration::from_millis(25);

/// How long the text rests before the mentions panel is made again (see `report` in [`Editor`]).
const REPORT_AFTER: Duration = Duration::from_millis(250);

/// The editor in `target`, starting from `text` (a document's JSON), with the glossary
/// `libraries` it names fetched (an array of `{ src, text }` or why not, as the embed script
/// gives them, see [`crate::web::read::check`]). It stays for the page's life.
pub fn mount(target: web_sys::HtmlElement, text: String, libraries: JsValue) {
    let known: Vec<(String, JsValue)> = js_sys::Array::from(&libraries)
        .iter()
        .filter_map(|answer| Some((js_sys::Reflect::get(&answer, &JsValue::from_str("src")).ok()?.as_string()?, answer)))
        .collect();
    let known = send_wrapper::SendWrapper::new(known);
    leptos::mount::mount_to(target, move || view! { <Editor text=text libraries=known/> }).forget();
}

/// A document (or a library) as pretty JSON (two spaces), fields in the format's order.
fn pretty<T: serde::Serialize>(value: &T) -> String {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value.serialize(&serializer)
        .ok()
        .and_then(|value| js_sys::JSON::stringify_with_replacer_and_space(&value, &JsValue::NULL, &JsValue::from(2)).ok())
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

/// The text read: the document it holds (if its structure is one), and its problems or the
/// checked document with its mentions.
#[derive(Clone)]
struct Reading {
    doc: Option<Document>,
    result: Result<Arc<(Document, Mentions)>, LoadError>,
}

/// Reads `text`, with the libraries the editor has (`known`, and those it `changed`).
fn read(text: &str, known: &[(String, JsValue)], changed: &[ChangedLibrary]) -> Reading {
    match decode_text(text) {
        Err(error) => Reading { doc: None, result: Err(error) },
        Ok(doc) => {
            let libraries = libraries::answers(&doc.libraries, known);
            let changed = |name: &str| changed.iter().find(|c| c.path == name).map(|c| (*c.library).clone());
            Reading { doc: Some(doc.clone()), result: check_with(doc, &libraries, changed).map(Arc::new) }
        }
    }
}

/// Puts `text` in the download link `ev` is following, as a data URL: made as the link is
/// followed (encoding the whole document at every key slowed typing by 6 ms).
fn fill_download(ev: &leptos::ev::MouseEvent, text: &str) {
    if let Some(link) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
        let _ = link.set_attribute("href", &data_url("application/json", text));
    }
}

/// A byte offset of `text` as the UTF-16 index a text field's selection takes.
fn utf16(text: &str, byte: usize) -> u32 {
    let byte = (0..=byte.min(text.len())).rev().find(|&b| text.is_char_boundary(b)).unwrap_or(0);
    u32::try_from(text[..byte].encode_utf16().count()).unwrap_or(u32::MAX)
}

/// The editor: its tools, the document's JSON and problems, and the live preview.
#[component]
fn Editor(
    /// The document's JSON text to start from.
    text: String,
    /// The glossary libraries the editor has, by path (fetched) or file name (opened).
    libraries: send_wrapper::SendWrapper<Vec<(String, JsValue)>>,
) -> impl IntoView {
    let libraries = StoredValue::new_local(libraries.take());
    // The libraries to choose from: the site's, those the document names, and those opened.
    let offered = RwSignal::new(libraries.with_value(|known| libraries::offer(known)));
    // The libraries changed on an earlier visit, read in place of the site's.
    let kept = StoredValue::new(libraries::kept());
    let first = libraries.with_value(|known| kept.with_value(|kept| read(&text, known, kept)));
    // A document is shown pretty, one field a line; text that is not one yet stays as it was.
    let text = first.doc.as_ref().map(pretty).unwrap_or(text);
    // The libraries changed (by their paths), each with a download link.
    let changed_paths = RwSignal::new(kept.with_value(|kept| kept.iter().map(|c| c.path.clone()).collect::<Vec<_>>()));
    let history = StoredValue::new(first.doc.clone().map(|d| History::new(Work::new(d, kept.get_value()), 200)));
    // The libraries as changed now (before there is a document, as kept).
    let changed_now = move || history.with_value(|h| h.as_ref().map(|h| h.present().changed.clone())).unwrap_or_else(|| kept.get_value());
    // What the field holds (as typed), what the editor last wrote into it (an edit, undo,
    // import: typing does not write the field again, which would lay its text out anew), and
    // what was last read from it.
    let draft = RwSignal::new(text.clone());
    let written = RwSignal::new(text);
    let write = move |text: String| {
        written.set(text.clone());
        draft.set(text);
    };
    let reading = RwSignal::new(first.clone());
    // The last document that passed every rule: what the preview shows while the text has problems.
    let shown = RwSignal::new(first.result.clone().ok());
    let selection = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let (can_undo, can_redo) = (RwSignal::new(false), RwSignal::new(false));
    let field = NodeRef::<html::Textarea>::new();
    let preview = NodeRef::<html::Div>::new();

    // The mentions report (`lens mentions`) for the document being edited, with the library
    // entries it had when it last passed the rules (a library is resolved only for a document
    // that passes them). It is made once the preview is painted, after a longer rest than the
    // preview's: it reads the whole article for near misses and names, and a side panel can wait.
    let report = RwSignal::new(None::<MentionReport>);
    let report_pending = StoredValue::new(None::<leptos::leptos_dom::helpers::TimeoutHandle>);
    // The entries of the libraries the document uses (id, term and file name, definition), for
    // the alias and definition tools, made with the report.
    let shared = RwSignal::new(Vec::<(String, String, String)>::new());
    let refresh_report = move || {
        let Some(mut doc) = reading.with_untracked(|r| r.doc.clone()) else { return report.set(None) };
        let entries = libraries.with_value(|known| libraries::shared_entries(&doc, known, &changed_now()));
        shared.set(entries.into_iter().map(|(e, file)| (e.id, format!("{} ({file})", e.term), e.definition)).collect());
        if let Some(valid) = shown.get_untracked() {
            let joined: Vec<_> = valid.0.glossary.iter().filter(|e| !doc.glossary.iter().any(|own| own.id == e.id)).cloned().collect();
            doc.glossary.extend(joined);
        }
        report.set(Some(crate::text::mention_report::report(&doc)));
    };
    let schedule_report = move || {
        if let Some(handle) = report_pending.get_value() {
            handle.clear();
        }
        report_pending.set_value(set_timeout_with_handle(refresh_report, REPORT_AFTER).ok());
    };
    schedule_report();

    // Reads the field's text: the preview, the problems, the history and the storage follow.
    let settle = {
        move |from_history: bool| {
            let text = draft.get_untracked();
            let changed = changed_now();
            let now = libraries.with_value(|known| read(&text, known, &changed));
            if let (Some(doc), false) = (&now.doc, from_history) {
                history.update_value(|h| match h {
                    Some(h) => h.replace_doc(doc.clone()),
                    None => *h = Some(History::new(Work::new(doc.clone(), kept.get_value()), 200)),
                });
            }
            if let Ok(checked) = &now.result {
                shown.set(Some(checked.clone()));
            }
            history.with_value(|h| {
                let (undo, redo) = h.as_ref().map(History::can).unwrap_or_default();
                can_undo.set(undo);
                can_redo.set(redo);
            });
            reading.set(now);
            store(STORAGE_KEY, &text);
            libraries::keep(&changed);
            let paths: Vec<String> = changed.iter().map(|c| c.path.clone()).collect();
            if changed_paths.with_untracked(|p| *p != paths) {
                changed_paths.set(paths);
            }
            schedule_report();
        }
    };
    // Typing: read once the text has rested.
    let pending = StoredValue::new(None::<leptos::leptos_dom::helpers::TimeoutHandle>);
    let on_input = {
        move |ev: leptos::ev::Event| {
            draft.set(event_target_value(&ev));
            if let Some(handle) = pending.get_value() {
                handle.clear();
            }
            pending.set_value(set_timeout_with_handle(move || settle(false), SETTLE).ok());
        }
    };
    // An edit of the document: made, written into the field, read.
    let apply = {
        move |edit: Edit, done: &'static str| {
            let result = history.try_update_value(|h| {
                let h = h.as_mut()?;
                let used = libraries.with_value(|known| libraries::used(&h.present().doc, known));
                Some(h.apply(&edit, &used).map(|id| (id, pretty(&h.present().doc))))
            });
            match result.flatten() {
                Some(Ok((id, text))) => {
                    write(text);
                    settle(true);
                    status.set(format!("{done} `{id}`. The problems list says what it still needs."));
                }
                Some(Err(error)) => status.set(format!("Not done: {error}.")),
                None => status.set("Not done: the text is not a document yet (see the problems).".to_owned()),
            }
        }
    };
    let step = {
        move |forward: bool| {
            let text = history.try_update_value(|h| {
                let h = h.as_mut()?;
                let moved = if forward { h.redo() } else { h.undo() };
                moved.then(|| pretty(&h.present().doc))
            });
            if let Some(text) = text.flatten() {
                write(text);
                settle(true);
                status.set((if forward { "Redone." } else { "Undone." }).to_owned());
            }
        }
    };

    // The words selected in the preview (or typed in the words field).
    let listener = {
        let closure = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
            let Some(sel) = web_sys::window().and_then(|w| w.get_selection().ok().flatten()) else { return };
            let inside = sel.anchor_node().zip(preview.get_untracked()).is_some_and(|(node, p)| p.contains(Some(&node)));
            if inside {
                let text: String = sel.to_string().into();
                if !text.trim().is_empty() {
                    selection.set(text.trim().to_owned());
                }
            }
        });
        let listener = closure.as_ref().unchecked_ref::<js_sys::Function>().clone();
        closure.forget();
        listener
    };
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        let _ = document.add_event_listener_with_callback("selectionchange", &listener);
    }

    // A problem's place in the text, selected in the field, which takes focus.
    let go_to = move |problem: &Problem| {
        let text = draft.get_untracked();
        let range = match &problem.path {
            Some(path) => locate(&text, path).map(|(r, _)| r),
            None => syntax_place(&problem.message).and_then(|(line, column)| offset_of(&text, line, column)).map(|at| at..at),
        };
        if let (Some(range), Some(field)) = (range, field.get_untracked()) {
            let _ = field.focus();
            let _ = field.set_selection_range(utf16(&text, range.start), utf16(&text, range.end));
        }
    };

    let problems = move || {
        let problems: Vec<Problem> = match reading.get().result {
            Ok(_) => Vec::new(),
            Err(LoadError::Invalid(problems)) => problems,
            Err(other) => vec![Problem::whole(other.summary("the document"))],
        };
        let count = problems.len();
        let items = problems
            .into_iter()
            .map(|p| {
                let words = p.to_string();
                view! { <li><button type="button" class="ed-problem" on:click=move |_| go_to(&p)>{words}</button></li> }
            })
            .collect_view();
        view! {
            <p class="ed-count" role="status">
                {if count == 0 { "No problems: `lens check` would pass this document.".to_owned() } else { format!("{count} problem{} (select one to go to it):", if count == 1 { "" } else { "s" }) }}
            </p>
            <ul class="ed-problems">{items}</ul>
        }
    };

    // The preview: the widget's own components, for the last document that passed the rules.
    let instance = StoredValue::new(1000usize);
    let rendered = move || match shown.get() {
        Some(checked) => {
            let (doc, mentions) = (*checked).clone();
            instance.update_value(|n| *n += 1);
            let n = instance.get_value();
            Either::Left(view! { <ArticleLens loaded=Ok((doc, mentions)) name=String::new() settings=Settings::default() instance=n from_server=false/> })
        }
        None => Either::Right(view! { <p class="ed-empty">"The preview appears once the document passes the rules."</p> }),
    };
    let stale = move || reading.with(|r| r.result.is_err()) && shown.with(Option::is_some);

    // A point dragged on the preview's map: where it is let go, its player's places on the map's
    // two questions (those it has: a point on the strip moves on one) are set.
    let dragging = StoredValue::new_local(None::<drag::Drag>);
    let dropped_at = StoredValue::new((0.0, 0.0));
    let on_press = move |ev: leptos::ev::PointerEvent| {
        if let Some(taken) = drag::Drag::start(&ev) {
            dragging.set_value(Some(taken));
        }
    };
    let on_move = move |ev: leptos::ev::PointerEvent| {
        if let Some(values) = dragging.try_update_value(|d| d.as_mut().and_then(|d| d.follow(&ev))).flatten() {
            dropped_at.set_value(values);
        }
    };
    let on_release = move |ev: leptos::ev::PointerEvent| {
        let Some(taken) = dragging.try_update_value(|d| d.take_if(|d| d.is(&ev))).flatten().filter(|d| d.moved) else { return };
        let (across, up) = dropped_at.get_value();
        let edit = shown.with_untracked(|shown| {
            let doc = &shown.as_ref()?.0;
            let (player, map) = (doc.players.get(taken.player)?, doc.maps.get(taken.map)?);
            let has = |axis: &str| doc.stances.iter().any(|s| s.player == player.id && s.axis == axis);
            let to = [(map.x.clone(), across), (map.y.clone(), up)].into_iter().filter(|(axis, _)| has(axis)).collect();
            Some(Edit::MovePoint { player: player.id.clone(), to })
        });
        match edit {
            Some(edit) => apply(edit, "Moved"),
            None => taken.cancel(),
        }
    };
    let on_cancel = move |ev: leptos::ev::PointerEvent| {
        if let Some(taken) = dragging.try_update_value(|d| d.take_if(|d| d.is(&ev))).flatten() {
            taken.cancel();
        }
    };

    // The lists the tools offer, from the document being edited.
    let listed = move |list: fn(&Document) -> Vec<(String, String)>| reading.with(|r| r.doc.as_ref().map(list)).unwrap_or_default();
    // The document's own entries, then those of the libraries it uses.
    let entries = move || {
        let mut list = listed(|d| d.glossary.iter().map(|e| (e.id.clone(), e.term.clone())).collect());
        // An own entry with a library entry's id replaces it (as resolving does).
        let more: Vec<_> = shared.with(|shared| shared.iter().filter(|(id, ..)| !list.iter().any(|(own, _)| own == id)).map(|(id, label, _)| (id.clone(), label.clone())).collect());
        list.extend(more);
        list
    };
    let players = move || listed(|d| d.players.iter().map(|p| (p.id.clone(), p.name.clone())).collect());
    let axes = move || listed(|d| d.axes.iter().map(|a| (a.id.clone(), a.question.clone())).collect());
    let options = |list: Vec<(String, String)>| list.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view();

    let (entry_kind, alias_of, player_kind, quote_player, quote_axis) =
        (RwSignal::new(0usize), RwSignal::new(String::new()), RwSignal::new(0usize), RwSignal::new(String::new()), RwSignal::new(String::new()));
    let (stance_value, stance_basis) = (RwSignal::new(String::from("0")), RwSignal::new(0usize));
    let first_or = |chosen: RwSignal<String>, list: Vec<(String, String)>| {
        let id = chosen.get_untracked();
        if list.iter().any(|(i, _)| *i == id) { id } else { list.first().map(|(i, _)| i.clone()).unwrap_or_default() }
    };
    let add_entry = {
        move |_| apply(Edit::AddEntry { selection: selection.get_untracked(), kind: pick(&EntryKind::ALL, entry_kind) }, "Added the glossary entry")
    };
    let add_alias = {
        move |_| apply(Edit::AddAlias { entry: first_or(alias_of, entries()), selection: selection.get_untracked() }, "Added a form to")
    };
    // A definition: the chosen entry's as it is, until the editor writes another.
    let (define_of, written_definition) = (RwSignal::new(String::new()), RwSignal::new(None::<String>));
    let definition_now = move || {
        let id = first_or(define_of, entries());
        let own = reading.with(|r| r.doc.as_ref().and_then(|d| d.glossary.iter().find(|e| e.id == id).map(|e| e.definition.clone())));
        own.or_else(|| shared.with(|s| s.iter().find(|(i, ..)| *i == id).map(|(.., d)| d.clone()))).unwrap_or_default()
    };
    let set_definition = move |_| {
        let definition = written_definition.get_untracked().unwrap_or_else(definition_now);
        apply(Edit::SetDefinition { entry: first_or(define_of, entries()), definition }, "Wrote the definition of");
        written_definition.set(None);
    };
    let add_player = {
        move |_| apply(Edit::AddPlayer { selection: selection.get_untracked(), kind: pick(&PLAYER_KINDS, player_kind) }, "Added the player")
    };
    let add_quote = {
        move |_| {
            let edit = Edit::AddEvidence { player: first_or(quote_player, players()), axis: first_or(quote_axis, axes()), selection: selection.get_untracked() };
            apply(edit, "Quoted the article for")
        }
    };

    // A question (its two ends), and a map of two questions.
    let (question, low, high, map_title, map_x, map_y) =
        (RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(String::new()));
    let add_axis = move |_| {
        let edit = Edit::AddAxis { question: question.get_untracked(), low: low.get_untracked(), high: high.get_untracked() };
        apply(edit, "Added the question")
    };
    let add_map = move |_| {
        let list = axes();
        let x = first_or(map_x, list.clone());
        // The vertical question: the one chosen, else the first that is not the horizontal one.
        let y = Some(map_y.get_untracked()).filter(|y| list.iter().any(|(i, _)| i == y)).or_else(|| list.iter().map(|(i, _)| i.clone()).find(|i| *i != x)).unwrap_or_default();
        apply(Edit::AddMap { title: map_title.get_untracked(), x, y }, "Added the map")
    };

    // A player's place on a question: set (made or moved) or removed.
    let set_stance = {
        move |_| {
            let Ok(value) = stance_value.get_untracked().trim().replace('−', "-").parse::<f64>() else {
                status.set("Not done: the value is a number from -1 to 1.".to_owned());
                return;
            };
            let edit = Edit::SetStance {
                player: first_or(quote_player, players()),
                axis: first_or(quote_axis, axes()),
                value,
                basis: pick(&BASES, stance_basis),
            };
            apply(edit, "Placed")
        }
    };
    let remove_stance = {
        move |_| apply(Edit::RemoveStance { player: first_or(quote_player, players()), axis: first_or(quote_axis, axes()) }, "Took the place off for")
    };
    // Why the player sits where it does: the stance's summary as it is, until the editor writes
    // another (a new player or question chosen starts again from its stance's).
    let written_summary = RwSignal::new(None::<String>);
    let summary_now = move || {
        let (player, axis) = (first_or(quote_player, players()), first_or(quote_axis, axes()));
        reading.with(|r| r.doc.as_ref().and_then(|d| d.stances.iter().find(|s| s.player == player && s.axis == axis).map(|s| s.summary.clone())))
            .unwrap_or_default()
    };
    let set_summary = move |_| {
        let summary = written_summary.get_untracked().unwrap_or_else(summary_now);
        apply(Edit::SetSummary { player: first_or(quote_player, players()), axis: first_or(quote_axis, axes()), summary }, "Wrote the summary for");
        written_summary.set(None);
    };

    // What the glossary finds in the text (`lens mentions`), for the document as the preview
    // shows it: near misses, each fixed by adding the words as a form of its entry, and names the
    // article repeats that no entry covers, each made an entry of the kind chosen above.
    let mentions = {
        move || {
            let report = report.get()?;
            let near = report
                .near_misses
                .into_iter()
                .take(LISTED)
                .map(|m| {
                    let words = format!("¶{} “{}” is near “{}” ({}) of `{}` ", m.paragraph, m.found, m.form, m.kind.label(), m.entry);
                    let name = format!("Add “{}” as a form of `{}`", m.found, m.entry);
                    let fix = Edit::AddAlias { entry: m.entry, selection: m.found };
                    view! { <li>{words}<button type="button" aria-label=name on:click=move |_| apply(fix.clone(), "Added a form to")>"Add as a form"</button></li> }
                })
                .collect::<Vec<_>>();
            let names = report
                .suggestions
                .into_iter()
                .take(LISTED)
                .map(|s| {
                    let words = format!("“{}”, {} times ", s.text, s.count);
                    let name = format!("Add “{}” to the glossary", s.text);
                    let text = s.text;
                    view! {
                        <li>
                            {words}
                            <button
                                type="button"
                                aria-label=name
                                on:click=move |_| apply(Edit::AddEntry { selection: text.clone(), kind: pick(&EntryKind::ALL, entry_kind) }, "Added the glossary entry")
                            >
                                "Add to the glossary"
                            </button>
                        </li>
                    }
                })
                .collect::<Vec<_>>();
            let none = |list_is_empty: bool| list_is_empty.then(|| view! { <li>"None."</li> });
            Some(view! {
                <h3>"Near misses (words close to a form, not marked)"</h3>
                <ul class="ed-list">{none(near.is_empty())}{near}</ul>
                <h3>"Names the article repeats that no entry covers"</h3>
                <ul class="ed-list">{none(names.is_empty())}{names}</ul>
            })
        }
    };

    // Start from an article's text: Markdown (with its front matter) or plain text.
    let source = RwSignal::new(String::new());
    let markdown = RwSignal::new(true);
    let import_text = move |text: &str, markdown: bool| {
        // The id from the front matter, else from the headline.
        const UNNAMED: &str = "article";
        let imported = if markdown { from_markdown(text, UNNAMED) } else { from_plain_text(text, UNNAMED) };
        match imported {
            Ok(mut imported) => {
                if imported.doc.id == UNNAMED {
                    imported.doc.id = crate::model::content::id_from_name(&imported.doc.article.headline);
                }
                write(pretty(&imported.doc));
                settle(false);
                let notes = if imported.notes.is_empty() { String::new() } else { format!(" Notes: {}", imported.notes.join("; ")) };
                status.set(format!("Imported “{}”.{notes}", imported.doc.article.headline));
            }
            Err(why) => status.set(format!("Not imported: {why}.")),
        }
    };
    let import = move |_| import_text(&source.get_untracked(), markdown.get_untracked());

    // A file opened (or dropped on the editor): an article's text (.md, .markdown, .txt,
    // imported), a glossary library (JSON with `entries`, kept by its file name for the
    // documents that name it), or a document (any other JSON).
    let open_file = move |file: web_sys::File| {
        let name = file.name();
        let promise = file.text();
        leptos::task::spawn_local(async move {
            let Some(text) = wasm_bindgen_futures::JsFuture::from(promise).await.ok().and_then(|t| t.as_string()) else {
                status.set(format!("Not opened: “{name}” could not be read."));
                return;
            };
            let lower = name.to_lowercase();
            if [".md", ".markdown", ".txt"].iter().any(|end| lower.ends_with(end)) {
                import_text(&text, !lower.ends_with(".txt"));
            } else if libraries::is_library(&text) {
                libraries.update_value(|known| {
                    known.retain(|(src, _)| libraries::file_name(src) != name);
                    known.push((name.clone(), libraries::answer(&name, &text)));
                });
                offered.set(libraries.with_value(|known| libraries::offer(known)));
                settle(false);
                status.set(format!("Opened the glossary library “{name}”: a document whose libraries name …/{name} uses it."));
            } else {
                write(text);
                settle(false);
                status.set(format!("Opened “{name}”."));
            }
        });
    };
    let on_file = move |ev: leptos::ev::Event| {
        let input = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(file) = input.as_ref().and_then(|i| i.files()).and_then(|files| files.get(0)) {
            open_file(file);
        }
        if let Some(input) = input {
            input.set_value("");
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        let file = ev.data_transfer().and_then(|d| d.files()).and_then(|files| files.get(0));
        if let Some(file) = file {
            ev.prevent_default();
            open_file(file);
        }
    };
    let (undo, redo) = (step, step);
    // The downloaded file is named for the document's id (its contents: see `fill_download`).
    let download_name = move || reading.with(|r| r.doc.as_ref().map(|d| format!("{}.json", d.id))).unwrap_or_else(|| "document.json".to_owned());
    let fill_link = move |ev: leptos::ev::MouseEvent| fill_download(&ev, &draft.get_untracked());

    view! {
        <div class="ed" on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop>
            <header class="ed-bar">
                <h1>"Article Lens editor"</h1>
                <button type="button" on:click=move |_| undo(false) disabled=move || !can_undo.get()>"Undo"</button>
                <button type="button" on:click=move |_| redo(true) disabled=move || !can_redo.get()>"Redo"</button>
                <a class="ed-download" download=download_name href="#ed-json" on:click=fill_link>"Download document"</a>
                <For each=move || changed_paths.get() key=|path| path.clone() let:path>
                    {
                        let name = libraries::file_name(&path).to_owned();
                        let fill = move |ev: leptos::ev::MouseEvent| {
                            fill_download(&ev, &changed_now().into_iter().find(|c| c.path == path).map(|c| pretty(&c.library)).unwrap_or_default());
                        };
                        view! { <a class="ed-download" download=name.clone() href="#ed-json" on:click=fill>{format!("Download library “{name}”")}</a> }
                    }
                </For>
                <p class="ed-status" role="status" aria-live="polite">{move || status.get()}</p>
            </header>
            <p class="ed-open">
                <label for="ed-file">"Open a file (or drop one here): a document (.json), an article’s text (.md, .txt) or a glossary library (.json)"</label>
                <input id="ed-file" type="file" accept=".json,.md,.markdown,.txt,application/json,text/markdown,text/plain" on:change=on_file/>
            </p>
            <fieldset class="ed-libraries">
                <legend>"Shared glossary libraries the document uses"</legend>
                {move || {
                    let list = offered.get();
                    let none = list.is_empty().then(|| view! { <p>"None on this site: open a library’s file to use it."</p> });
                    let items = list
                        .into_iter()
                        .map(|libraries::Offered { src, title, entries }| {
                            let words = format!(" {title} ({src}, {entries} entries)");
                            let path = src.clone();
                            let used = move || uses(&reading, &src);
                            let choose = move |ev: leptos::ev::Event| {
                                if event_target_checked(&ev) {
                                    apply(Edit::UseLibrary { path: path.clone() }, "Now using the library");
                                } else if let Some(named) = reading.with_untracked(|r| r.doc.as_ref().and_then(|d| libraries::named_as(d, &path))) {
                                    apply(Edit::DropLibrary { path: named }, "No longer using the library");
                                }
                            };
                            view! { <label><input type="checkbox" prop:checked=used on:change=choose/>{words}</label> }
                        })
                        .collect_view();
                    view! { {none}{items} }
                }}
            </fieldset>
            <details class="ed-import">
                <summary>"Start from an article’s text"</summary>
                <label for="ed-source">"Markdown (front matter optional) or plain text (first line the headline)"</label>
                <textarea id="ed-source" rows="8" on:input=move |ev| source.set(event_target_value(&ev))></textarea>
                <fieldset class="ed-inline">
                    <legend>"It is"</legend>
                    <label><input type="radio" name="ed-format" checked on:change=move |_| markdown.set(true)/>" Markdown"</label>
                    <label><input type="radio" name="ed-format" on:change=move |_| markdown.set(false)/>" plain text"</label>
                </fieldset>
                <button type="button" on:click=import>"Import"</button>
            </details>
            <div class="ed-panes">
                <section class="ed-tools" aria-labelledby="ed-tools-title">
                    <h2 id="ed-tools-title">"From the article’s words"</h2>
                    <label for="ed-words">"Words (select them in the preview, or type them as the article has them)"</label>
                    <input id="ed-words" type="text" prop:value=move || selection.get() on:input=move |ev| selection.set(event_target_value(&ev))/>
                    <div class="ed-tool">
                        <label for="ed-kind">"Kind"</label>
                        <select id="ed-kind" on:change=move |ev| entry_kind.set(event_target_value(&ev).parse().unwrap_or(0))>
                            {EntryKind::ALL.iter().enumerate().map(|(i, k)| view! { <option value=i.to_string()>{k.key()}</option> }).collect_view()}
                        </select>
                        <button type="button" on:click=add_entry>"Add glossary entry"</button>
                    </div>
                    <div class="ed-tool">
                        <label for="ed-alias">"Entry"</label>
                        <select id="ed-alias" on:change=move |ev| alias_of.set(event_target_value(&ev))>
                            {move || {
                                let list = entries();
                                let none = list.is_empty().then(|| view! { <option value="">"(no glossary entries yet)"</option> });
                                view! { {none}{options(list)} }
                            }}
                        </select>
                        <button type="button" on:click=add_alias>"Add as another form"</button>
                    </div>
                    <div class="ed-tool">
                        <label for="ed-define">"Entry to define (a library’s entry changes the library)"</label>
                        <select
                            id="ed-define"
                            on:change=move |ev| {
                                define_of.set(event_target_value(&ev));
                                written_definition.set(None);
                            }
                        >
                            {move || options(entries())}
                        </select>
                        <label for="ed-definition">"Definition"</label>
                        <Rewrite id="ed-definition" rows=3 written=written_definition now=definition_now/>
                        <button type="button" on:click=set_definition>"Set the definition"</button>
                    </div>
                    <div class="ed-tool">
                        <label for="ed-player-kind">"Player kind"</label>
                        <select id="ed-player-kind" on:change=move |ev| player_kind.set(event_target_value(&ev).parse().unwrap_or(0))>
                            {PLAYER_KINDS.iter().enumerate().map(|(i, k)| view! { <option value=i.to_string()>{player_key(*k)}</option> }).collect_view()}
                        </select>
                        <button type="button" on:click=add_player>"Add player"</button>
                    </div>
                    <h3>"Questions and maps"</h3>
                    <div class="ed-tool">
                        <label for="ed-question">"New question"</label>
                        <input id="ed-question" type="text" on:input=move |ev| question.set(event_target_value(&ev))/>
                        <label for="ed-low">"Its -1 end"</label>
                        <input id="ed-low" type="text" on:input=move |ev| low.set(event_target_value(&ev))/>
                        <label for="ed-high">"Its +1 end"</label>
                        <input id="ed-high" type="text" on:input=move |ev| high.set(event_target_value(&ev))/>
                        <button type="button" on:click=add_axis>"Add question"</button>
                    </div>
                    <div class="ed-tool">
                        <label for="ed-map-title">"Map title"</label>
                        <input id="ed-map-title" type="text" on:input=move |ev| map_title.set(event_target_value(&ev))/>
                        <label for="ed-map-x">"Across"</label>
                        <select id="ed-map-x" on:change=move |ev| map_x.set(event_target_value(&ev))>{move || options(axes())}</select>
                        <label for="ed-map-y">"Up"</label>
                        <select id="ed-map-y" on:change=move |ev| map_y.set(event_target_value(&ev))>{move || options(axes())}</select>
                        <button type="button" on:click=add_map>"Add map"</button>
                    </div>
                    <h3>"A player on a question"</h3>
                    <div class="ed-tool">
                        <label for="ed-player">"Player"</label>
                        <select
                            id="ed-player"
                            on:change=move |ev| {
                                quote_player.set(event_target_value(&ev));
                                written_summary.set(None);
                            }
                        >
                            {move || options(players())}
                        </select>
                        <label for="ed-axis">"Question"</label>
                        <select
                            id="ed-axis"
                            on:change=move |ev| {
                                quote_axis.set(event_target_value(&ev));
                                written_summary.set(None);
                            }
                        >
                            {move || options(axes())}
                        </select>
                        <button type="button" on:click=add_quote>"Quote as evidence"</button>
                    </div>
                    <div class="ed-tool">
                        <label for="ed-value">"Place (-1 to 1)"</label>
                        // Not written back as it is typed: a number field reads "0." as no number yet, and
                        // writing that back would empty it mid-number.
                        <input id="ed-value" type="number" min="-1" max="1" step="0.05" value="0" on:input=move |ev| stance_value.set(event_target_value(&ev))/>
                        <label for="ed-basis">"Basis"</label>
                        <select id="ed-basis" on:change=move |ev| stance_basis.set(event_target_value(&ev).parse().unwrap_or(0))>
                            {BASES.iter().enumerate().map(|(i, b)| view! { <option value=i.to_string()>{b.key()}</option> }).collect_view()}
                        </select>
                        <button type="button" on:click=set_stance>"Place the player"</button>
                        <button type="button" on:click=remove_stance>"Remove the place"</button>
                    </div>
                    <div class="ed-tool">
                        <label for="ed-summary">"Why it sits there (one sentence, the article’s reading)"</label>
                        <Rewrite id="ed-summary" rows=2 written=written_summary now=summary_now/>
                        <button type="button" on:click=set_summary>"Set the summary"</button>
                    </div>
                </section>
                <section class="ed-mentions" aria-labelledby="ed-mentions-title">
                    <h2 id="ed-mentions-title">"Mentions"</h2>
                    {mentions}
                </section>
                <section class="ed-preview" aria-labelledby="ed-preview-title">
                    <h2 id="ed-preview-title">"Preview"</h2>
                    <p class="ed-hint">"Select the article’s words here for the tools. Drag a player’s point on a map to move it (the tools’ “Place the player” does it by keyboard)."</p>
                    <p class="ed-stale" hidden=move || !stale()>"The preview shows the last version without problems."</p>
                    <div
                        node_ref=preview
                        class="ed-preview-body"
                        on:pointerdown=on_press
                        on:pointermove=on_move
                        on:pointerup=on_release
                        on:pointercancel=on_cancel
                    >
                        {rendered}
                    </div>
                </section>
                <section class="ed-source" aria-labelledby="ed-json-title">
                    <h2 id="ed-json-title">"The document"</h2>
                    <label for="ed-json">"Content document (JSON)"</label>
                    <textarea id="ed-json" node_ref=field spellcheck="false" prop:value=move || written.get() on:input=on_input></textarea>
                    <h2>"Problems"</h2>
                    {problems}
                </section>
            </div>
        </div>
    }
}

/// A text of the document (a definition, a summary) to write anew: it shows the text as the
/// document has it, until the editor types another (then `written` holds it; setting `written`
/// back to `None` shows the document's again).
#[component]
fn Rewrite(
    /// The field's DOM id, for its label.
    id: &'static str,
    /// Its height in lines.
    rows: u32,
    /// What the editor has typed, if anything.
    written: RwSignal<Option<String>>,
    /// The text as the document has it now.
    now: impl Fn() -> String + Send + Sync + Copy + 'static,
) -> impl IntoView {
    view! {
        <textarea
            id=id
            rows=rows
            prop:value=move || written.get().unwrap_or_else(now)
            on:input=move |ev| written.set(Some(event_target_value(&ev)))
        ></textarea>
    }
}

/// Whether the document being edited uses the library at `src`.
fn uses(reading: &RwSignal<Reading>, src: &str) -> bool {
    reading.with(|r| r.doc.as_ref().is_some_and(|d| libraries::named_as(d, src).is_some()))
}

/// The choice a menu's index names (the first where the page changed the menu's values).
fn pick<T: Copy>(choices: &[T], index: RwSignal<usize>) -> T {
    choices.get(index.get_untracked()).or(choices.first()).copied().expect("a menu has choices")
}

/// How many near misses and names the mentions panel lists at most.
const LISTED: usize = 30;

/// The bases a placement may have, in the format's order.
const BASES: [Basis; 3] = [Basis::Stated, Basis::Implied, Basis::Background];

/// The player kinds the editor offers, in the format's order.
const PLAYER_KINDS: [PlayerKind; 5] = [PlayerKind::State, PlayerKind::Bloc, PlayerKind::Organisation, PlayerKind::Person, PlayerKind::Faction];

/// A player kind as the format writes it.
fn player_key(kind: PlayerKind) -> &'static str {
    match kind {
        PlayerKind::State => "state",
        PlayerKind::Bloc => "bloc",
        PlayerKind::Organisation => "organisation",
        PlayerKind::Person => "person",
        PlayerKind::Faction => "faction",
    }
}

/// The line and column a syntax error's message gives ("… at line 3, column 7").
fn syntax_place(message: &str) -> Option<(usize, usize)> {
    let after = message.split("line ").nth(1)?;
    let line: usize = after.split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()?;
    let column: usize = after.split("column ").nth(1)?.split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()?;
    Some((line, column))
}
