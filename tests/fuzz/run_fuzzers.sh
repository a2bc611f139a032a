#!/usr/bin/env bash
# Runs every libFuzzer target: first over its regression inputs in tests/data/bad/<target>/,
# then for SECONDS of fresh fuzzing seeded from tests/fuzz/seeds/<target>/ (small, valid files:
# the fuzzer mutates structure far faster from those than from the shipped decks). Fails on any crash.
# Usage: run_fuzzers.sh BUILD_DIR [SECONDS]
set -euo pipefail
build=${1:?fuzz build folder}
seconds=${2:-30}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
# The targets that write files (fuzz_library, fuzz_review) make a temporary folder per input
# and fdatasync; on a disk that held them to 60-240 runs a second, on tmpfs 500-2,000.
scratch=$(mktemp -d -p /dev/shm 2>/dev/null || mktemp -d)
trap 'rm -rf "$work" "$scratch"' EXIT

# Per target: the largest input to try and the dictionary of its format. A user's file can be
# larger, but a crash is found on small inputs that carry the structure; size only slows each run.
options() {
  case $1 in
    fuzz_query) echo "-max_len=4096 -dict=$here/dicts/query.dict" ;;
    fuzz_anki) echo "-max_len=4096 -dict=$here/dicts/anki.dict" ;;
    *) echo "-max_len=8192 -dict=$here/dicts/json.dict" ;;
  esac
}

status=0
for fuzzer in "$build"/tests/fuzz/fuzz_*; do
  [[ -f $fuzzer && -x $fuzzer ]] || continue
  name=$(basename "$fuzzer")
  regressions="$root/tests/data/bad/$name"
  if [[ -d $regressions ]] && compgen -G "$regressions/*" >/dev/null; then
    TMPDIR="$scratch" "$fuzzer" -runs=0 "$regressions"/* >"$work/$name-regressions.log" 2>&1 \
      || { echo "FAIL $name: a regression input crashes it"; tail -30 "$work/$name-regressions.log"; status=1; continue; }
  fi
  corpus="$work/$name-corpus"
  mkdir -p "$corpus"
  cp "$here/seeds/$name"/* "$corpus"/ 2>/dev/null || true
  [[ -d $regressions ]] && cp "$regressions"/* "$corpus"/ 2>/dev/null || true
  # shellcheck disable=SC2046 # the options are words on purpose
  if TMPDIR="$scratch" "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 $(options "$name") \
       -artifact_prefix="$work/$name-" "$corpus" >"$work/$name.log" 2>&1; then
    runs=$(grep -Eo '^#[0-9]+' "$work/$name.log" | tail -1 | tr -d '#')
    rate=$(grep -Eo 'exec/s: [0-9]+' "$work/$name.log" | tail -1 | grep -Eo '[0-9]+' || echo '?')
    echo "ok   $name: $runs runs in ${seconds}s ($rate exec/s)"
  else
    # Keep the input past this script's clean-up, so it can become a regression file.
    mkdir -p "$build/fuzz-artifacts"
    cp "$work/$name"-crash-* "$work/$name"-timeout-* "$work/$name"-oom-* "$work/$name"-leak-* \
      "$build/fuzz-artifacts/" 2>/dev/null || true
    echo "FAIL $name: crash found; keep the input as a regression file under tests/data/bad/$name/"
    ls "$build/fuzz-artifacts/$name"-* 2>/dev/null || true
    tail -40 "$work/$name.log"
    status=1
  fi
done
exit $status
