#!/usr/bin/env bash
# Builds the libFuzzer targets (clang-14, AddressSanitizer + UndefinedBehaviorSanitizer) into
# build-fuzz/ and runs each for a bounded time:
#   scripts/fuzz.sh [SECONDS] [TARGET...]     (default 60 seconds each, every target)
# New interesting inputs go to build-fuzz/corpus/<target>/ (never into the tree); a crash, a
# sanitizer report, a timeout or a broken invariant is saved in build-fuzz/findings/<target>/.
# Fix it, then copy the input to tests/fuzz/regressions/<target>/: tst_fuzzregressions replays it
# in every normal test run. The summary (seconds, runs, findings) goes to build-fuzz/summary.txt.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_EACH="${1:-60}"
shift || true
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
    TARGETS=(schemaparser parametervalidator falanswer sseparser segmindanswer freepikanswer
             pngmetadata preset jobjournal imageloader)
fi

export REIMAGINE_BUILD_DIR="${REIMAGINE_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}"
export REIMAGINE_EXTRA_PACKAGES="clang-14 libclang-rt-14-dev llvm-14"
export REIMAGINE_CMAKE_ARGS="-DREIMAGINE_FUZZ=ON -DBUILD_TESTING=OFF -DREIMAGINE_BUILD_GUI=OFF -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++-14"
targets=()
for target in "${TARGETS[@]}"; do
    targets+=("fuzz_$target")
done
export REIMAGINE_BUILD_TARGETS="${targets[*]}"
"$ROOT/scripts/setup.sh"

BUILD_DIR="$REIMAGINE_BUILD_DIR"
export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export ASAN_SYMBOLIZER_PATH="$(command -v llvm-symbolizer-14 || command -v llvm-symbolizer || true)"
export QT_QPA_PLATFORM=offscreen

summary="$BUILD_DIR/summary.txt"
printf '%-20s %8s %12s %9s\n' target seconds runs findings | tee "$summary"
status=0
for target in "${TARGETS[@]}"; do
    corpus="$BUILD_DIR/corpus/$target"
    findings="$BUILD_DIR/findings/$target"
    log="$BUILD_DIR/logs/$target.log"
    mkdir -p "$corpus" "$findings" "$(dirname "$log")"
    start=$(date +%s)
    set +e
    # The kept findings are replayed first, with the sanitizers on.
    seeds=("$ROOT/tests/fuzz/corpus/$target")
    if [ -d "$ROOT/tests/fuzz/regressions/$target" ]; then
        seeds+=("$ROOT/tests/fuzz/regressions/$target")
    fi
    "$BUILD_DIR/bin/fuzz_$target" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$findings/" \
        "$corpus" "${seeds[@]}" >"$log" 2>&1
    result=$?
    set -e
    elapsed=$(( $(date +%s) - start ))
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    found=$(find "$findings" -type f | wc -l)
    printf '%-20s %8s %12s %9s\n' "$target" "$elapsed" "${runs:-?}" "$found" | tee -a "$summary"
    if [ "$result" -ne 0 ] || [ "$found" -ne 0 ]; then
        status=1
        echo "    see $log and $findings/" | tee -a "$summary"
    fi
done
exit "$status"
