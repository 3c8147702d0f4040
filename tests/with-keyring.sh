#!/bin/sh
# Runs a command against a real Secret Service: a private D-Bus session with an unlocked
# gnome-keyring, in a scratch HOME/XDG tree so nothing touches the real home or keyring.
# Usage: with-keyring.sh COMMAND [ARGS...]
set -eu
scratch=$(mktemp -d "${TMPDIR:-/tmp}/logto-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
export HOME="$scratch/home"
export XDG_RUNTIME_DIR="$scratch/run"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
chmod 700 "$XDG_RUNTIME_DIR"
# No display by default (nothing may depend on one); LOGTO_KEEP_DISPLAY=1 keeps Xvfb's for screenshots.
[ "${LOGTO_KEEP_DISPLAY:-}" = 1 ] || unset DISPLAY WAYLAND_DISPLAY
# Tests may look at what was written under HOME (e.g. to prove no token reached a file).
export LOGTO_TEST_SCRATCH="$scratch"
exec dbus-run-session -- sh -c '
    printf %s test-keyring-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' sh "$@"
