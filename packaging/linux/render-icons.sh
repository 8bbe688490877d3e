#!/bin/sh
# Renders the hicolor PNG icons from resources/icons/reimagine-studio.svg with ImageMagick.
# The PNGs are committed; run this again only after the SVG changed:
#   sh packaging/linux/render-icons.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/../../resources/icons/reimagine-studio.svg"
app_id=io.github.reimagine_studio.ReimagineStudio
convert=/usr/bin/convert
[ -x "$convert" ] || convert=convert
for size in 16 32 48 64 128 256; do
    dir="$here/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    # Render at 4x (the SVG is 256 units wide at 72 dpi), then scale down for clean edges.
    density=$((72 * size * 4 / 256))
    "$convert" -background none -density "$density" "$svg" \
        -resize "${size}x${size}" -depth 8 -strip "PNG32:$dir/$app_id.png"
done
