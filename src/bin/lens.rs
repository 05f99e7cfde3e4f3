//! `lens`: the native tool for content documents.
//!
//! ```text
//! lens check FILE...                 validate documents (with the glossary libraries they name)
//!                                    and libraries; exit 1 when any has a problem
//! lens render FILE [--into PAGE] [--css URL]
//!                                    the content of an <article-lens> element: the article
//!                                    rendered by the widget's components in a declarative
//!                                    shadow root (with the stylesheet at URL, default
//!                                    `article-lens.css`), then the document as inline JSON;
//!                                    to stdout or into PAGE at its `<!-- lens:static -->` marker
//! lens resolve FILE [--out DOC]     the document with its glossary resolved from its
//!                                    libraries: one self-contained file, checked
//! lens import FILE [--out DOC] [--library LIB]...
//!                                    an article in Markdown (with YAML front matter) or plain
//!                                    text (`.txt`) as a version 2 document, to stdout or DOC;
//!                                    notes on what was left out on stderr; with each
//!                                    library LIB named, its entries the text mentions used
//! lens build DIR --out SITE [--assets DIST] [--base-url URL] [--title TEXT]
//!                                    a static site of every document in DIR: a page per
//!                                    article (rendered, hydrated), an index, oEmbed JSON per
//!                                    article, a sitemap (with --base-url), the widget's
//!                                    assets from DIST (default dist) once
//! lens mentions FILE [--json]        what the glossary finds in the article: each form's
//!                                    paragraphs, aliases that find nothing, near misses,
//!                                    mentions inside longer names, names the glossary lacks
//! lens schema [--library]            print the JSON Schema of the content format (or of a
//!                                    glossary library)
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

    const USAGE: &str = "usage:\n  lens check FILE...              validate content documents (and their libraries) and glossary libraries\n  lens render FILE [--into PAGE] [--css URL] [--lang TAG]
                                  write the article as an <article-lens> element's content (into PAGE
                                  at its <!-- lens:static --> marker; URL: the stylesheet, default article-lens.css;
                                  TAG: the language of the widget's words, default the article's)\n  lens resolve FILE [--out DOC]   the document with its glossary resolved from its libraries, self-contained\n  lens import FILE [--out DOC] [--library LIB]...
                                  an article in Markdown (front matter optional) or plain text (.txt) as a document,
                                  using the entries of each glossary library LIB that the text mentions\n  lens build DIR --out SITE [--assets DIST] [--base-url URL] [--title TEXT] [--lang TAG]
                                  a static site of every document in DIR, with the widget's assets from DIST (default dist)\n  lens mentions FILE [--json]     what the glossary finds in the article, its near misses, and names it lacks\n  lens schema [--library]         print the JSON Schema of the content format (or of a glossary library)";

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        match args.first().map(String::as_str) {
            Some("check") if args.len() > 1 => check(&args[1..]),
            Some("render") if args.len() > 1 => match render_options(&args[2..]) {
                Some((into, css, lang)) => render(&args[1], into, css, lang),
                None => {
                    eprintln!("{USAGE}");
                    ExitCode::from(2)
                }
            },
            Some("import") if args.len() > 1 => match import_options(&args[2..]) {
                Some((out, libraries)) => import(&args[1], out, &libraries),
                None => {
                    eprintln!("{USAGE}");
                    ExitCode::from(2)
                }
            },
            Some("build") if args.len() > 1 => match build_options(&args[2..]) {
                Some(options) => build(&args[1], options),
                None => {
                    eprintln!("{USAGE}");
                    ExitCode::from(2)
                }
            },
            Some("resolve") if args.len() == 2 => resolve(&args[1], None),
            Some("resolve") if args.len() == 4 && args[2] == "--out" => resolve(&args[1], Some(&args[3])),
            Some("mentions") if args.len() == 2 || (args.len() == 3 && args[2] == "--json") => mentions(&args[1], args.len() == 3),
            Some("schema") if args.len() == 1 => {
                print!("{}", article_lens::model::schema::json_schema());
                ExitCode::SUCCESS
            }
            Some("schema") if args.len() == 2 && args[1] == "--library" => {
                print!("{}", article_lens::model::schema::library_schema());
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

    /// `--into PAGE`, `--css URL` and `--lang TAG`, each at most once, in any order.
    fn render_options(args: &[String]) -> Option<(Option<&str>, &str, Option<&str>)> {
        let (mut into, mut css, mut lang) = (None, None, None);
        for pair in args.chunks(2) {
            match pair {
                [flag, value] if flag == "--into" && into.is_none() => into = Some(value.as_str()),
                [flag, value] if flag == "--css" && css.is_none() => css = Some(value.as_str()),
                [flag, value] if flag == "--lang" && lang.is_none() => lang = Some(value.as_str()),
                _ => return None,
            }
        }
        Some((into, css.unwrap_or("article-lens.css"), lang))
    }

    /// `--out DOC` at most once and `--library LIB` any number of times, in any order.
    fn import_options(args: &[String]) -> Option<(Option<&str>, Vec<&str>)> {
        let (mut out, mut libraries) = (None, Vec::new());
        for pair in args.chunks(2) {
            match pair {
                [flag, value] if flag == "--out" && out.is_none() => out = Some(value.as_str()),
                [flag, value] if flag == "--library" => libraries.push(value.as_str()),
                _ => return None,
            }
        }
        Some((out, libraries))
    }

    /// Problems of `file` on stderr, one a line.
    fn report(file: &str, problems: &[article_lens::model::problem::Problem]) {
        for problem in problems {
            eprintln!("{file}: {problem}");
        }
    }

    /// `lens build`'s options: `--out SITE` (required), `--assets DIST`, `--base-url URL`,
    /// `--title TEXT`, `--lang TAG`, each at most once.
    struct BuildOptions<'a> {
        out: &'a str,
        assets: &'a str,
        base_url: Option<&'a str>,
        title: &'a str,
        lang: Option<&'a str>,
    }

    fn build_options(args: &[String]) -> Option<BuildOptions<'_>> {
        let (mut out, mut assets, mut base_url, mut title, mut lang) = (None, None, None, None, None);
        for pair in args.chunks(2) {
            match pair {
                [flag, value] if flag == "--out" && out.is_none() => out = Some(value.as_str()),
                [flag, value] if flag == "--assets" && assets.is_none() => assets = Some(value.as_str()),
                [flag, value] if flag == "--base-url" && base_url.is_none() => base_url = Some(value.as_str()),
                [flag, value] if flag == "--title" && title.is_none() => title = Some(value.as_str()),
                [flag, value] if flag == "--lang" && lang.is_none() => lang = Some(value.as_str()),
                _ => return None,
            }
        }
        Some(BuildOptions { out: out?, assets: assets.unwrap_or("dist"), base_url, title: title.unwrap_or("Articles"), lang })
    }

    /// The widget's files a site needs once, from the release dist.
    const ASSETS: [&str; 11] = [
        "article-lens.js",
        "article-lens-core.js",
        "article-lens-core_bg.wasm",
        "article-lens.css",
        "page.css",
        "icon.svg",
        "embed.html",
        "embed-frame.js",
        "embed.css",
        "article-lens-frame.js",
        "manifest.webmanifest",
    ];

    /// `lens build`: every document in `dir` (libraries are told apart and copied) checked, then
    /// written as a static site. Nothing is written when a document has a problem.
    fn build(dir: &str, options: BuildOptions) -> ExitCode {
        use article_lens::view::static_page::{article_page, embed_iframe, index_page, sitemap, Listed};
        use std::path::Path;
        let started = std::time::Instant::now();
        let mut files: Vec<_> = match std::fs::read_dir(dir) {
            Ok(entries) => entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "json")).collect(),
            Err(e) => {
                eprintln!("{dir}: cannot read: {e}");
                return ExitCode::FAILURE;
            }
        };
        files.sort();
        let mut checked = Vec::new();
        let mut libraries = std::collections::BTreeSet::new();
        let mut failed = false;
        for file in &files {
            // A glossary library among the documents is copied where an article uses it.
            if std::fs::read_to_string(file).is_ok_and(|t| is_library(&t)) {
                continue;
            }
            match article_lens::model::files::load(file) {
                Ok(c) => {
                    for name in &c.used {
                        libraries.insert(article_lens::model::files::library_file(file, &name.0));
                    }
                    checked.push(c);
                }
                Err(problems) => {
                    failed = true;
                    report(&file.display().to_string(), &problems);
                }
            }
        }
        let mut seen = std::collections::HashSet::new();
        for c in &checked {
            if !seen.insert(c.doc.id.clone()) {
                eprintln!("{dir}: two documents have the id `{}`: each article's page is named by its id", c.doc.id);
                failed = true;
            }
        }
        if failed {
            return ExitCode::FAILURE;
        }
        let out = Path::new(options.out);
        // The site's address, for the sitemap and the oEmbed HTML: an http(s) address, which
        // then needs no escaping in either.
        if let Some(b) = options.base_url.filter(|b| !(b.starts_with("https://") || b.starts_with("http://")) || b.contains(['&', '<', '>', '"', '\'', ' '])) {
            eprintln!("--base-url {b}: give the site's address, such as https://example.org/explainers/");
            return ExitCode::from(2);
        }
        let base = options.base_url.map(|b| if b.ends_with('/') { b.to_owned() } else { format!("{b}/") });
        let written = (|| -> std::io::Result<(usize, u64)> {
            std::fs::create_dir_all(out.join("content"))?;
            let mut bytes = 0u64;
            let mut write = |path: std::path::PathBuf, text: &[u8]| -> std::io::Result<()> {
                bytes += text.len() as u64;
                std::fs::write(path, text)
            };
            for asset in ASSETS {
                let from = Path::new(options.assets).join(asset);
                let data = std::fs::read(&from).map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e} (build the widget first: trunk build --release)", from.display())))?;
                write(out.join(asset), &data)?;
            }
            if !libraries.is_empty() {
                std::fs::create_dir_all(out.join("glossaries"))?;
            }
            for library in &libraries {
                let name = library.file_name().unwrap_or_default();
                write(out.join("glossaries").join(name), &std::fs::read(library)?)?;
            }
            let mut listed = Vec::new();
            let mut urls = vec![format!("{}index.html", base.clone().unwrap_or_default())];
            for c in checked {
                let doc = article_lens::model::content::Document { schema: None, ..c.doc };
                let json = serde_json::to_string(&doc).map_err(std::io::Error::other)?;
                let id = doc.id.clone();
                let a = &doc.article;
                listed.push(Listed { id: id.clone(), kicker: a.kicker.clone(), headline: a.headline.clone(), dek: a.dek.clone(), published: a.published.clone() });
                let oembed = serde_json::json!({
                    "version": "1.0",
                    "type": "rich",
                    "provider_name": "Article Lens",
                    "title": a.headline,
                    "html": embed_iframe(base.as_deref().unwrap_or(""), &id, &a.headline),
                    "width": 640,
                    "height": 900,
                });
                write(out.join(format!("{id}.oembed.json")), oembed.to_string().as_bytes())?;
                write(out.join("content").join(format!("{id}.json")), json.as_bytes())?;
                write(out.join(format!("{id}.html")), article_page(doc, c.mentions, &json, options.lang).as_bytes())?;
                urls.push(format!("{}{id}.html", base.clone().unwrap_or_default()));
            }
            let count = listed.len();
            write(out.join("index.html"), index_page(options.title, listed).as_bytes())?;
            if base.is_some() {
                write(out.join("sitemap.xml"), sitemap(&urls).as_bytes())?;
            }
            Ok((count, bytes))
        })();
        match written {
            Ok((count, bytes)) => {
                let sitemap = if base.is_some() { ", a sitemap" } else { " (no sitemap: give --base-url)" };
                println!(
                    "{}: {count} articles, an index{sitemap}, {} glossary libraries and the widget's assets; {bytes} bytes in {:.2} s",
                    options.out,
                    libraries.len(),
                    started.elapsed().as_secs_f64()
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{}: cannot write the site: {e}", options.out);
                ExitCode::FAILURE
            }
        }
    }

    /// `lens resolve`: the checked document with its libraries' entries in its glossary, for a
    /// host that serves one file (the widget then loads nothing beside it).
    fn resolve(file: &str, out: Option<&str>) -> ExitCode {
        let doc = match article_lens::model::files::load(std::path::Path::new(file)) {
            Ok(checked) => checked.doc,
            Err(problems) => {
                report(file, &problems);
                return ExitCode::FAILURE;
            }
        };
        let json = match serde_json::to_string_pretty(&doc) {
            Ok(json) => json + "\n",
            Err(e) => {
                eprintln!("{file}: cannot write the document: {e}");
                return ExitCode::FAILURE;
            }
        };
        match out {
            None => print!("{json}"),
            Some(out) => {
                if let Err(e) = std::fs::write(out, json) {
                    eprintln!("{out}: cannot write: {e}");
                    return ExitCode::FAILURE;
                }
            }
        }
        ExitCode::SUCCESS
    }

    fn render(file: &str, into: Option<&str>, css: &str, lang: Option<&str>) -> ExitCode {
        use article_lens::view::static_page::{element_content, fill, MARKER};
        let (doc, mentions) = match article_lens::model::files::load(std::path::Path::new(file)) {
            Ok(checked) => (checked.doc, checked.mentions),
            Err(problems) => {
                report(file, &problems);
                return ExitCode::FAILURE;
            }
        };
        // The document inline with its glossary resolved (nothing left for the widget to load),
        // compact, without the editor's schema link.
        let inline = article_lens::model::content::Document { schema: None, ..doc.clone() };
        let json = match serde_json::to_string(&inline) {
            Ok(json) => json,
            Err(e) => {
                eprintln!("{file}: cannot write the document: {e}");
                return ExitCode::FAILURE;
            }
        };
        let Some(page) = into else {
            print!("{}", element_content(doc, mentions, &json, css, lang));
            return ExitCode::SUCCESS;
        };
        let filled = std::fs::read_to_string(page)
            .map_err(|e| format!("cannot read: {e}"))
            .and_then(|t| fill(&t, doc, mentions, &json, css, lang).ok_or_else(|| format!("no {MARKER} marker to replace")))
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
    /// checks `lens check` makes, so the editor knows at once whether it is ready. Each library
    /// given is named in the document (by its path from the document's directory) and the
    /// entries of it that the text mentions are listed.
    fn import(file: &str, out: Option<&str>, libraries: &[&str]) -> ExitCode {
        use article_lens::model::import::{from_markdown, from_plain_text, id_from_name};
        use std::path::Path;
        let path = Path::new(file);
        let id = id_from_name(&path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default());
        let plain = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt"));
        let imported = std::fs::read_to_string(file)
            .map_err(|e| format!("cannot read: {e}"))
            .and_then(|text| if plain { from_plain_text(&text, &id) } else { from_markdown(&text, &id) });
        let mut imported = match imported {
            Ok(imported) => imported,
            Err(message) => {
                eprintln!("{file}: {message}");
                return ExitCode::FAILURE;
            }
        };
        let mut read = Vec::new();
        for library in libraries {
            match std::fs::read_to_string(library).map_err(|e| format!("cannot read: {e}")).and_then(|text| {
                article_lens::model::read::read_library(&text)
                    .map_err(|problems| problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))
            }) {
                Ok(read_library) => read.push(read_library),
                Err(message) => {
                    eprintln!("{library}: {message}");
                    return ExitCode::FAILURE;
                }
            }
            let from = out.map_or(Path::new("."), |o| Path::new(o).parent().unwrap_or(Path::new(".")));
            imported.doc.libraries.push(relative_path(from, Path::new(library)));
        }
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
        let checked = article_lens::model::read::checked_with(imported.doc, &read);
        match out {
            Some(out) => {
                if let Err(e) = std::fs::write(out, &json) {
                    eprintln!("{out}: cannot write: {e}");
                    return ExitCode::FAILURE;
                }
            }
            None => print!("{json}"),
        }
        let name = out.unwrap_or("the imported document");
        match checked {
            Ok(checked) => {
                for (library, (path, _)) in read.iter().zip(&checked.used) {
                    let ids: Vec<&str> = checked
                        .doc
                        .glossary
                        .iter()
                        .filter(|e| library.entries.iter().any(|l| l.id == e.id))
                        .map(|e| e.id.as_str())
                        .collect();
                    eprintln!("{name}: uses {} of the {} entries of {path}: {}", ids.len(), library.entries.len(), ids.join(", "));
                }
                ExitCode::SUCCESS
            }
            Err(problems) => {
                report(name, &problems);
                ExitCode::FAILURE
            }
        }
    }

    /// The path of `to` as seen from the directory `from`, with `/` between its parts (a
    /// document's libraries are named this way, on every system).
    fn relative_path(from: &std::path::Path, to: &std::path::Path) -> String {
        use std::path::{absolute, Component};
        let (Ok(from), Ok(to)) = (absolute(from), absolute(to)) else { return to.to_string_lossy().replace('\\', "/") };
        let parts = |p: &std::path::Path| {
            p.components().filter(|c| !matches!(c, Component::CurDir)).map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>()
        };
        let (from, to) = (parts(&from), parts(&to));
        let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
        let mut out: Vec<String> = vec!["..".to_owned(); from.len() - common];
        out.extend(to[common..].iter().cloned());
        out.join("/")
    }

    /// `lens mentions`: the report on a document that reads, even one `lens check` rejects
    /// (said on stderr), since it helps while the document is being written. Its glossary is
    /// the article's own entries and those of its libraries it mentions.
    fn mentions(file: &str, json: bool) -> ExitCode {
        let path = std::path::Path::new(file);
        let doc = match article_lens::model::files::load_resolved(path) {
            Ok(doc) => doc,
            Err(problems) => {
                report(file, &problems);
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
        // The resolved document has no libraries left to read: it is checked as it is.
        if let Err(problems) = article_lens::model::read::checked(doc) {
            eprintln!("{file}: {} problem(s) besides; `lens check {file}` lists them", problems.len());
        }
        ExitCode::SUCCESS
    }

    /// Whether the JSON text is a glossary library rather than a document: a library has
    /// `entries` and no `article`.
    fn is_library(text: &str) -> bool {
        serde_json::from_str::<serde_json::Value>(text)
            .ok()
            .and_then(|v| v.as_object().map(|o| o.contains_key("entries") && !o.contains_key("article")))
            .unwrap_or(false)
    }

    fn check(files: &[String]) -> ExitCode {
        let mut failed = false;
        for file in files {
            let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
            let text = match std::fs::read_to_string(file) {
                Ok(text) => text,
                Err(err) => {
                    eprintln!("{file}: cannot read: {err}");
                    failed = true;
                    continue;
                }
            };
            if is_library(&text) {
                match article_lens::model::read::read_library(&text) {
                    Ok(library) => println!("{file}: ok (glossary library `{}`, {})", library.id, plural(library.entries.len(), "entry", "entries")),
                    Err(problems) => {
                        failed = true;
                        report(file, &problems);
                    }
                }
                continue;
            }
            match article_lens::model::files::load(std::path::Path::new(file)) {
                Ok(checked) => {
                    let from: String = checked.used.iter().map(|(path, n)| format!(", {n} from {path}")).collect();
                    println!(
                        "{file}: ok ({} blocks, {}{from})",
                        checked.doc.article.blocks.len(),
                        plural(checked.doc.glossary.len(), "glossary entry", "glossary entries")
                    );
                    for notice in &checked.notices {
                        println!("{file}: notice: {notice}");
                    }
                }
                Err(problems) => {
                    failed = true;
                    report(file, &problems);
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
