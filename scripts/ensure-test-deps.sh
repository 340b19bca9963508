#!/usr/bin/env bash
# Runs before `npm test` (the npm `pretest` hook), and from .ci/run: makes a fresh machine able to run
# every test.
# - node_modules from the lockfile when missing
# - Debian's packages the browser tests drive, when missing:
#     chromium, fonts-noto-cjk            Playwright e2e (and Chinese in screenshots)
#     nginx, libnginx-mod-http-brotli-static   the deploy/ config under test (tests/deploy/)
#     firefox-esr                         Gecko, over WebDriver BiDi (tests/engines/)
#     webkit2gtk-driver, xvfb             WebKitGTK's WebKitWebDriver + MiniBrowser, on a virtual display
# Never downloads a browser of its own: only the npm registry and Debian's packages are reachable.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${ENSURE_DEPS_SKIP_NPM:-}" != 1 ] && { [ ! -d node_modules/.bin ] || [ package-lock.json -nt node_modules/.package-lock.json ]; }; then
  echo "==> npm ci"
  npm ci --no-audit --no-fund
fi

CHROME="${CHROME_PATH:-/usr/bin/chromium}"
MINIBROWSER="${MINIBROWSER_PATH:-/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser}"
has_cjk_font() { command -v fc-list >/dev/null && [ -n "$(fc-list :lang=zh 2>/dev/null)" ]; }

missing=()
[ -x "$CHROME" ] || missing+=(chromium)
has_cjk_font || missing+=(fonts-noto-cjk)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
[ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing+=(libnginx-mod-http-brotli-static)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
{ command -v WebKitWebDriver >/dev/null && [ -x "$MINIBROWSER" ]; } || missing+=(webkit2gtk-driver)
command -v Xvfb >/dev/null || missing+=(xvfb)

if [ ${#missing[@]} -gt 0 ]; then
  echo "==> installing Debian packages for the browser tests: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi
# The packaged nginx starts a system service on install; the tests run their own on loopback ports.
