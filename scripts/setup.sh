#!/usr/bin/env bash
# Installs what Tierlab needs to build (Debian 12 packages), configures and builds.
# Usage: scripts/setup.sh [PRESET]   (default: release; core-only builds without the UI)
# As root (or with sudo) it installs missing packages with apt-get; otherwise it prints the exact
# apt-get line and stops.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-release}

packages=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqcustomplot-dev
          nlohmann-json3-dev libsqlite3-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
          poppler-utils libxlsxwriter-dev libpq-dev postgresql)
# The fuzz preset builds with Debian 12's clang 19 and its libFuzzer/sanitizer runtimes (fuzz/build.sh).
[ "$preset" = fuzz ] && packages+=(clang-19 libclang-rt-19-dev)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    cmd=(apt-get install -y --no-install-recommends "${missing[@]}")
    if [ "$(id -u)" -eq 0 ]; then
        echo "setup: installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        "${cmd[@]}" >/dev/null
    elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        echo "setup: installing ${missing[*]} (sudo)"
        sudo apt-get update -qq
        sudo DEBIAN_FRONTEND=noninteractive "${cmd[@]}" >/dev/null
    else
        echo "setup: missing Debian packages. Run as root, then try again:" >&2
        echo "  apt-get update && ${cmd[*]}" >&2
        exit 1
    fi
fi

extra=()
[ "${CI:-}" = "true" ] && extra+=(-DTIERLAB_WERROR=ON)
cmake --preset "$preset" "${extra[@]}" >/dev/null
cmake --build --preset "$preset"
