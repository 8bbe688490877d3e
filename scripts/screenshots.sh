#!/usr/bin/env bash
# Regenerates the screenshots in docs/screenshots from a built tree (no display needed):
#   English   the README's and the user guide's (the GUI tests write them with
#             REIMAGINE_SCREENSHOT_DIR set; the fake provider server supplies the results)
#   de/, fr/  the main window, the structure clean-up, a scored comparison, the history and the
#             settings in German and French (REIMAGINE_TEST_LANG), to check for clipped text
#   dark/     the main window, a comparison and before/after in a dark palette
#   scale-200.png  the main window at QT_SCALE_FACTOR=2
#
#   scripts/screenshots.sh            (REIMAGINE_BUILD_DIR overrides build/)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${REIMAGINE_BUILD_DIR:-$ROOT/build}"
OUT="$ROOT/docs/screenshots"
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='qt.qpa.*=false'
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The GUI tests that write screenshots; in another language or palette some of their English
# checks fail, which is expected here: only the pictures are kept.
shots() { # DIR TEST...
    local dir="$1"; shift
    mkdir -p "$dir"
    for test in "$@"; do
        REIMAGINE_SCREENSHOT_DIR="$dir" "$BUILD_DIR/tests/$test" > "$dir/$test.log" 2>&1 || true
    done
}
# The app itself, as started from a desktop, with a fresh home.
app() { # PNG ARGS...
    local png="$1"; shift
    HOME="$work/home-$RANDOM" "$BUILD_DIR/bin/reimagine-studio" --size 1280x800 --sample --screenshot "$png" "$@" 2>/dev/null
}

echo "==> English"
shots "$work/en" tst_workflow tst_structureworkflow tst_mainloop tst_settingsdialog tst_presetspanel
for f in history before-after running compare comparison-export blind-ab blind-ab-revealed leaderboard layout-1024x700 layout-1280x800 \
         layout-1920x1080 layout-compare-1024x700 layout-compare-1280x800 layout-compare-1920x1080 \
         structure-corners structure-cleanup structure-map structure-layer structure-overlay \
         structure-compare structure-history settings-keys; do
    cp "$work/en/$f.png" "$OUT/$f.png"
done
cp "$work/en/presetspanel-list.png" "$OUT/presets.png"
app "$OUT/main-form.png" --prompt "a sunlit scandinavian living room, oak floor, linen sofa" --expand-advanced
HOME="$work/home-empty" "$BUILD_DIR/bin/reimagine-studio" --size 1280x800 --screenshot "$OUT/main-empty.png" 2>/dev/null

for lang in de fr; do
    echo "==> $lang"
    REIMAGINE_TEST_LANG=$lang shots "$work/$lang" tst_structureworkflow tst_settingsdialog
    mkdir -p "$OUT/$lang"
    cp "$work/$lang/structure-compare.png" "$OUT/$lang/compare.png"
    cp "$work/$lang/structure-history.png" "$OUT/$lang/history.png"
    cp "$work/$lang/structure-cleanup.png" "$OUT/$lang/structure.png"
    cp "$work/$lang/settings-keys.png" "$OUT/$lang/settings.png"
    locale=$([ $lang = de ] && echo de_DE || echo fr_FR)
    prompt=$([ $lang = de ] && echo "eine gemütliche Leseecke, warmes Abendlicht" || echo "un coin lecture douillet, lumière du soir")
    LANG=$locale.UTF-8 LANGUAGE=$lang app "$OUT/$lang/main.png" --prompt "$prompt"
done

echo "==> dark"
REIMAGINE_TEST_PALETTE=dark shots "$work/dark" tst_workflow
mkdir -p "$OUT/dark"
cp "$work/dark/compare.png" "$work/dark/before-after.png" "$OUT/dark/"
app "$OUT/dark/main.png" --dark --prompt "a cosy reading corner, warm evening light"

echo "==> 200 %"
QT_SCALE_FACTOR=2 app "$OUT/scale-200.png" --prompt "a cosy reading corner, warm evening light"
echo "==> Done: $OUT (look at every one of them)"
