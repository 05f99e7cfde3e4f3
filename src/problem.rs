//! A problem found in a content document: what is wrong and where.

use std::fmt;

/// One thing wrong with a document, located by a JSON path (`article.blocks[3].text`) or,
/// for text that is not JSON at all, by line and column inside the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where in the document, as a path from the root; `None` for the document as a whole.
    pub path: Option<String>,
    /// What is wrong, in words a content editor understands.
    pub message: String,
}

impl Problem {
    /// A problem at `path`.
    pub fn at(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem { path: Some(path.into()), message: message.into() }
    }

    /// A problem with the document as a whole (for example: it is not JSON).
    pub fn whole(message: impl Into<String>) -> Self {
        Problem { path: None, message: message.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.path {
            Some(path) => write!(f, "{path}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// Turns serde's wording into an editor's: "invalid type: integer `3`, expected a string"
/// becomes "expected a string, found number 3", and the internal name of the root type
/// never shows.
pub(crate) fn reword(message: &str) -> String {
    let message = message
        .replace("struct Document", "a JSON object")
        .replace("struct VersionProbe", "a JSON object");
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return format!("expected {expected}, found {}", number_as_number(found));
        }
    }
    if let Some(rest) = message.strip_prefix("invalid value: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return format!("expected {expected}, found {found}");
        }
    }
    message
}

/// serde_json says "integer `3`", the browser's numbers "floating point `3.0`": both are a JSON
/// number 3, and the reader should see the same words from the tool and the widget.
fn number_as_number(found: &str) -> String {
    for prefix in ["integer `", "floating point `"] {
        if let Some(n) = found.strip_prefix(prefix).and_then(|r| r.strip_suffix('`')) {
            let n = n.strip_suffix(".0").unwrap_or(n);
            return format!("number {n}");
        }
    }
    found.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_path_then_message() {
        assert_eq!(Problem::at("article.headline", "must not be empty").to_string(), "article.headline: must not be empty");
        assert_eq!(Problem::whole("not JSON").to_string(), "not JSON");
    }

    #[test]
    fn rewords_type_errors() {
        assert_eq!(reword("invalid type: integer `3`, expected a string"), "expected a string, found number 3");
        assert_eq!(reword("invalid type: floating point `3.0`, expected a string"), "expected a string, found number 3");
        assert_eq!(reword("invalid type: floating point `2.5`, expected u64"), "expected u64, found number 2.5");
        assert_eq!(reword("invalid type: sequence, expected struct Document"), "expected a JSON object, found sequence");
        assert_eq!(reword("missing field `id`"), "missing field `id`");
    }
}
