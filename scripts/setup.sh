#!/usr/bin/env bash
# Installs what the build and the tests need, skipping what is present.
# Idempotent: a second run only checks (a few seconds) and prints one line
# per step.
#
#   bash scripts/setup.sh                 # toolchain, wasm-bindgen-cli, npm deps
#   bash scripts/setup.sh --browsers      # ... plus Debian chromium + chromedriver + firefox-esr + nginx
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
# that loads the Chrome zip unpacked; nginx (/usr/sbin/nginx) as the real
# shared cache the demo's shop runs behind (www/cache-proxy.mjs), for the
# end-to-end test of a page served from another visitor's cache entry
# (tests/browser/e2e-cache.mjs) and the demo.
setup_browsers() {
  local had_nginx=0
  _apt_present nginx && had_nginx=1
  need_root_apt chromium chromium-driver firefox-esr firefox-esr-l10n-de zip unzip nginx
  # The tests start nginx themselves, as the user, with a config of their
  # own in a temp dir. Debian's package also starts its own service on
  # port 80 where systemd runs (in containers policy-rc.d usually stops
  # that): nobody here asked for a web server on port 80, so the one we
  # just installed is stopped and not started at boot.
  if [ "$had_nginx" = 0 ] && [ -d /run/systemd/system ] && have systemctl; then
    systemctl disable --now nginx >/dev/null 2>&1 && say "nginx: Debian's own service on port 80 stopped and disabled (the tests start their own)"
  fi
  return 0
}

start=$SECONDS
ensure_rust_components
ensure_rust_target
ensure_wasm_bindgen
ensure_npm_deps
if [ "$WITH_BROWSERS" = 1 ]; then
  setup_browsers
else
  say "browsers (chromium, chromedriver, firefox-esr) and nginx: not needed yet, skipped"
fi
say "done in $(elapsed "$start")"
