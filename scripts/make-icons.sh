#!/usr/bin/env bash
# Renders the application icon from its source, assets/icon/sinergi.svg, into
# everything the packages use, all committed beside the source:
#   assets/icon/png/sinergi-N.png   N = 16 24 32 48 64 128 256 512 1024
#                                    (Linux hicolor sizes, the window icon, 1024 for macOS)
#   assets/icon/sinergi.ico          Windows: 16, 24, 32, 48, 64, 128, 256
#   assets/icon/sinergi.icns         macOS: 32 to 1024, @1x and @2x
# Needs rsvg-convert (Debian: librsvg2-bin) and Python 3 with Pillow (Debian:
# python3-pil); on Debian/Ubuntu it installs whichever is missing.
# Usage: bash scripts/make-icons.sh [--check]
#   --check  regenerate into a temporary folder and fail if the committed files differ
set -euo pipefail
cd "$(dirname "$0")/.."

src=assets/icon/sinergi.svg
sizes=(16 24 32 48 64 128 256 512 1024)

apt_install() {
  command -v apt-get >/dev/null 2>&1 || return 1
  local sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "$@" >/dev/null
}

if ! command -v rsvg-convert >/dev/null 2>&1; then
  echo "make-icons: installing librsvg2-bin (rsvg-convert)"
  apt_install librsvg2-bin || { echo "make-icons: rsvg-convert is needed (librsvg)" >&2; exit 1; }
fi

# A Python that has Pillow: the one on PATH, else the system's, else install it.
python=""
for candidate in python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import PIL' 2>/dev/null; then
    python=$candidate
    break
  fi
done
if [ -z "$python" ]; then
  echo "make-icons: installing Pillow"
  if apt_install python3-pil; then
    python=/usr/bin/python3
  else
    python3 -m pip install --quiet --user pillow
    python=python3
  fi
fi

check=false
[ "${1:-}" = "--check" ] && check=true
if $check; then
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
else
  out=assets/icon
fi
mkdir -p "$out/png"

for n in "${sizes[@]}"; do
  rsvg-convert --width "$n" --height "$n" --format png "$src" --output "$out/png/sinergi-$n.png"
done

"$python" - "$out" <<'PY'
import sys
from PIL import Image

out = sys.argv[1]
def load(n):
    return Image.open(f"{out}/png/sinergi-{n}.png").convert("RGBA")

# Windows .ico: every size drawn from the SVG, none scaled from another.
ico_sizes = [16, 24, 32, 48, 64, 128, 256]
ico = [load(n) for n in ico_sizes]
ico[-1].save(f"{out}/sinergi.ico", format="ICO",
             sizes=[(n, n) for n in ico_sizes], append_images=ico[:-1])

# macOS .icns: Pillow writes ic07..ic14 (128..1024, and 32/64 for 16@2x/32@2x).
icns = [load(n) for n in (32, 64, 128, 256, 512)]
load(1024).save(f"{out}/sinergi.icns", format="ICNS", append_images=icns)
PY

if $check; then
  status=0
  for f in png/sinergi-{16,24,32,48,64,128,256,512,1024}.png sinergi.ico sinergi.icns; do
    if ! cmp -s "$out/$f" "assets/icon/$f"; then
      echo "make-icons: assets/icon/$f is out of date; run bash scripts/make-icons.sh" >&2
      status=1
    fi
  done
  [ $status -eq 0 ] && echo "make-icons: every icon matches assets/icon/sinergi.svg"
  exit $status
fi
echo "make-icons: wrote assets/icon/png/sinergi-{$(IFS=,; echo "${sizes[*]}")}.png, sinergi.ico, sinergi.icns"
