//! Why a document could not be shown, worded for the reader who sees it in place of the article.

use std::fmt;

use crate::model::problem::Problem;

/// Everything that can stand between a document's address and a rendered article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The server answered, but not with the document (404, 500...).
    Http { status: u16, status_text: String },
    /// No answer at all: offline, blocked by a policy, a refused connection.
    Network(String),
    /// An answer that is not JSON; the message says where the syntax breaks.
    NotJson(String),
    /// JSON that is not a valid content document: every problem found.
    Invalid(Vec<Problem>),
    /// The page gave the widget nothing to load.
    NoSource,
}

impl LoadError {
    /// One sentence naming the document and what went wrong with it, in English (for the
    /// host's `lens-error` event and the `lens` tool; the reader's notice is in the reader's
    /// language, [`crate::locale::Locale::load_error`]).
    pub fn summary(&self, source: &str) -> String {
        crate::locale::EN.load_error(self, source)
    }

    /// The server's answer in words, such as `404 Not Found` (empty for other errors).
    pub fn status_words(&self) -> String {
        match self {
            LoadError::Http { status, status_text } => {
                let text = if status_text.is_empty() { default_status_text(*status) } else { status_text };
                format!("{status} {text}")
            }
            _ => String::new(),
        }
    }

    /// The problems to list under the summary (only for an invalid document).
    pub fn problems(&self) -> &[Problem] {
        match self {
            LoadError::Invalid(problems) => problems,
            _ => &[],
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.summary("document"))?;
        for problem in self.problems() {
            write!(f, "\n- {problem}")?;
        }
        Ok(())
    }
}

/// HTTP/2 responses carry no reason phrase; name the common statuses ourselves.
fn default_status_text(status: u16) -> &'static str {
    match status {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        410 => "Gone",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "(an error status)",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_error_names_document_and_status() {
        let err = LoadError::Http { status: 404, status_text: String::new() };
        assert_eq!(
            err.summary("content/missing.json"),
            "The document “content/missing.json” could not be loaded: the server answered 404 Not Found."
        );
    }

    #[test]
    fn invalid_document_counts_and_lists_problems() {
        let err = LoadError::Invalid(vec![
            Problem::at("article.headline", "must not be empty"),
            Problem::at("article.blocks[2].id", "duplicate id `p1`, already used by article.blocks[0]"),
        ]);
        assert_eq!(err.summary("a.json"), "The document “a.json” is not a valid content document (2 problems):");
        assert_eq!(err.problems().len(), 2);
        assert!(err.to_string().contains("\n- article.headline: must not be empty"));
    }
}
