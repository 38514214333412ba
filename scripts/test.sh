#!/usr/bin/env bash
# The README's test command: set up, build, run the whole suite through ctest.
# Usage: scripts/test.sh [release|asan]   (asan: the same suite built with ASan + UBSan in build-asan/)
# With Debian's PostgreSQL 15 installed, a throwaway cluster (a temporary folder, Unix socket only) serves
# the SQL export tests through TIERLAB_TEST_POSTGRES; it is stopped and removed however the run ends.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-release}
case "$preset" in
    release | asan) ;;
    *) echo "usage: scripts/test.sh [release|asan]" >&2; exit 2 ;;
esac
scripts/setup.sh "$preset"

if [ "$preset" = asan ]; then
    # Any report fails the test that made it: UBSan stops at the first (the preset builds with
    # -fno-sanitize-recover), ASan and LeakSanitizer exit non-zero with their report. No leak is
    # suppressed: add one to LSAN_OPTIONS only for memory outside our code, saying why.
    export ASAN_OPTIONS="detect_leaks=1:check_initialization_order=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
fi

pg_bin=/usr/lib/postgresql/15/bin
pg_dir=
# initdb refuses to run as root: the cluster then belongs to the postgres user.
as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then
        (cd "$pg_dir" && runuser -u postgres -- "$@")
    else
        (cd "$pg_dir" && "$@")
    fi
}
stop_postgres() {
    if [ -n "$pg_dir" ]; then
        as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "$pg_dir"
    fi
}
if [ -x "$pg_bin/initdb" ] && [ -x "$pg_bin/pg_ctl" ]; then
    pg_dir=$(mktemp -d)
    trap stop_postgres EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$pg_dir"
    fi
    # A cluster that will not start is reported, not fatal: its tests skip and the rest of the suite runs.
    if as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null &&
        as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
            -o "-k $pg_dir -c listen_addresses='' -p 5439" start >/dev/null; then
        export TIERLAB_TEST_POSTGRES="host=$pg_dir port=5439 dbname=postgres user=postgres"
        echo "test: PostgreSQL 15 cluster in $pg_dir (Unix socket only) for the SQL export tests"
    else
        echo "test: the PostgreSQL cluster did not start (log: $pg_dir/server.log): its tests are skipped" >&2
    fi
else
    echo "test: PostgreSQL 15 is not installed ($pg_bin): the PostgreSQL tests are skipped"
fi
ctest --preset "$preset" --output-on-failure -j2
