#!/usr/bin/env bash
# The crash test with 1,000 kills instead of the suite's 50 (a few minutes). Run from the build directory's
# parent: tests/storage/crash-loop.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build/dev}
KENSE_CRASH_RUNS=1000 QT_QPA_PLATFORM=offscreen "$build/tests/storage/tst_crash"
