#!/usr/bin/env bash
# README command 1: install, build and start Kense on its embedded default
# (a local SQLite database in the user's data directory, created on first start).
# Extra arguments go to kense, e.g. --db FILE.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$top/scripts/build.sh" release
exec "$top/build/release/app/kense" "$@"
