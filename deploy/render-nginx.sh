#!/usr/bin/env bash
# Renders deploy/nginx/zhicheng.conf.template into an nginx snippet (server context), on stdout.
#
#   deploy/render-nginx.sh --base /zhicheng/ --root /var/www/html [--brotli auto|on|off]
#
#   --base    the URL path the app lives under, as built with BASE_PATH (default /)
#   --root    the directory that base is relative to: the build is copied to <root><base>
#             (default /var/www/zhicheng for base /)
#   --brotli  serve the build's .br files with brotli_static (module libnginx-mod-http-brotli-static);
#             auto (default): on when that module is enabled on this machine
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
base="/"
root=""
brotli="auto"
while [ $# -gt 0 ]; do
  case "$1" in
    --base) base="$2"; shift 2 ;;
    --root) root="$2"; shift 2 ;;
    --brotli) brotli="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "render-nginx.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

# Normalise the base to /a/b/ and refuse anything that is not a plain path.
base="/$(printf '%s' "$base" | sed -E 's#^/+##; s#/+$##')/"
base="${base//\/\//\/}"
if ! printf '%s' "$base" | grep -Eq '^/([A-Za-z0-9._~-]+/)*$' || printf '%s' "$base" | grep -Eq '/\.\.?/'; then
  echo "render-nginx.sh: --base must be a plain path such as /zhicheng/, got $base" >&2
  exit 2
fi
if [ -z "$root" ]; then
  if [ "$base" = "/" ]; then root="/var/www/zhicheng"; else root="/var/www/html"; fi
fi
root="${root%/}"
case "$root" in /*) ;; *) echo "render-nginx.sh: --root must be an absolute path" >&2; exit 2 ;; esac

if [ "$brotli" = "auto" ]; then
  if ls /etc/nginx/modules-enabled/ 2>/dev/null | grep -q brotli-static; then brotli=on; else brotli=off; fi
fi

base_noslash="${base%/}"
base_regex="$(printf '%s' "$base" | sed -E 's/[.~-]/\\&/g')"

awk -v base="$base" -v root="$root" -v noslash="$base_noslash" -v re="$base_regex" -v brotli="$brotli" \
  -v headers="$here/nginx/security-headers.conf" '
  function subst(line) {
    gsub(/@BASE_NOSLASH@/, noslash, line)
    gsub(/@BASE_REGEX@/, re, line)
    gsub(/@BASE@/, base, line)
    gsub(/@ROOT@/, root, line)
    return line
  }
  # The redirect from /zhicheng to /zhicheng/ only exists under a sub-path.
  /^# @subpath/ { skip = (base == "/"); next }
  skip && /^}/ { skip = 0; next }
  skip { next }
  /@HEADERS@/ {
    indent = $0; sub(/@HEADERS@.*/, "", indent)
    while ((getline h < headers) > 0) {
      if (h ~ /^#/ || h == "") continue
      if (h ~ /@brotli/) { if (brotli != "on") continue; sub(/ *#.*/, "", h) }
      print indent h
    }
    close(headers)
    next
  }
  { print subst($0) }
' "$here/nginx/zhicheng.conf.template"
