#!/usr/bin/env bash
# Takes a screenshot of Sinergi in a real window, with no display of your own:
# starts Xvfb at the size asked, runs the app, optionally clicks and types
# (xdotool steps), and saves the screen as PNG.
#
#   scripts/screenshot.sh OUT.png [WIDTHxHEIGHT] [STEP]... [-- APP ARGS]
#
# Steps: `click:X,Y`, `dblclick:X,Y`, `drag:X1,Y1,X2,Y2`, `key:KEYS` (xdotool
# key names, e.g. key:ctrl+s), `type:TEXT`, `wait:SECONDS`. The app binary is $SINERGI_BIN, else the debug
# build. Needs xvfb, xdotool and imagemagick (Debian: apt-get install xvfb
# xdotool imagemagick). The GL backend is pinned so pictures compare across runs.
set -euo pipefail
out=$1; shift
size=${1:-1366x768}
[[ $# -gt 0 && $1 =~ ^[0-9]+x[0-9]+$ ]] && shift || size=1366x768
steps=()
while [[ $# -gt 0 && $1 != -- ]]; do steps+=("$1"); shift; done
[[ $# -gt 0 ]] && shift
bin=${SINERGI_BIN:-$(dirname "$0")/../target/debug/sinergi}
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
home=$(mktemp -d)
cleanup() { kill "$app" "$xvfb" 2>/dev/null || true; rm -rf "$home"; }
trap cleanup EXIT
sleep 1
# A fresh HOME: no preferences or recovery copies from other runs.
DISPLAY=$display HOME=$home XDG_DATA_HOME=$home/.local/share WGPU_BACKEND=gl \
  "$bin" "$@" >"${SINERGI_LOG:-$home/app.log}" 2>&1 &
app=$!
# Wait for the window, then let it settle.
for _ in $(seq 1 60); do
  DISPLAY=$display xdotool search --name Sinergi >/dev/null 2>&1 && break
  sleep 0.5
done
sleep 3
window=$(DISPLAY=$display xdotool search --name Sinergi | head -n 1)
# The window fills the screen, unless the run checks how the app places itself.
if [ -z "${SINERGI_KEEP_WINDOW:-}" ]; then
  DISPLAY=$display xdotool windowmove "$window" 0 0 windowsize "$window" "${size%x*}" "${size#*x}" || true
fi
# No window manager gives the window the keyboard: ask for it.
DISPLAY=$display xdotool windowfocus "$window" || true
sleep 1
for step in "${steps[@]}"; do
  case $step in
    click:*) xy=${step#click:}; DISPLAY=$display xdotool mousemove "${xy%,*}" "${xy#*,}" click 1 ;;
    key:*) DISPLAY=$display xdotool key "${step#key:}" ;;
    drag:*) IFS=, read -r x1 y1 x2 y2 <<<"${step#drag:}"
      # Slowly, frame by frame, as a hand drags.
      DISPLAY=$display xdotool mousemove "$x1" "$y1" mousedown 1; sleep 0.3
      DISPLAY=$display xdotool mousemove $(( (x1 + x2) / 2 )) $(( (y1 + y2) / 2 )); sleep 0.3
      DISPLAY=$display xdotool mousemove "$x2" "$y2"; sleep 0.3
      DISPLAY=$display xdotool mouseup 1 ;;
    dblclick:*) xy=${step#dblclick:}; DISPLAY=$display xdotool mousemove "${xy%,*}" "${xy#*,}" click --repeat 2 --delay 80 1 ;;
    type:*) DISPLAY=$display xdotool type --delay 30 "${step#type:}" ;;
    wait:*) sleep "${step#wait:}" ;;
    *) echo "unknown step: $step" >&2; exit 2 ;;
  esac
  sleep 0.7
done
sleep 1
DISPLAY=$display import -window root "$out"
echo "$out"
