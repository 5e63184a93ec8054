#!/usr/bin/env bash
# Installs what is missing, then configures and builds the given CMake preset (default: dev).
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
preset=${1:-dev}
"$top/scripts/install-deps.sh"
cd "$top"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j"$(nproc)"
