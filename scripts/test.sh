#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite with ctest.
# Widget tests run offscreen; the suite runs inside its own D-Bus session with an unlocked
# gnome-keyring in a temporary HOME, so keychain tests use a real Secret Service and never
# touch the user's keyring. Extra arguments are passed to ctest (e.g. -R schemaparser).
#   --asan   the same suite built with AddressSanitizer + UndefinedBehaviorSanitizer in
#            build-asan/ (Debug: assertions on, -O1); any report, leaks included, fails the test.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if [ "${1:-}" = "--asan" ]; then
    shift
    export REIMAGINE_BUILD_DIR="${REIMAGINE_BUILD_DIR:-$ROOT/build-asan}"
    export REIMAGINE_CMAKE_ARGS="-DREIMAGINE_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug"
    # Leaks of objects the app owns are bugs: only Qt's and the system's own are suppressed,
    # each with its reason, in tests/sanitizers/lsan.supp.
    export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    export LSAN_OPTIONS="suppressions=$ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"
fi
BUILD_DIR="${REIMAGINE_BUILD_DIR:-$ROOT/build}"
"$ROOT/scripts/setup.sh"

echo "==> Running the tests"
export QT_QPA_PLATFORM=offscreen
TEST_HOME="$(mktemp -d)"
trap 'rm -rf "$TEST_HOME"' EXIT

ctest_args=(--test-dir "$BUILD_DIR" --output-on-failure --timeout 300 -j2 "$@")
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
    HOME="$TEST_HOME" XDG_DATA_HOME="$TEST_HOME/.local/share" XDG_CONFIG_HOME="$TEST_HOME/.config" \
    XDG_CACHE_HOME="$TEST_HOME/.cache" XDG_RUNTIME_DIR="$TEST_HOME/run" \
    dbus-run-session -- bash -c '
        mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
        eval "$(printf reimagine-test-keyring | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
        export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
        exec ctest "$@"' ctest "${ctest_args[@]}"
else
    HOME="$TEST_HOME" ctest "${ctest_args[@]}"
fi
