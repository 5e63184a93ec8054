#!/usr/bin/env bash
# README command 2: install, build (warnings are errors) and run every test; ends with ctest's summary.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$top/scripts/build.sh" dev
cd "$top"
ctest --preset dev "$@"
