#!/usr/bin/env bash
# The Debian package as a new user gets it, proved on a brand-new Debian 12:
#   1. scripts/package.sh builds the .deb here and checks it with lintian;
#   2. shared/tools/fresh-check.sh unpacks a minimal Debian 12 (debootstrap minbase: no Qt, no
#      fonts, no certificates, no display, no D-Bus) and runs there
#      packaging/debian/fresh-system-steps.sh:
#        install  apt-get install ./<deb> with Depends only; checks the Qt plugins, the CA
#                 bundle, the man pages; reimagine-cli models; reimagine-studio --help and
#                 --version without a display; one offscreen start (history database, WebP);
#                 apt-get purge, and nothing may be left; then installs it again
#        gui      the installed app under Xvfb with the sample sketch and its Edit menu open;
#                 fresh-check saves the screen to SCREENSHOT
#
# Needs root (debootstrap, chroot, mounts), like fresh-check.sh. Look at the screenshot: every
# icon must be drawn.
#
#   scripts/check-package-fresh.sh [SCREENSHOT.png]      (default build/fresh-install.png)
#
# FRESH_CHECK_TOOL overrides the path of fresh-check.sh (default ../shared/tools/ next to the
# checkout).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${REIMAGINE_BUILD_DIR:-$ROOT/build}"
SCREENSHOT="${1:-$BUILD_DIR/fresh-install.png}"
FRESH_CHECK="${FRESH_CHECK_TOOL:-$ROOT/../shared/tools/fresh-check.sh}"

if [ "$(id -u)" -ne 0 ]; then
    echo "error: run as root (fresh-check.sh needs debootstrap, chroot and mounts)" >&2
    exit 1
fi
if [ ! -x "$FRESH_CHECK" ]; then
    echo "error: $FRESH_CHECK not found; set FRESH_CHECK_TOOL" >&2
    exit 1
fi

start=$SECONDS
"$ROOT/scripts/package.sh"
deb="$(ls "$BUILD_DIR"/reimagine-studio_*.deb)"   # package.sh leaves exactly one

# The package and the in-system steps go in as fresh-check's shared folder (/src/shared).
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp "$deb" "$ROOT/packaging/debian/fresh-system-steps.sh" "$stage/"
mkdir -p "$(dirname "$SCREENSHOT")"

# fresh-check turns the screen (XWD) into a PNG with ImageMagick: on this machine if it has
# ImageMagick, else inside the Debian 12 after the run.
if ! convert -version 2>/dev/null | grep -q ImageMagick; then
    export FRESH_CHECK_HOST_CONVERT=0
fi

echo "==> Installing $(basename "$deb") on a brand-new Debian 12"
"$FRESH_CHECK" --worktree --shared "$stage" --screenshot "$SCREENSHOT" --wait 8 "$ROOT" \
    "bash /src/shared/fresh-system-steps.sh install /src/shared/$(basename "$deb")" \
    "exec bash /src/shared/fresh-system-steps.sh gui"

echo "==> Done in $((SECONDS - start)) s. Screenshot: $SCREENSHOT (every icon must be drawn)"
