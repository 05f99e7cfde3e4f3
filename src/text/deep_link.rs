//! Links into a widget and out of it, as text: `#lens-term=ID` (a glossary entry's card) and
//! `#lens-player=ID` (a player on its map) in the page's address, and text-fragment links
//! (`#:~:text=`) that take a reader to a quoted passage at the article's original address.

/// What a page address's fragment asks a widget to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkTarget {
    /// The card of the glossary entry with this id, at its first marked mention.
    Term(String),
    /// The player with this id, selected on its map.
    Player(String),
}

impl LinkTarget {
    /// The fragment that asks for this target, with its `#`: `#lens-term=quad`.
    pub fn fragment(&self) -> String {
        match self {
            LinkTarget::Term(id) => format!("#lens-term={}", encode(id, "-")),
            LinkTarget::Player(id) => format!("#lens-player={}", encode(id, "-")),
        }
    }
}

/// The target a fragment (`#lens-term=quad`, with or without its `#`) asks for, if any. Other
/// parameters may stand beside it, separated by `&` (`#x=1&lens-player=china`); the first
/// `lens-` one counts.
pub fn parse(fragment: &str) -> Option<LinkTarget> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment.split('&').find_map(|part| {
        let (key, value) = part.split_once('=')?;
        let id = decode(value)?;
        if id.is_empty() {
            return None;
        }
        match key {
            "lens-term" => Some(LinkTarget::Term(id)),
            "lens-player" => Some(LinkTarget::Player(id)),
            _ => None,
        }
    })
}

/// `text` percent-encoded for a URL fragment: ASCII letters, digits, `._~` and the characters in
/// `keep` stay, everything else is written as UTF-8 bytes `%XX`. (A text fragment must escape
/// `-`, which marks its prefix and suffix; an id keeps it.)
fn encode(text: &str, keep: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'.' | b'_' | b'~') || keep.as_bytes().contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Percent-decoding; `None` for a malformed escape or bytes that are not UTF-8.
fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The address of `source` (the article's original, `source_url`) that scrolls to and
/// highlights `quote` there, in browsers that follow text fragments (`#:~:text=`). A long quote
/// is given by its first and last words (`start,end`), which text fragments match across the
/// words between. `source`'s own fragment, if any, is replaced.
pub fn quote_at_source(source: &str, quote: &str) -> String {
    let base = source.split('#').next().unwrap_or(source);
    let words: Vec<&str> = quote.split_whitespace().collect();
    const SHORT: usize = 8;
    let directive = if words.len() <= SHORT {
        encode(&words.join(" "), "")
    } else {
        format!("{},{}", encode(&words[..4].join(" "), ""), encode(&words[words.len() - 4..].join(" "), ""))
    };
    format!("{base}#:~:text={directive}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_name_a_term_or_a_player() {
        assert_eq!(parse("#lens-term=quad"), Some(LinkTarget::Term("quad".into())));
        assert_eq!(parse("lens-player=china"), Some(LinkTarget::Player("china".into())));
        assert_eq!(parse("#top&lens-player=ishiba&lens-term=quad"), Some(LinkTarget::Player("ishiba".into())));
        for nothing in ["", "#", "#top", "#lens-term=", "#lens-term", "#lens-card=quad", "#lens-term=%ZZ"] {
            assert_eq!(parse(nothing), None, "{nothing}");
        }
        for target in [LinkTarget::Term("five-four-three-two".into()), LinkTarget::Player("p_1".into()), LinkTarget::Term("a b&c".into())] {
            assert_eq!(parse(&target.fragment()), Some(target.clone()), "{}", target.fragment());
        }
        assert_eq!(LinkTarget::Term("a b&c".into()).fragment(), "#lens-term=a%20b%26c");
        assert_eq!(LinkTarget::Player("south-korea".into()).fragment(), "#lens-player=south-korea");
    }

    #[test]
    fn quotes_link_to_their_words_at_the_source() {
        assert_eq!(
            quote_at_source("https://example.org/a#top", "the pact, a treaty"),
            "https://example.org/a#:~:text=the%20pact%2C%20a%20treaty"
        );
        // Long: the first and last four words; dashes and commas escaped, curly quotes as UTF-8.
        let long = "“Asian NATO,” Beijing says, has fiercely critiqued the Quad – designed to contain China";
        assert_eq!(
            quote_at_source("https://example.org/a", long),
            "https://example.org/a#:~:text=%E2%80%9CAsian%20NATO%2C%E2%80%9D%20Beijing%20says%2C,designed%20to%20contain%20China"
        );
        assert_eq!(quote_at_source("https://example.org/a", "self-defense"), "https://example.org/a#:~:text=self%2Ddefense");
    }
}
