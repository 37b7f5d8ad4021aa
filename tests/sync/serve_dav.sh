#!/usr/bin/env bash
# Apache or nginx with the documented WebDAV block on 127.0.0.1, in the foreground until killed: the
# browser tests' server (tests/web/sync.test.mjs). The folder to sync is WORK/<kind>-dav/rapport, at
# http://127.0.0.1:PORT/dav/rapport. Prints "ready" once the server answers.
# Usage: tests/sync/serve_dav.sh apache|nginx WORK PORT ORIGIN|none USER PASSWORD
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$HERE/../.."
. "$HERE/dav_config.sh"
kind="$1" work="$2" port="$3" origin="$4"
mkdir -p "$work"
chmod 755 "$work"
htpasswd -bc "$work/htpasswd" "$5" "$6" >/dev/null 2>&1
chmod 644 "$work/htpasswd"
case "$kind" in
  apache)
    apache_dav_config "$work" "$port" "$origin"
    apache2 -t -d "$work/apache" -f "$work/apache/apache2.conf" >/dev/null 2>&1 || { cat "$work/apache/error.log" >&2; exit 1; }
    apache2 -d "$work/apache" -f "$work/apache/apache2.conf" -DFOREGROUND >>"$work/apache/error.log" 2>&1 &
    ;;
  nginx)
    nginx_dav_config "$work" "$port" "$origin"
    nginx -t -q -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' || exit 1
    nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' 2>>"$work/nginx/error.log" &
    ;;
  *) echo "unknown server $kind" >&2; exit 2 ;;
esac
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null' EXIT TERM INT
mkdir -p "$work/$kind-dav/rapport"
chown www-data:www-data "$work/$kind-dav/rapport"
for _ in $(seq 1 100); do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo ready; break; fi
  sleep 0.1
done
wait "$pid"
