#!/usr/bin/env bash
# Apache with the documented WebDAV block on 127.0.0.1, in the foreground until killed: the browser
# tests' server (tests/web/sync.test.mjs). Prints "ready" once it answers.
# Usage: tests/sync/serve_dav.sh WORK PORT ORIGIN|none USER PASSWORD
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$HERE/../.."
. "$HERE/dav_config.sh"
work="$1" port="$2" origin="$3"
mkdir -p "$work"
chmod 755 "$work"
htpasswd -bc "$work/htpasswd" "$4" "$5" >/dev/null 2>&1
chmod 644 "$work/htpasswd"
apache_dav_config "$work" "$port" "$origin"
mkdir -p "$work/apache-dav/rapport"
chown www-data:www-data "$work/apache-dav/rapport"
apache2 -t -d "$work/apache" -f "$work/apache/apache2.conf" >/dev/null 2>&1 || { cat "$work/apache/error.log" >&2; exit 1; }
apache2 -d "$work/apache" -f "$work/apache/apache2.conf" -DFOREGROUND >>"$work/apache/error.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null' EXIT TERM INT
for _ in $(seq 1 100); do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo ready; break; fi
  sleep 0.1
done
wait "$pid"
