#!/usr/bin/env bash
# Runs every libFuzzer target: first over its regression inputs in tests/data/bad/<target>/,
# then for SECONDS of fresh fuzzing seeded from the shipped content. Fails on any crash.
# Usage: run_fuzzers.sh BUILD_DIR [SECONDS]
set -euo pipefail
build=${1:?fuzz build folder}
seconds=${2:-30}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for fuzzer in "$build"/tests/fuzz/fuzz_*; do
  [[ -f $fuzzer && -x $fuzzer ]] || continue
  name=$(basename "$fuzzer")
  regressions="$root/tests/data/bad/$name"
  if [[ -d $regressions ]] && compgen -G "$regressions/*" >/dev/null; then
    "$fuzzer" -runs=0 "$regressions"/* >"$work/$name-regressions.log" 2>&1 \
      || { echo "FAIL $name: a regression input crashes it"; tail -30 "$work/$name-regressions.log"; status=1; continue; }
  fi
  corpus="$work/$name-corpus"
  mkdir -p "$corpus"
  cp "$root"/content/questions/*.json "$root"/content/principles.json "$corpus"/
  [[ -d $regressions ]] && cp "$regressions"/* "$corpus"/ 2>/dev/null || true
  if "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
       -artifact_prefix="$work/$name-" "$corpus" >"$work/$name.log" 2>&1; then
    echo "ok   $name: $(grep -Eo '#[0-9]+' "$work/$name.log" | tail -1 | tr -d '#') runs in ${seconds}s"
  else
    echo "FAIL $name: crash found; keep the input as a regression file under tests/data/bad/$name/"
    ls "$work/$name"-* 2>/dev/null || true
    tail -40 "$work/$name.log"
    status=1
  fi
done
exit $status
