#!/usr/bin/env bash
# The crash test with 1,000 kills instead of the suite's 50 (about ten minutes; QtTest's 5-minute watchdog is lifted). Run from the build directory's
# parent: tests/storage/crash-loop.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build/dev}
QTEST_FUNCTION_TIMEOUT=7200000 KENSE_CRASH_RUNS=1000 QT_QPA_PLATFORM=offscreen "$build/tests/storage/tst_crash"
