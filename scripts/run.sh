#!/usr/bin/env bash
# THE product command (README), until the extension exists: builds the CLI
# and shows its verdicts on the demo pages in www/, judged against the demo
# user's profile (www/profile.json, Katrin Vogelsang).
#
# `notmine scan` exits 1 when some page warns, which is the point of the
# demo: run.sh succeeds on 0 and 1 and fails only on other codes (2 = error).
set -euo pipefail
LOG_TAG=run
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$NOTMINE_ROOT"

bash scripts/setup.sh --no-browsers

say "cargo build --release --bin notmine"
cargo build --release --bin notmine

bin="${CARGO_TARGET_DIR:-$NOTMINE_ROOT/target}/release/notmine"
say "notmine scan --profile www/profile.json --format text www/"
echo
rc=0
"$bin" scan --profile www/profile.json --format text www/ || rc=$?
echo
case "$rc" in
  0) say "exit code 0: no page shows someone else's data" ;;
  1) say "exit code 1: some page shows someone else's data (expected for the demo)" ;;
  *)
    say "notmine scan failed with exit code $rc"
    exit "$rc"
    ;;
esac
