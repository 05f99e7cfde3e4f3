#!/usr/bin/env bash
# Builds the release dist and writes bench/RESULTS.md: the dist's file sizes (raw, gzip -9,
# brotli -q 11) and native matching throughput (ours against aho-corasick, 1×, 10×, 100×).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release --offline
node bench/size.mjs dist bench/RESULTS.md
{
  echo '## Glossary matching, native (`cargo run --release --example match_bench`)'
  echo
  echo 'Median of 15 runs over the seed body repeated; the aho-corasick column adds a whole-word'
  echo 'filter but none of our case rules or apostrophe folding. Time grows linearly with input.'
  echo
  cargo run --quiet --release --locked --example match_bench
  echo
} >> bench/RESULTS.md
cat bench/RESULTS.md
