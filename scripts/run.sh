#!/usr/bin/env bash
# Sets everything up, builds, and runs the app. With no endpoint configured (LOGTO_ENDPOINT or
# --endpoint) it starts the bundled Logto-shaped provider on 127.0.0.1 first (user alice,
# password alice-password). With a desktop and no arguments the window opens; arguments are a
# command line (e.g. `sign-in --apple`, `status`); without a desktop and no arguments it runs
# `sign-in`, with headless Chromium typing the demo password as the browser. Without a session
# bus a throwaway keyring is used.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
scripts/setup.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target logto-signin >/dev/null
app="$root/build/dev/app/logto-signin"

args=("$@")
idp_pid=""
cleanup() { [ -z "$idp_pid" ] || kill "$idp_pid" 2>/dev/null || true; }
trap cleanup EXIT

has_endpoint=false
for a in "${args[@]+"${args[@]}"}"; do [ "$a" = "--endpoint" ] && has_endpoint=true; done
if [ -z "${LOGTO_ENDPOINT:-}" ] && [ "$has_endpoint" = false ]; then
    fifo=$(mktemp -u)
    mkfifo "$fifo"
    node tests/idp/server.mjs --port 0 >"$fifo" 2>/dev/null &
    idp_pid=$!
    read -r _ endpoint <"$fifo"
    rm -f "$fifo"
    export LOGTO_ENDPOINT="$endpoint" LOGTO_APP_ID="${LOGTO_APP_ID:-native-app}"
    echo "run: local Logto-shaped provider at $LOGTO_ENDPOINT (sign in as alice / alice-password)" >&2
fi

desktop=true
[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || desktop=false
if [ "$desktop" = false ] && [ -z "${BROWSER:-}" ]; then
    export BROWSER="node $root/tests/idp/browser.mjs"
    echo "run: no desktop found, using headless Chromium as the browser" >&2
fi
if [ ${#args[@]} -eq 0 ] && [ "$desktop" = false ]; then
    args=(sign-in)
fi

if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "run: no session bus, using a throwaway keyring for this run" >&2
    [ "$desktop" = false ] || export LOGTO_KEEP_DISPLAY=1
    tests/with-keyring.sh "$app" "${args[@]+"${args[@]}"}"
else
    "$app" "${args[@]+"${args[@]}"}"
fi
