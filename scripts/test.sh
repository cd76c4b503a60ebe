#!/usr/bin/env bash
# THE test command (README, CI via .ci/run). Stops at the first failing step
# and names it; prints the total time either way.
#
#   1. setup               scripts/setup.sh --browsers (skips what is installed)
#   2. fmt                 cargo fmt --all -- --check
#   3. clippy              cargo clippy --all-targets -- -D warnings
#   4. clippy (wasm32)     cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings
#                          (src/wasm.rs is compiled only for wasm32)
#   5. test                cargo test --all-targets
#   6. doctest             cargo test --doc
#   7. wasm glue tests     cargo test --target wasm32-unknown-unknown --test wasm
#                          (wasm-bindgen-test under node)
#   8. wasm package        scripts/build-wasm.sh
#   9. cli release build   cargo build --release --bin notmine
#  10. cli smoke           notmine scan --format jsonl www/  exits 0 or 1,
#                          one JSON line per www/*.html page; and
#                          tests/cli-fixtures.mjs: the CLI's verdict on every
#                          fixture, with and without the profile as it says
#  11. snapshot parity     tests/browser/snapshot-parity.mjs: the content script's
#                          snapshot of every fixture in headless Chromium equals
#                          `notmine snapshot` of the same file
#  12. extension smoke     tests/browser/extension-smoke.mjs: the built extension
#                          in headless Chromium warns on www/gewinnspiel.html and
#                          not on www/impressum.html; no request of its own
set -euo pipefail
LOG_TAG="test"
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$NOTMINE_ROOT"

total_start=$SECONDS
step_name=""
step_start=$SECONDS
step_no=0
step_count=12

# set -e ends the script at the first failing command; this names the step.
on_exit() {
  local rc=$?
  echo
  if [ "$rc" -ne 0 ]; then
    printf '[test] FAILED at step %d/%d "%s" (exit %d) after %s; total %s\n' \
      "$step_no" "$step_count" "$step_name" "$rc" "$(elapsed "$step_start")" "$(elapsed "$total_start")" >&2
  else
    say "all $step_count steps passed in $(elapsed "$total_start")"
  fi
}
trap on_exit EXIT

# step NAME: announces the next step and closes the previous one.
step() {
  if [ -n "$step_name" ]; then
    say "ok: $step_name ($(elapsed "$step_start"))"
  fi
  step_no=$((step_no + 1))
  step_name=$1
  step_start=$SECONDS
  printf '\n[test] ==> step %d/%d: %s\n' "$step_no" "$step_count" "$step_name"
}

# smoke_cli: the release CLI scans www/ as JSON Lines: exit 0 (nothing to
# warn about) or 1 (some page warns), one valid JSON object per page.
smoke_cli() {
  local bin="${CARGO_TARGET_DIR:-$NOTMINE_ROOT/target}/release/notmine"
  local pages=(www/*.html) out rc=0 lines page
  [ -e "${pages[0]}" ] || die "no www/*.html pages to scan"
  say "${bin#"$NOTMINE_ROOT"/} scan --format jsonl www/"
  out="$("$bin" scan --format jsonl www/)" || rc=$?
  printf '%s\n' "$out"
  case "$rc" in
    0 | 1) say "exit code $rc (0 = no warning, 1 = some page warns): ok" ;;
    *) die "notmine scan exited $rc (expected 0 or 1)" ;;
  esac
  lines="$(printf '%s\n' "$out" | grep -c .)" || true
  [ "$lines" -eq "${#pages[@]}" ] ||
    die "notmine scan printed $lines non-empty lines for ${#pages[@]} pages (${pages[*]})"
  # shellcheck disable=SC2016 # JavaScript template literals, not shell
  printf '%s\n' "$out" | node -e '
    const lines = require("fs").readFileSync(0, "utf8").split("\n").filter(Boolean);
    lines.forEach((l, i) => {
      let v;
      try { v = JSON.parse(l); } catch (e) { console.error(`line ${i + 1} is not JSON: ${e.message}`); process.exit(1); }
      if (v === null || typeof v !== "object" || Array.isArray(v)) { console.error(`line ${i + 1} is not a JSON object`); process.exit(1); }
    });' || die "notmine scan --format jsonl printed a line that is not a JSON object"
  for page in "${pages[@]}"; do
    grep -qF "$(basename "$page")" <<<"$out" || die "no output line names $page"
  done
  say "${#pages[@]} pages, ${#pages[@]} JSON lines: ok"
}

step "setup"
bash scripts/setup.sh --browsers

step "fmt"
cargo fmt --all -- --check

step "clippy"
cargo clippy --all-targets -- -D warnings

step "clippy (wasm32)"
cargo clippy --lib --target "$WASM_TARGET" -- -D warnings

step "test"
cargo test --all-targets

step "doctest"
cargo test --doc

step "wasm glue tests (node)"
cargo test --target "$WASM_TARGET" --test wasm

step "wasm package"
bash scripts/build-wasm.sh

step "cli release build"
cargo build --release --bin notmine

step "cli smoke"
smoke_cli
node tests/cli-fixtures.mjs "${CARGO_TARGET_DIR:-$NOTMINE_ROOT/target}/release/notmine"

step "snapshot parity (Chromium)"
NOTMINE_BIN="${CARGO_TARGET_DIR:-$NOTMINE_ROOT/target}/release/notmine" node tests/browser/snapshot-parity.mjs

step "extension smoke (Chromium)"
node tests/browser/extension-smoke.mjs
say "ok: $step_name ($(elapsed "$step_start"))"
