#!/usr/bin/env bash
# Installs whatever is missing to build Article Lens; with --browser, also what the browser
# tests need; with --bench, also what the benchmark needs. Idempotent: a second run checks
# versions and returns in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
GECKODRIVER_VERSION=0.37.1
# The wasm-bindgen CLI must match the crate version pinned in Cargo.toml exactly.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)

export PATH="$HOME/.cargo/bin:$PATH"
step() { printf '\n==> %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

TWIGGY_VERSION=0.8.0

want_browser=false
want_bench=false
for arg in "$@"; do
  case "$arg" in
    --browser) want_browser=true ;;
    --bench) want_browser=true; want_bench=true ;;
  esac
done

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "Adding the Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -qF "trunk $TRUNK_VERSION"; then
  step "Installing trunk $TRUNK_VERSION (compiles from source: 10 to 15 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -qF "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  step "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# npm packages: wasm-opt (binaryen 132; Debian's v108 breaks rustc 1.95's wasm) and Playwright.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "Installing npm packages (binaryen for wasm-opt, Playwright)"
  npm ci --no-audit --no-fund
fi

if $want_browser && ! { command -v chromium && command -v chromedriver && command -v firefox-esr; } >/dev/null 2>&1; then
  step "Installing Chromium, ChromeDriver and Firefox ESR from Debian (a few minutes)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver firefox-esr
fi

if $want_browser && ! geckodriver --version 2>/dev/null | grep -qF "geckodriver $GECKODRIVER_VERSION"; then
  step "Installing geckodriver $GECKODRIVER_VERSION for the Firefox tests (compiles from source: a few minutes)"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
fi

if $want_bench && ! twiggy --version 2>/dev/null | grep -qF "twiggy $TWIGGY_VERSION"; then
  step "Installing twiggy $TWIGGY_VERSION for the benchmark's wasm-by-crate table (compiles from source: a few minutes)"
  cargo install twiggy --version "$TWIGGY_VERSION" --locked
fi
