#!/usr/bin/env bash
# Sets everything up, builds, and signs in. With no endpoint configured (LOGTO_ENDPOINT or
# --endpoint) it starts the bundled Logto-shaped provider on 127.0.0.1 and signs in to it
# (user alice, password alice-password). Extra arguments go to `logto-signin sign-in`.
# Without a desktop (no DISPLAY/WAYLAND_DISPLAY) the browser is headless Chromium that
# types the demo password; without a session bus a throwaway keyring is used.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
scripts/setup.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target logto-signin
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

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${BROWSER:-}" ]; then
    export BROWSER="node $root/tests/idp/browser.mjs"
    echo "run: no desktop found, using headless Chromium as the browser" >&2
fi

if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "run: no session bus, using a throwaway keyring for this run" >&2
    tests/with-keyring.sh "$app" sign-in "${args[@]+"${args[@]}"}"
else
    "$app" sign-in "${args[@]+"${args[@]}"}"
fi
