#!/usr/bin/env bash
# Builds the release dist and writes its file sizes (raw, gzip -9, brotli -q 11) to
# bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release --offline
node bench/size.mjs dist bench/RESULTS.md
