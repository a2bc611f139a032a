#!/usr/bin/env bash
# Installs what is missing, builds everything and runs the whole test suite headless:
# unit, widget, content and package tests; the same tests again under AddressSanitizer and
# UndefinedBehaviorSanitizer; then every libFuzzer target for a bounded time.
# Exits non-zero on any failure. Safe to run again: every build is incremental.
#   LOOPCRAFT_QUICK=1        skip the sanitizer and fuzzing stages (a fast local loop)
#   LOOPCRAFT_FUZZ_SECONDS=N fuzz each target for N seconds (default 60)
set -euo pipefail
cd "$(dirname "$0")"
packaging/install-deps.sh --test
export QT_QPA_PLATFORM=offscreen
stage() { echo; echo "== $1 ($(date +%T))"; }

stage "build (warnings are errors)"
cmake --preset default >/dev/null
cmake --build --preset default

stage "tests"
ctest --preset default --parallel 2

if [[ ${LOOPCRAFT_QUICK:-0} == 1 ]]; then
  echo "LOOPCRAFT_QUICK=1: sanitizer and fuzzing stages skipped"
  exit 0
fi

stage "build with AddressSanitizer + UndefinedBehaviorSanitizer"
cmake --preset asan >/dev/null
cmake --build --preset asan
stage "unit and widget tests under the sanitizers"
ASAN_OPTIONS=abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --preset asan --parallel 2

stage "fuzzing"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
tests/fuzz/run_fuzzers.sh build-fuzz "${LOOPCRAFT_FUZZ_SECONDS:-60}"
stage "all passed"
