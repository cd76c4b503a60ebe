#!/usr/bin/env bash
# THE test command (README, CI via .ci/run). Stops at the first failing step
# and names it; prints the total time either way.
#
#   1. setup               scripts/setup.sh --browsers (skips what is installed)
#   2. fmt                 cargo fmt --all -- --check
#   3. clippy, docs        cargo clippy --all-targets -- -D warnings, and
#                          cargo doc --no-deps with every rustdoc warning an error
#                          (a broken intra-doc link fails the run)
#   4. clippy (wasm32)     cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings
#                          (src/wasm.rs is compiled only for wasm32)
#   5. test                cargo test --all-targets
#   6. doctest             cargo test --doc
#   7. wasm glue tests     cargo test --target wasm32-unknown-unknown --test wasm
#                          (wasm-bindgen-test under node)
#   8. wasm package        scripts/build-wasm.sh
#   9. extension zips      scripts/package.sh: dist/notmine-<version>-chrome.zip
#                          and dist/notmine-<version>-firefox.zip
#  10. web-ext lint        web-ext lint of extension/: 0 errors, and no warning
#                          but the expected BACKGROUND_SERVICE_WORKER_IGNORED
#  11. cli release build   cargo build --release --bin notmine
#  12. cli smoke           notmine scan --format jsonl www/  exits 0 or 1,
#                          one JSON line per www/*.html page; and
#                          tests/cli-fixtures.mjs: the CLI's verdict on every
#                          fixture, with and without the profile as it says
#  13. accuracy on real    notmine eval ../shared/corpus --floors tests/eval-floors.json:
#      pages (CLI)         recall on stranger-filled forms, false alarms on the
#                          original, own-data and ordinary pages, field typing,
#                          each held at the figure reached (a drop fails); the
#                          variants are written to target/eval-variants for 17
#  14. snapshot parity     tests/browser/snapshot-parity.mjs: the content script's
#                          snapshot of every fixture in headless Chromium equals
#                          `notmine snapshot` of the same file
#  15. extension smoke     tests/browser/extension-smoke.mjs: the Chrome zip,
#      (Chromium)          unpacked, in headless Chromium warns on
#                          www/gewinnspiel.html and not on www/impressum.html;
#                          no request of its own
#  16. extension flows     tests/browser/extension-flows.mjs: own account page
#      (Chromium)          silent; single-page-app, script-set values, late and
#                          cross-origin frames warn; badge; popup scan; "Document
#                          it"; "This is me"; a stopped service worker
#  17. browser scan        tests/browser/browser-scan-agrees.mjs: the extension's
#      = notmine scan      verdict on every fixture (tests/browser/browser-scan.mjs)
#                          equals the CLI's line, with and without the profile
#  18. accuracy in the     tests/browser/eval-browsers.mjs --sample 120 --browser both:
#      browsers            a fixed sample of the eval's variant pages judged by
#                          the real extension in Chromium and Firefox, with and
#                          without the profile; fails below 99 % agreement
#                          with the CLI
#  19. extension smoke     tests/browser/extension-firefox.mjs: the Firefox zip,
#      (Firefox)           installed as an add-on in headless Firefox ESR: the
#                          same pages, www/konto.html with and without a
#                          profile; nothing leaves the machine
#  20. end-to-end          tests/browser/e2e-demo.mjs chromium: the demo site
#      (Chromium)          (www/server.mjs): every leak page warns in time and
#                          names its kinds, every trap page stays silent,
#                          reloads, single-page app, strict CSP, popup scan,
#                          "This is me", stopped service worker, no request
#  21. end-to-end          the same in Firefox ESR with the Firefox zip
#      (Firefox)
#  22. incident log        tests/browser/e2e-incidents.mjs chromium: "Document it"
#      (Chromium)          on three loads of the contest form, the log page and
#                          its per-site numbers, JSON/CSV/HTML exports (hashes
#                          checked with node's crypto, nothing in clear unless
#                          asked, CSV formulas defused, the report runs and
#                          loads nothing), hostile values, "Document this page"
#  23. incident log        the same in Firefox ESR with the Firefox zip
#      (Firefox)
#  24. loads to warn       tests/browser/loads-to-warn.mjs chromium: how many
#      (Chromium)          loads each demo incident takes to a high warning
#                          with no profile, one normal visit, a profile, or
#                          only the site's memory; fails above the README's
#                          bounds
#  25. loads to warn       the same in Firefox ESR with the Firefox zip
#      (Firefox)
set -euo pipefail
LOG_TAG="test"
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$NOTMINE_ROOT"

total_start=$SECONDS
step_name=""
step_start=$SECONDS
step_no=0
step_count=25

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

# extension_version: the version in extension/manifest.json (the zips' names).
extension_version() {
  node -p 'JSON.parse(require("fs").readFileSync("extension/manifest.json", "utf8")).version'
}

# lint_extension: `web-ext lint` of extension/ must find no error and no
# warning or notice but BACKGROUND_SERVICE_WORKER_IGNORED (Firefox ignores
# background.service_worker; Chrome needs it: ../shared/platform-notes.md).
lint_extension() {
  local json rc=0
  json="$(npx --no-install web-ext lint --source-dir extension --self-hosted --output=json)" || rc=$?
  # shellcheck disable=SC2016 # JavaScript template literals, not shell
  printf '%s\n' "$json" | node -e '
    let r;
    try { r = JSON.parse(require("fs").readFileSync(0, "utf8")); } catch (e) {
      console.error(`web-ext lint printed no JSON report: ${e.message}`); process.exit(1);
    }
    const all = [...r.errors.map((m) => ["error", m]), ...r.warnings.map((m) => ["warning", m]),
      ...r.notices.map((m) => ["notice", m])];
    for (const [level, m] of all) console.log(`  ${level} ${m.code}: ${m.file || ""} ${m.message}`);
    const unexpected = all.filter(([, m]) => m.code !== "BACKGROUND_SERVICE_WORKER_IGNORED");
    console.log(`web-ext lint: ${r.summary.errors} errors, ${r.summary.warnings} warnings, ${r.summary.notices} notices`);
    if (unexpected.length) {
      console.error(`unexpected: ${unexpected.map(([l, m]) => `${l} ${m.code}`).join(", ")}`);
      process.exit(1);
    }' || die "web-ext lint: fix the messages above (only BACKGROUND_SERVICE_WORKER_IGNORED is expected)"
  [ "$rc" -eq 0 ] || die "web-ext lint exited $rc"
}

step "setup"
bash scripts/setup.sh --browsers

step "fmt"
cargo fmt --all -- --check

step "clippy, docs"
cargo clippy --all-targets -- -D warnings
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --quiet

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

step "extension zips"
bash scripts/package.sh

step "web-ext lint"
lint_extension

step "cli release build"
cargo build --release --bin notmine

step "cli smoke"
smoke_cli
node tests/cli-fixtures.mjs "${CARGO_TARGET_DIR:-$NOTMINE_ROOT/target}/release/notmine"

step "accuracy on real pages (notmine eval)"
corpus="$NOTMINE_ROOT/../shared/corpus"
[ -d "$corpus" ] || die "no corpus at $corpus: the accuracy floors need ../shared/corpus beside the repository"
"${CARGO_TARGET_DIR:-$NOTMINE_ROOT/target}/release/notmine" eval "$corpus" \
  --floors tests/eval-floors.json --write "${CARGO_TARGET_DIR:-$NOTMINE_ROOT/target}/eval-variants"

step "snapshot parity (Chromium)"
NOTMINE_BIN="${CARGO_TARGET_DIR:-$NOTMINE_ROOT/target}/release/notmine" node tests/browser/snapshot-parity.mjs

step "extension smoke (Chromium)"
# The Chrome zip as the user gets it, unpacked (kept there for a look).
chrome_ext="${CARGO_TARGET_DIR:-$NOTMINE_ROOT/target}/notmine-chrome-zip"
rm -rf "$chrome_ext"
unzip -q "dist/notmine-$(extension_version)-chrome.zip" -d "$chrome_ext"
NOTMINE_EXT="$chrome_ext" node tests/browser/extension-smoke.mjs

step "extension flows (Chromium)"
NOTMINE_EXT="$chrome_ext" node tests/browser/extension-flows.mjs

step "browser scan = notmine scan (Chromium)"
NOTMINE_EXT="$chrome_ext" node tests/browser/browser-scan-agrees.mjs "${CARGO_TARGET_DIR:-$NOTMINE_ROOT/target}/release/notmine"

step "accuracy: the extension agrees with the CLI (Chromium, Firefox)"
NOTMINE_EXT="$chrome_ext" NOTMINE_ZIP="dist/notmine-$(extension_version)-firefox.zip" \
  node tests/browser/eval-browsers.mjs --sample 120 --browser both \
  "${CARGO_TARGET_DIR:-$NOTMINE_ROOT/target}/eval-variants"

step "extension smoke (Firefox)"
node tests/browser/extension-firefox.mjs

step "end-to-end on the demo site (Chromium)"
NOTMINE_EXT="$chrome_ext" node tests/browser/e2e-demo.mjs chromium

step "end-to-end on the demo site (Firefox)"
NOTMINE_ZIP="dist/notmine-$(extension_version)-firefox.zip" node tests/browser/e2e-demo.mjs firefox

step "incident log and exports (Chromium)"
NOTMINE_EXT="$chrome_ext" node tests/browser/e2e-incidents.mjs chromium

step "incident log and exports (Firefox)"
NOTMINE_ZIP="dist/notmine-$(extension_version)-firefox.zip" node tests/browser/e2e-incidents.mjs firefox

step "loads to a high warning (Chromium)"
NOTMINE_EXT="$chrome_ext" node tests/browser/loads-to-warn.mjs chromium

step "loads to a high warning (Firefox)"
NOTMINE_ZIP="dist/notmine-$(extension_version)-firefox.zip" node tests/browser/loads-to-warn.mjs firefox
say "ok: $step_name ($(elapsed "$step_start"))"
