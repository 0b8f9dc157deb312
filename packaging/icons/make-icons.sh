#!/usr/bin/env bash
# Regenerates the icon set in assets/ from the vector source assets/icon.svg: PNGs (16–512 px), icon.ico (Windows,
# ImageMagick) and icon.icns (macOS, MakeIcns.java). Needs ImageMagick with SVG support and a JDK; the results are
# committed, so builds do not run this.
set -euo pipefail
cd "$(dirname "$0")/../.."
for size in 16 32 48 64 128 256 512; do
    convert -background none -density 384 assets/icon.svg -resize "${size}x${size}" "assets/icons/icon-$size.png"
done
convert assets/icons/icon-{16,32,48,64,128,256}.png assets/icon.ico
java packaging/icons/MakeIcns.java assets/icon.icns assets/icons
