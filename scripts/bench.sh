#!/usr/bin/env bash
# Builds (as run.sh/test.sh do) and prints the benchmark figures: core, structure, memory.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh"
"${REIMAGINE_BUILD_DIR:-$ROOT/build}/bench/bench_core"
"${REIMAGINE_BUILD_DIR:-$ROOT/build}/bench/bench_structure"
# Memory of a long session: 300 runs with 2048x2048 results in one window (takes a few minutes).
QT_QPA_PLATFORM=offscreen "${REIMAGINE_BUILD_DIR:-$ROOT/build}/bench/bench_memory" "${REIMAGINE_MEMORY_RUNS:-300}"
