#!/usr/bin/env bash
# End-to-end test of the Debian package, as root on Debian/Ubuntu (CI or a VM,
# not a machine you care about: it installs and removes the sinergi package).
#   1. installs what it needs (Xvfb, desktop-file-utils, ImageMagick, ...)
#   2. builds the .deb (scripts/package.sh --formats deb), unless --deb FILE
#   3. apt-get install ./sinergi_*.deb
#   4. checks: sinergi on PATH and working, the desktop entry validates, the
#      icons, the MIME type for .sinergi and its default application, .ron not
#      claimed, the AppStream metadata
#   5. opens a .sinergi project the way a double-click does (the desktop
#      entry's Exec line) under Xvfb, checks the window and its WM_CLASS, and
#      takes a screenshot: target/test-deb/screenshot.png
#   6. apt-get remove sinergi, and checks that none of its files are left
# Ends with a line "N passed, N failed"; exits non-zero on any failure.
# Usage: bash scripts/test-deb.sh [--deb FILE] [--strict-app-id] [--minimal-root]
#   --strict-app-id  fail (not only warn) when the window's WM_CLASS is not the
#                    application id of the desktop entry (StartupWMClass)
#   --minimal-root   also install the .deb into a minimal debootstrap of this
#                    release and start it there: the package's Depends suffice
#                    (downloads about 200 MB; needs mount and chroot)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

deb=""
strict_app_id=false
minimal_root=false
while [ $# -gt 0 ]; do
  case "$1" in
    --deb) deb=$2; shift 2 ;;
    --strict-app-id) strict_app_id=true; shift ;;
    --minimal-root) minimal_root=true; shift ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "test-deb: unknown argument $1" >&2; exit 2 ;;
  esac
done

if [ "$(id -u)" -ne 0 ]; then
  echo "test-deb: run as root (it installs and removes a package)" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "test-deb: needs Debian or Ubuntu (apt-get)" >&2
  exit 1
fi

app_id=id.sinergi.Sinergi
desktop=/usr/share/applications/$app_id.desktop
out=$root/target/test-deb
rm -rf "$out"
mkdir -p "$out"
log=$out/log.txt
: >"$log"

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   - $*"; }
fail() { failed=$((failed + 1)); echo "FAIL - $*"; }
warn() { echo "WARN - $*"; }
check() { # check DESCRIPTION COMMAND...: passes when the command succeeds
  local what=$1
  shift
  if "$@" >>"$log" 2>&1; then pass "$what"; else fail "$what (see $log)"; fi
}

# --- 1. tools --------------------------------------------------------------
# Xvfb stands in for a desktop's display (the package itself brings Mesa, whose
# software renderer then draws); x11-utils gives xwininfo and xprop; ImageMagick
# takes the screenshot.
tools=(xvfb x11-utils imagemagick desktop-file-utils shared-mime-info xdg-utils
       appstream)
missing=()
for p in "${tools[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
# Fresh package lists also for the package's own dependencies (CI images may have none).
apt-get update -qq
if [ ${#missing[@]} -gt 0 ]; then
  echo "test-deb: installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >>"$log" 2>&1
fi

# --- 2. the package ----------------------------------------------------------
if [ -z "$deb" ]; then
  rm -f target/packages/sinergi_*.deb
  bash scripts/package.sh --formats deb
  deb=$(ls target/packages/sinergi_*.deb)
fi
deb=$(realpath "$deb")
echo "test-deb: testing $deb"
dpkg-deb --info "$deb" | sed 's/^/    /'

# --- 3. install ------------------------------------------------------------------
if dpkg -s sinergi >/dev/null 2>&1; then
  echo "test-deb: removing the sinergi package installed before"
  DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq sinergi >>"$log" 2>&1
fi
check "apt-get install $(basename "$deb")" \
  env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb"
dpkg -L sinergi | sort >"$out/files.txt"

# --- 4. installed files ----------------------------------------------------------
check "sinergi is on the PATH at /usr/bin/sinergi" test "$(command -v sinergi)" = /usr/bin/sinergi
check "sinergi --version prints the package version" \
  sh -c "sinergi --version | grep -qx 'sinergi $(dpkg-query -W -f='${Version}' sinergi)'"
check "the installed binary validates the sample project (sinergi check)" \
  sinergi check "$root/sample_data/kotagede.ron"
check "desktop-file-validate $desktop" desktop-file-validate "$desktop"
check "one desktop entry, named after the application id" \
  test "$(dpkg -L sinergi | grep -c '^/usr/share/applications/.*\.desktop$')" = 1 -a -f "$desktop"
check "the desktop entry's StartupWMClass is the application id" \
  grep -qx "StartupWMClass=$app_id" "$desktop"

icon_ok=true
for n in 16 24 32 48 64 128 256 512; do
  f=/usr/share/icons/hicolor/${n}x${n}/apps/sinergi.png
  if [ "$(identify -format '%wx%h' "$f" 2>>"$log")" != "${n}x${n}" ]; then
    echo "missing or wrong size: $f" >>"$log"
    icon_ok=false
  fi
done
check "icon sinergi.png in hicolor 16..512" $icon_ok
check "icon sinergi.svg in hicolor/scalable" test -s /usr/share/icons/hicolor/scalable/apps/sinergi.svg
check "the desktop entry's Icon= names the installed icon" grep -qx "Icon=sinergi" "$desktop"

project=$out/Kotagede.sinergi
cp "$root/sample_data/kotagede.ron" "$project"
cp "$root/sample_data/kotagede.ron" "$out/plain.ron"
check "a .sinergi file has the MIME type application/x-sinergi" \
  test "$(xdg-mime query filetype "$project")" = application/x-sinergi
check "application/x-sinergi opens with $app_id.desktop" \
  test "$(xdg-mime query default application/x-sinergi)" = "$app_id.desktop"
ron_type=$(xdg-mime query filetype "$out/plain.ron")
echo "a .ron file has the MIME type $ron_type" >>"$log"
check ".ron files ($ron_type) do not open with Sinergi by default" \
  test "$(xdg-mime query default "$ron_type")" != "$app_id.desktop"
check "appstreamcli validates the installed metainfo" \
  appstreamcli validate --no-net /usr/share/metainfo/$app_id.metainfo.xml

# --- 5. the window, opened as a double-click does ---------------------------------
xvfb_pid=""
app_pid=""
root_dir=$out/minimal-root
unmount_root() {
  local m
  for m in tmp/.X11-unix dev proc; do
    if mountpoint -q "$root_dir/$m" 2>/dev/null; then umount "$root_dir/$m" || true; fi
  done
}
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; fi
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  unmount_root
}
trap cleanup EXIT

# -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$out/display" >>"$log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 300); do
  [ -s "$out/display" ] && break
  sleep 0.1
done
if [ ! -s "$out/display" ]; then
  fail "Xvfb did not start within 30 s"
  echo "$passed passed, $failed failed"
  exit 1
fi
display=":$(head -n 1 "$out/display")"
echo "test-deb: Xvfb on display $display"

# window_test WHERE SCREENSHOT COMMAND...: starts COMMAND in the background, waits
# for its window, checks it, takes a screenshot, and stops it.
window_test() {
  local where=$1 shot=$2
  shift 2
  "$@" >"$out/app.log" 2>&1 &
  app_pid=$!
  local window="" wm_class
  for _ in $(seq 120); do
    window=$(DISPLAY=$display xwininfo -root -tree 2>/dev/null | awk '/"[^"]*Sinergi[^"]*"/ {print $1; exit}')
    [ -n "$window" ] && break
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.5
  done
  if [ -n "$window" ]; then
    pass "$where: a Sinergi window opened ($(DISPLAY=$display xwininfo -id "$window" | sed -n 's/^xwininfo: Window id: [^ ]* //p'))"
    sleep 4 # let the first frames render
    DISPLAY=$display import -window root "$shot"
    check "$where: screenshot ${shot#"$root"/} is not blank" \
      awk -v s="$(convert "$shot" -colorspace gray -format '%[fx:standard_deviation]' info:)" \
      'BEGIN { exit !(s > 0.05) }'
    wm_class=$(DISPLAY=$display xprop -id "$window" WM_CLASS | sed 's/^WM_CLASS(STRING) = //')
    echo "test-deb: WM_CLASS = $wm_class"
    if [[ $wm_class == *"\"$app_id\""* ]]; then
      pass "$where: the window's WM_CLASS carries the application id $app_id"
    elif $strict_app_id; then
      fail "$where: WM_CLASS is $wm_class, not $app_id (ViewportBuilder::with_app_id)"
    else
      warn "WM_CLASS is $wm_class, not $app_id: windows group under the desktop entry once the app sets ViewportBuilder::with_app_id(\"$app_id\")"
    fi
    check "$where: the app is still running after the screenshot" kill -0 "$app_pid"
  elif ! kill -0 "$app_pid" 2>/dev/null; then
    fail "$where: sinergi exited without a window: $(tail -n 1 "$out/app.log")"
  else
    fail "$where: no Sinergi window within 60 s (app output in $out/app.log)"
  fi
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
}

# A fresh home, so that no earlier preferences or recovery copy are in the way.
home=$out/home
mkdir -p "$home"
exec_line=$(sed -n 's/^Exec=//p' "$desktop" | head -n 1)
command_line=${exec_line//%f/$project}
echo "test-deb: launching: $command_line"
# shellcheck disable=SC2086 # the Exec line is split into words, as a launcher does
window_test "this system" "$out/screenshot.png" \
  env -i PATH=/usr/bin:/bin HOME="$home" DISPLAY="$display" LANG=C.UTF-8 $command_line

# --minimal-root: the same .deb in a minimal system of this release (debootstrap
# --variant=minbase, apt-get install --no-install-recommends), drawing on the Xvfb
# above through its socket. Shows that the package's Depends are enough.
if $minimal_root; then
  # shellcheck disable=SC1091
  . /etc/os-release
  case "$ID" in
    debian) mirror=http://deb.debian.org/debian ;;
    ubuntu) mirror=http://archive.ubuntu.com/ubuntu ;;
    *) mirror="" ;;
  esac
  if [ -z "$mirror" ] || [ -z "${VERSION_CODENAME:-}" ]; then
    fail "minimal root: no Debian or Ubuntu release to bootstrap ($ID)"
  else
    dpkg -s debootstrap >/dev/null 2>&1 ||
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >>"$log" 2>&1
    rm -rf "$root_dir"
    echo "test-deb: bootstrapping a minimal $ID $VERSION_CODENAME in $root_dir"
    if debootstrap --variant=minbase "$VERSION_CODENAME" "$root_dir" "$mirror" >>"$log" 2>&1; then
      mount -t proc proc "$root_dir/proc"
      mount --bind /dev "$root_dir/dev"
      mkdir -p "$root_dir/tmp/.X11-unix"
      mount --bind /tmp/.X11-unix "$root_dir/tmp/.X11-unix"
      cp "$deb" "$root_dir/root/sinergi.deb"
      cp "$project" "$root_dir/root/"
      check "minimal root: apt-get install --no-install-recommends the .deb" \
        chroot "$root_dir" /bin/sh -c 'apt-get update -qq &&
          DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends /root/sinergi.deb'
      # shellcheck disable=SC2016 # ${Package} is dpkg-query's, not the shell's
      chroot "$root_dir" dpkg-query -W -f='${Package}\n' >"$out/minimal-root-packages.txt"
      # shellcheck disable=SC2086
      window_test "minimal root" "$out/screenshot-minimal-root.png" \
        chroot "$root_dir" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/root DISPLAY="$display" LANG=C.UTF-8 \
        ${exec_line//%f//root/$(basename "$project")}
    else
      fail "minimal root: debootstrap $VERSION_CODENAME failed (see $log)"
    fi
    unmount_root
    if ! mount | grep -q "$root_dir"; then rm -rf "$root_dir"; fi
  fi
fi

kill "$xvfb_pid" 2>/dev/null || true
wait "$xvfb_pid" 2>/dev/null || true
xvfb_pid=""

# --- 6. remove -----------------------------------------------------------------------
check "apt-get remove sinergi" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq sinergi
check "the package is gone from dpkg's database (no conffiles left)" \
  sh -c "! dpkg-query -W -f='\${db:Status-Status}' sinergi 2>/dev/null | grep -qv not-installed"
left=()
while read -r f; do
  if [ -f "$f" ] || [ -L "$f" ]; then left+=("$f"); fi
done <"$out/files.txt"
if [ ${#left[@]} -eq 0 ]; then
  pass "none of the package's $(wc -l <"$out/files.txt") paths is left as a file"
else
  fail "files left after remove: ${left[*]}"
fi
check "sinergi is no longer on the PATH" sh -c '! command -v sinergi'
check "the MIME database no longer knows *.sinergi" \
  sh -c '! grep -q "application/x-sinergi" /usr/share/mime/globs2'
check "the desktop database no longer lists Sinergi" \
  sh -c "! grep -qs '$app_id' /usr/share/applications/mimeinfo.cache"

echo "test-deb: log in $log"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
