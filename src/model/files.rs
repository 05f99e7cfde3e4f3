//! Documents and their glossary libraries on disk, for the `lens` tool and the native tests: a
//! library path is resolved against the document's own directory, as the widget resolves it
//! against the document's address.

use std::path::{Path, PathBuf};

use crate::model::content::Document;
use crate::model::library::{in_library, is_library_path, Library};
use crate::model::problem::Problem;
use crate::model::read::{checked_with, read_library, read_unchecked, Checked};

/// Where the library `name` of the document at `doc_path` is on disk.
pub fn library_file(doc_path: &Path, name: &str) -> PathBuf {
    doc_path.parent().unwrap_or(Path::new("")).join(name)
}

/// The libraries `doc` (read from `doc_path`) names, each read and checked by itself. A path
/// the format does not allow is not read (an empty library stands in; resolving says what is
/// wrong with it).
pub fn read_libraries(doc_path: &Path, doc: &Document) -> Result<Vec<Library>, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut libraries = Vec::new();
    for (k, name) in doc.libraries.iter().enumerate() {
        if !is_library_path(name) {
            libraries.push(Library::empty());
            continue;
        }
        let file = library_file(doc_path, name);
        match std::fs::read_to_string(&file) {
            Err(e) => problems.push(Problem::at(format!("libraries[{k}]"), format!("cannot read {}: {e}", file.display()))),
            Ok(text) => match read_library(&text) {
                Ok(library) => libraries.push(library),
                Err(found) => problems.extend(found.into_iter().map(|p| in_library(name, p))),
            },
        }
    }
    if problems.is_empty() {
        Ok(libraries)
    } else {
        Err(problems)
    }
}

/// The document at `path`, read into its types, and the libraries it names.
fn read_with_libraries(path: &Path) -> Result<(Document, Vec<Library>), Vec<Problem>> {
    let text = std::fs::read_to_string(path).map_err(|e| vec![Problem::whole(format!("cannot read: {e}"))])?;
    let doc = read_unchecked(&text).map_err(|r| r.into_problems())?;
    let libraries = read_libraries(path, &doc)?;
    Ok((doc, libraries))
}

/// The document at `path` and its libraries, read, resolved and checked: the verdict
/// `lens check` gives.
pub fn load(path: &Path) -> Result<Checked, Vec<Problem>> {
    let (doc, libraries) = read_with_libraries(path)?;
    checked_with(doc, &libraries)
}

/// The document at `path` with its glossary resolved but not checked (for `lens mentions`, which
/// helps while a document is being written).
pub fn load_resolved(path: &Path) -> Result<Document, Vec<Problem>> {
    let (doc, libraries) = read_with_libraries(path)?;
    crate::model::library::resolve(doc, &libraries).map(|r| r.doc)
}
