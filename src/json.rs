//! JSON text to a tree of values: a small parser of our own.
//!
//! The native tool and the widget both read documents through it, so broken syntax gets the same
//! words, with a line and a column, in the terminal and in the browser. It is also much smaller
//! in the wasm than `serde` with `serde-wasm-bindgen` (see `bench/RESULTS.md`), and it never
//! formats or parses floats through `core::fmt`: a number keeps the text it was written as.

use std::fmt;

/// Nesting deeper than this is refused rather than risking the stack.
const MAX_DEPTH: usize = 128;

/// A JSON value. Objects keep their members in document order, duplicates included, so the
/// decoder can report a duplicate key.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A number's value and its text as written (used in messages: "found number 42").
    Number(f64, Box<str>),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// What the value is, for "expected ..., found ..." messages. Long strings are shortened.
    pub fn describe(&self) -> String {
        match self {
            Json::Null => "null".to_owned(),
            Json::Bool(b) => format!("boolean `{b}`"),
            Json::Number(_, text) => format!("number {text}"),
            Json::String(s) => {
                let short: String = s.chars().take(40).collect();
                let more = if short.len() < s.len() { "…" } else { "" };
                format!("string \"{short}{more}\"")
            }
            Json::Array(_) => "an array".to_owned(),
            Json::Object(_) => "a JSON object".to_owned(),
        }
    }
}

/// Broken JSON: what was expected and where (1-based line and column, in characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub message: &'static str,
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at line {}, column {}", self.message, self.line, self.column)
    }
}

/// Parses one JSON value, with nothing but whitespace after it.
pub fn parse(text: &str) -> Result<Json, SyntaxError> {
    let mut p = Parser { text, pos: 0 };
    p.skip_ws();
    let value = p.value(0)?;
    p.skip_ws();
    if p.pos < text.len() {
        return Err(p.error("trailing characters"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    pos: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn error(&self, message: &'static str) -> SyntaxError {
        let before = &self.text[..floor_boundary(self.text, self.pos)];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        SyntaxError {
            message,
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, SyntaxError> {
        match self.peek() {
            None => Err(self.error("EOF while parsing a value")),
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'n') => self.literal("null", Json::Null),
            Some(_) => Err(self.error("expected value")),
        }
    }

    fn literal(&mut self, word: &str, value: Json) -> Result<Json, SyntaxError> {
        if self.text[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.error("expected ident"))
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error("recursion limit exceeded"));
        }
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Json::Array(items));
        }
        loop {
            self.skip_ws();
            if self.peek() == Some(b']') {
                return Err(self.error("trailing comma"));
            }
            items.push(self.value(depth)?);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Json::Array(items));
                }
                None => return Err(self.error("EOF while parsing a list")),
                Some(_) => return Err(self.error("expected `,` or `]`")),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error("recursion limit exceeded"));
        }
        self.pos += 1;
        let mut members = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_ws();
            match self.peek() {
                Some(b'"') => {}
                Some(b'}') => return Err(self.error("trailing comma")),
                None => return Err(self.error("EOF while parsing an object")),
                Some(_) => return Err(self.error("key must be a string")),
            }
            let key = self.string()?;
            self.skip_ws();
            match self.peek() {
                Some(b':') => self.pos += 1,
                None => return Err(self.error("EOF while parsing an object")),
                Some(_) => return Err(self.error("expected `:`")),
            }
            self.skip_ws();
            let value = self.value(depth)?;
            members.push((key, value));
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Json::Object(members));
                }
                None => return Err(self.error("EOF while parsing an object")),
                Some(_) => return Err(self.error("expected `,` or `}`")),
            }
        }
    }

    /// A string, the opening quote at `pos`. Escaped lone surrogates become U+FFFD, as they do
    /// when the browser hands a JavaScript string to Rust.
    fn string(&mut self) -> Result<String, SyntaxError> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            let start = self.pos;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            // Stops only at ASCII bytes, so both ends are character boundaries.
            out.push_str(&self.text[start..self.pos]);
            match self.peek() {
                None => return Err(self.error("EOF while parsing a string")),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let c = self.escape()?;
                    out.push(c);
                }
                Some(_) => return Err(self.error("control character (\\u0000-\\u001F) found while parsing a string")),
            }
        }
    }

    /// The character an escape stands for, `pos` just after the backslash.
    fn escape(&mut self) -> Result<char, SyntaxError> {
        let c = match self.peek() {
            None => return Err(self.error("EOF while parsing a string")),
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.pos += 1;
                let unit = self.hex4()?;
                return Ok(self.code_point(unit));
            }
            Some(_) => return Err(self.error("invalid escape")),
        };
        self.pos += 1;
        Ok(c)
    }

    /// Joins a surrogate pair written as two escapes; anything unpaired becomes U+FFFD.
    fn code_point(&mut self, unit: u16) -> char {
        if (0xD800..0xDC00).contains(&unit) && self.text[self.pos..].starts_with("\\u") {
            let save = self.pos;
            self.pos += 2;
            if let Ok(low @ 0xDC00..=0xDFFF) = self.hex4() {
                let c = 0x10000 + ((u32::from(unit) - 0xD800) << 10) + (u32::from(low) - 0xDC00);
                return char::from_u32(c).unwrap_or('\u{FFFD}');
            }
            self.pos = save;
        }
        char::from_u32(u32::from(unit)).unwrap_or('\u{FFFD}')
    }

    fn hex4(&mut self) -> Result<u16, SyntaxError> {
        let mut unit = 0u16;
        for _ in 0..4 {
            let digit = match self.peek() {
                Some(b @ b'0'..=b'9') => b - b'0',
                Some(b @ b'a'..=b'f') => b - b'a' + 10,
                Some(b @ b'A'..=b'F') => b - b'A' + 10,
                None => return Err(self.error("EOF while parsing a string")),
                Some(_) => return Err(self.error("invalid escape")),
            };
            unit = unit * 16 + u16::from(digit);
            self.pos += 1;
        }
        Ok(unit)
    }

    /// A number: JSON's grammar, the value computed from its digits (exact for the integers and
    /// short decimals a content document holds; no float parsing code in the wasm).
    fn number(&mut self) -> Result<Json, SyntaxError> {
        let start = self.pos;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.pos += 1;
        }
        let mut mantissa = 0f64;
        let mut scale = 0i32;
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                while let Some(d @ b'0'..=b'9') = self.peek() {
                    mantissa = mantissa * 10.0 + f64::from(d - b'0');
                    self.pos += 1;
                }
            }
            _ => return Err(self.error("invalid number")),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error("invalid number"));
            }
            while let Some(d @ b'0'..=b'9') = self.peek() {
                mantissa = mantissa * 10.0 + f64::from(d - b'0');
                scale -= 1;
                self.pos += 1;
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            let sign = match self.peek() {
                Some(b'-') => {
                    self.pos += 1;
                    -1
                }
                Some(b'+') => {
                    self.pos += 1;
                    1
                }
                _ => 1,
            };
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error("invalid number"));
            }
            let mut exponent = 0i32;
            while let Some(d @ b'0'..=b'9') = self.peek() {
                exponent = exponent.saturating_mul(10).saturating_add(i32::from(d - b'0'));
                self.pos += 1;
            }
            scale = scale.saturating_add(sign * exponent);
        }
        let magnitude = if scale < 0 { mantissa / 10f64.powi(-scale) } else { mantissa * 10f64.powi(scale) };
        let value = if negative { -magnitude } else { magnitude };
        Ok(Json::Number(value, self.text[start..self.pos].into()))
    }
}

/// The largest character boundary at or before `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(text: &str) -> f64 {
        match parse(text) {
            Ok(Json::Number(v, _)) => v,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn values() {
        let v = parse(r#" {"a": [1, -2.5, true, false, null, "x\"y\u00e9\ud83d\ude00"], "b": {}} "#).expect("valid");
        let Json::Object(members) = v else { panic!("object") };
        assert_eq!(members[0].0, "a");
        assert_eq!(
            members[0].1,
            Json::Array(vec![
                Json::Number(1.0, "1".into()),
                Json::Number(-2.5, "-2.5".into()),
                Json::Bool(true),
                Json::Bool(false),
                Json::Null,
                Json::String("x\"yé😀".to_owned()),
            ])
        );
        assert_eq!(members[1], ("b".to_owned(), Json::Object(Vec::new())));
    }

    #[test]
    fn numbers() {
        assert_eq!(num("0"), 0.0);
        assert_eq!(num("1.5"), 1.5);
        assert_eq!(num("-0.25"), -0.25);
        assert_eq!(num("1e3"), 1000.0);
        assert_eq!(num("25E-1"), 2.5);
        assert_eq!(num("0.1"), 0.1);
        assert_eq!(num("-1.7"), -1.7);
        for bad in ["01", "-", "1.", ".5", "1e", "+1", "1.e3"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        assert_eq!(parse(r#""a\ud800b""#), Ok(Json::String("a\u{FFFD}b".to_owned())));
        assert_eq!(parse(r#""\udc00\ud800""#), Ok(Json::String("\u{FFFD}\u{FFFD}".to_owned())));
        assert_eq!(parse(r#""\ud800\u0041""#), Ok(Json::String("\u{FFFD}A".to_owned())));
    }

    #[test]
    fn errors_name_line_and_column() {
        let err = |t: &str| parse(t).expect_err(t).to_string();
        assert_eq!(err("{\n  \"a\": 1\n  \"b\": 2\n}"), "expected `,` or `}` at line 3, column 3");
        assert_eq!(err("[1, 2,]"), "trailing comma at line 1, column 7");
        assert_eq!(err("{\"é\": tru}"), "expected ident at line 1, column 7");
        assert_eq!(err(""), "EOF while parsing a value at line 1, column 1");
        assert_eq!(err("[1"), "EOF while parsing a list at line 1, column 3");
        assert_eq!(err("\"abc"), "EOF while parsing a string at line 1, column 5");
        assert_eq!(err("{} x"), "trailing characters at line 1, column 4");
        assert_eq!(err("{1: 2}"), "key must be a string at line 1, column 2");
        assert_eq!(err("\"\\q\""), "invalid escape at line 1, column 3");
        assert_eq!(err("\"a\nb\""), "control character (\\u0000-\\u001F) found while parsing a string at line 1, column 3");
        assert_eq!(err("<html>"), "expected value at line 1, column 1");
    }

    #[test]
    fn deep_nesting_is_refused_not_a_crash() {
        let deep = "[".repeat(100_000);
        assert_eq!(parse(&deep).expect_err("too deep").message, "recursion limit exceeded");
        let fine = format!("{}{}", "[".repeat(100), "]".repeat(100));
        assert!(parse(&fine).is_ok());
    }

    #[test]
    fn strings_are_described_short() {
        let long = Json::String("x".repeat(1000));
        assert_eq!(long.describe(), format!("string \"{}…\"", "x".repeat(40)));
        assert_eq!(Json::Number(3.0, "3".into()).describe(), "number 3");
    }
}
