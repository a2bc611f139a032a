#!/usr/bin/env bash
# Installs what is missing, builds Loopcraft and opens it. Arguments go to the app, e.g.
#   ./run.sh --page concepts
set -euo pipefail
cd "$(dirname "$0")"
packaging/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default
exec build/app/loopcraft "$@"
