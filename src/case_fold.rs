//! Letter case folding for case-insensitive matching and filtering.
//!
//! `str::to_lowercase` carries the whole Unicode lowercase table (about 12 KB in the wasm, more
//! than a third of a feature's byte budget). Documents are news articles: this folds the cased
//! letters of the scripts they are written in (Latin with its accented letters and Vietnamese,
//! Greek, Cyrillic) in a few hundred bytes. Letters of other cased scripts (Armenian, Georgian,
//! Cherokee...) compare as written; uncased scripts (Chinese, Japanese, Arabic...) need nothing.

/// The lowercase of `c` for the scripts above; `c` itself otherwise. Always one character.
pub fn fold_char(c: char) -> char {
    let u = c as u32;
    let lower = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u + 0x20,
        0x130 => u32::from('i'),
        0x178 => 0xFF,
        0x100..=0x137 | 0x14A..=0x177 | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 63,
        0x391..=0x3A1 | 0x3A3..=0x3AB => u + 0x20,
        0x400..=0x40F => u + 0x50,
        0x410..=0x42F => u + 0x20,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if u % 2 == 0 => u + 1,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// `text` with every character folded by [`fold_char`].
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.chars().map(fold_char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_unicode_lowercase_on_the_scripts_it_covers() {
        let ranges = [0x20..0x180, 0x386..0x3AC, 0x400..0x482, 0x48A..0x4C0, 0x4D0..0x530, 0x1E00..0x1E96, 0x1EA0..0x1F00];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            let unicode: Vec<char> = c.to_lowercase().collect();
            if unicode.len() == 1 && c != '\u{130}' {
                assert_eq!(fold_char(c), unicode[0], "U+{:04X} {c}", c as u32);
            }
        }
    }

    #[test]
    fn folds_the_article_languages() {
        assert_eq!(fold("NATO Ōsaka ÉCOLE Ŧ Ἀ ΑΘΗΝΑ МОСКВА İstanbul Việt"), "nato ōsaka école ŧ Ἀ αθηνα москва istanbul việt");
        assert_eq!(fold("日本の首相"), "日本の首相");
    }
}
