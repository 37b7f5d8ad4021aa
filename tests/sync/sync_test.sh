#!/usr/bin/env bash
# Sync through real WebDAV servers (suite `sync` of ./dev test): Apache (mod_dav_fs) and nginx
# (dav + dav-ext), each started on 127.0.0.1 from the configuration blocks of docs/sync.md, and two
# notebook folders syncing both ways through `rapport sync`. Prints TAP lines.
# The app's own sync code (tests/sync/app_sync_check: Settings, Sync's controller and the native runner,
# without a window) syncs with the CLI through Apache both ways.
# Usage: tests/sync/sync_test.sh PATH/TO/rapport PATH/TO/app_sync_check
set -u
RAPPORT="$1"
APP_SYNC="${2:-}"
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$HERE/../.."
. "$HERE/dav_config.sh"
DATA="$ROOT/tests/data/interchange"
work="$(mktemp -d)"
chmod 755 "$work"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; rm -rf "$work"' EXIT
N=0 FAILED=0
OUT="$work/out" ERR="$work/err"
: >"$OUT"; : >"$ERR"

ok() { N=$((N + 1)); echo "ok - $1"; }
not_ok() { N=$((N + 1)); FAILED=$((FAILED + 1)); echo "not ok - $1"; sed 's/^/# /' "$OUT" "$ERR" | head -20; }
# expect CODE DESCRIPTION -- ARGS...: runs rapport, checks the exit code.
expect() {
  local want="$1" what="$2"; shift 3
  "$RAPPORT" "$@" >"$OUT" 2>"$ERR"
  local got=$?
  if [ "$got" -eq "$want" ]; then ok "$what (exit $got)"; else echo "# expected exit $want, got $got"; not_ok "$what"; fi
}
check() {
  local what="$1"; shift
  if "$@" >/dev/null 2>&1; then ok "$what"; else not_ok "$what"; fi
}
wait_for() { for _ in $(seq 1 100); do "$@" && return 0; sleep 0.1; done; return 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# The notebook as every device must see it: the peers' export (ids, names, fields), sorted.
content() { "$RAPPORT" export --format csv --data-dir "$1" | sort; }
same_content() { [ "$(content "$1")" = "$(content "$2")" ] && [ "$(content "$2" | wc -l)" -gt "${3:-1}" ]; }
elapsed() { awk "BEGIN { printf \"%.2f\", $2 - $1 }"; }
htpasswd -bc "$work/htpasswd" alice 's3cret' >/dev/null 2>&1
chmod 644 "$work/htpasswd"
export RAPPORT_DAV_PASSWORD='s3cret' RAPPORT_PASSPHRASE='correct horse battery staple'

# --- Apache with the documented block
aport=$(free_port)
apache_dav_config "$work" "$aport"
check "docs/sync.md has the Apache block" grep -q "Dav On" "$work/apache/dav.conf"
check "apache2 -t accepts it" apache2 -t -d "$work/apache" -f "$work/apache/apache2.conf"
apache2 -d "$work/apache" -f "$work/apache/apache2.conf" -DFOREGROUND >>"$work/apache/error.log" 2>&1 &
pids+=($!)

# --- nginx with the documented block
nport=$(free_port)
nginx_dav_config "$work" "$nport"
check "docs/sync.md has the nginx block" grep -q "dav_ext_methods" "$work/nginx/dav.conf"
check "nginx -t accepts it" nginx -t -q -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;'
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' 2>>"$work/nginx/error.log" &
pids+=($!)

# --- rclone serve webdav (no configuration file; native only: this version has no CORS option)
rport=$(free_port)
mkdir -p "$work/rclone-dav"
rclone serve webdav "$work/rclone-dav" --addr "127.0.0.1:$rport" --user alice --pass 's3cret' \
  --config /dev/null >"$work/rclone.log" 2>&1 &
pids+=($!)

# Both ways between two notebook folders through one server.
both_ways() {
  local server="$1" url="$2" a="$work/$1-a" b="$work/$1-b" c="$work/$1-c"
  up() { curl -s -o /dev/null -u alice:s3cret -X PROPFIND -H 'Depth: 0' "$url/"; }
  check "$server answers on $url" wait_for up
  expect 0 "$server: device A has a notebook (backup imported)" -- import "$DATA/backup_v1.json" --data-dir "$a"
  expect 0 "$server: A sets up sync (creates the vault)" -- sync setup --url "$url" --user alice --name laptop --data-dir "$a"
  check "$server: the vault file is on the server" test -s "$work/$server-dav/vault"
  check "$server: the sync state (vault key, password) is user-only" test "$(stat -c %a "$a/sync-state.bin")" = 600
  expect 0 "$server: A syncs" -- sync --data-dir "$a"
  check "$server: A says it is in sync" grep -q "In sync" "$OUT"
  check "$server: no note is readable on the server" bash -c "! grep -rqa 'Maria' '$work/$server-dav'"
  expect 0 "$server: B (no notebook yet) joins with the same passphrase" -- sync setup --url "$url/" --user alice --name phone --data-dir "$b"
  expect 0 "$server: B syncs" -- sync --data-dir "$b"
  check "$server: B holds A's notebook" same_content "$a" "$b"
  peers_before=$(content "$a" | wc -l)
  expect 0 "$server: B imports contacts (an edit on B)" -- import "$DATA/contacts_v3.vcf" --data-dir "$b"
  expect 0 "$server: B syncs its edit" -- sync --data-dir "$b"
  expect 0 "$server: A syncs" -- sync --data-dir "$a"
  check "$server: A now holds B's edit too" same_content "$a" "$b" "$peers_before"
  expect 0 "$server: a second cycle on A sends and applies nothing" -- sync --data-dir "$a"
  check "$server: ... and says so" grep -q "Sent 0 changes, applied 0" "$OUT"
  expect 0 "$server: status (no network) names the other device" -- sync status --data-dir "$a"
  check "$server: ... phone is listed" grep -q 'Device "phone"' "$OUT"
  RAPPORT_PASSPHRASE=wrong expect 1 "$server: a third device with a wrong passphrase is refused" -- sync setup --url "$url" --user alice --data-dir "$c"
  check "$server: ... naming the passphrase" grep -q "passphrase is wrong" "$ERR"
  RAPPORT_DAV_PASSWORD=nope expect 1 "$server: a wrong server password is refused" -- sync setup --url "$url" --user alice --data-dir "$c"
  check "$server: ... naming the password" grep -q "user name or password" "$ERR"
  expect 1 "$server: a folder that does not exist is refused" -- sync setup --url "$url/nothing-here" --user alice --data-dir "$c"
  check "$server: ... saying so" grep -q "does not exist" "$ERR"
}
both_ways apache "http://127.0.0.1:$aport/dav"

# --- The app's code and the CLI, through Apache, both ways (a folder of its own on the same server).
app_and_cli() {
  local url="$1" cli="$work/app-cli" app="$work/app-app"
  mkdir -p "$work/apache-dav/app" && chown www-data:www-data "$work/apache-dav/app"
  expect 0 "app+cli: the CLI device has a notebook" -- import "$DATA/backup_v1.json" --data-dir "$cli"
  expect 0 "app+cli: the CLI sets up sync" -- sync setup --url "$url" --user alice --name laptop --data-dir "$cli"
  expect 0 "app+cli: the CLI syncs" -- sync --data-dir "$cli"
  "$APP_SYNC" "$app" connect "$url" alice phone >"$OUT" 2>"$ERR"
  check "app+cli: the app connects (Settings, Sync) and syncs (exit $?)" grep -q "^Synced" "$OUT"
  check "app+cli: ... printing a setup code without secrets" bash -c "grep -q '^rapport-sync/1 vault=' '$OUT' && ! grep -q 's3cret\|correct horse' '$OUT'"
  check "app+cli: the app's notebook holds the CLI's" same_content "$cli" "$app"
  check "app+cli: the app's sync state is user-only" test "$(stat -c %a "$app/sync-state.bin")" = 600
  "$APP_SYNC" "$app" add "Zoe Quinn" >"$OUT" 2>"$ERR"
  check "app+cli: a peer added in the app is synced (exit $?)" grep -q "^Synced" "$OUT"
  expect 0 "app+cli: the CLI syncs again" -- sync --data-dir "$cli"
  check "app+cli: the CLI now has the app's peer" bash -c "'$RAPPORT' export --format csv --data-dir '$cli' | grep -q 'Zoe Quinn'"
  expect 0 "app+cli: the CLI adds contacts" -- import "$DATA/contacts_v3.vcf" --data-dir "$cli"
  expect 0 "app+cli: ... and syncs them" -- sync --data-dir "$cli"
  "$APP_SYNC" "$app" sync >"$OUT" 2>"$ERR"
  check "app+cli: the app syncs (exit $?)" grep -q "^Synced" "$OUT"
  check "app+cli: both notebooks are the same" same_content "$cli" "$app" 3
  expect 0 "app+cli: the CLI's status names the app's device" -- sync status --data-dir "$cli"
  check "app+cli: ... phone is listed" grep -q 'Device "phone"' "$OUT"
  RAPPORT_PASSPHRASE=wrong "$APP_SYNC" "$work/app-wrong" connect "$url" alice tablet >"$OUT" 2>"$ERR"
  check "app+cli: the app's connection test names a wrong passphrase" grep -q "passphrase is wrong" "$ERR"
  "$APP_SYNC" "$work/app-wrong" connect "http://127.0.0.1:$(free_port)/dav" alice tablet >"$OUT" 2>"$ERR"
  check "app+cli: ... and an unreachable server" grep -q "cannot be reached" "$ERR"
}
if [ -n "$APP_SYNC" ]; then app_and_cli "http://127.0.0.1:$aport/dav/app"; fi
both_ways nginx "http://127.0.0.1:$nport/dav"
both_ways rclone "http://127.0.0.1:$rport"

# --- First sync of a 10,000-peer notebook (through nginx), timed.
python3 - "$work/big.vcf" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    for i in range(10000):
        f.write(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i:05d} Example\r\nTITLE:Role {i % 37}\r\n"
                f"ORG:Team {i % 11}\r\nNOTE:Met at event {i % 97}\r\nEND:VCARD\r\n")
PY
ba="$work/big-a" bb="$work/big-b" burl="http://127.0.0.1:$nport/dav/big"
mkdir -p "$work/nginx-dav/big" && chown www-data:www-data "$work/nginx-dav/big"
expect 0 "10k: a notebook of 10,000 peers" -- import "$work/big.vcf" --data-dir "$ba"
expect 0 "10k: A sets up" -- sync setup --url "$burl" --user alice --data-dir "$ba"
expect 0 "10k: B sets up" -- sync setup --url "$burl" --user alice --data-dir "$bb"
t0=$(date +%s.%N)
expect 0 "10k: A's first sync sends it" -- sync --data-dir "$ba"
t1=$(date +%s.%N)
expect 0 "10k: B's first sync receives it" -- sync --data-dir "$bb"
t2=$(date +%s.%N)
check "10k: B holds all 10,000 peers as A does" same_content "$ba" "$bb" 10000
echo "# first sync of 10,000 peers: send $(elapsed "$t0" "$t1") s, receive $(elapsed "$t1" "$t2") s"
expect 0 "10k: B's next cycle sends nothing back" -- sync --data-dir "$bb"
check "10k: ... says so" grep -q "Sent 0 changes" "$OUT"
expect 0 "10k: an edit on A (one more contact)" -- import "$DATA/contacts_v3.vcf" --data-dir "$ba"
t0=$(date +%s.%N)
expect 0 "10k: A sends the edit" -- sync --data-dir "$ba"
t1=$(date +%s.%N)
expect 0 "10k: B receives it" -- sync --data-dir "$bb"
t2=$(date +%s.%N)
check "10k: B holds it" same_content "$ba" "$bb" 10001
echo "# incremental sync in a 10,000-peer notebook: send $(elapsed "$t0" "$t1") s, receive $(elapsed "$t1" "$t2") s"

# --- Faults between device and server (a proxy in front of Apache): never a lost or doubled edit,
# never a damaged notebook, a clear message each time.
pport=$(free_port)
mode_file="$work/proxy.mode"
: >"$mode_file"
python3 "$HERE/fault_proxy.py" "$pport" "$aport" "$mode_file" &
pids+=($!)
purl="http://127.0.0.1:$pport/dav/faults"
fa="$work/fault-a" fb="$work/fault-b"
mkdir -p "$work/apache-dav/faults" && chown www-data:www-data "$work/apache-dav/faults"
proxy_up() { curl -s -o /dev/null -u alice:s3cret -X PROPFIND -H 'Depth: 0' "$purl/"; }
check "the fault proxy answers" wait_for proxy_up
fault() { echo "$1" >"$mode_file"; }
sound() { "$RAPPORT" check --data-dir "$1" >/dev/null 2>&1; }
expect 0 "faults: A has a notebook" -- import "$DATA/backup_v1.json" --data-dir "$fa"
expect 0 "faults: A sets up" -- sync setup --url "$purl" --user alice --name a --data-dir "$fa"
expect 0 "faults: B sets up" -- sync setup --url "$purl" --user alice --name b --data-dir "$fb"

fault cut-upload
expect 1 "faults: an upload cut midway fails the cycle" -- sync --data-dir "$fa"
check "faults: ... with a message" grep -q "^rapport: " "$ERR"
check "faults: ... and A's notebook is sound" sound "$fa"
fault drop-response
expect 1 "faults: an answer lost after the server stored the batch fails the cycle" -- sync --data-dir "$fa"
check "faults: ... and A's notebook is sound" sound "$fa"
fault ""
expect 0 "faults: the next cycle goes through" -- sync --data-dir "$fa"
check "faults: exactly one batch of A is on the server (the retry sent the same one)" \
  test "$(find "$work/apache-dav/faults/devices" -name 'seg-*' | wc -l)" -eq 1
expect 0 "faults: B gets A's notebook" -- sync --data-dir "$fb"
check "faults: ... whole, nothing doubled" same_content "$fa" "$fb"

expect 0 "faults: A imports contacts" -- import "$DATA/contacts_v3.vcf" --data-dir "$fa"
expect 0 "faults: A sends them" -- sync --data-dir "$fa"
before_b=$(content "$fb")
fault flip
expect 1 "faults: a batch with a flipped byte is refused" -- sync --data-dir "$fb"
check "faults: ... named as changed" grep -q "changed, cut or moved" "$ERR"
check "faults: ... nothing of it applied" test "$(content "$fb")" = "$before_b"
check "faults: ... B's notebook is sound" sound "$fb"
fault error-500
expect 1 "faults: a server answering 500 fails the cycle" -- sync --data-dir "$fb"
check "faults: ... named as the server's fault" grep -q "internal error" "$ERR"
check "faults: ... B's notebook is sound" sound "$fb"
fault slow
expect 0 "faults: slow answers still sync" -- sync --data-dir "$fb"
check "faults: B now holds A's contacts" same_content "$fa" "$fb" "$(echo "$before_b" | wc -l)"
fault old-head
expect 1 "faults: an old head served again is reported as a rollback" -- sync --data-dir "$fb"
check "faults: ... named" grep -q "rolled back" "$ERR"
check "faults: ... and what B had stays" same_content "$fa" "$fb"
fault ""
expect 0 "faults: status shows the last problem" -- sync status --data-dir "$fb"
check "faults: ... rolled back" grep -q "Needs attention: .*rolled back" "$OUT"
expect 0 "faults: with the proxy well again, B is in sync" -- sync --data-dir "$fb"

closed=$(free_port)
expect 1 "an unreachable server is named as such" -- sync setup --url "http://127.0.0.1:$closed/dav" --data-dir "$work/unreachable"
check "... with the fix" grep -q "cannot be reached" "$ERR"
expect 1 "rapport sync without setup says how to set it up" -- sync --data-dir "$work/unreachable"
check "... naming the setup command" grep -q "rapport sync setup" "$ERR"
expect 2 "an unknown sync command is a usage error" -- sync frobnicate --data-dir "$work/unreachable"

echo "1..$N"
[ "$FAILED" -eq 0 ]
