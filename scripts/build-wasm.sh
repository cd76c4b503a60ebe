#!/usr/bin/env bash
# Builds the wasm package of the core into extension/pkg (gitignored):
#   0. extension/content/snapshot-constants.js (gitignored): the snapshot
#      schema's constants for the content script, from the Rust source
#      (cargo run --example snapshot_constants)
#   1. cargo build --lib --target wasm32-unknown-unknown --profile wasm,
#      twice: without and with the `records` feature (src/wasm/mod.rs)
#   2. wasm-bindgen --target web --no-typescript  ->  extension/pkg/notmine.js,
#                                                     extension/pkg/notmine_bg.wasm
#      (the background's core: judging), and extension/pkg/records.js,
#      extension/pkg/records_bg.wasm (records and exports: the log page,
#      and the background once a page is documented)
#   3. wasm-opt -Oz (npm `binaryen`, node_modules/.bin/wasm-opt)
#   4. prints the raw and gzip -9 size of each final .wasm
#
# NOTMINE_SKIP_WASM_OPT=1 skips step 3 (with a note), e.g. when binaryen is
# not installed. Without it, a missing wasm-opt is an error.
set -euo pipefail
LOG_TAG=build-wasm
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$NOTMINE_ROOT"

start=$SECONDS
target_dir="${CARGO_TARGET_DIR:-$NOTMINE_ROOT/target}"
out_dir="$NOTMINE_ROOT/extension/pkg"
wasm_in="$target_dir/$WASM_TARGET/wasm/notmine.wasm"
wasm_opt="$NOTMINE_ROOT/node_modules/.bin/wasm-opt"

# Cheap checks (no install unless something is missing).
ensure_rust_target
ensure_wasm_bindgen
if [ "${NOTMINE_SKIP_WASM_OPT:-0}" != 1 ] && [ ! -x "$wasm_opt" ]; then
  die "wasm-opt not found at node_modules/.bin/wasm-opt: run \`bash scripts/setup.sh\` (npm binaryen), or set NOTMINE_SKIP_WASM_OPT=1 to skip the optimisation"
fi

# size_line FILE: "123456 bytes (120.6 KiB), gzip -9 45678 bytes (44.6 KiB)"
size_line() {
  local raw gz
  raw="$(stat -c %s "$1")"
  gz="$(gzip -9 -c "$1" | wc -c)"
  awk -v r="$raw" -v g="$gz" 'BEGIN {
    printf "%d bytes (%.1f KiB), gzip -9 %d bytes (%.1f KiB)", r, r / 1024, g, g / 1024
  }'
}

t=$SECONDS
# The content script's copy of the snapshot schema's constants, generated
# from the Rust source (never edited; gitignored like extension/pkg).
say "cargo run --example snapshot_constants -> extension/content/snapshot-constants.js"
cargo run --quiet --example snapshot_constants -- "$NOTMINE_ROOT/extension/content/snapshot-constants.js"
say "snapshot constants in $(elapsed "$t")"

# Start from an empty directory so no stale file (an old snippet) survives.
rm -rf "$out_dir"

# build_package NAME FEATURES: one build of the core, through bindgen and
# wasm-opt, to extension/pkg/NAME.js and NAME_bg.wasm.
build_package() {
  local name=$1 features=$2 t glue wasm_out="$out_dir/$1_bg.wasm"
  t=$SECONDS
  say "cargo build --lib --target $WASM_TARGET --profile wasm ${features:+--features $features}"
  cargo build --lib --target "$WASM_TARGET" --profile wasm ${features:+--features "$features"}
  [ -f "$wasm_in" ] || die "cargo did not produce $wasm_in"
  say "compiled in $(elapsed "$t"): ${wasm_in#"$NOTMINE_ROOT"/} $(size_line "$wasm_in")"

  t=$SECONDS
  say "wasm-bindgen --target web --out-dir extension/pkg --out-name $name --no-typescript"
  wasm-bindgen --target web --out-dir "$out_dir" --out-name "$name" --no-typescript "$wasm_in"
  [ -f "$wasm_out" ] || die "wasm-bindgen did not produce $wasm_out"
  say "bindgen in $(elapsed "$t"): $(size_line "$wasm_out")"

  # The glue keeps its instance in module variables and has no way to drop
  # it; after a trap the extension needs a fresh one (background/core.js).
  # One exported function, appended, forgets the instance so that the next
  # init() instantiates anew. The names it resets are checked first, so a
  # wasm-bindgen that renames them fails here, not in a browser.
  glue="$out_dir/$name.js"
  for js in 'let wasmModule, wasmInstance, wasm;' 'let __wbg_init_promise;' 'cachedDataViewMemory0 = null;' 'cachedUint8ArrayMemory0 = null;'; do
    grep -qF "$js" "$glue" || die "the wasm-bindgen glue no longer has \`$js\`: update the reset in scripts/build-wasm.sh"
  done
  cat >> "$glue" <<'JS'

/** NotMine: forgets the instance; the next init() makes a fresh one (scripts/build-wasm.sh). */
export function resetInstance() {
    wasm = undefined;
    wasmInstance = undefined;
    wasmModule = undefined;
    __wbg_init_promise = undefined;
    cachedDataViewMemory0 = null;
    cachedUint8ArrayMemory0 = null;
}
JS

  if [ "${NOTMINE_SKIP_WASM_OPT:-0}" = 1 ]; then
    say "note: NOTMINE_SKIP_WASM_OPT=1, wasm-opt skipped: the .wasm is not size-optimised"
  else
    t=$SECONDS
    say "wasm-opt -Oz ($("$wasm_opt" --version))"
    "$wasm_opt" -Oz "$wasm_out" -o "$wasm_out.opt"
    mv "$wasm_out.opt" "$wasm_out"
    say "optimised in $(elapsed "$t")"
  fi
}

build_package notmine ""
build_package records records

say "extension/pkg:"
(cd "$out_dir" && find . -type f | sort | sed 's|^\./|    |')
say "final notmine_bg.wasm (background, judging): $(size_line "$out_dir/notmine_bg.wasm")"
# The background loads this file at every service-worker start, before a
# waiting page gets its verdict: issue 16 set its budget at 250 KiB gzip -9
# (BENCHMARKS.md). Growing past it is a decision to take, not a side effect.
budget=$((250 * 1024))
if [ "${NOTMINE_SKIP_WASM_OPT:-0}" != 1 ]; then
  bg_gz="$(gzip -9 -c "$out_dir/notmine_bg.wasm" | wc -c)"
  [ "$bg_gz" -le "$budget" ] ||
    die "notmine_bg.wasm is $bg_gz bytes gzip -9, over its budget of $budget (250 KiB): find what grew (twiggy top on target/$WASM_TARGET/wasm/notmine.wasm after wasm-bindgen --keep-debug), move it out of the judging build (the \`records\` feature), or raise the budget in scripts/build-wasm.sh and BENCHMARKS.md with the reason"
fi
say "final records_bg.wasm (records, exports):    $(size_line "$out_dir/records_bg.wasm")"
say "done in $(elapsed "$start")"
