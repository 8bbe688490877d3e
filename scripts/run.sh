#!/usr/bin/env bash
# Installs what is missing, builds, and starts Reimagine Studio.
# Extra arguments are passed to the app.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "error: no display found (DISPLAY and WAYLAND_DISPLAY are unset)." >&2
    echo "Reimagine Studio is a desktop app: run this from a desktop session." >&2
    echo "For scripts and servers use the headless CLI: $ROOT/build/bin/reimagine-cli --help" >&2
    exit 1
fi
echo "==> Starting Reimagine Studio"
exec "${REIMAGINE_BUILD_DIR:-$ROOT/build}/bin/reimagine-studio" "$@"
