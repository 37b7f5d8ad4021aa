#!/usr/bin/env bash
# Copies the gallery the browser suite took (tests/web/gallery.test.mjs -> build/screenshots/gallery)
# into docs/screenshots/gallery, phone shots scaled to 1x and all of them reduced to 256 colours, so
# the repository stays small. Run after `./dev test web`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
from="$root/build/screenshots/gallery" to="$root/docs/screenshots/gallery"
[ -d "$from" ] || { echo "no $from: run ./dev test web first" >&2; exit 1; }
mkdir -p "$to"
for shot in "$from"/*.png; do
  name=$(basename "$shot")
  case "$name" in
    phone-*) convert "$shot" -resize 390x -colors 256 "PNG8:$to/$name" ;;
    *) convert "$shot" -colors 256 "PNG8:$to/$name" ;;
  esac
done
echo "copied $(ls "$to" | wc -l) screenshots to $to"
