#!/usr/bin/env bash
# Runs before `npm test` (the npm `pretest` hook): makes a fresh machine able to run every test.
# - node_modules from the lockfile when missing
# - Debian's chromium (and CJK fonts, so screenshots show Chinese) when missing
# Never downloads a browser of its own: only the npm registry and Debian's packages are reachable.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules/.bin ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> npm ci"
  npm ci --no-audit --no-fund
fi

CHROME="${CHROME_PATH:-/usr/bin/chromium}"
has_cjk_font() { command -v fc-list >/dev/null && [ -n "$(fc-list :lang=zh 2>/dev/null)" ]; }
if [ ! -x "$CHROME" ] || ! has_cjk_font; then
  echo "==> installing Debian chromium + CJK fonts for the browser tests"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk
fi
