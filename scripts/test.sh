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

# With no arguments (CI) the whole suite runs, and also: the Debian 13 root (Qt 6.8), a plain
# Release build and install with CMake's default generator (Make, as packagers build; the presets
# use Ninja), the suite again under ASan + UBSan + LeakSanitizer, and every libFuzzer target for a
# bounded 15 s (fuzz/README.md has the longer campaign).
# CI has two cores and 45 minutes: the builds and the Debian 13 root run beside the tests at the
# lowest CPU priority, so they use what the tests leave idle (the tests mostly wait on a browser or
# a provider) without slowing them; each writes its own log and is awaited before the end.
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
background debian13 ctest --preset ci -L debian13 --output-on-failure
background sanitizers bash -c 'cmake --preset asan && cmake --build --preset asan \
    && cmake --preset fuzz && cmake --build --preset fuzz'
background plain scripts/build-plain.sh

ctest --preset ci -LE debian13
await sanitizers
# Under the sanitizers: every unit, keyring, window and hardening test, and the end-to-end tests
# that run the most of our code per second (the command line's sign-in, the session manager in
# process). The whole suite under them is scripts/test-sanitizers.sh (about 16 min more on two cores).
ctest --preset asan -L 'unit|keyring|gui|hardening'
ctest --preset asan -R '^(tst_signin|tst_sessionmanager)$'
scripts/fuzz.sh 15
await plain
tail -n 1 build/ci-plain.log
await debian13
grep -E "^ *[0-9]+/[0-9]+ Test|tests passed|^(ok|built|time):" build/ci-debian13.log || true
