#!/usr/bin/env bash
# Sets up whatever is missing, then runs every test: native (domain, validator, tool), the
# content check, the release build, and the browser tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
step() { printf '\n==> %s\n' "$*"; }

step "Native tests (cargo test)"
cargo test --locked

step "Build scripts' tests (node --test)"
node --test tests/scripts/

step "Checking the content documents and glossary libraries (lens check)"
cargo run --quiet --locked --bin lens -- check content/*.json glossaries/*.json

step "Release build (trunk build --release) and the single-file build"
trunk build --release --offline
node scripts/single-file.mjs

step "Browser tests (Playwright, headless Chromium)"
npx playwright test

step "Reader tests in Firefox ESR (geckodriver)"
node tests/e2e/server.mjs 4174 > /dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
sleep 1
BASE_URL=http://127.0.0.1:4174 node --test --test-concurrency=1 tests/firefox/
