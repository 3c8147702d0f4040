#!/usr/bin/env bash
# Sets everything up, then builds (warnings are errors) and runs every test with CTest.
# Usage: scripts/test.sh [extra ctest arguments, e.g. -L unit]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/check-format.sh
# Reproducible packages and embedded resources: time stamps come from the last commit.
SOURCE_DATE_EPOCH=$(git log -1 --format=%ct 2>/dev/null || date +%s)
export SOURCE_DATE_EPOCH
cmake --preset ci
cmake --build --preset ci
if [ $# -gt 0 ]; then
    exec ctest --preset ci "$@"
fi

# With no arguments (CI) the whole suite runs, and also: the suite's unit, keyring and hardening
# tests and the session manager again under ASan + UBSan + LeakSanitizer (scripts/test-sanitizers.sh
# runs the whole suite under them), every libFuzzer target for a bounded 15 s (fuzz/README.md has
# the longer campaign), a plain Release build and install with CMake's default generator (Make, as
# packagers build; the presets use Ninja), and a fresh Debian 13 root that builds the tree with
# -Werror on Qt 6.8 and runs its unit, keyring and window tests there (LOGTO_DEBIAN13_TESTS=
# 'unit|keyring|gui|e2e' adds the end-to-end tests: about 9 min more).
# CI has two cores and 45 minutes. The sanitizer and fuzz builds run beside the suite at the lowest
# CPU priority (they use what the tests leave idle); everything else runs in turn, since on two
# cores two builds at once only starve each other.
declare -A jobs=()
background() { # NAME COMMAND...: runs COMMAND niced, output in build/ci-NAME.log
    local name=$1
    shift
    setsid nice -n 19 "$@" >"build/ci-$name.log" 2>&1 &
    jobs[$name]=$!
}
stop_background() { # whatever still runs when this script ends early (its own process group)
    local pid
    for pid in "${jobs[@]}"; do kill -- "-$pid" 2>/dev/null || true; done
}
trap stop_background EXIT
await() { # NAME: waits for a background job; on failure shows its log's end and stops
    local name=$1 status=0 started=$SECONDS
    wait "${jobs[$name]}" || status=$?
    unset "jobs[$name]"
    if [ "$status" -ne 0 ]; then
        tail -n 200 "build/ci-$name.log"
        echo "FAIL: $name (exit $status), whole log: build/ci-$name.log"
        exit "$status"
    fi
    echo "done: $name (waited $((SECONDS - started)) s), log: build/ci-$name.log"
}
background sanitizers bash -c 'cmake --preset asan && cmake --build --preset asan \
    && cmake --preset fuzz && cmake --build --preset fuzz'

ctest --preset ci -LE debian13
await sanitizers
ctest --preset asan -L 'unit|keyring|hardening'
ctest --preset asan -R '^tst_sessionmanager$'
scripts/fuzz.sh 15
scripts/build-plain.sh
LOGTO_DEBIAN13_TESTS='unit|keyring|gui' ctest --preset ci -L debian13 --output-on-failure
