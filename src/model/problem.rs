//! A problem found in a content document: what is wrong and where.

use std::fmt;

/// One thing wrong with a document, located by a JSON path (`article.blocks[3].text`) or,
/// for text that is not JSON at all, by line and column inside the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where in the document, as a path from the root; `None` for the document as a whole.
    pub path: Option<String>,
    /// What the path's first indexed item is, in the editor's words (an entry's id and term, a
    /// player's id and name, a stance's player and axis): `glossary[14]` alone does not say
    /// which entry to open. Set by validation, which has the document.
    pub subject: Option<String>,
    /// What is wrong, in words a content editor understands.
    pub message: String,
}

impl Problem {
    /// A problem at `path`.
    pub fn at(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem { path: Some(path.into()), subject: None, message: message.into() }
    }

    /// A problem with the document as a whole (for example: it is not JSON).
    pub fn whole(message: impl Into<String>) -> Self {
        Problem { path: None, subject: None, message: message.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.path, &self.subject) {
            (Some(path), Some(subject)) => write!(f, "{path} ({subject}): {}", self.message),
            (Some(path), None) => write!(f, "{path}: {}", self.message),
            (None, _) => f.write_str(&self.message),
        }
    }
}
