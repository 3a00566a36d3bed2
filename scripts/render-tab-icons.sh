#!/usr/bin/env bash
# Renders our tab-bar icons (assets/tabbar-svg/*.svg) to the PNGs WeChat's tab bar needs
# (it takes no SVG). Needs Debian's librsvg2-bin. Output is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p src/assets/tabbar
for svg in assets/tabbar-svg/*.svg; do
  rsvg-convert -w 81 -h 81 "$svg" -o "src/assets/tabbar/$(basename "${svg%.svg}").png"
done
ls -la src/assets/tabbar
