#!/usr/bin/env bash
# Builds (as run.sh/test.sh do) and prints the core benchmark figures.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh"
"${REIMAGINE_BUILD_DIR:-$ROOT/build}/bench/bench_core"
"${REIMAGINE_BUILD_DIR:-$ROOT/build}/bench/bench_structure"
