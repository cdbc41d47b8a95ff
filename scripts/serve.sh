#!/usr/bin/env bash
# Builds the page (release) and serves it on http://127.0.0.1:${PORT:-8080}/.
# Ollama allows localhost origins by default, so the page reaches a local
# Ollama on http://localhost:11434 with no further set-up.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/env.sh
exec trunk serve --release --address "${ADDRESS:-127.0.0.1}" --port "${PORT:-8080}" "$@"
