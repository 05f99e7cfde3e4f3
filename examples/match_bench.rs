//! Matching throughput: our token matcher against `aho-corasick` (leftmost-longest, with a
//! whole-word filter added so both find the same kind of thing), on the seed article's body
//! repeated 1×, 10× and 100×. Prints a Markdown table; `bench/RESULTS.md` records a run.
//!
//! `cargo run --release --example match_bench`

use std::time::{Duration, Instant};

use aho_corasick::{AhoCorasick, MatchKind};
use article_lens::text::glossary::patterns;
use article_lens::text::matcher::Matcher;

fn main() {
    // The seed with its glossary resolved from its library.
    let doc = article_lens::model::files::load(std::path::Path::new("content/asian-nato.json")).expect("run from the project root, on a valid document").doc;
    let body: String = doc.article.blocks.iter().map(|b| b.text.as_str()).collect::<Vec<_>>().join("\n\n");
    let pats = patterns(&doc.glossary);
    let forms: Vec<&str> = pats.iter().map(|p| p.text.as_str()).collect();

    println!("| input | bytes | ours: matches | ours: MB/s | ours: µs/run | aho-corasick: matches | aho-corasick: MB/s |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for times in [1usize, 10, 100] {
        let input = vec![body.as_str(); times].join("\n\n");
        let ours = Matcher::new(&pats);
        let (n_ours, t_ours) = time(|| ours.find_all(&input).len());
        let ac = AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(&forms).expect("patterns compile");
        let (n_ac, t_ac) = time(|| {
            ac.find_iter(&input)
                .filter(|m| whole_word(&input, m.start(), m.end()))
                .count()
        });
        let mb = input.len() as f64 / 1e6;
        println!(
            "| seed body ×{times} | {} | {n_ours} | {:.1} | {:.0} | {n_ac} | {:.1} |",
            input.len(),
            mb / t_ours.as_secs_f64(),
            t_ours.as_secs_f64() * 1e6,
            mb / t_ac.as_secs_f64()
        );
    }
}

/// Median time of several runs of `f`, and its result.
fn time(mut f: impl FnMut() -> usize) -> (usize, Duration) {
    let mut result = 0;
    let mut runs: Vec<Duration> = (0..15)
        .map(|_| {
            let start = Instant::now();
            result = std::hint::black_box(f());
            start.elapsed()
        })
        .collect();
    runs.sort();
    (result, runs[runs.len() / 2])
}

fn whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
    let after = text[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
    before && after
}
