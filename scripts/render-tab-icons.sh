#!/usr/bin/env bash
# Renders our tab-bar icons (assets/tabbar-svg/*.svg) to the PNGs WeChat's tab bar needs
# (it takes no SVG), then recompresses them losslessly with zopflipng (same pixels, about 40 %
# fewer bytes: the H5 build inlines these icons into app.js, which every first visit waits for).
# Needs Debian's librsvg2-bin and zopfli. Output is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p src/assets/tabbar
for svg in assets/tabbar-svg/*.svg; do
  png="src/assets/tabbar/$(basename "${svg%.svg}").png"
  rsvg-convert -w 81 -h 81 "$svg" -o "$png"
  zopflipng -y -m "$png" "$png" > /dev/null
done
ls -la src/assets/tabbar
