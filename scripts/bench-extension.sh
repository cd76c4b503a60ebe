#!/usr/bin/env bash
# Speed of the extension in headless Chromium (tools/speed.mjs): the
# content script's main-thread time per page next to its floor, the time from
# DOMContentLoaded to the warning with the real extension (warm, after a
# service-worker stop, first load after install), and the .wasm/zip sizes.
# A measurement, not a test. Builds the wasm core only if it is missing.
#
#   bash scripts/bench-extension.sh [--json] [--profile]
#   bash scripts/bench-extension.sh --corpus [DIR] [--sample N] [--json]
#
# --corpus: the content script and the background's judging on the corpus's
# real pages instead (default ../shared/corpus; see tools/speed.mjs).
# --json: machine-readable output on stdout (progress goes to stderr).
# --profile: also where snapshot.js spends its time, by function (V8's
# sampling profiler). CHROMIUM overrides the browser (default /usr/bin/chromium).
set -euo pipefail
LOG_TAG=bench-extension
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$NOTMINE_ROOT"

start=$SECONDS
chromium="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$chromium" ] || die "no Chromium at $chromium (set CHROMIUM, or run bash scripts/setup.sh)"
have node || die "node not found: install Node.js 20+"
# Progress lines go to stderr so that --json output stays clean.
ensure_npm_deps >&2
if [ ! -f extension/pkg/notmine_bg.wasm ]; then
  say "extension/pkg/notmine_bg.wasm missing: building it" >&2
  bash scripts/build-wasm.sh >&2
fi
CHROMIUM="$chromium" node tools/speed.mjs "$@"
say "done in $(elapsed "$start")" >&2
