//! Lists written out as text (selectors, CSV cells, JSON arrays, "A, B and C"): one small
//! function for all of them, where the standard library's `join` is code of its own for each
//! element type (half a kilobyte of the wasm, gzipped).

/// `parts` with `separator` between them.
pub fn joined<S: AsRef<str>>(parts: &[S], separator: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(part.as_ref());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_the_separator_between_parts_only() {
        assert_eq!(joined::<&str>(&[], ", "), "");
        assert_eq!(joined(&["Quad"], ", "), "Quad");
        assert_eq!(joined(&["Quad", "AUKUS", "Five Eyes"], ", "), "Quad, AUKUS, Five Eyes");
        assert_eq!(joined(&["a".to_owned(), String::new(), "c".to_owned()], ","), "a,,c");
    }
}
