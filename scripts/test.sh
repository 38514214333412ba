#!/usr/bin/env bash
# The README's test command: set up, build, run the whole suite through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh release
ctest --preset release --output-on-failure -j2
