#!/usr/bin/env bash
# Installs what is missing, builds everything and runs the whole test suite headless.
# Exits non-zero on any failure. Safe to run again: the build is incremental.
set -euo pipefail
cd "$(dirname "$0")"
packaging/install-deps.sh --test
export QT_QPA_PLATFORM=offscreen

echo "== build (warnings are errors)"
cmake --preset default >/dev/null
cmake --build --preset default

echo "== tests"
ctest --preset default --parallel 2
