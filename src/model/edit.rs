//! What an editor does to a document, as pure functions from one document to the next: a
//! glossary entry or an alias from words selected in the article, an evidence quote from a
//! selection (verbatim by construction: a selection that is not the article's words is
//! refused), a stance set or moved (a dragged point) or removed, a shared library used or
//! dropped. [`super::work`] routes an edit of a library's entry to the library, and keeps the
//! history. The validator then says what is still missing (a definition to write, a summary),
//! as `lens check` does.

use std::fmt;

use super::content::{id_from_name, Axis, Basis, Document, Entry, EntryKind, MatchCase, Player, PlayerKind, Stance, StanceMap};

/// One change to a document.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// A glossary entry for the selected words: its term (and, for a name selected with its
    /// short form in brackets, that form as an alias), its kind; an id made from the term; the
    /// definition left for the editor to write.
    AddEntry { selection: String, kind: EntryKind },
    /// The selected words as another form of entry `entry` (by id).
    AddAlias { entry: String, selection: String },
    /// Entry `entry`'s definition, in the editor's words.
    SetDefinition { entry: String, definition: String },
    /// A player named by the selected words (its id made from them), of `kind`, shown on every
    /// map.
    AddPlayer { selection: String, kind: PlayerKind },
    /// A question players are placed on, with its two ends (its id made from the ends).
    AddAxis { question: String, low: String, high: String },
    /// A stance map of two questions (by ids), showing every player.
    AddMap { title: String, x: String, y: String },
    /// The selected words as evidence of `player`'s stance on `axis` (by ids); a stance not yet
    /// there is made, at the middle of the axis, stated, its summary left to write.
    AddEvidence { player: String, axis: String, selection: String },
    /// `player`'s place on `axis`: made or moved, the value kept on the axis (-1 to 1, to two
    /// decimals), its evidence and summary kept.
    SetStance { player: String, axis: String, value: f64, basis: Basis },
    /// The one sentence on why `player` sits where it does on `axis`.
    SetSummary { player: String, axis: String, summary: String },
    /// `player` no longer placed on `axis`.
    RemoveStance { player: String, axis: String },
    /// `player`'s point moved on a map: its places on the axes given (by id) set to the values
    /// (kept on the axis, to two decimals), their bases, evidence and summaries kept. Only
    /// places the player has: a point on a map's strip moves on its one question.
    MovePoint { player: String, to: Vec<(String, f64)> },
    /// The glossary library at `path` (relative to the document) used: its entries the article
    /// mentions join the glossary. A version 1 document becomes version 2, which has libraries.
    UseLibrary { path: String },
    /// The glossary library at `path` no longer used.
    DropLibrary { path: String },
}

/// Why an edit cannot be made, in words for the editor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    /// Nothing selected (or only spaces).
    Empty,
    /// The selection runs over more than one paragraph: a quote or a term is within one.
    AcrossPassages,
    /// The selection is not the article's words (it holds something the page added).
    NotVerbatim(String),
    /// Another entry already has this form: its id.
    AlreadyAForm { form: String, entry: String },
    /// The stance already quotes these words.
    AlreadyEvidence(String),
    /// No such entry, player, axis or stance.
    Unknown { what: &'static str, id: String },
    /// The document already uses this library.
    AlreadyUsed(String),
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditError::Empty => f.write_str("select some words of the article first"),
            EditError::AcrossPassages => f.write_str("select words within one paragraph"),
            EditError::NotVerbatim(text) => write!(f, "“{text}” is not the article’s words as written"),
            EditError::AlreadyAForm { form, entry } => write!(f, "“{form}” is already a form of the entry `{entry}`"),
            EditError::AlreadyEvidence(text) => write!(f, "the stance already quotes “{text}”"),
            EditError::Unknown { what, id } => write!(f, "there is no {what} `{id}`"),
            EditError::AlreadyUsed(path) => write!(f, "the document already uses the library “{path}”"),
        }
    }
}

/// The article's words a selection holds: trimmed of the spaces around it, and found verbatim in
/// one passage (headline, dek, caption or a body block).
pub fn selected_words(doc: &Document, selection: &str) -> Result<String, EditError> {
    let words = selection.trim();
    if words.is_empty() {
        return Err(EditError::Empty);
    }
    if words.contains(['\n', '\r']) {
        return Err(EditError::AcrossPassages);
    }
    if doc.passages().any(|p| p.contains(words)) {
        Ok(words.to_owned())
    } else {
        Err(EditError::NotVerbatim(words.to_owned()))
    }
}

/// A term from selected words: a possessive ending left off ("Ishiba’s" is "Ishiba").
pub(crate) fn term_of(words: &str) -> &str {
    ["’s", "'s"].iter().find_map(|s| words.strip_suffix(s)).filter(|t| !t.trim().is_empty()).unwrap_or(words)
}

/// An entry's term and aliases from selected words: a name with its short form after it in
/// brackets ("Liberal Democratic Party (LDP)") is the name, with the short form as an alias;
/// other words are the term (a possessive left off), with no alias.
fn term_and_short_form(words: &str) -> (String, Vec<String>) {
    let bracketed = words.strip_suffix(')').and_then(|w| w.rsplit_once(" (")).filter(|(name, short)| {
        !name.trim().is_empty() && !short.is_empty() && short.chars().count() <= 20 && !short.contains(['(', ')'])
    });
    match bracketed {
        Some((name, short)) => (term_of(name.trim()).to_owned(), vec![short.to_owned()]),
        None => (term_of(words).to_owned(), Vec::new()),
    }
}

/// A player's label on a map from its name: its first words, as many as fit the format's 14
/// characters (a first word longer than that, cut).
fn map_label(name: &str) -> String {
    let mut label = String::new();
    for word in name.split_whitespace() {
        let longer = if label.is_empty() { word.to_owned() } else { format!("{label} {word}") };
        if longer.chars().count() > 14 {
            break;
        }
        label = longer;
    }
    if label.is_empty() {
        name.chars().take(14).collect()
    } else {
        label
    }
}

/// The entry of the document's glossary that has `form` as its term or an alias, letter case aside.
fn entry_with_form<'a>(doc: &'a Document, form: &str) -> Option<&'a Entry> {
    entry_with_form_in(&doc.glossary, form)
}

/// The entry among `entries` that has `form` as its term or an alias, letter case aside.
pub(crate) fn entry_with_form_in<'a>(entries: impl IntoIterator<Item = &'a Entry>, form: &str) -> Option<&'a Entry> {
    let form = form.to_lowercase();
    entries.into_iter().find(|e| std::iter::once(&e.term).chain(&e.aliases).any(|f| f.to_lowercase() == form))
}

/// `base`, or `base-2`, `base-3`… : the first that `taken` does not hold.
fn unique_id(base: &str, taken: impl Fn(&str) -> bool) -> String {
    (1..)
        .map(|n| if n == 1 { base.to_owned() } else { format!("{base}-{n}") })
        .find(|id| !taken(id))
        .unwrap_or_default()
}

/// A value as a place on an axis: within -1 to 1, to two decimals (a number that is none is the
/// middle; no `-0`).
fn on_axis(value: f64) -> f64 {
    if value.is_finite() { (value.clamp(-1.0, 1.0) * 100.0).round() / 100.0 + 0.0 } else { 0.0 }
}

/// `doc` with `edit` made, and the id of what it made or changed; or why it cannot be.
pub fn apply(doc: &Document, edit: &Edit) -> Result<(Document, String), EditError> {
    let mut doc = doc.clone();
    let known = |what: &'static str, id: &str, found: bool| if found { Ok(()) } else { Err(EditError::Unknown { what, id: id.to_owned() }) };
    let changed = match edit {
        Edit::AddEntry { selection, kind } => {
            let (term, aliases) = term_and_short_form(&selected_words(&doc, selection)?);
            if let Some((form, other)) = std::iter::once(&term).chain(&aliases).find_map(|f| Some((f.clone(), entry_with_form(&doc, f)?))) {
                return Err(EditError::AlreadyAForm { form, entry: other.id.clone() });
            }
            let id = unique_id(&id_from_name(&term), |id| doc.glossary.iter().any(|e| e.id == id));
            doc.glossary.push(Entry {
                id: id.clone(),
                term,
                kind: *kind,
                aliases,
                match_case: MatchCase::Exact,
                definition: String::new(),
                as_of: None,
                note: None,
                in_article: None,
                related: Vec::new(),
                further_reading: None,
            });
            id
        }
        Edit::AddAlias { entry, selection } => {
            let form = term_of(&selected_words(&doc, selection)?).to_owned();
            if let Some(other) = entry_with_form(&doc, &form) {
                return Err(EditError::AlreadyAForm { form, entry: other.id.clone() });
            }
            let Some(e) = doc.glossary.iter_mut().find(|e| &e.id == entry) else {
                return Err(EditError::Unknown { what: "glossary entry", id: entry.clone() });
            };
            e.aliases.push(form);
            entry.clone()
        }
        Edit::SetDefinition { entry, definition } => {
            let Some(e) = doc.glossary.iter_mut().find(|e| &e.id == entry) else {
                return Err(EditError::Unknown { what: "glossary entry", id: entry.clone() });
            };
            e.definition = definition.trim().to_owned();
            entry.clone()
        }
        Edit::AddPlayer { selection, kind } => {
            let name = term_of(&selected_words(&doc, selection)?).to_owned();
            let id = unique_id(&id_from_name(&name), |id| doc.players.iter().any(|p| p.id == id));
            let label = map_label(&name);
            doc.players.push(Player { id: id.clone(), name, label, kind: *kind, entries: Vec::new() });
            for map in &mut doc.maps {
                map.players.push(id.clone());
            }
            id
        }
        Edit::AddAxis { question, low, high } => {
            let id = unique_id(&id_from_name(&format!("{low} {high}")), |id| doc.axes.iter().any(|a| a.id == id));
            doc.axes.push(Axis { id: id.clone(), question: question.trim().to_owned(), low: low.trim().to_owned(), high: high.trim().to_owned() });
            id
        }
        Edit::AddMap { title, x, y } => {
            known("axis", x, doc.axes.iter().any(|a| &a.id == x))?;
            known("axis", y, doc.axes.iter().any(|a| &a.id == y))?;
            let id = unique_id(&id_from_name(title), |id| doc.maps.iter().any(|m| m.id == id));
            let players = doc.players.iter().map(|p| p.id.clone()).collect();
            doc.maps.push(StanceMap { id: id.clone(), title: title.trim().to_owned(), x: x.clone(), y: y.clone(), players });
            id
        }
        Edit::SetSummary { player, axis, summary } => {
            let Some(s) = doc.stances.iter_mut().find(|s| &s.player == player && &s.axis == axis) else {
                return Err(EditError::Unknown { what: "stance of that player on that axis", id: format!("{player} on {axis}") });
            };
            s.summary = summary.trim().to_owned();
            player.clone()
        }
        Edit::AddEvidence { player, axis, selection } => {
            let quote = selected_words(&doc, selection)?;
            known("player", player, doc.players.iter().any(|p| &p.id == player))?;
            known("axis", axis, doc.axes.iter().any(|a| &a.id == axis))?;
            match doc.stances.iter_mut().find(|s| &s.player == player && &s.axis == axis) {
                Some(s) if s.evidence.contains(&quote) => return Err(EditError::AlreadyEvidence(quote)),
                Some(s) => s.evidence.push(quote),
                None => doc.stances.push(Stance {
                    player: player.clone(),
                    axis: axis.clone(),
                    value: 0.0,
                    basis: Basis::Stated,
                    evidence: vec![quote],
                    summary: String::new(),
                }),
            }
            player.clone()
        }
        Edit::SetStance { player, axis, value, basis } => {
            known("player", player, doc.players.iter().any(|p| &p.id == player))?;
            known("axis", axis, doc.axes.iter().any(|a| &a.id == axis))?;
            let value = on_axis(*value);
            match doc.stances.iter_mut().find(|s| &s.player == player && &s.axis == axis) {
                Some(s) => {
                    s.value = value;
                    s.basis = *basis;
                }
                None => doc.stances.push(Stance {
                    player: player.clone(),
                    axis: axis.clone(),
                    value,
                    basis: *basis,
                    evidence: Vec::new(),
                    summary: String::new(),
                }),
            }
            player.clone()
        }
        Edit::RemoveStance { player, axis } => {
            let before = doc.stances.len();
            doc.stances.retain(|s| !(&s.player == player && &s.axis == axis));
            known("stance of that player on that axis", &format!("{player} on {axis}"), doc.stances.len() < before)?;
            player.clone()
        }
        Edit::MovePoint { player, to } => {
            for (axis, value) in to {
                let Some(s) = doc.stances.iter_mut().find(|s| &s.player == player && &s.axis == axis) else {
                    return Err(EditError::Unknown { what: "stance of that player on that axis", id: format!("{player} on {axis}") });
                };
                s.value = on_axis(*value);
            }
            player.clone()
        }
        Edit::UseLibrary { path } => {
            if doc.libraries.contains(path) {
                return Err(EditError::AlreadyUsed(path.clone()));
            }
            doc.libraries.push(path.clone());
            doc.version = doc.version.max(2);
            path.clone()
        }
        Edit::DropLibrary { path } => {
            let before = doc.libraries.len();
            doc.libraries.retain(|p| p != path);
            known("library", path, doc.libraries.len() < before)?;
            path.clone()
        }
    };
    Ok((doc, changed))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::validate::validate;
    use crate::test_support::seed;

    #[test]
    fn selections_are_the_articles_words_or_refused() {
        let doc = seed();
        let words = "Japan’s newly appointed Prime Minister";
        assert_eq!(selected_words(&doc, &format!("  {words}\n")), Ok(words.to_owned()));
        assert_eq!(selected_words(&doc, " \n "), Err(EditError::Empty));
        assert_eq!(selected_words(&doc, "move?\nJapan’s"), Err(EditError::AcrossPassages));
        // A straight apostrophe where the article has a curly one is not its words.
        assert_eq!(selected_words(&doc, "Japan's newly"), Err(EditError::NotVerbatim("Japan's newly".to_owned())));
    }

    #[test]
    fn an_entry_from_a_selection_has_its_term_an_id_and_a_definition_to_write() {
        let doc = seed();
        let (next, id) = apply(&doc, &Edit::AddEntry { selection: "Vientiane".into(), kind: EntryKind::Place }).expect("added");
        assert_eq!(id, "vientiane");
        let entry = next.glossary.last().expect("an entry");
        assert_eq!((entry.term.as_str(), entry.kind, entry.definition.as_str()), ("Vientiane", EntryKind::Place, ""));
        // What is left to do is what the validator says.
        let problems: Vec<String> = validate(&next).iter().map(ToString::to_string).collect();
        assert!(problems.iter().any(|p| p.contains(&format!("glossary[{}].definition", next.glossary.len() - 1))), "{problems:?}");
        // A form another entry has is refused, letter case aside; a possessive is left off.
        let quad = doc.glossary.iter().find(|e| e.term == "Quad").expect("the Quad");
        assert_eq!(
            apply(&doc, &Edit::AddEntry { selection: "Quad".into(), kind: EntryKind::Organisation }),
            Err(EditError::AlreadyAForm { form: "Quad".into(), entry: quad.id.clone() })
        );
        let (next, _) = apply(&doc, &Edit::AddAlias { entry: quad.id.clone(), selection: "Vientiane".into() }).expect("an alias");
        assert!(next.glossary.iter().find(|e| e.id == quad.id).is_some_and(|e| e.aliases.last().is_some_and(|a| a == "Vientiane")));
    }

    #[test]
    fn evidence_is_the_selection_and_stances_stay_on_their_axis() {
        let doc = seed();
        let (player, axis) = (doc.players[0].id.clone(), doc.axes[0].id.clone());
        let quote = "miscalculated the strategic impact of his pitch";
        let (next, _) = apply(&doc, &Edit::AddEvidence { player: player.clone(), axis: axis.clone(), selection: quote.into() }).expect("quoted");
        let stance = next.stances.iter().find(|s| s.player == player && s.axis == axis).expect("a stance");
        assert!(stance.evidence.iter().any(|e| e == quote));
        assert!(next.block_quoting(quote).is_some(), "verbatim by construction");
        assert_eq!(
            apply(&next, &Edit::AddEvidence { player: player.clone(), axis: axis.clone(), selection: quote.into() }),
            Err(EditError::AlreadyEvidence(quote.into()))
        );
        assert!(matches!(apply(&doc, &Edit::AddEvidence { player: "nobody".into(), axis: axis.clone(), selection: quote.into() }), Err(EditError::Unknown { what: "player", .. })));
        // Dragged past the end of the axis: kept at its end, to two decimals.
        for (dragged, kept) in [(1.7, 1.0), (-0.333, -0.33), (f64::NAN, 0.0)] {
            let (moved, _) = apply(&next, &Edit::SetStance { player: player.clone(), axis: axis.clone(), value: dragged, basis: Basis::Implied }).expect("moved");
            let s = moved.stances.iter().find(|s| s.player == player && s.axis == axis).expect("a stance");
            assert_eq!((s.value, s.basis, s.evidence.len()), (kept, Basis::Implied, stance.evidence.len()));
        }
        let (removed, _) = apply(&next, &Edit::RemoveStance { player: player.clone(), axis: axis.clone() }).expect("removed");
        assert!(!removed.stances.iter().any(|s| s.player == player && s.axis == axis));
    }

    #[test]
    fn definitions_players_and_summaries_are_written_in() {
        let doc = seed();
        let (next, id) = apply(&doc, &Edit::AddEntry { selection: "Vientiane".into(), kind: EntryKind::Place }).expect("added");
        let (next, _) = apply(&next, &Edit::SetDefinition { entry: id.clone(), definition: " The capital of Laos. ".into() }).expect("defined");
        assert_eq!(next.glossary.last().map(|e| e.definition.as_str()), Some("The capital of Laos."));
        let (next, player) = apply(&next, &Edit::AddPlayer { selection: "ASEAN leaders".into(), kind: PlayerKind::Bloc }).expect("a player");
        assert_eq!(player, "asean-leaders");
        let axis = next.axes[0].id.clone();
        let quote = "poses with ASEAN leaders";
        let (next, _) = apply(&next, &Edit::AddEvidence { player: player.clone(), axis: axis.clone(), selection: quote.into() }).expect("quoted");
        let (next, _) = apply(&next, &Edit::SetSummary { player: player.clone(), axis: axis.clone(), summary: "Pictured with Ishiba.".into() }).expect("summed up");
        let s = next.stances.iter().find(|s| s.player == player).expect("a stance");
        assert_eq!((s.summary.as_str(), s.evidence.as_slice()), ("Pictured with Ishiba.", &[quote.to_owned()][..]));
        assert!(matches!(apply(&next, &Edit::SetSummary { player, axis: "nowhere".into(), summary: String::new() }), Err(EditError::Unknown { .. })));
    }

    #[test]
    fn questions_and_maps_are_added_and_new_players_shown_on_them() {
        let doc = seed();
        let (next, axis) = apply(&doc, &Edit::AddAxis { question: " Who patrols? ".into(), low: "Nobody".into(), high: "Everyone".into() }).expect("an axis");
        assert_eq!(axis, "nobody-everyone");
        assert_eq!(next.axes.last().map(|a| a.question.as_str()), Some("Who patrols?"));
        let (next, map) = apply(&next, &Edit::AddMap { title: "Patrols".into(), x: axis.clone(), y: doc.axes[0].id.clone() }).expect("a map");
        let shown = next.maps.iter().find(|m| m.id == map).expect("the map");
        assert_eq!(shown.players.len(), doc.players.len(), "every player is on it");
        assert!(matches!(apply(&next, &Edit::AddMap { title: "X".into(), x: "nowhere".into(), y: axis }), Err(EditError::Unknown { what: "axis", .. })));
        let (next, player) = apply(&next, &Edit::AddPlayer { selection: "ASEAN leaders".into(), kind: PlayerKind::Bloc }).expect("a player");
        assert!(next.maps.iter().all(|m| m.players.contains(&player)), "a new player is on every map");
        assert_eq!(next.players.last().map(|p| p.label.as_str()), Some("ASEAN leaders"));
        assert_eq!(map_label("Officials from both ports"), "Officials from");
        assert_eq!(map_label("Supercalifragilistic"), "Supercalifragi");
        assert!(validate(&next).is_empty(), "{:?}", validate(&next));
    }

    #[test]
    fn a_library_is_used_once_and_dropped() {
        // As a version 1 document (the seed is read with its library resolved: it names none).
        let doc = Document { version: 1, ..seed() };
        let path = "../glossaries/indo-pacific.json".to_owned();
        let (used, id) = apply(&doc, &Edit::UseLibrary { path: path.clone() }).expect("used");
        assert_eq!(id, path);
        assert_eq!(used.libraries, vec![path.clone()]);
        // Libraries are format version 2.
        assert_eq!((doc.version, used.version), (1, 2));
        assert_eq!(apply(&used, &Edit::UseLibrary { path: path.clone() }), Err(EditError::AlreadyUsed(path.clone())));
        let (dropped, _) = apply(&used, &Edit::DropLibrary { path: path.clone() }).expect("dropped");
        assert!(dropped.libraries.is_empty());
        assert_eq!(apply(&dropped, &Edit::DropLibrary { path: path.clone() }), Err(EditError::Unknown { what: "library", id: path }));
    }

    #[test]
    fn a_moved_point_sets_the_places_the_player_has() {
        let doc = seed();
        let placed: Vec<_> = doc.stances.iter().filter(|s| s.player == doc.stances[0].player).collect();
        let (player, first, second) = (placed[0].player.clone(), placed[0].clone(), placed[1].clone());
        let to = vec![(first.axis.clone(), 0.456), (second.axis.clone(), -3.0)];
        let (moved, id) = apply(&doc, &Edit::MovePoint { player: player.clone(), to }).expect("moved");
        assert_eq!(id, player);
        let now = |axis: &str| moved.stances.iter().find(|s| s.player == player && s.axis == axis).cloned().expect("still placed");
        // Values kept on the axis, to two decimals; basis, evidence and summary kept.
        assert_eq!((now(&first.axis).value, now(&second.axis).value), (0.46, -1.0));
        assert_eq!((now(&first.axis).basis, &now(&first.axis).evidence, &now(&first.axis).summary), (first.basis, &first.evidence, &first.summary));
        assert_eq!(moved.stances.len(), doc.stances.len());
        // A place the player does not have is not made by a drag.
        let mut unplaced = doc.clone();
        unplaced.stances.retain(|s| !(s.player == player && s.axis == second.axis));
        let edit = Edit::MovePoint { player: player.clone(), to: vec![(second.axis.clone(), 0.5)] };
        assert!(matches!(apply(&unplaced, &edit), Err(EditError::Unknown { .. })));
    }

    #[test]
    fn a_name_selected_with_its_short_form_gives_both() {
        let mut doc = seed();
        doc.glossary.retain(|e| e.id != "ldp" && e.id != "sofa");
        let (next, id) = apply(&doc, &Edit::AddEntry { selection: "Liberal Democratic Party (LDP)".into(), kind: EntryKind::Organisation }).expect("added");
        let entry = next.glossary.iter().find(|e| e.id == id).expect("the entry");
        assert_eq!((id.as_str(), entry.term.as_str(), entry.aliases.clone()), ("liberal-democratic-party", "Liberal Democratic Party", vec!["LDP".to_owned()]));
        // The short form is a form too: another entry having it refuses the edit.
        let again = apply(&next, &Edit::AddEntry { selection: "Forces Agreement (SOFA)".into(), kind: EntryKind::Concept }).expect("no SOFA yet");
        assert_eq!(again.0.glossary.last().map(|e| e.aliases.clone()), Some(vec!["SOFA".to_owned()]));
        let taken = apply(&again.0, &Edit::AddEntry { selection: "Status of the Forces Agreement (SOFA)".into(), kind: EntryKind::Concept });
        assert_eq!(taken, Err(EditError::AlreadyAForm { form: "SOFA".into(), entry: "forces-agreement".into() }));
        // Words in brackets that do not end the selection are the term's.
        assert_eq!(term_and_short_form("Japan (then)’s"), ("Japan (then)".to_owned(), Vec::new()));
    }
}
