#!/usr/bin/env bash
# Debian packages the tests need: chromium (browser tests), ffmpeg (ffprobe checks the clips),
# poppler-utils (pdftotext/pdfinfo/pdftoppm read the print PDFs) and fonts-noto-cjk (the print
# PDFs embed a subset of Noto Sans CJK SC; the staff download needs it at run time too).
# Installs what is missing when run as root; otherwise says what to install and fails.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v ffprobe >/dev/null 2>&1 || missing+=(ffmpeg)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
[ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || [ -n "${PRINT_FONT_DIR:-}" ] || missing+=(fonts-noto-cjk)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "缺少系统软件包 / missing Debian packages: ${missing[*]} — run: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "installing Debian packages: ${missing[*]}"
apt-get -o DPkg::Lock::Timeout=300 update -qq
DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq "${missing[@]}" >/dev/null
