#!/usr/bin/env bash
# The README's run command: set up, build, open the window on the last workspace (the demo
# portfolio the first time), or print its summary when there is no display.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh release
exec build/bin/tierlab "$@"
