# shellcheck shell=bash
# Shared helpers for scripts/*.sh. Source it, don't run it:
#   . "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# Every ensure_* function is idempotent: it checks first, prints one line,
# and installs only what is missing.

# The repository root (this file lives in <root>/scripts/).
NOTMINE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export NOTMINE_ROOT

WASM_TARGET=wasm32-unknown-unknown

# Prefix of every line the scripts print; each script sets its own.
: "${LOG_TAG:=notmine}"

say() { printf '[%s] %s\n' "$LOG_TAG" "$*"; }
warn() { printf '[%s] warning: %s\n' "$LOG_TAG" "$*" >&2; }
die() {
  printf '[%s] error: %s\n' "$LOG_TAG" "$*" >&2
  exit 1
}

# have CMD: is CMD on PATH?
have() { command -v "$1" >/dev/null 2>&1; }

# The command a Debian package provides, where it differs from the
# package name. Packages not listed here are checked by their own name and,
# failing that, by dpkg's status (for packages without a binary, e.g. -dev).
_apt_binary() {
  case "$1" in
    chromium-driver) echo chromedriver ;;
    firefox-esr) echo firefox-esr ;;
    # In /usr/sbin, which is not on a normal user's PATH: checked by path.
    nginx) echo /usr/sbin/nginx ;;
    *) echo "$1" ;;
  esac
}

_apt_present() {
  have "$(_apt_binary "$1")" && return 0
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

# need_root_apt PKG...: installs the Debian packages whose binary is missing.
# Runs `apt-get update` at most once per run (also across child scripts).
# Without root it installs nothing, says what to install and returns 1.
need_root_apt() {
  local pkg missing=()
  for pkg in "$@"; do
    _apt_present "$pkg" || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    say "apt $*: present, skipped"
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then
    printf '[%s] error: missing Debian packages: %s\n' "$LOG_TAG" "${missing[*]}" >&2
    printf '[%s]        install them as root: sudo apt-get install -y %s\n' "$LOG_TAG" "${missing[*]}" >&2
    return 1
  fi
  have apt-get || die "apt-get not found; install by hand: ${missing[*]}"
  if [ -z "${NOTMINE_APT_UPDATED:-}" ]; then
    say "apt-get update"
    apt-get update -qq
    export NOTMINE_APT_UPDATED=1
  fi
  say "apt ${missing[*]}: installing"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# ensure_rust_components: rustfmt and clippy, which scripts/test.sh runs.
ensure_rust_components() {
  have cargo || die "cargo not found: install Rust with rustup (https://rustup.rs)"
  local missing=()
  cargo fmt --version >/dev/null 2>&1 || missing+=(rustfmt)
  cargo clippy --version >/dev/null 2>&1 || missing+=(clippy)
  if [ "${#missing[@]}" -eq 0 ]; then
    say "rust components rustfmt, clippy: present, skipped"
    return 0
  fi
  have rustup || die "missing rust components ${missing[*]} and no rustup to add them"
  say "rust components ${missing[*]}: installing"
  rustup component add "${missing[@]}"
}

# ensure_rust_target: the wasm32-unknown-unknown standard library.
ensure_rust_target() {
  have rustc || die "rustc not found: install Rust with rustup (https://rustup.rs)"
  # Looking in the sysroot is instant and also works without rustup.
  local sysroot
  sysroot="$(rustc --print sysroot)"
  if [ -d "$sysroot/lib/rustlib/$WASM_TARGET/lib" ]; then
    say "rust target $WASM_TARGET: present, skipped"
    return 0
  fi
  have rustup || die "rust target $WASM_TARGET missing and no rustup to add it"
  say "rust target $WASM_TARGET: installing"
  rustup target add "$WASM_TARGET"
}

# wasm_bindgen_lock_version: the version of the `wasm-bindgen` package in
# Cargo.lock (the CLI must match it exactly, or bindgen fails).
wasm_bindgen_lock_version() {
  local lock="$NOTMINE_ROOT/Cargo.lock" versions
  [ -f "$lock" ] || die "no Cargo.lock in $NOTMINE_ROOT (run \`cargo generate-lockfile\`)"
  versions="$(awk '
    /^\[\[package\]\]/ { name = "" }
    /^name = /         { name = $3 }
    /^version = / && name == "\"wasm-bindgen\"" { gsub(/"/, "", $3); print $3 }
  ' "$lock" | sort -u)"
  [ -n "$versions" ] || die "no wasm-bindgen package in Cargo.lock"
  [ "$(printf '%s\n' "$versions" | wc -l)" -eq 1 ] ||
    die "several wasm-bindgen versions in Cargo.lock: $(echo "$versions" | tr '\n' ' ')"
  printf '%s\n' "$versions"
}

# ensure_wasm_bindgen: wasm-bindgen-cli at exactly the Cargo.lock version.
# No --locked: it fails for 0.2.130 (../shared/platform-notes.md).
ensure_wasm_bindgen() {
  local want have_v=""
  want="$(wasm_bindgen_lock_version)"
  if have wasm-bindgen; then
    have_v="$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }')"
  fi
  if [ "$have_v" = "$want" ]; then
    say "wasm-bindgen-cli $want: present, skipped"
    return 0
  fi
  have cargo || die "cargo not found"
  say "wasm-bindgen-cli $want: installing${have_v:+ (found $have_v)} (about 3 min)"
  # A bare MAJOR.MINOR.PATCH makes `cargo install` take exactly that version.
  cargo install wasm-bindgen-cli --version "$want" --force
  have_v="$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }')"
  [ "$have_v" = "$want" ] ||
    die "installed wasm-bindgen-cli $want but \`wasm-bindgen\` on PATH is ${have_v:-missing} (is ~/.cargo/bin first on PATH?)"
}

# The hash of package.json + package-lock.json (the lock may not exist yet).
_npm_deps_hash() {
  local f
  for f in package.json package-lock.json; do
    if [ -f "$NOTMINE_ROOT/$f" ]; then cat "$NOTMINE_ROOT/$f"; fi
  done | sha256sum | cut -d' ' -f1
}

# ensure_npm_deps: `npm ci` (or `npm install` while there is no lock file)
# in the repo root, only when node_modules is missing or package.json /
# package-lock.json changed since the last install.
ensure_npm_deps() {
  local root="$NOTMINE_ROOT" stamp want
  [ -f "$root/package.json" ] || {
    say "npm deps: no package.json, skipped"
    return 0
  }
  have npm || die "npm not found: install Node.js 20+ with npm"
  stamp="$root/node_modules/.notmine-deps.sha256"
  want="$(_npm_deps_hash)"
  if [ -d "$root/node_modules" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    say "npm deps: up to date, skipped"
    return 0
  fi
  if [ -f "$root/package-lock.json" ]; then
    say "npm deps: installing (npm ci)"
    (cd "$root" && npm ci --no-audit --no-fund)
  else
    say "npm deps: installing (npm install, writes package-lock.json)"
    (cd "$root" && npm install --no-audit --no-fund)
  fi
  # Hash again: `npm install` may have created or rewritten the lock file.
  _npm_deps_hash >"$stamp"
}

# elapsed SECONDS_START: "1m 05s" since SECONDS was SECONDS_START.
elapsed() {
  local s=$((SECONDS - $1))
  if [ "$s" -ge 60 ]; then
    printf '%dm %02ds' $((s / 60)) $((s % 60))
  else
    printf '%ds' "$s"
  fi
}
