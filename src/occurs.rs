//! Whether one text occurs in another, byte for byte: the widget's one substring search (quotes
//! found in the article, a glossary filter's words in terms). A plain scan from each place where
//! the first byte matches; for a quote against an article of a few thousand words it is as quick
//! as the standard library's `str::contains`, whose Two-Way searcher costs the wasm 1.7 KB.

/// Whether `needle` occurs in `haystack` (the empty text occurs everywhere).
pub fn occurs(haystack: &str, needle: &str) -> bool {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = n.split_first() else { return true };
    if n.len() > h.len() {
        return false;
    }
    (0..=h.len() - n.len()).any(|i| h[i] == first && &h[i + 1..i + n.len()] == rest)
}

#[cfg(test)]
mod tests {
    use super::occurs;

    #[test]
    fn finds_what_str_contains_finds() {
        let text = "Beijing has fiercely critiqued the Quad as an “Asian NATO,” and";
        for needle in ["", "B", "and", "Quad as an", "“Asian NATO,”", "fiercely critiqued the Quad as an “Asian NATO,” and", "NATO,”"] {
            assert!(occurs(text, needle), "{needle}");
            assert_eq!(occurs(text, needle), text.contains(needle));
        }
        for needle in ["quad", "NATO,\"", "and ", "Beijing has fiercely critiqued the Quad as an “Asian NATO,” and!", "x"] {
            assert!(!occurs(text, needle), "{needle}");
        }
        assert!(!occurs("", "a"));
        assert!(occurs("", ""));
        // A match that starts inside a multi-byte character is impossible for valid UTF-8 needles.
        assert!(!occurs("“", "\u{9c}"));
    }
}
