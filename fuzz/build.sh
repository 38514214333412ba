#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the fuzz targets (the `fuzz` preset, build-fuzz/) through scripts/setup.sh, which installs the
# project's packages and, for this preset, Debian 12's clang 19 with its libFuzzer/sanitizer runtimes
# when missing (as root, or with sudo; otherwise it prints the apt-get line), then configures and builds.
# Usage: fuzz/build.sh            then fuzz/smoke.sh, or a long run as docs/fuzzing.md shows
set -euo pipefail
cd "$(dirname "$0")/.."
# The fuzz build itself: scripts/setup.sh installs the project's packages, configures the preset and
# builds its build preset (the tierlab_fuzz target: the five fuzz targets and their seeds). Without CI's
# -Werror: that is the g++ builds' gate. clang 19 also warns where g++ does not (-Wshadow of a member by
# a local in core/engine/scoringengine.cpp, a GCC-only pragma, deprecations inside libstdc++ 12's own
# headers); those stay in the log rather than failing the fuzz build.
env -u CI scripts/setup.sh fuzz
