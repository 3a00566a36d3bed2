#!/usr/bin/env bash
# Renders our tab-bar icons (assets/tabbar-svg/*.svg) to the PNGs WeChat's tab bar needs
# (it takes no SVG), then recompresses them losslessly with zopflipng (same pixels, about 40 %
# fewer bytes: the H5 build inlines these icons into app.js, which every first visit waits for).
# Needs Debian's librsvg2-bin and zopfli. Output is committed: only whoever redraws an icon runs
# this (no build or test does), so the tools are checked before any PNG is overwritten.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v rsvg-convert >/dev/null 2>&1 || missing+=(librsvg2-bin)
command -v zopflipng >/dev/null 2>&1 || missing+=(zopfli)
if [ ${#missing[@]} -gt 0 ]; then
  echo "缺少系统软件包 / missing Debian packages: ${missing[*]} — run: sudo apt-get install -y ${missing[*]}" >&2
  [[ " ${missing[*]} " == *" zopfli "* ]] && echo "(zopflipng: without it the PNGs come out about 7 KB larger in all)" >&2
  exit 1
fi
mkdir -p src/assets/tabbar
for svg in assets/tabbar-svg/*.svg; do
  png="src/assets/tabbar/$(basename "${svg%.svg}").png"
  rsvg-convert -w 81 -h 81 "$svg" -o "$png"
  zopflipng -y -m "$png" "$png" > /dev/null
done
ls -la src/assets/tabbar
