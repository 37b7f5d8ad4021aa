#!/usr/bin/env bash
# The desktop's 1:1 alarm in a real window under Xvfb, on a private D-Bus session bus with a fake
# notification server that records each Notify call: a 1:1 with Maria Chen at 14:00 notifies once at
# 13:50 (the clock set by faketime), with its time and first agenda item; the app also starts, runs
# and quits cleanly with no notification server and with no session bus at all. Prints TAP lines.
#   usage: notify_test.sh PATH/TO/rapport-desktop PATH/TO/rapport
set -uo pipefail
app="$1" cli="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# Everything below runs on a session bus of its own, ended with the script.
if [ -z "${RAPPORT_NOTIFY_TEST_BUS:-}" ]; then
  export RAPPORT_NOTIFY_TEST_BUS=1
  exec dbus-run-session -- bash "${BASH_SOURCE[0]}" "$@"
fi
work=$(mktemp -d)
export XDG_DATA_HOME="$work/data" HOME="$work/home" TZ=UTC SDL_VIDEODRIVER=x11
mkdir -p "$HOME"
app_pid="" xvfb_pid="" server_pid=""
trap 'kill -9 "$app_pid" 2>/dev/null; kill "$server_pid" "$xvfb_pid" 2>/dev/null; rm -rf "$work"' EXIT
WAIT_TENTHS=600
ok() { echo "ok - $1"; }
not_ok() { echo "not ok - $1"; }
check() { local name="$1"; shift; if "$@"; then ok "$name"; else not_ok "$name"; fi; }
wait_for() { for _ in $(seq $WAIT_TENTHS); do "$@" && return 0; sleep 0.1; done; return 1; }

source "$here/xvfb.sh"
if ! start_xvfb "$work" "$WAIT_TENTHS"; then not_ok "Xvfb starts"; exit 1; fi

# The notebook: Maria Chen's weekly 1:1 on Thursdays at 14:00 from Thursday 3 Dec 2026, that day's 1:1
# prepared with one planned item. Built from the sample's own backup, so every field has its shape.
"$cli" export --format json --demo --out "$work/sample.json" >/dev/null 2>&1 || { not_ok "the sample exports as JSON"; exit 1; }
python3 - "$work/sample.json" "$work/notebook.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
peer = dict(doc["peers"][0], id="00000000000000a1", name="Maria Chen", archived=False)
series = dict(next(s for s in doc["series"] if s["active"]), id="00000000000000a2", peerId=peer["id"],
              cadence={"kind": 0, "everyNWeeks": 1}, weekday=4, durationMinutes=30, startMinutes=14 * 60,
              start="2026-12-03", review="2027-03-03", active=True, history=[], changes=[])
meeting = dict(doc["meetings"][0], id="00000000000000a3", seriesId=series["id"], peerId=peer["id"],
               date="2026-12-03", held=False, notes="", insights=[], conflicts=[])
item = dict(meeting["agenda"][0], text="Q1 hiring plan", status=0, carriedFrom=None, previewId=None)
meeting["agenda"] = [item]
for key, value in doc.items():
    if isinstance(value, list):
        doc[key] = []
doc.update(peers=[peer], series=[series], meetings=[meeting])
json.dump(doc, open(sys.argv[2], "w"))
PY
"$cli" import "$work/notebook.json" --data-dir "$XDG_DATA_HOME/rapport" >"$work/import.log" 2>&1
check "the test notebook is imported" grep -q "Maria Chen" <("$cli" export --format ics --data-dir "$XDG_DATA_HOME/rapport" 2>&1)

notes="$work/notifications.jsonl"
touch "$notes"
# Debian's interpreter: python3-dbus and python3-gi are installed for it, not for another python3 on PATH.
/usr/bin/python3 "$here/fake_notification_server.py" "$notes" "$work/server-ready" 2>"$work/server.log" &
server_pid=$!
check "the fake notification server owns its name on the private bus" wait_for test -f "$work/server-ready"

# Starts the app at a wall-clock time that then runs on (faketime); sets app_pid and window.
start_app_at() {
  local when="$1"; shift
  FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f "@$when" "$app" "$@" >>"$work/app.log" 2>&1 &
  app_pid=$!
  window=""
  for _ in $(seq $WAIT_TENTHS); do
    window=$(xdotool search --name '^Rapport$' 2>/dev/null | head -1)
    [ -n "$window" ] && break
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.1
  done
  [ -n "$window" ] || sed 's/^/# app: /' "$work/app.log" >&2
}
quit_app() {
  [ -n "$app_pid" ] || return 1
  [ -n "$window" ] && xdotool mousemove --window "$window" 1000 660 click 1 key ctrl+q
  local rc=0
  for _ in $(seq $WAIT_TENTHS); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$app_pid" 2>/dev/null; then kill -9 "$app_pid"; wait "$app_pid" 2>/dev/null; app_pid=""; return 1; fi
  wait "$app_pid" || rc=$?
  app_pid=""
  return $rc
}
notified() { [ "$(wc -l <"$notes")" -ge "$1" ]; }
field() { python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readlines()[int(sys.argv[2])])[sys.argv[3]])' "$notes" "$1" "$2"; }

# 1. Fifteen seconds before the alarm: nothing at first; at 13:50 the idle app wakes and notifies.
started=$SECONDS
start_app_at "2026-12-03 13:49:45"
check "the app opens a window" test -n "$window"
# Only meaningful when the window came before 13:50 (a slow machine may take longer to start).
if [ $((SECONDS - started)) -lt 13 ]; then
  check "no notification before 13:50" test "$(wc -l <"$notes")" -eq 0
else
  echo "# the window took $((SECONDS - started)) s: the before-13:50 check is skipped" >&2
fi
check "a notification arrives at 13:50" wait_for notified 1
title=$(field 0 summary 2>/dev/null) body=$(field 0 body 2>/dev/null)
echo "# notification: '$title' / '$body'" >&2
check "its title names the peer and the minutes" test "$title" = "1:1 with Maria Chen in 10 minutes"
check "its body has the time and the first agenda item" test "$body" = "14:00-14:30 · First: Q1 hiring plan"
check "it comes from Rapport" test "$(field 0 app 2>/dev/null)" = "Rapport"
sleep 2
check "the 1:1 notifies once per run" test "$(wc -l <"$notes")" -eq 1
check "the app quits cleanly after notifying" quit_app

# 2. A bus without a notification server: the call fails quietly, the app runs and quits.
kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; server_pid=""
start_app_at "2026-12-03 13:52:00"
check "with no notification server the app opens a window" test -n "$window"
sleep 2
check "with no notification server the app quits cleanly" quit_app

# 3. No session bus at all (no address, no per-user socket): no notification, no delay, no error.
(
  unset DBUS_SESSION_BUS_ADDRESS XDG_RUNTIME_DIR
  start_app_at "2026-12-03 13:52:00"
  check "with no session bus the app opens a window" test -n "$window"
  sleep 2
  check "with no session bus the app quits cleanly" quit_app
)
if grep -qi 'error\|damaged' "$work/app.log"; then not_ok "the app logged no error"; cat "$work/app.log" >&2; else ok "the app logged no error"; fi
