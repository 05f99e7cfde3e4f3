//! `lens`: the native tool for content documents.
//!
//! ```text
//! lens check FILE...                 validate documents; exit 1 when any has a problem
//! lens render FILE [--into PAGE]     the article as static HTML, to stdout or into PAGE
//!                                    (in place of its `<!-- lens:static -->` marker)
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

    const USAGE: &str = "usage:\n  lens check FILE...              validate content documents\n  lens render FILE [--into PAGE]  write the article as static HTML (into PAGE at its <!-- lens:static --> marker)\n  lens schema                     print the content format's JSON Schema";

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        match args.first().map(String::as_str) {
            Some("check") if args.len() > 1 => check(&args[1..]),
            Some("render") if args.len() == 2 || (args.len() == 4 && args[2] == "--into") => {
                render(&args[1], args.get(3).map(String::as_str))
            }
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

    fn render(file: &str, into: Option<&str>) -> ExitCode {
        let doc = match std::fs::read_to_string(file).map_err(|e| vec![format!("cannot read: {e}")]).and_then(|text| {
            article_lens::model::read::check_json(&text).map_err(|problems| problems.iter().map(ToString::to_string).collect())
        }) {
            Ok(doc) => doc,
            Err(problems) => {
                for problem in problems {
                    eprintln!("{file}: {problem}");
                }
                return ExitCode::FAILURE;
            }
        };
        let Some(page) = into else {
            print!("{}", article_lens::markup::static_page::render(&doc));
            return ExitCode::SUCCESS;
        };
        let filled = std::fs::read_to_string(page)
            .map_err(|e| format!("cannot read: {e}"))
            .and_then(|t| {
                article_lens::markup::static_page::fill(&t, &doc)
                    .ok_or_else(|| format!("no {} marker to replace", article_lens::markup::static_page::MARKER))
            })
            .and_then(|html| std::fs::write(page, html).map_err(|e| format!("cannot write: {e}")));
        match filled {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("{page}: {message}");
                ExitCode::FAILURE
            }
        }
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
