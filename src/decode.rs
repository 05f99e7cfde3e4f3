//! Reading a content document from JSON, with errors that name a path.
//!
//! The native tool and the widget both go through [`crate::read_document`]: the text is parsed
//! by [`crate::json`], then each field is read here by hand, so a document gets the same
//! verdict, worded the same way, in the terminal and in the browser. The rules mirror the `serde`
//! attributes on [`crate::content`] (from which the JSON Schema is generated); a native test
//! checks that both readings of every good document agree.

use crate::content::*;
use crate::json::Json;
use crate::problem::Problem;

type Result<T> = std::result::Result<T, Problem>;

/// Reads a document from a parsed value.
pub fn document(value: &Json) -> Result<Document> {
    // The version first, so that a document from a newer format gets "unsupported version"
    // rather than complaints about fields this build does not know.
    let Json::Object(members) = value else {
        return Err(problem(&Path::Root, expected("a JSON object", value)));
    };
    let Some((_, version)) = members.iter().find(|(k, _)| k == "version") else {
        return Err(Problem::at(
            "version",
            format!("missing: a content document starts with \"version\": {FORMAT_VERSION}"),
        ));
    };
    let version = u32::read(version, &Path::Field(&Path::Root, "version"))?;
    if version != FORMAT_VERSION {
        return Err(Problem::at(
            "version",
            format!("unsupported version {version}: this Article Lens reads version {FORMAT_VERSION}"),
        ));
    }
    Document::read(value, &Path::Root)
}

/// Where a value sits in the document, written out (`glossary[3].term`) only for a problem.
#[derive(Clone, Copy)]
enum Path<'a> {
    Root,
    Field(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl std::fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Field(Path::Root, name) => f.write_str(name),
            Path::Field(parent, name) => write!(f, "{parent}.{name}"),
            Path::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

/// A value that can be read from JSON at a path.
trait Read: Sized {
    fn read(value: &Json, at: &Path) -> Result<Self>;
}

impl Read for String {
    fn read(value: &Json, at: &Path) -> Result<Self> {
        match value {
            Json::String(s) => Ok(s.clone()),
            other => Err(problem(at, expected("a string", other))),
        }
    }
}

impl Read for u32 {
    fn read(value: &Json, at: &Path) -> Result<Self> {
        match value {
            Json::Number(n, _) if n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(n) => Ok(*n as u32),
            other => Err(problem(at, expected("a whole number", other))),
        }
    }
}

impl Read for f64 {
    fn read(value: &Json, at: &Path) -> Result<Self> {
        match value {
            Json::Number(n, _) if n.is_finite() => Ok(*n),
            other => Err(problem(at, expected("a number", other))),
        }
    }
}

impl<T: Read> Read for Vec<T> {
    fn read(value: &Json, at: &Path) -> Result<Self> {
        match value {
            Json::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    out.push(T::read(item, &Path::Index(at, i))?);
                }
                Ok(out)
            }
            other => Err(problem(at, expected("an array", other))),
        }
    }
}

/// A JSON object being read as a struct: unknown and duplicate keys are refused up front.
struct Object<'a> {
    at: &'a Path<'a>,
    members: &'a [(String, Json)],
}

impl<'a> Object<'a> {
    fn new(value: &'a Json, at: &'a Path<'a>, fields: &[&str]) -> Result<Self> {
        let Json::Object(members) = value else {
            return Err(problem(at, expected("a JSON object", value)));
        };
        for (i, (key, _)) in members.iter().enumerate() {
            if !fields.contains(&key.as_str()) {
                return Err(problem(&Path::Field(at, key), format!("unknown field `{key}`, {}", one_of(fields, "fields"))));
            }
            if members[..i].iter().any(|(k, _)| k == key) {
                return Err(problem(&Path::Field(at, key), format!("duplicate field `{key}`")));
            }
        }
        Ok(Object { at, members })
    }

    fn get(&self, name: &str) -> Option<&'a Json> {
        self.members.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }

    /// A required field.
    fn req<T: Read>(&self, name: &str) -> Result<T> {
        let at = Path::Field(self.at, name);
        match self.get(name) {
            Some(value) => T::read(value, &at),
            None => Err(problem(&at, "missing (this field is required)".to_owned())),
        }
    }

    /// An optional field; `null` counts as absent.
    fn opt<T: Read>(&self, name: &str) -> Result<Option<T>> {
        match self.get(name) {
            None | Some(Json::Null) => Ok(None),
            Some(value) => T::read(value, &Path::Field(self.at, name)).map(Some),
        }
    }

    /// A list that may be left out (then empty).
    fn list<T: Read>(&self, name: &str) -> Result<Vec<T>> {
        Ok(self.opt_present(name)?.unwrap_or_default())
    }

    /// Absent means the default; present, even `null`, must have the right type.
    fn opt_present<T: Read>(&self, name: &str) -> Result<Option<T>> {
        self.get(name).map(|value| T::read(value, &Path::Field(self.at, name))).transpose()
    }
}

/// Reads a string naming one of `variants`.
fn variant<T: Copy>(value: &Json, at: &Path, variants: &[(&str, T)]) -> Result<T> {
    let name = String::read(value, at)?;
    match variants.iter().find(|(key, _)| *key == name) {
        Some((_, v)) => Ok(*v),
        None => {
            let keys: Vec<&str> = variants.iter().map(|(k, _)| *k).collect();
            Err(problem(at, format!("unknown variant `{name}`, {}", one_of(&keys, "variants"))))
        }
    }
}

/// A problem at a path; the root is the document itself.
fn problem(at: &Path, message: String) -> Problem {
    if let Path::Root = at {
        Problem::whole(format!("at the top level: {message}"))
    } else {
        Problem::at(at.to_string(), message)
    }
}

fn expected(what: &str, found: &Json) -> String {
    format!("expected {what}, found {}", found.describe())
}

/// "expected `a`", "expected `a` or `b`", "expected one of `a`, `b`, `c`".
fn one_of(names: &[&str], noun: &str) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.as_slice() {
        [] => format!("there are no {noun}"),
        [one] => format!("expected {one}"),
        [a, b] => format!("expected {a} or {b}"),
        all => format!("expected one of {}", crate::join::joined(all, ", ")),
    }
}

impl Read for Document {
    fn read(value: &Json, at: &Path) -> Result<Self> {
        let o = Object::new(
            value,
            at,
            &["$schema", "version", "id", "language", "article", "glossary", "players", "groupings", "axes", "maps", "stances"],
        )?;
        Ok(Document {
            schema: o.opt("$schema")?,
            version: o.req("version")?,
            id: o.req("id")?,
            language: o.opt_present("language")?.unwrap_or_else(|| "en".to_owned()),
            article: o.req("article")?,
            glossary: o.list("glossary")?,
            players: o.list("players")?,
            groupings: o.list("groupings")?,
            axes: o.list("axes")?,
            maps: o.list("maps")?,
            stances: o.list("stances")?,
        })
    }
}

impl Read for Article {
    fn read(value: &Json, at: &Path) -> Result<Self> {
        let o = Object::new(value, at, &["kicker", "topics", "headline", "dek", "byline", "figure", "blocks"])?;
        Ok(Article {
            kicker: o.opt("kicker")?,
            topics: o.list("topics")?,
            headline: o.req("headline")?,
            dek: o.opt("dek")?,
            byline: o.opt("byline")?,
            figure: o.opt("figure")?,
            blocks: o.req("blocks")?,
        })
    }
}

impl Read for Figure {
    fn read(value: &Json, at: &Path) -> Result<Self> {
        let o = Object::new(value, at, &["caption", "credit"])?;
        Ok(Figure { caption: o.req("caption")?, credit: o.opt("credit")? })
    }
}

impl Read for Block {
    fn read(value: &Json, at: &Path) -> Result<Self> {
        let o = Object::new(value, at, &["id", "kind", "text", "attribution"])?;
        Ok(Block { id: o.req("id")?, kind: o.req("kind")?, text: o.req("text")?, attribution: o.opt("attribution")? })
    }
}

impl Read for BlockKind {
    fn read(value: &Json, at: &Path) -> Result<Self> {
        variant(value, at, &[("paragraph", BlockKind::Paragraph), ("quote", BlockKind::Quote)])
    }
}

impl Read for Entry {
    fn read(value: &Json, at: &Path) -> Result<Self> {
        let o = Object::new(
            value,
            at,
            &["id", "term", "kind", "aliases", "match_case", "definition", "note", "in_article", "related", "further_reading"],
        )?;
        Ok(Entry {
            id: o.req("id")?,
            term: o.req("term")?,
            kind: o.req("kind")?,
            aliases: o.list("aliases")?,
            match_case: o.opt_present("match_case")?.unwrap_or_default(),
            definition: o.req("definition")?,
            note: o.opt("note")?,
            in_article: o.req("in_article")?,
            related: o.list("related")?,
            further_reading: o.opt("further_reading")?,
        })
    }
}

impl Read for EntryKind {
    fn read(value: &Json, at: &Path) -> Result<Self> {
        let variants = EntryKind::ALL.map(|k| (k.key(), k));
        variant(value, at, &variants)
    }
}

impl Read for MatchCase {
    fn read(value: &Json, at: &Path) -> Result<Self> {
        variant(value, at, &[("exact", MatchCase::Exact), ("insensitive", MatchCase::Insensitive)])
    }
}

impl Read for Citation {
    fn read(value: &Json, at: &Path) -> Result<Self> {
        let o = Object::new(value, at, &["summary", "quote"])?;
        Ok(Citation { summary: o.req("summary")?, quote: o.req("quote")? })
    }
}

impl Read for Link {
    fn read(value: &Json, at: &Path) -> Result<Self> {
        let o = Object::new(value, at, &["url", "label"])?;
        Ok(Link { url: o.req("url")?, label: o.req("label")? })
    }
}

impl Read for Player {
    fn read(value: &Json, at: &Path) -> Result<Self> {
        let o = Object::new(value, at, &["id", "name", "label", "kind", "entries"])?;
        Ok(Player {
            id: o.req("id")?,
            name: o.req("name")?,
            label: o.req("label")?,
            kind: o.req("kind")?,
            entries: o.list("entries")?,
        })
    }
}

impl Read for PlayerKind {
    fn read(value: &Json, at: &Path) -> Result<Self> {
        variant(
            value,
            at,
            &[
                ("state", PlayerKind::State),
                ("bloc", PlayerKind::Bloc),
                ("organisation", PlayerKind::Organisation),
                ("person", PlayerKind::Person),
                ("faction", PlayerKind::Faction),
            ],
        )
    }
}

impl Read for Basis {
    fn read(value: &Json, at: &Path) -> Result<Self> {
        variant(value, at, &[Basis::Stated, Basis::Implied, Basis::Background].map(|b| (b.key(), b)))
    }
}

impl Read for Grouping {
    fn read(value: &Json, at: &Path) -> Result<Self> {
        let o = Object::new(value, at, &["id", "name", "members", "basis", "evidence", "note"])?;
        Ok(Grouping {
            id: o.req("id")?,
            name: o.req("name")?,
            members: o.req("members")?,
            basis: o.req("basis")?,
            evidence: o.list("evidence")?,
            note: o.opt("note")?,
        })
    }
}

impl Read for Axis {
    fn read(value: &Json, at: &Path) -> Result<Self> {
        let o = Object::new(value, at, &["id", "question", "low", "high"])?;
        Ok(Axis { id: o.req("id")?, question: o.req("question")?, low: o.req("low")?, high: o.req("high")? })
    }
}

impl Read for StanceMap {
    fn read(value: &Json, at: &Path) -> Result<Self> {
        let o = Object::new(value, at, &["id", "title", "x", "y", "players"])?;
        Ok(StanceMap { id: o.req("id")?, title: o.req("title")?, x: o.req("x")?, y: o.req("y")?, players: o.req("players")? })
    }
}

impl Read for Stance {
    fn read(value: &Json, at: &Path) -> Result<Self> {
        let o = Object::new(value, at, &["player", "axis", "value", "basis", "evidence", "summary"])?;
        Ok(Stance {
            player: o.req("player")?,
            axis: o.req("axis")?,
            value: o.req("value")?,
            basis: o.req("basis")?,
            evidence: o.req("evidence")?,
            summary: o.req("summary")?,
        })
    }
}
