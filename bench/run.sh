#!/usr/bin/env bash
# The benchmarks of docs/PERFORMANCE.md. `bench/run.sh speed`, `bench/run.sh history`, or both
# (no argument).
#
# history: start-up and the History panel at scale. Builds the app (GUI), fills
# build/bench-history/h100k with 100 000 runs (bench/make_history, once), then prints the cold
# start to the first paint and idle memory, empty vs 100 000 runs (bench_startup), and the
# search / filter latency and GUI stalls while scrolling the grid (bench_history). Environment:
# BENCH_HISTORY_RUNS (default 100000).
#
# speed: against the official fal client: installs what is missing
# (Debian's nodejs and npm when there is no node, the project's build packages through
# scripts/setup.sh, @fal-ai/client from the npm registry into build/falclient, never
# committed), builds the project (no GUI needed) and prints every figure, side by side in one
# run: client overhead (20 jobs, ours vs fal.subscribe), completion -> result with and without
# a status stream, 4 parallel jobs, upload preparation; in a build with the GUI also the
# GUI-thread stalls of the window (bench_stall, docs/PERFORMANCE.md "GUI stalls").
# Environment: REIMAGINE_BUILD_DIR (default build/), BENCH_JOBS (default 20),
# FAL_CLIENT_VERSION (default 1.10.1).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${REIMAGINE_BUILD_DIR:-$ROOT/build}"
MODE="${1:-all}"

if [ "$MODE" = "history" ] || [ "$MODE" = "all" ]; then
    RUNS="${BENCH_HISTORY_RUNS:-100000}"
    REIMAGINE_BUILD_DIR="$BUILD" REIMAGINE_BUILD_TARGETS="make_history bench_startup bench_history" \
        "$ROOT/scripts/setup.sh"
    DATA="$BUILD/bench-history/h$RUNS"
    if [ ! -f "$DATA/history.sqlite" ]; then
        echo "==> Filling $DATA with $RUNS runs"
        mkdir -p "$DATA"
        "$BUILD/bench/make_history" "$DATA" "$RUNS"
    fi
    echo "==> $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
    "$BUILD/bench/bench_startup" "$DATA"
    "$BUILD/bench/bench_history" "$DATA"
    [ "$MODE" = "history" ] && exit 0
fi
JOBS="${BENCH_JOBS:-20}"
FAL_CLIENT_VERSION="${FAL_CLIENT_VERSION:-1.10.1}"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "==> Installing Node.js and npm from Debian"
    sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends nodejs npm ca-certificates >/dev/null
fi

# A GUI=OFF build is enough; an existing build folder keeps its own options.
if [ ! -f "$BUILD/build.ninja" ]; then
    export REIMAGINE_CMAKE_ARGS="${REIMAGINE_CMAKE_ARGS:--DREIMAGINE_BUILD_GUI=OFF}"
fi
REIMAGINE_BUILD_DIR="$BUILD" REIMAGINE_BUILD_TARGETS="reimagine-cli reimagine-fake-server bench_speed" \
    "$ROOT/scripts/setup.sh"

CLIENT_DIR="$BUILD/falclient"
MODULE="$CLIENT_DIR/node_modules/@fal-ai/client"
OFFICIAL="$MODULE"
if [ ! -f "$MODULE/package.json" ] || ! grep -q "\"version\": \"$FAL_CLIENT_VERSION\"" "$MODULE/package.json"; then
    echo "==> Installing @fal-ai/client $FAL_CLIENT_VERSION into $CLIENT_DIR"
    mkdir -p "$CLIENT_DIR"
    [ -f "$CLIENT_DIR/package.json" ] || echo '{"private": true}' > "$CLIENT_DIR/package.json"
    # Without the registry (no network, or a TLS-intercepting proxy whose CA this system does not
    # trust: npm's NODE_EXTRA_CA_CERTS / cafile) every figure of ours is still measured; the
    # official client's are reported as missing and the script ends with status 3.
    if ! (cd "$CLIENT_DIR" && npm install --no-audit --no-fund --loglevel=error "@fal-ai/client@$FAL_CLIENT_VERSION"); then
        echo "==> npm could not install @fal-ai/client: the official client's figures are skipped"
        OFFICIAL="-"
    fi
fi

echo "==> $(node --version), @fal-ai/client $FAL_CLIENT_VERSION, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
"$BUILD/bench/bench_speed" clients "$JOBS" "$BUILD/bin/reimagine-cli" "$BUILD/bin/reimagine-fake-server" \
    "$ROOT/bench/fal-official-job.cjs" "$OFFICIAL" "$ROOT/resources/samples/sample-sketch.png"
"$BUILD/bench/bench_speed" parallel
"$BUILD/bench/bench_speed" upload
# GUI-thread stalls need the window: only in a build with the GUI.
if grep -q 'bench/bench_stall' "$BUILD/build.ninja"; then
    cmake --build "$BUILD" --parallel "$(nproc)" --target bench_stall >/dev/null
    "$BUILD/bench/bench_stall"
else
    echo "== GUI stalls: skipped (a -DREIMAGINE_BUILD_GUI=OFF build has no window) =="
fi
if [ "$OFFICIAL" = "-" ]; then
    echo "==> Incomplete: the official client could not be installed, so its figures are missing"
    exit 3
fi
