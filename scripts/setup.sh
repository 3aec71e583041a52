#!/usr/bin/env bash
# Installs what Sinergi needs on a fresh machine, and nothing that is already there:
# the Rust toolchain (through rustup, when cargo is missing) and, on Debian/Ubuntu,
# the libraries the window opens at run time (X11/Wayland, xkbcommon, Mesa GL/Vulkan).
# The build itself needs no -dev packages.
set -euo pipefail

if ! command -v cargo >/dev/null 2>&1; then
  echo "setup: cargo not found; installing the Rust toolchain with rustup"
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
  # shellcheck disable=SC1091
  source "$HOME/.cargo/env"
fi

# The test command checks formatting and lints; a minimal toolchain lacks both.
if command -v rustup >/dev/null 2>&1; then
  for component in rustfmt clippy; do
    rustup component list --installed 2>/dev/null | grep -q "^$component" ||
      rustup component add "$component"
  done
fi

want_gui_libs=${1:-}
if [ "$want_gui_libs" = "--gui" ] && [ "$(uname -s)" = "Linux" ] && command -v apt-get >/dev/null 2>&1; then
  packages=(libx11-6 libxcursor1 libxrandr2 libxi6 libxkbcommon0 libxkbcommon-x11-0
            libwayland-client0 libwayland-cursor0 libwayland-egl1 libegl1 libgl1
            libgl1-mesa-dri mesa-vulkan-drivers fonts-dejavu-core)
  missing=()
  for p in "${packages[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
  fi
fi
