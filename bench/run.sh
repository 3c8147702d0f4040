#!/usr/bin/env bash
# The benchmarks of issue #8, in one command: builds the app's libraries and the bench harness in
# Release (its own build directory, -DLOGTO_SIGNIN_BUILD_BENCH=ON), starts an X server (Xvfb) and a
# private keyring, and runs bench/bench.mjs, which starts the local Logto-shaped IdP, prints the
# table and writes bench/RESULTS.md.
#
#   bench/run.sh [--quick] [--rounds N] [--results FILE]
#
# Environment: BENCH_BUILD_DIR (default build/bench), BENCH_SKIP_SETUP=1 (no scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${BENCH_BUILD_DIR:-$root/build/bench}
say() { echo "bench: $*" >&2; }

[ "${BENCH_SKIP_SETUP:-}" = 1 ] || scripts/setup.sh >&2
if [ ! -d bench/node_modules ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
    say "npm ci in bench"
    (cd bench && npm ci --no-audit --no-fund --loglevel=error >&2)
fi

start=$(date +%s)
say "building in $build (Release)"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DLOGTO_SIGNIN_BUILD_TESTS=OFF -DLOGTO_SIGNIN_BUILD_BENCH=ON >/dev/null
cmake --build "$build" --target logto-bench-window logto-bench-bare | grep -v '^\[' >&2 || true
[ -x "$build/bench/logto-bench-window" ] && [ -x "$build/bench/logto-bench-bare" ] || { say "build failed"; exit 1; }
say "built in $(( $(date +%s) - start )) s"

xvfb_pid=""
display_file=""
cleanup() {
    [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
    [ -z "$display_file" ] || rm -f "$display_file"
}
trap cleanup EXIT INT TERM
if command -v Xvfb >/dev/null; then
    # A real X server, so the first frame includes what a desktop start costs (xcb, fonts, MIT-SHM).
    display_file=$(mktemp)
    Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$display_file" 2>/dev/null &
    xvfb_pid=$!
    for _ in $(seq 100); do [ -s "$display_file" ] && break; sleep 0.05; done
    [ -s "$display_file" ] || { say "Xvfb did not start"; exit 1; }
    export DISPLAY=":$(head -n1 "$display_file")"
    unset WAYLAND_DISPLAY QT_QPA_PLATFORM
    export LOGTO_KEEP_DISPLAY=1
else
    say "no Xvfb: the offscreen platform instead (the first frame is then cheaper than on a desktop)"
    export QT_QPA_PLATFORM=offscreen
fi

tests/with-keyring.sh node bench/bench.mjs --build "$build" "$@" 2> >(grep -v 'Failed to set fd limit' >&2)
say "done in $(( $(date +%s) - start )) s (build included)"
