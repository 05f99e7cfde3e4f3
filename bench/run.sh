#!/usr/bin/env bash
# The benchmark, one command: builds the release dist and the single file, then measures bytes
# (and what the map and the glossary add, from three more builds of the wasm),
# load (static page against the widget), interaction, memory, a page of lazy widgets, a
# 1,000-article site build, native matching and Lighthouse,
# and writes bench/RESULTS.md. Takes a few minutes; run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --bench
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
mkdir -p bench/out
trunk build --release --offline
node scripts/single-file.mjs dist bench/out/article-lens-single.html
node bench/feature-bytes.mjs
cargo run --quiet --locked --bin lens -- render content/asian-nato.json > bench/out/article.html
cargo run --quiet --release --locked --example match_bench > bench/out/matching.md
node bench/site-build.mjs
node bench/run.mjs
