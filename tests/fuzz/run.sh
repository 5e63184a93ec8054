#!/usr/bin/env bash
# Builds the fuzz targets (the "fuzz" preset: clang, libFuzzer, ASan, UBSan) and runs each for SECONDS (default 30)
# on its corpus: the inputs kept in tests/fuzz/corpus/<name> and the project's data files of that kind. A crash, a
# sanitizer report, a leak, an input that takes over 10 s or a run over 2 GB stops that target: the failing input is
# kept in build/fuzz/findings/<name>/ and the script exits 1, naming it. New inputs found along the way stay in
# build/fuzz/corpus/<name> (not in the source tree).
#   tests/fuzz/run.sh [SECONDS] [TARGET ...]
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$top"
seconds=${1:-30}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_catalog fuzz_calendar fuzz_request fuzz_template fuzz_package)

command -v clang++ >/dev/null || { echo "fuzz: clang++ is missing (apt-get install clang)" >&2; exit 2; }
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j"$(nproc)" --target "${targets[@]}"

out="$top/build/fuzz"
failed=()
for target in "${targets[@]}"; do
    name=${target#fuzz_}
    corpus="$out/corpus/$name"
    findings="$out/findings/$name"
    mkdir -p "$corpus" "$findings"
    # Seeds: the inputs kept in tests/fuzz/corpus (findings, and what has no file in the project), and the
    # project's own data files as they are now, so that the seeds never lag behind the catalog or the templates.
    if [ -d "$top/tests/fuzz/corpus/$name" ]; then cp -n "$top/tests/fuzz/corpus/$name"/* "$corpus/"; fi
    case $name in
        catalog) cp "$top"/resources/catalog/*.json "$corpus/" ;;
        calendar) cp "$top"/resources/calendar/*.json "$corpus/" ;;
        template) # the first byte chooses the reader: odd for a form layout, even for a flowing document
            for f in "$top"/reports/templates/*.json; do
                case $f in *.form.json) tag='\001' ;; *) tag='\000' ;; esac
                { printf "$tag"; cat "$f"; } >"$corpus/seed-$(basename "$f")"
            done ;;
    esac
    log="$out/$target.log"
    echo "fuzz: $target for ${seconds} s on $(ls "$corpus" | wc -l) inputs"
    if "$out/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$findings/" "$corpus" >"$log" 2>&1; then
        grep -E '^stat::number_of_executed_units|^stat::new_units_added' "$log" | tr '\n' ' ' | sed 's/^/    /'
        echo
    else
        echo "fuzz: $target FAILED — see $log; the input is in $findings:" >&2
        grep -E 'ERROR: |runtime error|SUMMARY' "$log" | head -5 >&2 || true
        ls "$findings" >&2
        failed+=("$target")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: ${failed[*]} failed" >&2
    exit 1
fi
echo "fuzz: ${#targets[@]} targets ran ${seconds} s each without a finding"
