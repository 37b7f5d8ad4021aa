#!/usr/bin/env bash
# The real desktop app under Xvfb: idle CPU over 10 s (utime + stime from /proc/PID/stat) on the demo
# notebook and on the large one, and peak RSS (VmHWM) with the large one. Appends result rows to OUT.
#   usage: app_idle.sh PATH/TO/rapport-desktop PATH/TO/bench_ui OUT.tsv
set -euo pipefail
app="$1" bench_ui="$2" out="$3"
work=$(mktemp -d)
app_pid="" xvfb_pid=""
trap 'kill $app_pid $xvfb_pid 2>/dev/null || true; rm -rf "$work"' EXIT
export HOME="$work/home"
mkdir -p "$HOME"

display=99
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp -noreset >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
export DISPLAY=":$display"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

ticks=$(getconf CLK_TCK)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }  # utime + stime (fields 14, 15)
row() { printf 'memory\tnative\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" "$5" "$5" "$6" >>"$out"; }

# Starts the app, waits for its window and WAIT more seconds, then measures 10 s with no input.
#   $1 subject  $2 size label  $3 entities  $4 wait  then the app's arguments
measure() {
  local subject="$1" label="$2" entities="$3" wait="$4"; shift 4
  "$app" "$@" >>"$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 300); do xdotool search --name '^Rapport$' >/dev/null 2>&1 && break; sleep 0.1; done
  sleep "$wait"
  local before after
  before=$(cpu_ticks "$app_pid")
  sleep 10
  after=$(cpu_ticks "$app_pid")
  row "$subject" "$label" "$entities" "idle cpu" "$(awk -v t=$((after - before)) -v hz="$ticks" 'BEGIN { printf "%.2f", 100 * t / hz / 10 }')" "% of a core"
  row "$subject" "$label" "$entities" "peak rss" "$(awk '/VmHWM/ { printf "%.1f", $2 / 1024 }' "/proc/$app_pid/status")" "MiB"
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
}

measure "desktop app, demo" demo 0 2 --demo
export XDG_DATA_HOME="$work/data"
mkdir -p "$XDG_DATA_HOME/rapport"
entities=$("$bench_ui" --make-store "$XDG_DATA_HOME/rapport" | sed -E 's/.* ([0-9]+) entities.*/\1/')
measure "desktop app, large notebook" large "$entities" 3
printf 'memory\tnative\t#note\tidle: 10 s with no input after the window is up (Xvfb, Mesa llvmpipe); large: %s entities opened from a store on disk\n' "$entities" >>"$out"
