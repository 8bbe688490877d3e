#!/usr/bin/env bash
# Runs inside a brand-new Debian 12 (scripts/check-package-fresh.sh starts it there through
# shared/tools/fresh-check.sh), as root, without a display:
#
#   fresh-system-steps.sh install DEB   apt-get install the package with its Depends only (no
#                                       Recommends), check what it brings and that both programs
#                                       work, purge it and check nothing is left, install again
#   fresh-system-steps.sh gui           exec the installed app for the screenshot (fresh-check
#                                       runs this step under Xvfb)
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8

PACKAGE=reimagine-studio
MODELS=(fal:bria/reimagine/3.2 fal:fal-ai/ideogram/v3/remix segmind:bria-reimagine freepik:reimagine-flux)

step() { printf '\n==> %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

# Every path under the system folders a package can touch; the package manager's own state
# (dpkg, apt, caches, logs) is left out.
snapshot() {
    find /usr /etc /opt /var/lib -xdev \
        \( -path /var/lib/dpkg -o -path /var/lib/apt -o -path /etc/ld.so.cache \) -prune -o -print |
        LC_ALL=C sort
}

install_package() {
    apt-get install -y -q --no-install-recommends "$1" >/tmp/apt-install.log 2>&1 ||
        { tail -n 30 /tmp/apt-install.log; fail "apt-get install $1"; }
    grep -E '^(Setting up|Processing triggers)' /tmp/apt-install.log | wc -l | xargs printf '    %s packages set up or triggered\n'
}

check_installed() {
    step "What the package brought"
    dpkg-query -W -f='    ${Package} ${Version}: ${Status}\n' "$PACKAGE"
    [ "$(dpkg-query -W -f='${Status}' "$PACKAGE")" = "install ok installed" ] || fail "not installed"
    local plugins
    plugins="$(find /usr/lib -type d -path '*/qt6/plugins' | head -n 1)"
    [ -n "$plugins" ] || fail "no Qt 6 plugin folder"
    for plugin in platforms/libqxcb.so iconengines/libqsvgicon.so imageformats/libqsvg.so \
                  imageformats/libqwebp.so sqldrivers/libqsqlite.so tls/libqopensslbackend.so; do
        [ -f "$plugins/$plugin" ] || fail "missing Qt plugin $plugin"
        echo "    Qt plugin $plugin"
    done
    [ -s /etc/ssl/certs/ca-certificates.crt ] || fail "no CA bundle for https"
    echo "    CA bundle /etc/ssl/certs/ca-certificates.crt ($(grep -c 'BEGIN CERTIFICATE' /etc/ssl/certs/ca-certificates.crt) certificates)"
    for page in reimagine-studio reimagine-cli; do
        zcat "/usr/share/man/man1/$page.1.gz" | grep -q "^\.TH ${page^^} " || fail "man page $page"
        echo "    man page /usr/share/man/man1/$page.1.gz"
    done
    [ -f /usr/share/doc/$PACKAGE/copyright ] || fail "no copyright file"

    step "reimagine-cli models"
    reimagine-cli --version
    local models
    models="$(reimagine-cli models)"
    echo "$models"
    for id in "${MODELS[@]}"; do
        grep -q "^$id " <<<"$models" || fail "reimagine-cli models does not list $id"
    done

    step "reimagine-studio --version and --help without a display (DISPLAY='${DISPLAY:-}')"
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM reimagine-studio --version
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM reimagine-studio --help | head -n 3

    # The whole app once, offscreen: history database (SQLite driver), sample sketch, a WebP
    # picture of the window (WebP plugin); no keychain service here, so keys fall back to the
    # session.
    step "reimagine-studio offscreen: history, sample sketch, WebP screenshot"
    rm -rf /root/.local/share/reimagine-studio /root/.config/"Reimagine Studio"
    QT_QPA_PLATFORM=offscreen timeout 120 reimagine-studio --sample --screenshot /tmp/offscreen.webp \
        2>/tmp/studio.err || { cat /tmp/studio.err; fail "reimagine-studio offscreen"; }
    sed 's/^/    stderr: /' /tmp/studio.err
    ! grep -qiE 'sqlite|driver not loaded|history' /tmp/studio.err || fail "the history did not open"
    [ -s /root/.local/share/reimagine-studio/history.sqlite ] || fail "no history database"
    head -c 12 /tmp/offscreen.webp | grep -q WEBP || fail "the screenshot is not a WebP file"
    echo "    history.sqlite created; /tmp/offscreen.webp written ($(stat -c %s /tmp/offscreen.webp) bytes)"
}

check_purge() {
    step "apt-get purge $PACKAGE: nothing may be left"
    local files before after
    files="$(mktemp)" before="$(mktemp)" after="$(mktemp)"
    dpkg -L "$PACKAGE" | while IFS= read -r path; do
        if [ ! -d "$path" ]; then echo "$path"; fi
    done | LC_ALL=C sort >"$files"
    snapshot >"$before"
    apt-get purge -y -q "$PACKAGE" >/tmp/apt-purge.log 2>&1 || { cat /tmp/apt-purge.log; fail "purge"; }
    snapshot >"$after"
    local left new named
    left="$(LC_ALL=C comm -12 "$files" "$after")"
    new="$(LC_ALL=C comm -13 "$before" "$after")"
    named="$(grep -i reimagine "$after" || true)"
    [ -z "$left" ] || fail "files of the package are still there: $left"
    [ -z "$new" ] || fail "the removal created: $new"
    [ -z "$named" ] || fail "left behind: $named"
    [ -z "$(ls /var/lib/dpkg/info/"$PACKAGE".* 2>/dev/null)" ] || fail "dpkg still has files of $PACKAGE"
    if dpkg-query -W -f='${db:Status-Abbrev}' "$PACKAGE" 2>/dev/null | grep -q '^[ir]'; then
        fail "dpkg still lists $PACKAGE: $(dpkg-query -W -f='${Status}' "$PACKAGE")"
    fi
    echo "    $(wc -l <"$files") files removed; nothing else changed; no $PACKAGE state left in dpkg"
    echo "    (user data in the home folder stays, as Debian policy asks: $(ls -d /root/.local/share/reimagine-studio))"
}

case "${1:-}" in
    install)
        deb="${2:?usage: $0 install DEB}"
        step "apt-get install $deb (Depends only)"
        apt-get update -q >/dev/null
        install_package "$deb"
        check_installed
        check_purge
        step "apt-get install $deb again, for the screenshot"
        install_package "$deb"
        # Only to open a menu in the screenshot (after the checks above).
        install_package xdotool
        ;;
    gui)
        # The window as a designer first sees it with a sketch: the form's icons (seed dice and
        # lock, open, paste, clear, image placeholder), the canvas's Replace and Clear, and the
        # Edit menu opened by a click once the window is mapped (Reset Parameters, Clear Sketch).
        if command -v xdotool >/dev/null; then
            (xdotool search --sync --onlyvisible --name 'Reimagine Studio' >/dev/null &&
                xdotool mousemove 56 8 click 1) &
        fi
        exec reimagine-studio --size 1280x800 --sample \
            --prompt "A cosy reading nook with a green velvet armchair, warm afternoon light"
        ;;
    *)
        echo "usage: $0 install DEB | gui" >&2
        exit 2
        ;;
esac
