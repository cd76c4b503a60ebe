#!/usr/bin/env bash
# Installs what the build and the tests need, skipping what is present.
# Idempotent: a second run only checks (a few seconds) and prints one line
# per step.
#
#   bash scripts/setup.sh                 # toolchain, wasm-bindgen-cli, npm deps
#   bash scripts/setup.sh --browsers      # ... plus Debian chromium + chromedriver + firefox-esr
#   bash scripts/setup.sh --no-browsers   # never the browsers (scripts/run.sh)
set -euo pipefail
LOG_TAG=setup
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$NOTMINE_ROOT"

# No test needs a browser yet. When the extension's browser tests land, flip
# this to 1 so `scripts/test.sh` (and CI) install them; run.sh passes
# --no-browsers either way.
WITH_BROWSERS=0
for arg in "$@"; do
  case "$arg" in
    --browsers) WITH_BROWSERS=1 ;;
    --no-browsers) WITH_BROWSERS=0 ;;
    -h | --help)
      sed -n '2,8p' "$0"
      exit 0
      ;;
    *) die "unknown option: $arg (try --help)" ;;
  esac
done

# Debian chromium + chromedriver (/usr/bin/chromium, /usr/bin/chromedriver)
# for wasm-bindgen-test in the browser and the extension's end-to-end tests;
# firefox-esr (/usr/bin/firefox-esr) for the extension's Firefox smoke test
# (driven over WebDriver BiDi by puppeteer-core: no geckodriver needed), and
# its German language pack, which the test of German reasons runs it in;
# zip and unzip for the extension's zips (scripts/package.sh) and the test
# that loads the Chrome zip unpacked.
setup_browsers() {
  need_root_apt chromium chromium-driver firefox-esr firefox-esr-l10n-de zip unzip
}

start=$SECONDS
ensure_rust_components
ensure_rust_target
ensure_wasm_bindgen
ensure_npm_deps
if [ "$WITH_BROWSERS" = 1 ]; then
  setup_browsers
else
  say "browsers (chromium, chromedriver, firefox-esr): not needed yet, skipped"
fi
say "done in $(elapsed "$start")"
