#!/usr/bin/env bash
# Re-quantizes a Q4_1 GGUF model (see scripts/requantize.py), in a venv of its
# own with llama.cpp's `gguf` library from PyPI, made on first use.
#
#   scripts/requantize.sh IN.gguf OUT.gguf q8_0|q4_0|f16
#   scripts/requantize.sh "$(scripts/real-llm.sh path)" /tmp/smollm2-q8_0.gguf q8_0
set -euo pipefail
home=${REQUANTIZE_HOME:-$HOME/.cache/minions-web/requantize}
python=$home/venv/bin/python
if ! "$python" -c 'import gguf, numpy' 2>/dev/null; then
  echo "[requantize] installing gguf from PyPI (once)" >&2
  mkdir -p "$home"
  python3 -m venv "$home/venv"
  "$home/venv/bin/pip" install -q --disable-pip-version-check gguf==0.19.0 numpy==2.4.6
fi
exec "$python" "$(dirname "$0")/requantize.py" "$@"
