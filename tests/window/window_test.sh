#!/usr/bin/env bash
# The desktop app in a real window under Xvfb (Mesa llvmpipe OpenGL): it starts, renders, takes a
# peer typed with the keyboard, saves it under $XDG_DATA_HOME/rapport, quits with Ctrl+Q (exit 0),
# and a restart renders with the peer still in the store; then the 1:1 alarm (notify_test.sh). Prints
# TAP "ok"/"not ok" lines.
#   usage: window_test.sh PATH/TO/rapport SCREENSHOT_DIR
set -uo pipefail
app="$1" shots="$2"
mkdir -p "$shots"
work=$(mktemp -d)
export XDG_DATA_HOME="$work/data" HOME="$work/home"
mkdir -p "$HOME"
trap 'kill -9 "$app_pid" 2>/dev/null; kill "$xvfb_pid" 2>/dev/null; rm -rf "$work"' EXIT
app_pid="" xvfb_pid=""
# This test is about X11: SDL must not quietly pick another video driver.
export SDL_VIDEODRIVER=x11
# Generous waits: CI machines can be several times slower than a laptop, and a wait that ends early
# only turns a slow start into a confusing cascade of failures.
WAIT_TENTHS=600

ok() { echo "ok - $1"; }
not_ok() { echo "not ok - $1"; }
check() { local name="$1"; shift; if "$@"; then ok "$name"; else not_ok "$name"; fi; }

source "$(dirname "${BASH_SOURCE[0]}")/xvfb.sh"
if ! start_xvfb "$work" "$WAIT_TENTHS"; then
  not_ok "Xvfb starts"
  exit 1
fi

# What the app printed, for a failure's explanation (the suite log keeps stderr).
show_app_log() { sed 's/^/# app: /' "$work/app.log" >&2; }

# Starts the app and waits for its window; sets app_pid and window.
start_app() {
  "$app" "$@" >>"$work/app.log" 2>&1 &
  app_pid=$!
  window=""
  local waited=0
  for _ in $(seq $WAIT_TENTHS); do
    window=$(xdotool search --name '^Rapport$' 2>/dev/null | head -1)
    [ -n "$window" ] && break
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.1
    waited=$((waited + 1))
  done
  if [ -z "$window" ]; then
    if kill -0 "$app_pid" 2>/dev/null; then
      echo "# no window named Rapport after $((waited / 10)) s; the app is still running" >&2
    else
      echo "# the app exited before opening a window" >&2
    fi
    show_app_log
    return 0
  fi
  echo "# window after $((waited * 100)) ms" >&2
  # Real (XTEST) key events, not XSendEvent ones: SDL rebuilds its modifier state from the server's
  # keyboard, so a synthetic Ctrl would be lost. With no window manager, keys go where the pointer is.
  # A click on empty space gives the window the keyboard for sure (no window manager here does it).
  sleep 0.5
  xdotool mousemove --window "$window" 1000 660 click 1
  sleep 0.5  # let the first frames reach the screen
}

# Screenshot of the app's window (never `import` without a window: it would wait for a mouse click).
shot() {
  [ -n "$window" ] && timeout 20 import -window "$window" "$1"
}

# True when the screenshot has real content: many colours, not one flat fill.
not_blank() {
  local colours
  colours=$(convert "$1" -format '%k' info: 2>/dev/null)
  echo "# $1: $colours colours" >&2
  [ "${colours:-0}" -gt 16 ]
}

# Polls a command until it succeeds or the wait runs out.
wait_for() {
  for _ in $(seq $WAIT_TENTHS); do "$@" && return 0; sleep 0.1; done
  return 1
}

# Ctrl+Q, then the exit code; an app that does not quit within the wait is killed and fails.
quit_app() {
  [ -n "$app_pid" ] || return 1
  [ -n "$window" ] && xdotool key ctrl+q
  local rc=0 quit=0
  for _ in $(seq $WAIT_TENTHS); do kill -0 "$app_pid" 2>/dev/null || { quit=1; break; }; sleep 0.1; done
  if [ $quit -eq 0 ]; then
    echo "# the app did not quit; killed" >&2
    kill -9 "$app_pid" 2>/dev/null
    show_app_log
  fi
  wait "$app_pid" || rc=$?
  app_pid=""
  [ $quit -eq 1 ] && return $rc
  return 1
}

start_app
check "the app opens a window titled Rapport" test -n "$window"
[ -n "$window" ] || exit 1  # every later check would fail for the same reason, printed above
shot "$shots/desktop-empty.png"
check "the first frame is rendered (not blank)" not_blank "$shots/desktop-empty.png"

# Peers from the sidebar (a click: Ctrl+2 and the other shortcuts are driven below and in the UI
# tests); its add field then has the keyboard.
xdotool mousemove --window "$window" 44 84 click 1
sleep 0.5
xdotool type --delay 30 "Ada Lovelace"
xdotool key Return
xdotool type --delay 30 "Grace Hopper"
xdotool key Return
saved_peer() { cat "$XDG_DATA_HOME"/rapport/* 2>/dev/null | grep -aq 'Grace Hopper'; }
# The store writes before the command returns, so the file tells when the keys have been handled.
check "the added peers are saved under \$XDG_DATA_HOME/rapport" wait_for saved_peer
sleep 0.5
shot "$shots/desktop.png"
check "after adding peers the window is rendered" not_blank "$shots/desktop.png"
check "the data folder is private (0700)" test "$(stat -c %a "$XDG_DATA_HOME/rapport")" = 700

# Idle is free: with nothing happening, the app must not keep drawing.
ticks_before=$(awk '{print $14 + $15}' "/proc/$app_pid/stat")
sleep 3
ticks_after=$(awk '{print $14 + $15}' "/proc/$app_pid/stat")
echo "# CPU while idle for 3 s: $((ticks_after - ticks_before)) ticks" >&2
check "an idle app uses (almost) no CPU" test $((ticks_after - ticks_before)) -le 10

check "Ctrl+Q quits with exit code 0" quit_app

start_app
check "the app starts again on the saved notebook" test -n "$window"
shot "$shots/desktop-restarted.png"
check "the restarted app renders" not_blank "$shots/desktop-restarted.png"
check "the restarted app quits cleanly" quit_app

files_before_demo=$(ls "$XDG_DATA_HOME/rapport" | wc -l)

# The sample notebook (--demo): a screenshot of each main page, for the README and for looking at.
start_app --demo
check "the demo notebook opens" test -n "$window"
pages=(this-week peers projects previews rituals journal settings)
# Two screenshots that differ: the shortcut before the second one really changed the page.
differs() { ! cmp -s "$1" "$2"; }
for i in "${!pages[@]}"; do
  xdotool key "ctrl+$((i + 1))"
  sleep 0.6
  shot "$shots/desktop-${pages[$i]}.png"
  check "the ${pages[$i]} page renders with sample data" not_blank "$shots/desktop-${pages[$i]}.png"
  if [ "$i" -gt 0 ]; then
    check "Ctrl+$((i + 1)) leaves ${pages[$((i - 1))]} for ${pages[$i]}" \
      differs "$shots/desktop-${pages[$((i - 1))]}.png" "$shots/desktop-${pages[$i]}.png"
  fi
done
# Search (Ctrl+K) straight to a peer's page.
xdotool key ctrl+k
sleep 0.4
xdotool type --delay 30 "Maria Chen"
sleep 0.4
xdotool key Return
sleep 0.6
shot "$shots/desktop-peer.png"
check "Ctrl+K finds a peer and opens the page" not_blank "$shots/desktop-peer.png"
check "the peer page is not the settings page" differs "$shots/desktop-settings.png" "$shots/desktop-peer.png"
check "the demo quits cleanly" quit_app
check "the demo wrote nothing to the data folder" test "$(ls "$XDG_DATA_HOME/rapport" | wc -l)" -eq "$files_before_demo"

# The desktop asks for dark colours (GTK_THEME=...:dark): the default "System" theme follows it.
brightness() { convert "$1" -colorspace Gray -format '%[fx:int(255*mean)]' info: 2>/dev/null; }
is_dark() { local b; b=$(brightness "$1"); echo "# $1: mean brightness $b" >&2; [ "${b:-255}" -lt 90 ]; }
is_light() { local b; b=$(brightness "$1"); echo "# $1: mean brightness $b" >&2; [ "${b:-0}" -gt 170 ]; }
check "the light demo is light" is_light "$shots/desktop-this-week.png"
export GTK_THEME=Adwaita:dark
start_app --demo
unset GTK_THEME
check "the demo opens with a dark desktop" test -n "$window"
for i in "${!pages[@]}"; do
  xdotool key "ctrl+$((i + 1))"
  sleep 0.6
  shot "$shots/desktop-dark-${pages[$i]}.png"
done
check "with GTK_THEME=Adwaita:dark the app is dark" is_dark "$shots/desktop-dark-this-week.png"
check "the dark demo quits cleanly" quit_app
if grep -qi 'error\|damaged' "$work/app.log"; then not_ok "the app logged no error"; cat "$work/app.log"; else ok "the app logged no error"; fi

# The 1:1 alarm as a desktop notification: its own session bus, clock and notebook (notify_test.sh).
bash "$(dirname "${BASH_SOURCE[0]}")/notify_test.sh" "$app" "$(dirname "$app")/cli/rapport"
