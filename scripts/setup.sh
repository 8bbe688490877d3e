#!/usr/bin/env bash
# Shared set-up for run.sh, test.sh and fuzz.sh: installs the Debian 12 packages that are missing,
# then configures and builds Reimagine Studio into build/ (Release, Ninja, ccache when present).
# Re-running it is quick: nothing is reinstalled and the build is incremental.
# Environment: REIMAGINE_BUILD_DIR (another build folder), REIMAGINE_CMAKE_ARGS (extra configure
# arguments, used when the folder is configured first), REIMAGINE_EXTRA_PACKAGES (more Debian
# packages), REIMAGINE_BUILD_TARGETS (build only these targets).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${REIMAGINE_BUILD_DIR:-$ROOT/build}"
read -r -a CMAKE_ARGS <<< "${REIMAGINE_CMAKE_ARGS:-}"
read -r -a EXTRA_PACKAGES <<< "${REIMAGINE_EXTRA_PACKAGES:-}"
read -r -a BUILD_TARGETS <<< "${REIMAGINE_BUILD_TARGETS:-}"

# Build tools (help2man writes the man pages), Qt 6.4 and QtKeychain; OpenCV core + imgproc
# (sketch clean-up, structure maps and scores); SQLite driver, image plugins and SVG for the app;
# keyring, D-Bus, metadata validators and ImageMagick (an outside reader of our PNGs) for the
# tests; libjpeg to generate CMYK test images.
PACKAGES=(
    g++ cmake ninja-build ccache pkg-config help2man
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libopencv-core-dev libopencv-imgproc-dev libqt6sql6-sqlite qt6-image-formats-plugins qt6-svg-dev qt6-qpa-plugins
    qt6-translations-l10n fonts-dejavu-core
    dbus dbus-daemon gnome-keyring libsecret-1-0
    desktop-file-utils appstream imagemagick
    libjpeg-dev
    "${EXTRA_PACKAGES[@]}"
)

install_missing() {
    local missing=()
    for pkg in "${PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    echo "==> Installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null; then
            echo "error: these packages are missing and you are not root (and sudo is missing): ${missing[*]}" >&2
            exit 1
        fi
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
    local jobs
    jobs="$(nproc 2>/dev/null || echo 2)"
    if [ ! -f "$BUILD_DIR/build.ninja" ]; then
        echo "==> Configuring (Ninja) in $BUILD_DIR ${CMAKE_ARGS[*]}"
        cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release "${CMAKE_ARGS[@]}" >/dev/null
    fi
    echo "==> Building"
    local targets=()
    if [ ${#BUILD_TARGETS[@]} -gt 0 ]; then
        targets=(--target "${BUILD_TARGETS[@]}")
    fi
    cmake --build "$BUILD_DIR" --parallel "$jobs" "${targets[@]}"
}

install_missing
build
