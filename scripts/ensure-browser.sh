#!/usr/bin/env bash
# The browser checks need Debian's Chromium (Playwright cannot download its own browsers here)
# and CJK fonts (Japanese pages). Installs them when missing and we are root; otherwise says how.
set -euo pipefail
need=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "The browser checks need: ${need[*]}. Install them as root: apt-get install -y ${need[*]}" >&2
  exit 1
fi
echo "Installing ${need[*]} for the browser checks"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
