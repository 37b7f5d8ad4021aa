# Sourced by the tests that open real windows (tests/window, tests/package): starts Xvfb on a display
# nobody uses (also one held only by an abstract socket, which no lock file shows) and waits until it
# accepts clients. Sets xvfb_pid and exports DISPLAY; returns 1 (with Xvfb's log) when it never does.
#   start_xvfb WORK_DIR [WAIT_TENTHS]
# -noreset: by default Xvfb resets when its last client (our xdpyinfo probe) disconnects, and a
# client connecting during that reset is dropped; CI once saw exactly that as SDL's "x11 not
# available" right after the probe had succeeded.
start_xvfb() {
  local work="$1" tenths="${2:-600}" display=""
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset 3>"$work/display" >"$work/xvfb.log" 2>&1 &
  xvfb_pid=$!
  for _ in $(seq "$tenths"); do
    display=$(head -1 "$work/display" 2>/dev/null)
    [ -n "$display" ] && xdpyinfo -display ":$display" >/dev/null 2>&1 && break
    display=""
    kill -0 "$xvfb_pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ -z "$display" ]; then
    sed 's/^/# xvfb: /' "$work/xvfb.log" >&2
    return 1
  fi
  export DISPLAY=":$display"
}
