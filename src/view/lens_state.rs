//! The widget's shared state: which card is open, what is highlighted, the marking mode, and
//! the hover timers. One per widget, passed down as context; all of it `Copy`.

use std::cell::Cell;
use std::sync::Arc;
use std::time::Duration;

use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;

use crate::locale::{part_attributes, Direction, Locale};
use crate::model::content::Document;
use crate::text::glossary::{alphabetical, MarkMode, Mentions};

/// How long the pointer rests on a term before its card opens.
pub const INTENT_DELAY: Duration = Duration::from_millis(200);
/// How long a card stays open after the pointer leaves it or its term.
pub const GRACE_PERIOD: Duration = Duration::from_millis(300);

/// A mention of a glossary entry: the body block and the mention's place among that block's
/// mentions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MentionId {
    pub block: usize,
    pub index: usize,
}

/// The open card: at which mention, and whether it was opened on purpose (click, tap, Enter)
/// rather than by hovering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenCard {
    pub mention: MentionId,
    pub entry: usize,
    pub pinned: bool,
}

/// What the widget knows about its document, computed once.
pub struct LensData {
    pub doc: Arc<Document>,
    pub mentions: Mentions,
    /// Mentions per entry.
    pub counts: Vec<usize>,
    /// Entry indexes in alphabetical order of their terms (the index's and the endnotes' order).
    pub alphabetical: Vec<usize>,
    /// Endnote number (1-based) per entry, alphabetical.
    pub endnote: Vec<usize>,
    /// Prefix of every DOM id this widget makes.
    pub id_prefix: String,
}

impl LensData {
    /// The data of `doc`, whose body has `mentions`.
    pub fn new(doc: Arc<Document>, mentions: Mentions, id_prefix: String) -> Self {
        let counts = mentions.counts(doc.glossary.len());
        let alphabetical = alphabetical(&doc.glossary);
        let mut endnote = vec![0; doc.glossary.len()];
        for (n, &i) in alphabetical.iter().enumerate() {
            endnote[i] = n + 1;
        }
        LensData { doc, mentions, counts, alphabetical, endnote, id_prefix }
    }

    /// `lang` and `dir` for the document's own text (names, questions, quotes, definitions)
    /// among the widget's words in `locale`: none where the two are one language.
    pub fn doc_text(&self, locale: &Locale) -> (Option<String>, Option<&'static str>) {
        part_attributes(&self.doc.language, Direction::of_language(&self.doc.language), locale.tag)
    }

    /// `lang` and `dir` for the widget's words in `locale` inside the article (a card).
    pub fn ui_text(&self, locale: &Locale) -> (Option<String>, Option<&'static str>) {
        part_attributes(locale.tag, locale.direction, &self.doc.language)
    }

    /// DOM id of a body block, from the block's own id in the document.
    pub fn block_id(&self, block: usize) -> String {
        self.doc.article.blocks.get(block).map(|b| format!("{}-{}", self.id_prefix, b.id)).unwrap_or_default()
    }

    /// DOM id of a mention's wrapper.
    pub fn mention_id(&self, m: MentionId) -> String {
        format!("{}-m{}-{}", self.id_prefix, m.block, m.index)
    }

    /// DOM id of the card of a mention (present only while it is open).
    pub fn card_id(&self, m: MentionId) -> String {
        format!("{}-card", self.mention_id(m))
    }

    /// DOM id of the hidden hint that describes every term button.
    pub fn term_hint_id(&self) -> String {
        format!("{}-term-hint", self.id_prefix)
    }

    /// The glossary entries (indexes) whose mentions are `player`'s mentions.
    pub fn player_entries(&self, player: usize) -> Vec<usize> {
        self.doc
            .players
            .get(player)
            .map(|p| {
                p.entries
                    .iter()
                    .filter_map(|id| self.doc.glossary.iter().position(|e| &e.id == id))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The player whose mentions include glossary entry `entry`, if it is shown on a map: the
    /// player and the first map showing it.
    pub fn player_on_map(&self, entry: usize) -> Option<(usize, usize)> {
        let id = &self.doc.glossary.get(entry)?.id;
        let player = self.doc.players.iter().position(|p| p.entries.contains(id))?;
        let player_id = &self.doc.players[player].id;
        let map = self.doc.maps.iter().position(|m| m.players.contains(player_id))?;
        Some((player, map))
    }

    /// DOM id of a player's point on a map.
    pub fn point_id(&self, map: usize, player: usize) -> String {
        format!("{}-pt{}-{}", self.id_prefix, map, player)
    }

    /// DOM id of the stance map section.
    pub fn maps_id(&self) -> String {
        format!("{}-maps", self.id_prefix)
    }

    /// DOM id of the stance maps' heading (where "Skip to the stance map" takes focus).
    pub fn maps_title_id(&self) -> String {
        format!("{}-maps-title", self.id_prefix)
    }

    /// DOM id of the glossary index's summary (where "Skip to the glossary" takes focus).
    pub fn index_title_id(&self) -> String {
        format!("{}-index-title", self.id_prefix)
    }

    /// Every mention of `entry`, in reading order.
    pub fn mentions_of(&self, entry: usize) -> Vec<MentionId> {
        self.mentions.of(entry).into_iter().map(|(block, index)| MentionId { block, index }).collect()
    }
}

// Two facts about the page rather than one widget, kept as plain cells (a stored value per
// widget would be a kind of reactive value of its own in the wasm, ~0.4 KB gzip each).
thread_local! {
    /// Set while a widget moves focus back to a term itself, so that focusing does not reopen
    /// the card that was just closed. Focus moves synchronously, one move at a time.
    static RETURNING_FOCUS: Cell<bool> = const { Cell::new(false) };
    /// Where the page's pointer last moved (client coordinates; one pointer, so one place for
    /// every widget). A `pointerover` at exactly this place is the page scrolling under a
    /// resting pointer, not the reader moving it.
    static LAST_MOVE: Cell<(f64, f64)> = const { Cell::new((f64::NAN, f64::NAN)) };
}

/// The widget's state and data, which [`super::article_view::ArticleView`] provides to every
/// view inside it. (Not `expect_context`: its panic message formats the caller's place and the
/// type's name with `Debug`, formatting code of its own in the wasm, 0.7 KB gzip.)
pub fn lens_context() -> (LensState, Arc<LensData>) {
    match (use_context::<LensState>(), use_context::<Arc<LensData>>()) {
        (Some(state), Some(data)) => (state, data),
        _ => panic!("Article Lens: a view used outside its widget"),
    }
}

/// The reactive state, shared by every view of one widget.
#[derive(Clone, Copy)]
pub struct LensState {
    pub open: RwSignal<Option<OpenCard>>,
    /// The entries whose mentions are highlighted ("show all mentions", the index, a player
    /// selected on the map).
    pub highlighted: RwSignal<Vec<usize>>,
    /// The player selected on the stance map (an index into the document's players).
    pub selected_player: RwSignal<Option<usize>>,
    /// Which stance map is shown (an index into the document's maps).
    pub map: RwSignal<usize>,
    /// The body block highlighted as a cited passage.
    pub cited: RwSignal<Option<usize>>,
    /// The reader's marking mode, as its index in [`MarkMode::ALL`]: a signal of a type the
    /// widget has anyway (each type of signal is code of its own, ~0.8 KB gzip of wasm). Read
    /// and set it with [`LensState::mode`] and [`LensState::set_mode`].
    mode: RwSignal<usize>,
    /// The article's width in pixels when the parts below it are built (read from a layout the
    /// browser has already done): the map's first width, so it is drawn without a layout of its own.
    /// Read untracked; a signal rather than a stored value because the widget has signals of
    /// this type anyway (no new code in the wasm, 0.6 KB less with the map's point order).
    pub content_width: RwSignal<usize>,
    /// What the polite live region says: what just changed, for screen readers.
    pub announcement: RwSignal<String>,
    /// Whether the widget runs: false in the server-rendered page (read without JavaScript, or
    /// before hydration), where the terms and the switch are plain text and a disabled control
    /// rather than buttons nothing answers; true once the view is live in the browser.
    pub live: RwSignal<bool>,
    open_timer: StoredValue<Option<TimeoutHandle>>,
    close_timer: StoredValue<Option<TimeoutHandle>>,
}

impl LensState {
    pub fn new(mode: MarkMode) -> Self {
        LensState {
            open: RwSignal::new(None),
            highlighted: RwSignal::new(Vec::new()),
            selected_player: RwSignal::new(None),
            map: RwSignal::new(0),
            cited: RwSignal::new(None),
            mode: RwSignal::new(mode_index(mode)),
            content_width: RwSignal::new(0),
            announcement: RwSignal::new(String::new()),
            live: RwSignal::new(false),
            open_timer: StoredValue::new(None),
            close_timer: StoredValue::new(None),
        }
    }

    /// The reader's marking mode (read in a reactive context, tracked).
    pub fn mode(self) -> MarkMode {
        MarkMode::ALL.get(self.mode.get()).copied().unwrap_or_default()
    }

    /// The reader's marking mode, untracked.
    pub fn mode_untracked(self) -> MarkMode {
        MarkMode::ALL.get(self.mode.get_untracked()).copied().unwrap_or_default()
    }

    /// Changes the marking mode.
    pub fn set_mode(self, mode: MarkMode) {
        self.mode.set(mode_index(mode));
    }

    /// Opens the card at `mention` now, replacing any other.
    pub fn show(self, mention: MentionId, entry: usize, pinned: bool) {
        self.cancel_timers();
        self.open.set(Some(OpenCard { mention, entry, pinned }));
    }

    /// A click, tap, Enter or Space on a term: open its card on purpose, or close it when it
    /// already is.
    pub fn toggle_pinned(self, mention: MentionId, entry: usize) {
        match self.open.get_untracked() {
            Some(o) if o.mention == mention && o.pinned => self.close(),
            _ => self.show(mention, entry, true),
        }
    }

    /// Closes whatever card is open.
    pub fn close(self) {
        self.cancel_timers();
        if self.open.get_untracked().is_some() {
            self.open.set(None);
        }
    }

    /// Whether the card at `mention` is the open one.
    pub fn is_open(self, mention: MentionId) -> bool {
        self.open.get().is_some_and(|o| o.mention == mention)
    }

    /// The pointer moved to `at` (client coordinates).
    pub fn pointer_moved(self, at: (f64, f64)) {
        LAST_MOVE.set(at);
    }

    /// The pointer entered a term at `at`: open after the intent delay, or at once when a card
    /// is already open (the reader is moving along terms). Ignored when the pointer did not
    /// move (the text scrolled beneath it).
    pub fn pointer_on_term(self, mention: MentionId, entry: usize, at: (f64, f64)) {
        if LAST_MOVE.get() == at {
            return;
        }
        self.cancel_timers();
        match self.open.get_untracked() {
            Some(open) if open.mention == mention => {}
            Some(_) => self.show(mention, entry, false),
            None => {
                let handle = set_timeout_with_handle(move || self.show(mention, entry, false), INTENT_DELAY).ok();
                self.open_timer.set_value(handle);
            }
        }
    }

    /// The pointer left a term or its card: close after the grace period unless the card was
    /// opened on purpose.
    pub fn pointer_off(self) {
        self.cancel_timers();
        if self.open.get_untracked().is_some_and(|o| !o.pinned) {
            let handle = set_timeout_with_handle(
                move || {
                    if self.open.try_get_untracked().flatten().is_some_and(|o| !o.pinned) {
                        self.open.set(None);
                    }
                },
                GRACE_PERIOD,
            )
            .ok();
            self.close_timer.set_value(handle);
        }
    }

    /// The pointer reached the card: keep it open.
    pub fn pointer_on_card(self) {
        self.cancel_timers();
    }

    fn cancel_timers(self) {
        // `try_`: a timer may fire after the widget is destroyed; then there is nothing to do.
        for timer in [self.open_timer, self.close_timer] {
            if let Some(handle) = timer.try_get_value().flatten() {
                handle.clear();
                timer.set_value(None);
            }
        }
    }

    /// Selects `player` on the map (or clears the selection when it already is selected) and
    /// highlights its mentions in the text: the mentions of its glossary entries.
    pub fn select_player(self, player: usize, entries: Vec<usize>) {
        if self.selected_player.get_untracked() == Some(player) {
            self.close();
            self.selected_player.set(None);
            self.highlighted.set(Vec::new());
        } else {
            self.show_player(player, entries);
        }
    }

    /// Selects `player` and highlights its mentions (no toggling).
    pub fn show_player(self, player: usize, entries: Vec<usize>) {
        self.close();
        self.selected_player.set(Some(player));
        self.highlighted.set(entries);
    }

    /// Moves focus back to a term without reopening its card.
    pub fn return_focus(self, term: &web_sys::HtmlElement) {
        RETURNING_FOCUS.set(true);
        let _ = term.focus();
        RETURNING_FOCUS.set(false);
    }

    /// Whether focus is being returned by the widget itself (see [`Self::return_focus`]).
    pub fn is_returning_focus(self) -> bool {
        RETURNING_FOCUS.get()
    }

    /// Escape: close the card and clear highlights.
    pub fn escape(self) {
        self.close();
        self.highlighted.set(Vec::new());
        self.selected_player.set(None);
        self.cited.set(None);
    }
}

/// `mode`'s index in [`MarkMode::ALL`].
fn mode_index(mode: MarkMode) -> usize {
    MarkMode::ALL.iter().position(|&m| m == mode).unwrap_or_default()
}
