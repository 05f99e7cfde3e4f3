#!/usr/bin/env bash
# Builds the editor into OUT (default dist/editor): its own wasm (the article-lens-editor binary,
# release), bound by the wasm-bindgen CLI at the crate's pin and shrunk by wasm-opt as trunk does
# the reader's, with its page, script and stylesheet, and the list of the site's glossary
# libraries (libraries.json) it offers. Trunk's post-build hook runs it into the
# staging directory, so `trunk build` and `trunk serve` both have the editor at editor/.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-dist/editor}"
mkdir -p "$out"
cargo build --quiet --locked --release --target wasm32-unknown-unknown --bin article-lens-editor
target="${CARGO_TARGET_DIR:-target}"
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name article-lens-editor \
  "$target/wasm32-unknown-unknown/release/article-lens-editor.wasm"
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  --enable-reference-types --enable-multivalue --strip-debug --strip-producers --strip-target-features \
  -o "$out/article-lens-editor_bg.wasm" "$out/article-lens-editor_bg.wasm"
cp editor/index.html "$out/index.html"
# editor.html beside the editor's folder (the dist's root): the address newsrooms are given,
# which sends the browser on to editor/.
cp editor/redirect.html "$(dirname "$out")/editor.html"
# The site's glossary libraries the editor offers, as a document in content/ names them.
node -e 'const fs = require("fs"); console.log(JSON.stringify(fs.readdirSync("glossaries").filter((f) => f.endsWith(".json")).sort().map((f) => `../glossaries/${f}`)))' > "$out/libraries.json"
cp js/editor.js "$out/editor.js"
cp style/editor.css "$out/editor.css"
