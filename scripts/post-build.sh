#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml). Two steps, in this order:
#
# 1. Code splitting. Parts of the page marked `#[lazy]` (Settings, the
#    evaluation) leave the first load: `wasm-split-cli` (crates.io
#    `wasm_split_cli_support`, installed by scripts/setup.sh) cuts cargo's raw
#    wasm (linked with --emit-relocs, see build.rs) into the main
#    module and one module per lazy part, plus `__wasm_split.js`, which fetches
#    a part the first time it is called. Trunk has no step between cargo and
#    wasm-bindgen, so wasm-bindgen (and, for release, wasm-opt) run again here
#    on the split main module and replace Trunk's output. The parts and the
#    loader are renamed with a hash of their content, so a deployed page never
#    mixes parts of two builds (the service worker caches by name).
# 2. scripts/csp.py: the Content-Security-Policy and 404.html.
set -euo pipefail
cd "$(dirname "$0")/.."
staging=${TRUNK_STAGING_DIR:?run by trunk}
profile=${TRUNK_PROFILE:-debug}
raw=target/wasm32-unknown-unknown/$profile/minions-web.wasm
name=$(grep -o 'minions-web-[0-9a-f]*\.js' "$staging/index.html" | head -1)
name=${name%.js}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# MINIONS_KEEP_NAMES=1 keeps the functions' names, for a CPU profile (tests/page_bench.rs, BENCH_PROFILE).
names=()
if [[ -n ${MINIONS_KEEP_NAMES:-} ]]; then names=(-g); fi
wasm-split-cli --target web --out-name "$name" "$raw" "$work/split" >/dev/null
wasm-bindgen --target web --keep-lld-exports --no-demangle --no-typescript ${MINIONS_KEEP_NAMES:+--keep-debug} \
  --out-dir "$work/bound" --out-name "$name" "$work/split/$name.wasm"
features="--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals"
optimise() {
  if [[ $profile == release ]]; then
    wasm-opt -Oz $features "${names[@]}" "$1" -o "$1.opt" && mv "$1.opt" "$1"
  fi
}

# The lazy parts, named by their content.
loader=$work/split/__wasm_split.js
shopt -s nullglob
for part in "$work/split"/split_*.wasm "$work/split"/chunk_*.wasm; do
  optimise "$part"
  base=$(basename "$part" .wasm)
  hashed="$base-$(sha256sum "$part" | cut -c1-16).wasm"
  cp "$part" "$staging/$hashed"
  sed -i "s|\./$base\.wasm|./$hashed|g" "$loader"
done
loader_name="__wasm_split-$(sha256sum "$loader" | cut -c1-16).js"
cp "$loader" "$staging/$loader_name"

# The main module and its glue, in place of Trunk's.
optimise "$work/bound/${name}_bg.wasm"
# Only the import statements: the wasm still names its import module "./__wasm_split.js".
sed -i "s|from \"\./__wasm_split\.js\"|from \"./$loader_name\"|g" "$work/bound/$name.js"
cp "$work/bound/$name.js" "$work/bound/${name}_bg.wasm" "$staging/"
if [[ -d $work/bound/snippets ]]; then
  cp -r "$work/bound/snippets/." "$staging/snippets/"
fi

# The engine's worker, named by its content like the parts: a page updated on
# the server never starts an older worker from a cache (web/engine_host.rs
# reads the names from this meta tag).
if [[ -f $staging/engine-worker_bg.wasm ]]; then
  worker_hash=$(cat "$staging/engine-worker.js" "$staging/engine-worker_bg.wasm" | sha256sum | cut -c1-16)
  mv "$staging/engine-worker.js" "$staging/engine-worker-$worker_hash.js"
  mv "$staging/engine-worker_bg.wasm" "$staging/engine-worker-${worker_hash}_bg.wasm"
  meta="<meta name=\"engine-worker\" content=\"engine-worker-$worker_hash.js\" data-wasm=\"engine-worker-${worker_hash}_bg.wasm\" />"
  sed -i "s|</head>|  $meta\n  </head>|" "$staging/index.html"
fi

python3 scripts/csp.py
