#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The fuzz targets' smoke pass (CI): each target, one at a time, runs every seed once and then mutated
# inputs up to RUNS executions in all (default 3000), from a fixed seed so that a run can be repeated.
# Exits non-zero on the first crash, leak, UB report or timeout; the input that caused it is left in
# BUILD/fuzz/artifacts/.
# Usage: fuzz/smoke.sh [BUILD_DIR] [RUNS]        (BUILD_DIR: build-fuzz, from the fuzz preset)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-fuzz}
runs=${2:-3000}
artifacts="$build/fuzz/artifacts"
mkdir -p "$artifacts"
for target in csv model recipes mapping snapshot; do
    work=$(mktemp -d)
    dict=()
    [ -f "fuzz/dict/$target.dict" ] && dict=(-dict="fuzz/dict/$target.dict")
    SECONDS=0
    # New inputs go to a throwaway folder (the first one): the seeds stay as the build copied them.
    if ! "$build/bin/fuzz_$target" -runs="$runs" -seed=1 -timeout=10 -rss_limit_mb=4096 \
            -max_len=16384 -artifact_prefix="$artifacts/$target-" "${dict[@]}" \
            "$work" "$build/fuzz/seeds/$target" >"$work.log" 2>&1; then
        tail -n 60 "$work.log" >&2
        echo "fuzz smoke: fuzz_$target failed; its input is in $artifacts/" >&2
        rm -rf "$work" "$work.log"
        exit 1
    fi
    seeds=$(find "$build/fuzz/seeds/$target" -type f | wc -l)
    printf 'fuzz smoke: fuzz_%-8s %4d seeds, %d runs in all, %d s, no finding\n' "$target" "$seeds" "$runs" "$SECONDS"
    rm -rf "$work" "$work.log"
done
