#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the fuzz targets (the `fuzz` preset, build-fuzz/): installs Debian 12's clang 19 and its
# libFuzzer/sanitizer runtimes when missing (as root, or with sudo; otherwise prints the apt-get line),
# the project's own build packages through scripts/setup.sh's list, then configures and builds.
# Usage: fuzz/build.sh            then fuzz/smoke.sh, or a long run as docs/fuzzing.md shows
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(clang-19 libclang-rt-19-dev)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    cmd=(apt-get install -y --no-install-recommends "${missing[@]}")
    if [ "$(id -u)" -eq 0 ]; then
        echo "fuzz: installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        "${cmd[@]}" >/dev/null
    elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        echo "fuzz: installing ${missing[*]} (sudo)"
        sudo apt-get update -qq
        sudo DEBIAN_FRONTEND=noninteractive "${cmd[@]}" >/dev/null
    else
        echo "fuzz: missing Debian packages. Run as root, then try again:" >&2
        echo "  apt-get update && ${cmd[*]}" >&2
        exit 1
    fi
fi
# The fuzz build itself: scripts/setup.sh installs the project's packages, configures the preset and
# builds its build preset (the tierlab_fuzz target: the five fuzz targets and their seeds). Without CI's
# -Werror: that is the g++ builds' gate. clang 19 also warns where g++ does not (-Wshadow of a member by
# a local in core/engine/scoringengine.cpp, a GCC-only pragma, deprecations inside libstdc++ 12's own
# headers); those stay in the log rather than failing the fuzz build.
env -u CI scripts/setup.sh fuzz
