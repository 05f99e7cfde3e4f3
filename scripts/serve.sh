#!/usr/bin/env bash
# Sets up whatever is missing, then serves the standalone reader with trunk.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
port="${PORT:-8080}"
printf '\n==> Building and serving Article Lens: open http://127.0.0.1:%s/ when trunk says it is ready\n' "$port"
exec trunk serve --offline --port "$port" "$@"
