//! `lens`: the native tool for content documents.
//!
//! ```text
//! lens check FILE...   validate documents; exit 1 when any has a problem
//! lens schema          print the JSON Schema of the content format
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

    const USAGE: &str = "usage:\n  lens check FILE...   validate content documents\n  lens schema          print the content format's JSON Schema";

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        match args.first().map(String::as_str) {
            Some("check") if args.len() > 1 => check(&args[1..]),
            Some("schema") => {
                print!("{}", article_lens::schema::json_schema());
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
            match article_lens::check_json(&text) {
                Ok(doc) => println!(
                    "{file}: ok ({} blocks, {} glossary entries)",
                    doc.article.blocks.len(),
                    doc.glossary.len()
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
