#!/usr/bin/env bash
# The Windows installer script compiles: makensis (Debian's nsis) builds it with a dummy payload in place of the
# windeployqt-ed program. Usage: nsis-test.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/stage/bin" "$work/stage/bin/platforms" "$work/stage/bin/sqldrivers"
for f in bin/kense.exe bin/kensectl.exe bin/Qt6Core.dll bin/platforms/qwindows.dll bin/sqldrivers/qsqlite.dll; do
    printf 'dummy %s\n' "$f" > "$work/stage/$f"
done
makensis -V2 -DSTAGE_DIR="$work/stage" -DOUTFILE="$work/kense-setup.exe" "$build/installer/kense.nsi"
test -s "$work/kense-setup.exe" || { echo "nsis-test: no installer was made" >&2; exit 1; }
echo "installer built: $(stat -c %s "$work/kense-setup.exe") bytes"
