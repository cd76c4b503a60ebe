#!/usr/bin/env bash
# Builds the two installable zips of the extension from extension/ into dist/:
#
#   dist/notmine-<version>-firefox.zip   manifest.json as it is
#   dist/notmine-<version>-chrome.zip    manifest.json without the keys Chrome
#                                        does not know (browser_specific_settings,
#                                        background.scripts)
#
# <version> is the manifest's. The wasm core must be built first
# (bash scripts/build-wasm.sh), which also generates
# content/snapshot-constants.js from the Rust source: no zip is made when
# that file is missing or differs from what the Rust source gives now
# (stale). Every file of extension/ goes in but dotfiles, source maps
# (*.map), editor backups (*~) and icons/icon.svg (the source of the icon
# PNGs, scripts/icons.mjs); the manifest's own files are checked to exist
# (scripts/package-manifest.mjs). The zips are deterministic: sorted
# entries, no directory entries, no extra attributes, fixed mtimes and
# modes, so the same tree gives the same bytes.
set -euo pipefail
LOG_TAG=package
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$NOTMINE_ROOT"

ext="$NOTMINE_ROOT/extension"
dist="$NOTMINE_ROOT/dist"

[ -f "$ext/manifest.json" ] || die "no extension/manifest.json"
if [ ! -f "$ext/pkg/notmine_bg.wasm" ] || [ ! -f "$ext/pkg/notmine.js" ] || [ ! -f "$ext/pkg/records_bg.wasm" ] || [ ! -f "$ext/pkg/records.js" ]; then
  die "extension/pkg (the two wasm packages of the core) is incomplete: run \`bash scripts/build-wasm.sh\` first"
fi
have zip || die "zip not found: install it (sudo apt-get install -y zip)"
have node || die "node not found: install Node.js 20+"
have cargo || die "cargo not found: the snapshot constants are checked against the Rust source (bash scripts/setup.sh)"

version="$(node -p 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).version' "$ext/manifest.json")"
[[ "$version" =~ ^[0-9]+(\.[0-9]+){0,3}$ ]] || die "extension/manifest.json: unusable version \"$version\""

stage="$(mktemp -d "${TMPDIR:-/tmp}/notmine-package.XXXXXX")"
trap 'rm -rf "$stage"' EXIT
mkdir -p "$dist"

# The content script's snapshot constants are generated (gitignored, like
# extension/pkg): they must be what the Rust source gives now.
constants="$ext/content/snapshot-constants.js"
[ -f "$constants" ] ||
  die "extension/content/snapshot-constants.js is missing: run \`bash scripts/build-wasm.sh\` first"
cargo run --quiet --example snapshot_constants -- "$stage/snapshot-constants.js" ||
  die "cannot generate the snapshot constants (cargo run --example snapshot_constants)"
cmp -s "$stage/snapshot-constants.js" "$constants" ||
  die "extension/content/snapshot-constants.js is stale (src/snapshot.rs or src/html.rs changed since it was generated): run \`bash scripts/build-wasm.sh\`"

# The files that go in: relative paths, byte-order sorted.
(cd "$ext" && find . -type f \
  ! -path '*/.*' ! -name '*.map' ! -name '*~' ! -path './icons/icon.svg' -print |
  sed 's|^\./||' | LC_ALL=C sort) >"$stage/files"

for browser in firefox chrome; do
  tree="$stage/$browser"
  mkdir -p "$tree"
  grep -vx manifest.json "$stage/files" | (cd "$ext" && xargs -d '\n' cp --parents -t "$tree")
  node scripts/package-manifest.mjs "$browser" "$ext/manifest.json" "$tree/manifest.json" ||
    die "extension/manifest.json is not packageable (see above)"
  # Same metadata whoever builds it, wherever.
  find "$tree" -type d -exec chmod 755 {} +
  find "$tree" -type f -exec chmod 644 {} +
  find "$tree" -exec touch -h -d '2000-01-01 00:00:00 UTC' {} +
  out="$dist/notmine-$version-$browser.zip"
  rm -f "$out"
  (cd "$tree" && TZ=UTC zip -q -X -D -9 "$out" -@) <"$stage/files"
  count="$(wc -l <"$stage/files")"
  say "${out#"$NOTMINE_ROOT"/}: $(stat -c %s "$out") bytes, $count files"
done
