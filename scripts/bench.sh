#!/usr/bin/env bash
# Throughput of `notmine scan` over a directory, next to the floor (read +
# decode + parse only, same parallelism). Builds a corpus of the fixture
# pages copied COPIES times (default 50) into a temp dir.
#
#   bash scripts/bench.sh [COPIES]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
copies=${1:-50}
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
for i in $(seq 1 "$copies"); do
  mkdir -p "$corpus/$i"
  cp tests/fixtures/*.html "$corpus/$i/"
done
pages=$(find "$corpus" -name '*.html' | wc -l)
bytes=$(du -sb "$corpus" | cut -f1)
cargo build -q --release --bin notmine --example parse_only
bin=target/release/notmine
floor=target/release/examples/parse_only
# Warm the page cache, then take the best of 5 runs of each.
"$bin" scan "$corpus" >/dev/null || true
best() {
  local b=999999 t s e
  for _ in 1 2 3 4 5; do
    s=$(date +%s%N)
    "$@" >/dev/null || true
    e=$(date +%s%N)
    t=$(((e - s) / 1000000))
    [ "$t" -lt "$b" ] && b=$t
  done
  echo "$b"
}
scan_ms=$(best "$bin" scan --profile tests/fixtures/profile.json "$corpus")
parse_ms=$(best "$floor" "$corpus")
awk -v p="$pages" -v b="$bytes" -v s="$scan_ms" -v f="$parse_ms" -v n="$(nproc)" 'BEGIN {
  printf "corpus: %d pages, %.1f MB, %d cores\n", p, b / 1e6, n
  printf "notmine scan: %5d ms  %7.0f pages/s  %6.1f MB/s\n", s, p / (s / 1000), b / 1e6 / (s / 1000)
  printf "parse only:   %5d ms  %7.0f pages/s  %6.1f MB/s\n", f, p / (f / 1000), b / 1e6 / (f / 1000)
  printf "scan / parse: %.2fx\n", s / f
}'
