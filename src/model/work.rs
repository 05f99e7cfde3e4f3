//! What the editor works on: a document and the shared glossary libraries it has changed, the
//! edits made to them (an alias or a definition for an entry a library gives goes to that
//! library; every other edit to the document, see [`super::edit`]) and the history that undoes
//! and redoes them, libraries and document together.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::content::{Document, Entry};
use super::edit::{apply, entry_with_form_in, selected_words, term_of, Edit, EditError};
use super::library::Library;

/// A glossary library the editor has changed: its path as the document names it, and the
/// library as changed (to be downloaded and put back on the site). Shared, not copied, by the
/// history's steps that do not change it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChangedLibrary {
    pub path: String,
    pub library: Arc<Library>,
}

/// A document and the libraries the editor has changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Work {
    pub doc: Document,
    pub changed: Vec<ChangedLibrary>,
}

impl Work {
    /// `doc`, with `changed` libraries (none, or those kept from an earlier visit).
    pub fn new(doc: Document, changed: Vec<ChangedLibrary>) -> Work {
        Work { doc, changed }
    }

    /// The library at `path` as the editor has it now: changed, or as given in `libraries`
    /// (path and library, the ones the document can use as last read).
    fn library<'a>(&'a self, path: &str, libraries: &'a [(String, Library)]) -> Option<&'a Library> {
        self.changed.iter().find(|c| c.path == path).map(|c| &*c.library).or_else(|| libraries.iter().find(|(p, _)| p == path).map(|(_, l)| l))
    }

    /// The library (by path) of the ones the document uses that has the entry `id`, when the
    /// document has no entry of its own by that id.
    fn library_of(&self, id: &str, libraries: &[(String, Library)]) -> Option<(String, Library)> {
        if self.doc.glossary.iter().any(|e| e.id == id) {
            return None;
        }
        self.doc.libraries.iter().find_map(|path| {
            let library = self.library(path, libraries)?;
            library.entries.iter().any(|e| e.id == id).then(|| (path.clone(), library.clone()))
        })
    }

    /// Every entry the editor knows: the document's own, then those of the libraries it uses.
    fn entries<'a>(&'a self, libraries: &'a [(String, Library)]) -> impl Iterator<Item = &'a Entry> {
        let shared = self.doc.libraries.iter().filter_map(move |path| self.library(path, libraries)).flat_map(|l| &l.entries);
        self.doc.glossary.iter().chain(shared)
    }

    /// `self` with `edit` made, and the id of what it changed; or why it cannot be. An alias or
    /// a definition for an entry of a library the document uses (of `libraries`, or changed
    /// before) changes that library; every other edit changes the document.
    pub fn apply(&self, edit: &Edit, libraries: &[(String, Library)]) -> Result<(Work, String), EditError> {
        let (entry, change) = match edit {
            Edit::AddAlias { entry, selection } => (entry, Some(selection)),
            Edit::SetDefinition { entry, .. } => (entry, None),
            _ => return apply(&self.doc, edit).map(|(doc, id)| (Work { doc, changed: self.changed.clone() }, id)),
        };
        let Some((path, mut library)) = self.library_of(entry, libraries) else {
            return apply(&self.doc, edit).map(|(doc, id)| (Work { doc, changed: self.changed.clone() }, id));
        };
        // A new form: the article's words, no entry's form yet.
        let form = match change {
            Some(selection) => {
                let form = term_of(&selected_words(&self.doc, selection)?).to_owned();
                if let Some(other) = entry_with_form_in(self.entries(libraries), &form) {
                    return Err(EditError::AlreadyAForm { form, entry: other.id.clone() });
                }
                Some(form)
            }
            None => None,
        };
        let e = library.entries.iter_mut().find(|e| &e.id == entry).ok_or_else(|| EditError::Unknown { what: "glossary entry", id: entry.clone() })?;
        match (form, edit) {
            (Some(form), _) => e.aliases.push(form),
            (None, Edit::SetDefinition { definition, .. }) => e.definition = definition.trim().to_owned(),
            (None, _) => {}
        }
        let mut next = self.clone();
        next.changed.retain(|c| c.path != path);
        next.changed.push(ChangedLibrary { path, library: Arc::new(library) });
        Ok((next, entry.clone()))
    }
}

/// The work an editor has been through: now, the steps before (undo) and those undone (redo).
/// A new edit forgets what was undone; the oldest steps are forgotten past `limit`.
#[derive(Debug, Clone)]
pub struct History {
    past: Vec<Work>,
    present: Work,
    future: Vec<Work>,
    limit: usize,
}

impl History {
    /// A history starting at `work`, keeping `limit` steps back.
    pub fn new(work: Work, limit: usize) -> History {
        History { past: Vec::new(), present: work, future: Vec::new(), limit }
    }

    /// The work now.
    pub fn present(&self) -> &Work {
        &self.present
    }

    /// Makes `edit` (see [`Work::apply`]); the work stays as it was when it cannot be made.
    pub fn apply(&mut self, edit: &Edit, libraries: &[(String, Library)]) -> Result<String, EditError> {
        let (next, changed) = self.present.apply(edit, libraries)?;
        self.replace(next);
        Ok(changed)
    }

    /// Puts `doc` in place of the present document (an edit of its text, a pasted document), the
    /// libraries as they are, as one step.
    pub fn replace_doc(&mut self, doc: Document) {
        let changed = self.present.changed.clone();
        self.replace(Work { doc, changed });
    }

    /// Puts `work` in place of the present, as one step.
    fn replace(&mut self, work: Work) {
        if work == self.present {
            return;
        }
        self.past.push(std::mem::replace(&mut self.present, work));
        if self.past.len() > self.limit {
            self.past.remove(0);
        }
        self.future.clear();
    }

    /// Back one step; false when there is none.
    pub fn undo(&mut self) -> bool {
        let Some(previous) = self.past.pop() else { return false };
        self.future.push(std::mem::replace(&mut self.present, previous));
        true
    }

    /// Forward one undone step; false when there is none.
    pub fn redo(&mut self) -> bool {
        let Some(next) = self.future.pop() else { return false };
        self.past.push(std::mem::replace(&mut self.present, next));
        true
    }

    /// Whether there is a step to undo, and one to redo.
    pub fn can(&self) -> (bool, bool) {
        (!self.past.is_empty(), !self.future.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::content::EntryKind;
    use crate::test_support::seed;

    /// The seed as written (naming its library, with only the notes of its own), and its library.
    fn split_seed() -> (Document, Vec<(String, Library)>) {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let read = |file: &str| std::fs::read_to_string(root.join(file)).expect("the seed's files");
        let doc: Document = serde_json::from_str(&read("content/asian-nato.json")).expect("the seed document");
        let library: Library = serde_json::from_str(&read("glossaries/indo-pacific.json")).expect("its library");
        let path = doc.libraries[0].clone();
        (doc, vec![(path, library)])
    }

    #[test]
    fn history_undoes_and_redoes_and_a_new_edit_forgets_what_was_undone() {
        let doc = seed();
        let mut history = History::new(Work::new(doc.clone(), Vec::new()), 2);
        let add = |words: &str| Edit::AddEntry { selection: words.into(), kind: EntryKind::Place };
        assert_eq!(history.can(), (false, false));
        history.apply(&add("Vientiane"), &[]).expect("one");
        history.apply(&add("Laos"), &[]).expect("two");
        assert!(history.apply(&add("Laos"), &[]).is_err());
        assert_eq!(history.present().doc.glossary.len(), doc.glossary.len() + 2);
        assert!(history.undo());
        assert_eq!(history.present().doc.glossary.len(), doc.glossary.len() + 1);
        assert!(history.redo() && !history.redo());
        assert!(history.undo() && history.undo() && !history.undo());
        assert_eq!(history.present().doc, doc);
        history.redo();
        history.apply(&Edit::AddEntry { selection: "strategic impact".into(), kind: EntryKind::Concept }, &[]).expect("three");
        assert_eq!(history.can(), (true, false), "the undone step is forgotten");
        // Only `limit` steps back.
        history.apply(&Edit::AddEntry { selection: "fiercely critiqued".into(), kind: EntryKind::Concept }, &[]).expect("four");
        let mut back = 0;
        while history.undo() {
            back += 1;
        }
        assert_eq!(back, 2);
    }

    #[test]
    fn an_alias_or_a_definition_for_a_library_entry_changes_the_library() {
        let (doc, libraries) = split_seed();
        let quad = libraries[0].1.entries.iter().find(|e| e.id == "quad").expect("the Quad").clone();
        let mut history = History::new(Work::new(doc.clone(), Vec::new()), 10);
        // A form another entry has is refused, one of the library's entries among them.
        let taken = history.apply(&Edit::AddAlias { entry: "quad".into(), selection: "Asian NATO".into() }, &libraries);
        assert_eq!(taken, Err(EditError::AlreadyAForm { form: "Asian NATO".into(), entry: "asian-nato".into() }));
        history.apply(&Edit::SetDefinition { entry: "quad".into(), definition: " A new definition. ".into() }, &libraries).expect("defined");
        let work = history.present();
        assert_eq!(work.doc, doc, "the document is not changed");
        assert_eq!(work.changed.len(), 1);
        assert_eq!(work.changed[0].path, libraries[0].0);
        let changed = work.changed[0].library.entries.iter().find(|e| e.id == "quad").expect("still there");
        assert_eq!((changed.definition.as_str(), &changed.aliases), ("A new definition.", &quad.aliases));
        // A second edit of the same library changes it again, not the library as given.
        let form = "the Quad";
        history.apply(&Edit::AddAlias { entry: "quad".into(), selection: form.into() }, &libraries).expect("a form");
        let work = history.present();
        let changed = work.changed[0].library.entries.iter().find(|e| e.id == "quad").expect("still there");
        assert_eq!((changed.definition.as_str(), changed.aliases.last().map(String::as_str)), ("A new definition.", Some(form)));
        // The document's own entries are the document's.
        history.apply(&Edit::AddEntry { selection: "Vientiane".into(), kind: EntryKind::Place }, &libraries).expect("own");
        history.apply(&Edit::SetDefinition { entry: "vientiane".into(), definition: "Laos’s capital.".into() }, &libraries).expect("own");
        assert_eq!(history.present().doc.glossary.last().map(|e| e.definition.as_str()), Some("Laos’s capital."));
        assert_eq!(history.present().changed.len(), 1);
        // Undone, the library is as it was.
        assert!(history.undo() && history.undo() && history.undo() && history.undo());
        assert!(history.present().changed.is_empty());
        // A library the document does not use is not changed.
        let unused = Work::new(Document { libraries: Vec::new(), ..doc }, Vec::new());
        assert!(matches!(unused.apply(&Edit::SetDefinition { entry: "quad".into(), definition: "x".into() }, &libraries), Err(EditError::Unknown { .. })));
    }

    #[test]
    fn a_text_edit_keeps_the_changed_libraries() {
        let (doc, libraries) = split_seed();
        let mut history = History::new(Work::new(doc.clone(), Vec::new()), 10);
        history.apply(&Edit::SetDefinition { entry: "quad".into(), definition: "Changed.".into() }, &libraries).expect("defined");
        let mut typed = doc.clone();
        typed.article.headline.push('!');
        history.replace_doc(typed.clone());
        assert_eq!((&history.present().doc, history.present().changed.len()), (&typed, 1));
        history.replace_doc(typed);
        assert!(history.undo() && history.undo() && !history.can().0, "the same document again is no step");
    }
}
