//! `lens`: the native tool for content documents.
//!
//! ```text
//! lens check FILE...                 validate documents; exit 1 when any has a problem
//! lens render FILE [--into PAGE] [--css URL]
//!                                    the content of an <article-lens> element: the article
//!                                    rendered by the widget's components in a declarative
//!                                    shadow root (with the stylesheet at URL, default
//!                                    `article-lens.css`), then the document as inline JSON;
//!                                    to stdout or into PAGE at its `<!-- lens:static -->` marker
//! lens import FILE [--out DOC]       an article in Markdown (with YAML front matter) or plain
//!                                    text (`.txt`) as a version 2 document, to stdout or DOC;
//!                                    notes on what was left out on stderr
//! lens mentions FILE [--json]        what the glossary finds in the article: each form's
//!                                    paragraphs, aliases that find nothing, near misses,
//!                                    mentions inside longer names, names the glossary lacks
//! lens schema                        print the JSON Schema of the content format
//! ```

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::process::ExitCode;

    const USAGE: &str = "usage:\n  lens check FILE...              validate content documents\n  lens render FILE [--into PAGE] [--css URL]
                                  write the article as an <article-lens> element's content (into PAGE
                                  at its <!-- lens:static --> marker; URL: the stylesheet, default article-lens.css)\n  lens import FILE [--out DOC]    an article in Markdown (front matter optional) or plain text (.txt) as a document\n  lens mentions FILE [--json]     what the glossary finds in the article, its near misses, and names it lacks\n  lens schema                     print the content format's JSON Schema";

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        match args.first().map(String::as_str) {
            Some("check") if args.len() > 1 => check(&args[1..]),
            Some("render") if args.len() > 1 => match render_options(&args[2..]) {
                Some((into, css)) => render(&args[1], into, css),
                None => {
                    eprintln!("{USAGE}");
                    ExitCode::from(2)
                }
            },
            Some("import") if args.len() == 2 => import(&args[1], None),
            Some("import") if args.len() == 4 && args[2] == "--out" => import(&args[1], Some(&args[3])),
            Some("mentions") if args.len() == 2 || (args.len() == 3 && args[2] == "--json") => mentions(&args[1], args.len() == 3),
            Some("schema") => {
                print!("{}", article_lens::model::schema::json_schema());
                ExitCode::SUCCESS
            }
            Some("-h" | "--help" | "help") => {
                println!("{USAGE}");
                ExitCode::SUCCESS
            }
            _ => {
                eprintln!("{USAGE}");
                ExitCode::from(2)
            }
        }
    }

    /// `--into PAGE` and `--css URL`, each at most once, in any order.
    fn render_options(args: &[String]) -> Option<(Option<&str>, &str)> {
        let (mut into, mut css) = (None, None);
        for pair in args.chunks(2) {
            match pair {
                [flag, value] if flag == "--into" && into.is_none() => into = Some(value.as_str()),
                [flag, value] if flag == "--css" && css.is_none() => css = Some(value.as_str()),
                _ => return None,
            }
        }
        Some((into, css.unwrap_or("article-lens.css")))
    }

    fn render(file: &str, into: Option<&str>, css: &str) -> ExitCode {
        use article_lens::view::static_page::{element_content, fill, MARKER};
        let read = std::fs::read_to_string(file).map_err(|e| vec![format!("cannot read: {e}")]).and_then(|text| {
            let checked = article_lens::model::read::read_checked(&text).map_err(|rejected| match rejected {
                article_lens::model::read::Rejected::NotJson(syntax) => vec![format!("not valid JSON: {syntax}")],
                article_lens::model::read::Rejected::Invalid(problems) => problems.iter().map(ToString::to_string).collect(),
            })?;
            // The document inline, without the file's indentation.
            let compact = serde_json::from_str::<serde_json::Value>(&text).map(|v| v.to_string()).unwrap_or(text);
            Ok((checked, compact))
        });
        let ((doc, mentions), json) = match read {
            Ok(read) => read,
            Err(problems) => {
                for problem in problems {
                    eprintln!("{file}: {problem}");
                }
                return ExitCode::FAILURE;
            }
        };
        let Some(page) = into else {
            print!("{}", element_content(doc, mentions, &json, css));
            return ExitCode::SUCCESS;
        };
        let filled = std::fs::read_to_string(page)
            .map_err(|e| format!("cannot read: {e}"))
            .and_then(|t| fill(&t, doc, mentions, &json, css).ok_or_else(|| format!("no {MARKER} marker to replace")))
            .and_then(|html| std::fs::write(page, html).map_err(|e| format!("cannot write: {e}")));
        match filled {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("{page}: {message}");
                ExitCode::FAILURE
            }
        }
    }

    /// `lens import`: the document as JSON (to stdout or `out`), its notes on stderr; then the
    /// checks `lens check` makes, so the editor knows at once whether it is ready.
    fn import(file: &str, out: Option<&str>) -> ExitCode {
        use article_lens::model::import::{from_markdown, from_plain_text, id_from_name};
        let path = std::path::Path::new(file);
        let id = id_from_name(&path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default());
        let plain = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt"));
        let imported = std::fs::read_to_string(file)
            .map_err(|e| format!("cannot read: {e}"))
            .and_then(|text| if plain { from_plain_text(&text, &id) } else { from_markdown(&text, &id) });
        let imported = match imported {
            Ok(imported) => imported,
            Err(message) => {
                eprintln!("{file}: {message}");
                return ExitCode::FAILURE;
            }
        };
        for note in &imported.notes {
            eprintln!("{file}: note: {note}");
        }
        let json = match serde_json::to_string_pretty(&imported.doc) {
            Ok(json) => json + "\n",
            Err(e) => {
                eprintln!("{file}: cannot write the document: {e}");
                return ExitCode::FAILURE;
            }
        };
        let problems = article_lens::model::read::check_json(&json).err().unwrap_or_default();
        match out {
            Some(out) => {
                if let Err(e) = std::fs::write(out, &json) {
                    eprintln!("{out}: cannot write: {e}");
                    return ExitCode::FAILURE;
                }
            }
            None => print!("{json}"),
        }
        for problem in &problems {
            eprintln!("{}: {problem}", out.unwrap_or("the imported document"));
        }
        if problems.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        }
    }

    /// `lens mentions`: the report on a document that reads, even one `lens check` rejects
    /// (said on stderr), since it helps while the document is being written.
    fn mentions(file: &str, json: bool) -> ExitCode {
        use article_lens::model::read::{read_unchecked, Rejected};
        let doc = std::fs::read_to_string(file).map_err(|e| vec![format!("cannot read: {e}")]).and_then(|text| {
            read_unchecked(&text).map_err(|rejected| match rejected {
                Rejected::NotJson(syntax) => vec![format!("not valid JSON: {syntax}")],
                Rejected::Invalid(problems) => problems.iter().map(ToString::to_string).collect(),
            })
        });
        let doc = match doc {
            Ok(doc) => doc,
            Err(problems) => {
                for problem in problems {
                    eprintln!("{file}: {problem}");
                }
                return ExitCode::FAILURE;
            }
        };
        let report = article_lens::text::mention_report::report(&doc);
        if json {
            match serde_json::to_string_pretty(&report) {
                Ok(text) => println!("{text}"),
                Err(e) => {
                    eprintln!("{file}: cannot write the report: {e}");
                    return ExitCode::FAILURE;
                }
            }
        } else {
            print!("{}", report.plain());
        }
        if let Err(problems) = article_lens::model::read::checked(doc) {
            eprintln!("{file}: {} problem(s) besides; `lens check {file}` lists them", problems.len());
        }
        ExitCode::SUCCESS
    }

    fn check(files: &[String]) -> ExitCode {
        let mut failed = false;
        for file in files {
            let text = match std::fs::read_to_string(file) {
                Ok(text) => text,
                Err(err) => {
                    eprintln!("{file}: cannot read: {err}");
                    failed = true;
                    continue;
                }
            };
            match article_lens::model::read::check_json(&text) {
                Ok(doc) => println!(
                    "{file}: ok ({} blocks, {} glossary {})",
                    doc.article.blocks.len(),
                    doc.glossary.len(),
                    if doc.glossary.len() == 1 { "entry" } else { "entries" }
                ),
                Err(problems) => {
                    failed = true;
                    for problem in problems {
                        eprintln!("{file}: {problem}");
                    }
                }
            }
        }
        if failed {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        }
    }
}
