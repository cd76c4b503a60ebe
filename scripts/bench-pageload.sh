#!/usr/bin/env bash
# What NotMine costs a real page load (tools/pageload.mjs): the load event
# and largest contentful paint of the corpus's 415 saved pages and 100 of its
# form pages, served on 127.0.0.1, in headless Chromium and Firefox ESR each
# run twice side by side, with and without the extension (ABBA order).
# A measurement, not a test; a full run of both browsers takes about 20–30
# minutes on 2 cores: run it on a quiet machine. Builds the zips only if they
# are missing.
#
#   bash scripts/bench-pageload.sh [--browser chromium|firefox|both] [--rounds N] [--sample N]
#        [--group pages|forms] [--corpus DIR] [--timeout SECONDS] [--settle MS] [--json | --markdown]
#
# Chromium loads the packaged Chrome zip, unpacked to a temporary directory
# (NOTMINE_EXT=DIR loads another), Firefox dist/notmine-<version>-firefox.zip
# (NOTMINE_ZIP overrides). --json: machine-readable output on stdout;
# --markdown: a table for BENCHMARKS.md (progress goes to stderr).
# CHROMIUM and FIREFOX override the browsers' paths.
set -euo pipefail
LOG_TAG=bench-pageload
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$NOTMINE_ROOT"

start=$SECONDS
browsers=both
prev=
for a in "$@"; do
  [ "$prev" = --browser ] && browsers="$a"
  prev="$a"
done
chromium="${CHROMIUM:-/usr/bin/chromium}"
firefox="${FIREFOX:-/usr/bin/firefox-esr}"
if [ "$browsers" != firefox ]; then
  [ -x "$chromium" ] || die "no Chromium at $chromium (set CHROMIUM, or run bash scripts/setup.sh)"
fi
if [ "$browsers" != chromium ]; then
  [ -x "$firefox" ] || die "no Firefox at $firefox (set FIREFOX, or run bash scripts/setup.sh --browsers)"
fi
have node || die "node not found: install Node.js 20+"
have openssl || die "openssl not found (the pages are served over https with a throwaway certificate)"
[ -d ../shared/corpus ] || printf '%s\n' "$@" | grep -qx -- --corpus ||
  die "no corpus at ../shared/corpus beside the repository (or give --corpus DIR)"
# Progress lines go to stderr so that --json and --markdown output stays clean.
ensure_npm_deps >&2

version="$(node -p "require('./extension/manifest.json').version")"
chrome_zip="dist/notmine-$version-chrome.zip"
firefox_zip="dist/notmine-$version-firefox.zip"
if [ ! -f "$chrome_zip" ] || [ ! -f "$firefox_zip" ]; then
  if [ ! -f extension/pkg/notmine_bg.wasm ]; then
    say "extension/pkg/notmine_bg.wasm missing: building it" >&2
    bash scripts/build-wasm.sh >&2
  fi
  say "dist zips missing: packaging" >&2
  bash scripts/package.sh >&2
fi
if [ -z "${NOTMINE_EXT:-}" ]; then
  # Chromium measures what ships: the Chrome zip, unpacked.
  NOTMINE_EXT="$(mktemp -d -t notmine-pageload-ext.XXXXXX)"
  trap 'rm -rf "$NOTMINE_EXT"' EXIT
  have unzip || die "unzip not found (apt-get install unzip), or set NOTMINE_EXT to an unpacked extension"
  unzip -q "$chrome_zip" -d "$NOTMINE_EXT"
fi
say "Chromium loads $NOTMINE_EXT, Firefox ${NOTMINE_ZIP:-$firefox_zip}" >&2
status=0
CHROMIUM="$chromium" FIREFOX="$firefox" NOTMINE_EXT="$NOTMINE_EXT" NOTMINE_ZIP="${NOTMINE_ZIP:-$firefox_zip}" \
  node tools/pageload.mjs "$@" || status=$?
say "done in $(elapsed "$start")" >&2
exit "$status"
