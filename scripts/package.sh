#!/usr/bin/env bash
# Builds Sinergi's installable packages for the platform it runs on, with
# cargo-packager (configured in Cargo.toml, [package.metadata.packager]):
#   Linux    .deb and .AppImage
#   macOS    Sinergi.app and .dmg
#   Windows  NSIS setup .exe and .msi   (run from Git Bash, as the workflow does)
# The packages land in target/packages/. See docs/packaging.md.
#
# Usage: bash scripts/package.sh [--formats LIST] [--universal] [--no-build]
#   --formats LIST  comma-separated subset, e.g. deb, or app (an .app bundle can be
#                   assembled on any OS, which checks its Info.plist; it only runs on macOS)
#   --universal     macOS: one binary for Apple silicon and Intel (needs both rustup targets)
#   --no-build      package the binary already in target/ (skip cargo build)
# The AppImage, NSIS and WiX formats download their tools (linuxdeploy, NSIS
# plugins, WiX) on first use, so they need the network.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGER_VERSION=0.11.8
start=$(date +%s)

formats=""
universal=false
build=true
while [ $# -gt 0 ]; do
  case "$1" in
    --formats) formats=$2; shift 2 ;;
    --formats=*) formats=${1#--formats=}; shift ;;
    --universal) universal=true; shift ;;
    --no-build) build=false; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "package: unknown argument $1" >&2; exit 2 ;;
  esac
done

case "$(uname -s)" in
  Linux) os=linux; default_formats=deb,appimage ;;
  Darwin) os=macos; default_formats=app,dmg ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; default_formats=nsis,wix ;;
  *) echo "package: unsupported platform $(uname -s)" >&2; exit 1 ;;
esac
formats=${formats:-$default_formats}
if $universal && [ "$os" != macos ]; then
  echo "package: --universal is for macOS" >&2
  exit 2
fi

bash scripts/setup.sh

if [ "$(cargo packager --version 2>/dev/null || true)" != "cargo-packager $PACKAGER_VERSION" ]; then
  echo "package: installing cargo-packager $PACKAGER_VERSION"
  cargo install cargo-packager --locked --version "$PACKAGER_VERSION"
fi

target_args=()
if $universal; then
  if $build; then
    for t in aarch64-apple-darwin x86_64-apple-darwin; do
      cargo build --release --locked --target "$t"
    done
  fi
  mkdir -p target/universal-apple-darwin/release
  lipo -create -output target/universal-apple-darwin/release/sinergi \
    target/aarch64-apple-darwin/release/sinergi target/x86_64-apple-darwin/release/sinergi
  target_args=(--target universal-apple-darwin)
elif $build; then
  cargo build --release --locked
fi
built=$(date +%s)

# ${a[@]+"${a[@]}"}: an empty array under set -u in the bash 3.2 of macOS.
echo "package: cargo packager --release --formats $formats ${target_args[*]:-}"
cargo packager --release --formats "$formats" ${target_args[@]+"${target_args[@]}"}
done_at=$(date +%s)

echo "package: packages in target/packages:"
for f in target/packages/*; do
  [ -f "$f" ] && echo "    $f ($(du -h "$f" | cut -f1))"
done
echo "package: build $((built - start)) s, packaging $((done_at - built)) s, total $((done_at - start)) s"
