#!/usr/bin/env bash
# Builds (as run.sh/test.sh do) and prints the benchmark figures: core, structure, memory,
# fault storm, start-up and the history at scale.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh"
"${REIMAGINE_BUILD_DIR:-$ROOT/build}/bench/bench_core"
"${REIMAGINE_BUILD_DIR:-$ROOT/build}/bench/bench_structure"
# Memory of a long session: 300 runs with 2048x2048 results in one window (takes a few minutes).
QT_QPA_PLATFORM=offscreen "${REIMAGINE_BUILD_DIR:-$ROOT/build}/bench/bench_memory" "${REIMAGINE_MEMORY_RUNS:-300}"
# The fault storm as a soak: 300 jobs under 429s, 503s, resets, stalls, broken JSON, slow drips
# and jobs that never finish (about a minute).
"${REIMAGINE_BUILD_DIR:-$ROOT/build}/bench/bench_storm" "${REIMAGINE_STORM_JOBS:-300}"
# Start-up and the History panel over 100 000 runs (fills build/bench-history once).
"$ROOT/bench/run.sh" history
