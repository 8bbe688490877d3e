#!/usr/bin/env bash
# Builds the Debian package and checks it with lintian:
#   1. scripts/setup.sh: the Release build in build/ (packages installed when missing),
#   2. cpack -G DEB: build/reimagine-studio_<version>-<revision>_<arch>.deb,
#   3. lintian (installed when missing): no error and no warning allowed; informational tags
#      are shown, and the ones the package keeps are explained in packaging/README.md.
# Prints the path of the .deb as its last line. --no-lintian skips step 3.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${REIMAGINE_BUILD_DIR:-$ROOT/build}"
RUN_LINTIAN=1
for arg in "$@"; do
    case "$arg" in
        --no-lintian) RUN_LINTIAN=0 ;;
        *) echo "usage: $0 [--no-lintian]" >&2; exit 2 ;;
    esac
done

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

"$ROOT/scripts/setup.sh"

echo "==> Packaging (cpack -G DEB)"
rm -f "$BUILD_DIR"/reimagine-studio_*.deb
(cd "$BUILD_DIR" && cpack -G DEB >/dev/null)
debs=("$BUILD_DIR"/reimagine-studio_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    echo "error: expected one reimagine-studio_*.deb in $BUILD_DIR" >&2
    exit 1
fi
deb="${debs[0]}"
dpkg-deb --field "$deb" Package Version Depends Recommends Suggests Installed-Size | sed 's/^/    /'

if [ "$RUN_LINTIAN" -eq 1 ]; then
    if ! command -v lintian >/dev/null; then
        echo "==> Installing lintian"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends lintian >/dev/null
    fi
    echo "==> lintian $(lintian --version | awk '{print $2}') (errors and warnings fail)"
    # --display-info shows the informational tags too; packaging/README.md explains the kept ones.
    lintian --display-info --fail-on error,warning "$deb"
    echo "    lintian: no errors, no warnings"
fi
echo "$deb"
