#!/usr/bin/env bash
# Throughput of `notmine scan` next to its floor: reading, decoding and
# parsing the same files with html5ever and nothing else
# (examples/parse_only.rs), with one thread and with every core.
#
#   bash scripts/bench.sh [COPIES]
#
# Pages: the 415 real pages of ../shared/corpus/pages (skipped with a note
# when the corpus is not beside the repository) and the fixture pages
# copied COPIES times (default 10). Each figure is the best of five runs,
# after one run to warm the page cache.
set -euo pipefail
LOG_TAG=bench
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$NOTMINE_ROOT"
copies=${1:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sets=()
if [ -d ../shared/corpus/pages ]; then
  sets+=("corpus:../shared/corpus/pages")
else
  say "note: ../shared/corpus/pages not found: fixtures only"
fi
for i in $(seq 1 "$copies"); do
  mkdir -p "$work/fixtures/$i"
  cp tests/fixtures/*.html "$work/fixtures/$i/"
done
sets+=("fixtures x$copies:$work/fixtures")
cargo build -q --release --bin notmine --example parse_only
bin=target/release/notmine
floor=target/release/examples/parse_only

best() {
  local b=999999 t s e
  "$@" >/dev/null 2>&1 || true
  for _ in 1 2 3 4 5; do
    s=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    e=$(date +%s%N)
    t=$(((e - s) / 1000000))
    [ "$t" -lt "$b" ] && b=$t
  done
  echo "$b"
}

printf '%-14s %7s %8s %3s %11s %11s %7s\n' pages count MB -j "scan ms" "parse ms" ratio
for set in "${sets[@]}"; do
  name=${set%%:*}
  dir=${set#*:}
  pages=$(find "$dir" -name '*.html' | wc -l)
  mb=$(du -sbL "$dir" | awk '{printf "%.1f", $1 / 1e6}')
  for j in 1 "$(nproc)"; do
    scan=$(best "$bin" scan -j "$j" --profile tests/fixtures/profile.json "$dir")
    parse=$(best "$floor" -j "$j" "$dir")
    awk -v n="$name" -v p="$pages" -v m="$mb" -v j="$j" -v s="$scan" -v f="$parse" \
      'BEGIN { printf "%-14s %7d %8s %3d %11d %11d %6.2fx\n", n, p, m, j, s, f, s / f }'
  done
done
